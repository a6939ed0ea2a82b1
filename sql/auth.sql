/* @name RegisterUser */
select r.uuid as "uuid!", r.id as "id!", r.created_at as "created_at!"
from app_public.register_user(
  username => :username!, email => :email!, password => :password!, display_name => :displayName
) r;

/* @name Authenticate */
-- A full session (role app_user or app_admin, user_uuid set), or role mfa_required with an mfa_challenge
-- for complete_mfa_login; no row when the sign-in failed.
select t.role as "role!", t.user_uuid, t.exp as "exp!", t.mfa_challenge, t.pwd_version
from app_public.authenticate(
  login => :login!, password => :password!, ip_address => :ipAddress, user_agent => :userAgent,
  device_fingerprint => :deviceFingerprint
) t
where t.role is not null;

/* @name CompleteMfaLogin */
select t.role as "role!", t.user_uuid, t.exp as "exp!", t.mfa_challenge, t.pwd_version
from app_public.complete_mfa_login(
  mfa_challenge => :mfaChallenge!, code => :code!, ip_address => :ipAddress, user_agent => :userAgent,
  device_fingerprint => :deviceFingerprint
) t
where t.role is not null;

/* @name RequestPasswordReset */
-- recipient is the stored address (or, for the decoy, the typed one normalised the same way): mail the token there.
select r.recipient as "recipient!", r.token as "token!"
from app_public.request_password_reset(email => :email!) r;

/* @name ResetPassword */
select app_public.reset_password(token => :token!, new_password => :newPassword!) as "reset!";

/* @name ChangePassword */
select app_public.change_password(old_password => :oldPassword!, new_password => :newPassword!) as "changed!";

/* @name CurrentUser */
select u.uuid as "uuid!", u.id as "id!", u.created_at as "created_at!", u.updated_at as "updated_at!", u.last_login_at
from app_public."current_user"() u
where u.uuid is not null;
