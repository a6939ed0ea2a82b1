/* @name ListLinkedProviders */
-- Never the tokens: API roles cannot read them, and applications should not want to.
select a.id, a.provider_name, a.external_user_id, a.token_expires_at, a.created_at
from app_public.user_auth_providers a
where a.user_uuid = :userUuid!
order by a.provider_name, a.id;
