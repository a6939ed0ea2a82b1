/* @name FindUserByUuid */
select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at
from identity.users u
where u.uuid = :uuid!;

/* @name FindUserByEmail */
select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at
from identity.users u
join identity.user_emails e on e.user_uuid = u.uuid
where e.email = identity.normalize_email(:email!)
order by e.is_verified desc, u.created_at
limit 1;

/* @name FindUserByUsername */
select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at
from identity.users u
join identity.user_profiles p on p.user_uuid = u.uuid
where identity.normalize_username(p.username) = identity.normalize_username(:username!);

/* @name ListUsersByStatus */
select u.uuid, u.id, p.username, s.status, s.reason, u.created_at, u.last_login_at
from identity.users u
join identity.user_status s on s.user_uuid = u.uuid
left join identity.user_profiles p on p.user_uuid = u.uuid
where s.status = :status!
order by u.created_at desc, u.id desc
limit :limit!::integer;
