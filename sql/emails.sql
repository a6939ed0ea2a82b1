/* @name ListEmails */
select e.id, e.email, e.is_verified, e.is_primary, e.created_at
from identity.user_emails e
where e.user_uuid = :userUuid!
order by e.is_primary desc, e.created_at, e.id;

/* @name AddEmail */
select e.id as "id!", e.email as "email!", e.is_verified as "is_verified!", e.is_primary as "is_primary!", e.created_at as "created_at!"
from identity.add_email(email => :email!) e;

/* @name RemoveEmail */
select identity.remove_email(email_id => :emailId!) as "removed!";

/* @name MakeEmailPrimary */
select e.id as "id!", e.email as "email!", e.is_verified as "is_verified!", e.is_primary as "is_primary!", e.created_at as "created_at!"
from identity.make_email_primary(email_id => :emailId!) e;

/* @name RequestEmailVerification */
-- recipient is the stored address: mail the token there, never to an address the user typed.
select r.recipient as "recipient!", r.token
from identity.request_email_verification(email_id => :emailId!) r;

/* @name VerifyEmail */
select identity.verify_email(token => :token!) as "verified!";
