/* @name Authenticate */
-- A session grant (role app_user or app_admin, session_id and refresh_token set, device_token when a new
-- one was handed out), or role mfa_required with an mfa_challenge for complete_mfa_login; no row when the
-- sign-in failed. deviceToken: the one an earlier sign-in on this device handed out.
select g.role as "role!", g.user_uuid, g.session_id, g.iat, g.exp as "exp!", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token
from identity.authenticate(
  login => :login!, password => :password!, ip_address => :ipAddress, user_agent => :userAgent,
  device_fingerprint => :deviceFingerprint, device_token => :deviceToken
) g
where g.role is not null;

/* @name CompleteMfaLogin */
select g.role as "role!", g.user_uuid, g.session_id, g.iat, g.exp as "exp!", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token
from identity.complete_mfa_login(
  mfa_challenge => :mfaChallenge!, code => :code!, ip_address => :ipAddress, user_agent => :userAgent,
  device_fingerprint => :deviceFingerprint, device_token => :deviceToken
) g
where g.role is not null;

/* @name RefreshSession */
-- The next grant of the session, or no row: malformed, unknown, expired, revoked and reused tokens alike.
select g.role as "role!", g.user_uuid, g.session_id, g.iat, g.exp as "exp!", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token
from identity.refresh_session(refresh_token => :refreshToken!) g
where g.role is not null;

/* @name SignOut */
select identity.sign_out(scope => :scope!) as "ended!";

/* @name RevokeSession */
select identity.revoke_session(session_id => :sessionId!) as "revoked!";

/* @name RevokeUserSessions */
select identity.revoke_user_sessions(user_uuid => :userUuid!) as "ended!";

/* @name ListSessions */
-- Where the signed-in user is signed in: live sessions, most recently active first.
select s.id as "id!", s.device_id, identity.user_sessions_device_name(s) as device_name,
       s.created_at as "created_at!", s.refreshed_at as "last_active_at!", s.expires_at as "expires_at!",
       s.aal as "aal!", s.authenticated_at as "authenticated_at!", s.ip_address, s.user_agent,
       identity.user_sessions_is_current(s) as "is_current!"
from identity.my_sessions() s;
