/* @name ListUserRoles */
select r.role_id, r.role_name, r.description, ur.assigned_at
from identity.user_roles ur
join identity.roles r on r.role_id = ur.role_id
where ur.user_uuid = :userUuid!
order by r.role_name;

/* @name GrantRole */
select identity.grant_role(user_uuid => :userUuid!, role_name => :roleName!) as "granted!";

/* @name RevokeRole */
select identity.revoke_role(user_uuid => :userUuid!, role_name => :roleName!) as "revoked!";
