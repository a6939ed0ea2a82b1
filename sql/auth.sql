/* @name RegisterUser */
select r.uuid as "uuid!", r.id as "id!", r.created_at as "created_at!"
from app_public.register_user(
  username => :username!, email => :email!, password => :password!, display_name => :displayName
) r;

/* @name Authenticate */
select t.role as "role!", t.user_uuid as "user_uuid!", t.exp as "exp!"
from app_public.authenticate(
  login => :login!, password => :password!, ip_address => :ipAddress, user_agent => :userAgent,
  device_fingerprint => :deviceFingerprint
) t
where t.user_uuid is not null;

/* @name ChangePassword */
select app_public.change_password(old_password => :oldPassword!, new_password => :newPassword!) as "changed!";

/* @name CurrentUser */
select u.uuid as "uuid!", u.id as "id!", u.created_at as "created_at!", u.updated_at as "updated_at!", u.last_login_at
from app_public."current_user"() u
where u.uuid is not null;
