/* @name ListUserRoles */
select r.role_id, r.role_name, r.description, ur.assigned_at
from app_public.user_roles ur
join app_public.roles r on r.role_id = ur.role_id
where ur.user_uuid = :userUuid!
order by r.role_name;

/* @name GrantRole */
select app_public.grant_role(user_uuid => :userUuid!, role_name => :roleName!) as "granted!";

/* @name RevokeRole */
select app_public.revoke_role(user_uuid => :userUuid!, role_name => :roleName!) as "revoked!";
