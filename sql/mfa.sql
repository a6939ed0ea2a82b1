/* @name ListMfaFactors */
select f.id, f.factor_type, f.is_enabled, f.created_at
from identity.user_mfa_factors f
where f.user_uuid = :userUuid!
order by f.created_at, f.id;

/* @name EnrolTotp */
select identity.enrol_totp() as "otpauth_uri!";

/* @name ConfirmTotp */
select identity.confirm_totp(code => :code!) as "enabled!";

/* @name DisableTotp */
select identity.disable_totp(code => :code!) as "disabled!";

/* @name GenerateRecoveryCodes */
select c as "code!" from identity.generate_recovery_codes(code => :code) c;
