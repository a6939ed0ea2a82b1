/* @name GetStatus */
select s.status, s.deactivated_at, s.reason
from identity.user_status s
where s.user_uuid = :userUuid!;

/* @name SetAccountStatus */
select identity.set_account_status(user_uuid => :userUuid!, status => :status!, reason => :reason) as "changed!";

/* @name DeactivateMyAccount */
select identity.deactivate_my_account(reason => :reason) as "changed!";
