/* @name ListEmails */
select e.id, e.email, e.is_verified, e.is_primary, e.created_at
from app_public.user_emails e
where e.user_uuid = :userUuid!
order by e.is_primary desc, e.created_at, e.id;
