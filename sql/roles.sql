/* @name ListUserRoles */
select r.role_id, r.role_name, r.description, ur.assigned_at
from app_public.user_roles ur
join app_public.roles r on r.role_id = ur.role_id
where ur.user_uuid = :userUuid!
order by r.role_name;
