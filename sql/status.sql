/* @name GetStatus */
select s.status, s.deactivated_at, s.reason
from app_public.user_status s
where s.user_uuid = :userUuid!;

/* @name SetAccountStatus */
select app_public.set_account_status(user_uuid => :userUuid!, status => :status!, reason => :reason) as "changed!";

/* @name DeactivateMyAccount */
select app_public.deactivate_my_account(reason => :reason) as "changed!";
