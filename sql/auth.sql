/* @name RegisterUser */
-- No row when the username is taken (register_user answers NULL, so that the call's throttle count commits).
select r.uuid as "uuid!", r.id as "id!", r.created_at as "created_at!"
from identity.register_user(
  username => :username!, email => :email!, password => :password!, display_name => :displayName
) r
where r.uuid is not null;

/* @name RequestPasswordReset */
-- recipient is the stored address (or, for the decoy, the typed one normalised the same way): mail the token there.
select r.recipient as "recipient!", r.token as "token!"
from identity.request_password_reset(email => :email!) r;

/* @name ResetPassword */
select identity.reset_password(token => :token!, new_password => :newPassword!) as "reset!";

/* @name ChangePassword */
select identity.change_password(old_password => :oldPassword!, new_password => :newPassword!) as "changed!";

/* @name CurrentUser */
select u.uuid as "uuid!", u.id as "id!", u.created_at as "created_at!", u.updated_at as "updated_at!", u.last_login_at
from identity."current_user"() u
where u.uuid is not null;

/* @name Reauthenticate */
-- Confirms the password for security settings: true renews the session's authenticated_at.
select identity.reauthenticate(password => :password!) as "confirmed!";
