/* @name ListMfaFactors */
select f.id, f.factor_type, f.is_enabled, f.created_at
from app_public.user_mfa_factors f
where f.user_uuid = :userUuid!
order by f.created_at, f.id;

/* @name EnrolTotp */
select app_public.enrol_totp() as "otpauth_uri!";

/* @name ConfirmTotp */
select app_public.confirm_totp(code => :code!) as "enabled!";

/* @name DisableTotp */
select app_public.disable_totp(code => :code!) as "disabled!";

/* @name GenerateRecoveryCodes */
select c as "code!" from app_public.generate_recovery_codes(code => :code) c;
