/* @name ListLinkedProviders */
-- Never the tokens: API roles cannot read them, and applications should not want to.
select a.id, a.provider_name, a.external_user_id, a.token_expires_at, a.created_at
from identity.user_auth_providers a
where a.user_uuid = :userUuid!
order by a.provider_name, a.id;

/* @name LinkProvider */
select a.id as "id!", a.provider_name as "provider_name!", a.external_user_id as "external_user_id!",
       a.token_expires_at, a.created_at as "created_at!"
from identity.link_provider(
  provider_name => :providerName!, external_user_id => :externalUserId!, access_token => :accessToken,
  refresh_token => :refreshToken, token_expires_at => :tokenExpiresAt
) a;

/* @name RefreshProviderTokens */
select identity.refresh_provider_tokens(
  provider_id => :providerId!, access_token => :accessToken!, refresh_token => :refreshToken,
  token_expires_at => :tokenExpiresAt
) as "refreshed!";

/* @name LinkedProviderTokens */
select t.access_token, t.refresh_token, t.token_expires_at
from identity.linked_provider_tokens(provider_id => :providerId!) t;

/* @name UnlinkProvider */
select identity.unlink_provider(provider_id => :providerId!) as "unlinked!";
