-- Structure of the identity schema: tables, columns, types, keys, indexes, partitions, comments, RLS flags.
begin;
select plan(209);

-- Bounds of the monthly partitions are checked as text, so print timestamps in UTC.
set local timezone = 'UTC';

/*
 * Schemas and tables (every table of the ER diagram).
 */
select has_schema('identity');
select has_schema('identity_private');

select has_table('identity'::name, 'users'::name);
select has_table('identity'::name, 'user_profiles'::name);
select has_table('identity'::name, 'user_emails'::name);
select has_table('identity'::name, 'roles'::name);
select has_table('identity'::name, 'user_roles'::name);
select has_table('identity'::name, 'user_auth_providers'::name);
select has_table('identity'::name, 'user_status'::name);
select has_table('identity'::name, 'user_mfa_factors'::name);
select has_table('identity'::name, 'user_devices'::name);
select has_table('identity'::name, 'login_audit_logs'::name);
select has_table('identity_private'::name, 'user_credentials'::name);
select hasnt_table('identity'::name, 'user_credentials'::name, 'Credentials are not in the API schema');

/*
 * USERS
 */
select columns_are('identity', 'users', array['uuid', 'id', 'created_at', 'updated_at', 'last_login_at']::name[]);
select col_type_is('identity', 'users', 'uuid', 'uuid', 'identity.users.uuid is uuid');
select col_type_is('identity', 'users', 'id', 'bigint', 'identity.users.id is bigint');
select col_type_is('identity', 'users', 'created_at', 'timestamp with time zone', 'identity.users.created_at is timestamp with time zone');
select col_type_is('identity', 'users', 'updated_at', 'timestamp with time zone', 'identity.users.updated_at is timestamp with time zone');
select col_type_is('identity', 'users', 'last_login_at', 'timestamp with time zone', 'identity.users.last_login_at is timestamp with time zone');
select col_not_null('identity', 'users', 'uuid', 'identity.users.uuid is NOT NULL');
select col_not_null('identity', 'users', 'id', 'identity.users.id is NOT NULL');
select col_not_null('identity', 'users', 'created_at', 'identity.users.created_at is NOT NULL');
select col_not_null('identity', 'users', 'updated_at', 'identity.users.updated_at is NOT NULL');
select col_is_null('identity', 'users', 'last_login_at', 'identity.users.last_login_at is nullable');
select col_is_pk('identity', 'users', 'uuid', 'identity.users has primary key (uuid)');
select col_is_unique('identity', 'users', 'id', 'identity.users.id is unique');
select col_has_default('identity', 'users', 'uuid', 'identity.users.uuid has a default');

/*
 * USER_PROFILES
 */
select columns_are('identity', 'user_profiles', array['user_uuid', 'username', 'display_name', 'avatar_object_key', 'bio']::name[]);
select col_type_is('identity', 'user_profiles', 'user_uuid', 'uuid', 'identity.user_profiles.user_uuid is uuid');
select col_type_is('identity', 'user_profiles', 'username', 'text', 'identity.user_profiles.username is text (compared by normalize_username, not the locale)');
select col_type_is('identity', 'user_profiles', 'display_name', 'character varying(100)', 'identity.user_profiles.display_name is character varying(100)');
select col_type_is('identity', 'user_profiles', 'avatar_object_key', 'text', 'identity.user_profiles.avatar_object_key is text');
select col_type_is('identity', 'user_profiles', 'bio', 'text', 'identity.user_profiles.bio is text');
select col_not_null('identity', 'user_profiles', 'user_uuid', 'identity.user_profiles.user_uuid is NOT NULL');
select col_not_null('identity', 'user_profiles', 'username', 'identity.user_profiles.username is NOT NULL');
select col_is_null('identity', 'user_profiles', 'display_name', 'identity.user_profiles.display_name is nullable');
select col_is_null('identity', 'user_profiles', 'avatar_object_key', 'identity.user_profiles.avatar_object_key is nullable');
select col_is_null('identity', 'user_profiles', 'bio', 'identity.user_profiles.bio is nullable');
select col_is_pk('identity', 'user_profiles', 'user_uuid', 'identity.user_profiles has primary key (user_uuid)');
select index_is_unique('identity', 'user_profiles', 'user_profiles_username_key', 'identity.user_profiles.username is unique by normalize_username');
select fk_ok('identity', 'user_profiles', 'user_uuid', 'identity', 'users', 'uuid');

/*
 * USER_EMAILS
 */
select columns_are('identity', 'user_emails', array['id', 'user_uuid', 'email', 'is_verified', 'is_primary', 'created_at']::name[]);
select col_type_is('identity', 'user_emails', 'id', 'bigint', 'identity.user_emails.id is bigint');
select col_type_is('identity', 'user_emails', 'user_uuid', 'uuid', 'identity.user_emails.user_uuid is uuid');
select col_type_is('identity', 'user_emails', 'email', 'text', 'identity.user_emails.email is text (stored normalised, not citext)');
select col_type_is('identity', 'user_emails', 'is_verified', 'boolean', 'identity.user_emails.is_verified is boolean');
select col_type_is('identity', 'user_emails', 'is_primary', 'boolean', 'identity.user_emails.is_primary is boolean');
select col_type_is('identity', 'user_emails', 'created_at', 'timestamp with time zone', 'identity.user_emails.created_at is timestamp with time zone');
select col_not_null('identity', 'user_emails', 'id', 'identity.user_emails.id is NOT NULL');
select col_not_null('identity', 'user_emails', 'user_uuid', 'identity.user_emails.user_uuid is NOT NULL');
select col_not_null('identity', 'user_emails', 'email', 'identity.user_emails.email is NOT NULL');
select col_not_null('identity', 'user_emails', 'is_verified', 'identity.user_emails.is_verified is NOT NULL');
select col_not_null('identity', 'user_emails', 'is_primary', 'identity.user_emails.is_primary is NOT NULL');
select col_not_null('identity', 'user_emails', 'created_at', 'identity.user_emails.created_at is NOT NULL');
select col_default_is('identity', 'user_emails', 'is_verified', 'false', 'identity.user_emails.is_verified defaults to false');
select col_default_is('identity', 'user_emails', 'is_primary', 'false', 'identity.user_emails.is_primary defaults to false');
select col_is_pk('identity', 'user_emails', 'id', 'identity.user_emails has primary key (id)');
select index_is_unique('identity', 'user_emails', 'user_emails_verified_email_key', 'identity.user_emails.email is unique among verified addresses');
select fk_ok('identity', 'user_emails', 'user_uuid', 'identity', 'users', 'uuid');

/*
 * ROLES
 */
select columns_are('identity', 'roles', array['role_id', 'role_name', 'description']::name[]);
select col_type_is('identity', 'roles', 'role_id', 'integer', 'identity.roles.role_id is integer');
select col_type_is('identity', 'roles', 'role_name', 'character varying(50)', 'identity.roles.role_name is character varying(50)');
select col_type_is('identity', 'roles', 'description', 'text', 'identity.roles.description is text');
select col_not_null('identity', 'roles', 'role_id', 'identity.roles.role_id is NOT NULL');
select col_not_null('identity', 'roles', 'role_name', 'identity.roles.role_name is NOT NULL');
select col_is_null('identity', 'roles', 'description', 'identity.roles.description is nullable');
select col_is_pk('identity', 'roles', 'role_id', 'identity.roles has primary key (role_id)');
select col_is_unique('identity', 'roles', 'role_name', 'identity.roles.role_name is unique');
select set_has(
  'select role_name::text from identity.roles',
  $$values ('user'), ('admin')$$,
  'ROLES holds the user and admin roles'
);

/*
 * USER_ROLES
 */
select columns_are('identity', 'user_roles', array['user_uuid', 'role_id', 'assigned_at']::name[]);
select col_type_is('identity', 'user_roles', 'user_uuid', 'uuid', 'identity.user_roles.user_uuid is uuid');
select col_type_is('identity', 'user_roles', 'role_id', 'integer', 'identity.user_roles.role_id is integer');
select col_type_is('identity', 'user_roles', 'assigned_at', 'timestamp with time zone', 'identity.user_roles.assigned_at is timestamp with time zone');
select col_not_null('identity', 'user_roles', 'user_uuid', 'identity.user_roles.user_uuid is NOT NULL');
select col_not_null('identity', 'user_roles', 'role_id', 'identity.user_roles.role_id is NOT NULL');
select col_not_null('identity', 'user_roles', 'assigned_at', 'identity.user_roles.assigned_at is NOT NULL');
select col_is_pk('identity', 'user_roles', array['user_uuid', 'role_id']::name[], 'identity.user_roles has primary key (user_uuid, role_id)');
select fk_ok('identity', 'user_roles', 'user_uuid', 'identity', 'users', 'uuid');
select fk_ok('identity', 'user_roles', 'role_id', 'identity', 'roles', 'role_id');

/*
 * USER_CREDENTIALS (private)
 */
select columns_are('identity_private', 'user_credentials', array['user_uuid', 'password_hash', 'password_changed_at']::name[]);
select col_type_is('identity_private', 'user_credentials', 'user_uuid', 'uuid', 'identity_private.user_credentials.user_uuid is uuid');
select col_type_is('identity_private', 'user_credentials', 'password_hash', 'text', 'identity_private.user_credentials.password_hash is text');
select col_type_is('identity_private', 'user_credentials', 'password_changed_at', 'timestamp with time zone', 'identity_private.user_credentials.password_changed_at is timestamp with time zone');
select col_not_null('identity_private', 'user_credentials', 'user_uuid', 'identity_private.user_credentials.user_uuid is NOT NULL');
select col_not_null('identity_private', 'user_credentials', 'password_hash', 'identity_private.user_credentials.password_hash is NOT NULL');
select col_not_null('identity_private', 'user_credentials', 'password_changed_at', 'identity_private.user_credentials.password_changed_at is NOT NULL');
select col_is_pk('identity_private', 'user_credentials', 'user_uuid', 'identity_private.user_credentials has primary key (user_uuid)');
select fk_ok('identity_private', 'user_credentials', 'user_uuid', 'identity', 'users', 'uuid');

/*
 * USER_AUTH_PROVIDERS
 */
select columns_are('identity', 'user_auth_providers', array[
  'id', 'user_uuid', 'provider_name', 'external_user_id', 'access_token', 'refresh_token', 'token_expires_at', 'created_at',
  'token_key_id'
]::name[]);
select col_type_is('identity', 'user_auth_providers', 'id', 'bigint', 'identity.user_auth_providers.id is bigint');
select col_type_is('identity', 'user_auth_providers', 'user_uuid', 'uuid', 'identity.user_auth_providers.user_uuid is uuid');
select col_type_is('identity', 'user_auth_providers', 'provider_name', 'character varying(50)', 'identity.user_auth_providers.provider_name is character varying(50)');
select col_type_is('identity', 'user_auth_providers', 'external_user_id', 'character varying(255)', 'identity.user_auth_providers.external_user_id is character varying(255)');
select col_type_is('identity', 'user_auth_providers', 'access_token', 'bytea', 'identity.user_auth_providers.access_token is bytea');
select col_type_is('identity', 'user_auth_providers', 'refresh_token', 'bytea', 'identity.user_auth_providers.refresh_token is bytea');
select col_type_is('identity', 'user_auth_providers', 'token_expires_at', 'timestamp with time zone', 'identity.user_auth_providers.token_expires_at is timestamp with time zone');
select col_type_is('identity', 'user_auth_providers', 'created_at', 'timestamp with time zone', 'identity.user_auth_providers.created_at is timestamp with time zone');
select col_not_null('identity', 'user_auth_providers', 'id', 'identity.user_auth_providers.id is NOT NULL');
select col_not_null('identity', 'user_auth_providers', 'user_uuid', 'identity.user_auth_providers.user_uuid is NOT NULL');
select col_not_null('identity', 'user_auth_providers', 'provider_name', 'identity.user_auth_providers.provider_name is NOT NULL');
select col_not_null('identity', 'user_auth_providers', 'external_user_id', 'identity.user_auth_providers.external_user_id is NOT NULL');
select col_is_null('identity', 'user_auth_providers', 'access_token', 'identity.user_auth_providers.access_token is nullable');
select col_is_null('identity', 'user_auth_providers', 'refresh_token', 'identity.user_auth_providers.refresh_token is nullable');
select col_is_null('identity', 'user_auth_providers', 'token_expires_at', 'identity.user_auth_providers.token_expires_at is nullable');
select col_not_null('identity', 'user_auth_providers', 'created_at', 'identity.user_auth_providers.created_at is NOT NULL');
select col_is_pk('identity', 'user_auth_providers', 'id', 'identity.user_auth_providers has primary key (id)');
select col_is_unique('identity', 'user_auth_providers', array['provider_name', 'external_user_id']::name[], 'identity.user_auth_providers (provider_name, external_user_id) is unique');
select fk_ok('identity', 'user_auth_providers', 'user_uuid', 'identity', 'users', 'uuid');

/*
 * USER_STATUS
 */
select has_enum('identity', 'account_status', 'Enum identity.account_status exists');
select enum_has_labels('identity', 'account_status', array['active', 'suspended', 'deactivated']::name[]);
select columns_are('identity', 'user_status', array['user_uuid', 'status', 'deactivated_at', 'reason']::name[]);
select col_type_is('identity', 'user_status', 'user_uuid', 'uuid', 'identity.user_status.user_uuid is uuid');
select col_type_is('identity', 'user_status', 'status', 'identity', 'account_status', 'identity.user_status.status is identity.account_status');
select col_type_is('identity', 'user_status', 'deactivated_at', 'timestamp with time zone', 'identity.user_status.deactivated_at is timestamp with time zone');
select col_type_is('identity', 'user_status', 'reason', 'text', 'identity.user_status.reason is text');
select col_not_null('identity', 'user_status', 'user_uuid', 'identity.user_status.user_uuid is NOT NULL');
select col_not_null('identity', 'user_status', 'status', 'identity.user_status.status is NOT NULL');
select col_is_null('identity', 'user_status', 'deactivated_at', 'identity.user_status.deactivated_at is nullable');
select col_is_null('identity', 'user_status', 'reason', 'identity.user_status.reason is nullable');
select col_default_is('identity', 'user_status', 'status', 'active'::identity.account_status, 'identity.user_status.status defaults to active');
select col_is_pk('identity', 'user_status', 'user_uuid', 'identity.user_status has primary key (user_uuid)');
select fk_ok('identity', 'user_status', 'user_uuid', 'identity', 'users', 'uuid');

/*
 * USER_MFA_FACTORS
 */
select columns_are('identity', 'user_mfa_factors', array['id', 'user_uuid', 'factor_type', 'factor_data', 'is_enabled', 'created_at', 'factor_key_id', 'last_used_step']::name[]);
select col_type_is('identity', 'user_mfa_factors', 'id', 'bigint', 'identity.user_mfa_factors.id is bigint');
select col_type_is('identity', 'user_mfa_factors', 'user_uuid', 'uuid', 'identity.user_mfa_factors.user_uuid is uuid');
select col_type_is('identity', 'user_mfa_factors', 'factor_type', 'character varying(20)', 'identity.user_mfa_factors.factor_type is character varying(20)');
select col_type_is('identity', 'user_mfa_factors', 'factor_data', 'bytea', 'identity.user_mfa_factors.factor_data is bytea');
select col_type_is('identity', 'user_mfa_factors', 'is_enabled', 'boolean', 'identity.user_mfa_factors.is_enabled is boolean');
select col_type_is('identity', 'user_mfa_factors', 'created_at', 'timestamp with time zone', 'identity.user_mfa_factors.created_at is timestamp with time zone');
select col_not_null('identity', 'user_mfa_factors', 'id', 'identity.user_mfa_factors.id is NOT NULL');
select col_not_null('identity', 'user_mfa_factors', 'user_uuid', 'identity.user_mfa_factors.user_uuid is NOT NULL');
select col_not_null('identity', 'user_mfa_factors', 'factor_type', 'identity.user_mfa_factors.factor_type is NOT NULL');
select col_not_null('identity', 'user_mfa_factors', 'is_enabled', 'identity.user_mfa_factors.is_enabled is NOT NULL');
select col_not_null('identity', 'user_mfa_factors', 'created_at', 'identity.user_mfa_factors.created_at is NOT NULL');
select col_default_is('identity', 'user_mfa_factors', 'is_enabled', 'false', 'identity.user_mfa_factors.is_enabled defaults to false');
select col_is_pk('identity', 'user_mfa_factors', 'id', 'identity.user_mfa_factors has primary key (id)');
select fk_ok('identity', 'user_mfa_factors', 'user_uuid', 'identity', 'users', 'uuid');

/*
 * USER_DEVICES
 */
select columns_are('identity', 'user_devices', array['id', 'user_uuid', 'device_fingerprint', 'device_name', 'last_seen_at', 'created_at']::name[]);
select col_type_is('identity', 'user_devices', 'id', 'bigint', 'identity.user_devices.id is bigint');
select col_type_is('identity', 'user_devices', 'user_uuid', 'uuid', 'identity.user_devices.user_uuid is uuid');
select col_type_is('identity', 'user_devices', 'device_fingerprint', 'character varying(255)', 'identity.user_devices.device_fingerprint is character varying(255)');
select col_type_is('identity', 'user_devices', 'device_name', 'character varying(100)', 'identity.user_devices.device_name is character varying(100)');
select col_type_is('identity', 'user_devices', 'last_seen_at', 'timestamp with time zone', 'identity.user_devices.last_seen_at is timestamp with time zone');
select col_type_is('identity', 'user_devices', 'created_at', 'timestamp with time zone', 'identity.user_devices.created_at is timestamp with time zone');
select col_not_null('identity', 'user_devices', 'id', 'identity.user_devices.id is NOT NULL');
select col_not_null('identity', 'user_devices', 'user_uuid', 'identity.user_devices.user_uuid is NOT NULL');
select col_is_null('identity', 'user_devices', 'device_fingerprint', 'identity.user_devices.device_fingerprint is NULL for a device known by its device token only');
select col_is_null('identity', 'user_devices', 'device_name', 'identity.user_devices.device_name is nullable');
select col_not_null('identity', 'user_devices', 'last_seen_at', 'identity.user_devices.last_seen_at is NOT NULL');
select col_not_null('identity', 'user_devices', 'created_at', 'identity.user_devices.created_at is NOT NULL');
select col_is_pk('identity', 'user_devices', 'id', 'identity.user_devices has primary key (id)');
select col_is_unique('identity', 'user_devices', array['user_uuid', 'device_fingerprint']::name[], 'identity.user_devices (user_uuid, device_fingerprint) is unique');
select fk_ok('identity', 'user_devices', 'user_uuid', 'identity', 'users', 'uuid');

/*
 * LOGIN_AUDIT_LOGS
 */
select columns_are('identity', 'login_audit_logs', array[
  'id', 'user_uuid', 'event_type', 'ip_address', 'user_agent', 'event_at', 'reason'
]::name[]);
select col_type_is('identity', 'login_audit_logs', 'id', 'bigint', 'identity.login_audit_logs.id is bigint');
select col_type_is('identity', 'login_audit_logs', 'user_uuid', 'uuid', 'identity.login_audit_logs.user_uuid is uuid');
select col_type_is('identity', 'login_audit_logs', 'event_type', 'character varying(32)', 'identity.login_audit_logs.event_type is character varying(32)');
select col_type_is('identity', 'login_audit_logs', 'ip_address', 'inet', 'identity.login_audit_logs.ip_address is inet');
select col_type_is('identity', 'login_audit_logs', 'user_agent', 'text', 'identity.login_audit_logs.user_agent is text');
select col_type_is('identity', 'login_audit_logs', 'event_at', 'timestamp with time zone', 'identity.login_audit_logs.event_at is timestamp with time zone');
select col_type_is('identity', 'login_audit_logs', 'reason', 'text', 'identity.login_audit_logs.reason is text');
select col_not_null('identity', 'login_audit_logs', 'id', 'identity.login_audit_logs.id is NOT NULL');
select col_is_null('identity', 'login_audit_logs', 'user_uuid', 'identity.login_audit_logs.user_uuid is nullable');
select col_not_null('identity', 'login_audit_logs', 'event_type', 'identity.login_audit_logs.event_type is NOT NULL');
select col_is_null('identity', 'login_audit_logs', 'ip_address', 'identity.login_audit_logs.ip_address is nullable');
select col_is_null('identity', 'login_audit_logs', 'user_agent', 'identity.login_audit_logs.user_agent is nullable');
select col_not_null('identity', 'login_audit_logs', 'event_at', 'identity.login_audit_logs.event_at is NOT NULL');
select col_is_null('identity', 'login_audit_logs', 'reason', 'identity.login_audit_logs.reason is nullable');
select col_is_pk('identity', 'login_audit_logs', array['id', 'event_at']::name[], 'identity.login_audit_logs has primary key (id, event_at)');
select fk_ok('identity', 'login_audit_logs', 'user_uuid', 'identity', 'users', 'uuid');

/*
 * ON DELETE rule of every foreign key: cascade, except the audit log (set null) and user_roles.role_id (restrict).
 */
select results_eq(
  $$select c.conrelid::regclass::text, a.attname::text collate "default", c.confdeltype::text
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f'
       and c.connamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and c.conparentid = 0
     order by 1, 2$$,
  $$values
      ('identity_private.imported_accounts', 'user_uuid', 'c'),
      ('identity_private.mfa_challenges', 'user_uuid', 'c'),
      ('identity_private.user_credentials', 'user_uuid', 'c'),
      ('identity_private.user_device_tokens', 'device_id', 'c'),
      ('identity_private.user_recovery_codes', 'user_uuid', 'c'),
      ('identity_private.user_session_secrets', 'session_id', 'c'),
      ('identity_private.user_tokens', 'email_id', 'c'),
      ('identity_private.user_tokens', 'user_uuid', 'c'),
      ('identity.login_audit_logs', 'user_uuid', 'n'),
      ('identity.user_auth_providers', 'user_uuid', 'c'),
      ('identity.user_devices', 'user_uuid', 'c'),
      ('identity.user_emails', 'user_uuid', 'c'),
      ('identity.user_mfa_factors', 'user_uuid', 'c'),
      ('identity.user_profiles', 'user_uuid', 'c'),
      ('identity.user_roles', 'role_id', 'r'),
      ('identity.user_roles', 'user_uuid', 'c'),
      ('identity.user_sessions', 'device_id', 'n'),
      ('identity.user_sessions', 'revoked_by', 'n'),
      ('identity.user_sessions', 'user_uuid', 'c'),
      ('identity.user_status', 'user_uuid', 'c')$$,
  'Every foreign key has the intended ON DELETE rule (cascade; set null for the audit log and a session''s device and revoker; restrict for role_id)'
);
select is_empty(
  $$select conname from pg_constraint
     where contype = 'f' and connamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and cardinality(conkey) <> 1$$,
  'Every foreign key is on a single column'
);

/*
 * Identity columns: GENERATED ALWAYS, and only these.
 */
select results_eq(
  $$select c.oid::regclass::text, a.attname::text collate "default", a.attidentity::text
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
     where c.relnamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and c.relkind in ('r', 'p') and not c.relispartition
       and a.attnum > 0 and not a.attisdropped and a.attidentity <> ''
     order by 1, 2$$,
  $$values
      ('identity_private.mfa_challenges', 'id', 'a'),
      ('identity_private.user_recovery_codes', 'id', 'a'),
      ('identity_private.user_tokens', 'id', 'a'),
      ('identity.login_audit_logs', 'id', 'a'),
      ('identity.roles', 'role_id', 'a'),
      ('identity.user_auth_providers', 'id', 'a'),
      ('identity.user_devices', 'id', 'a'),
      ('identity.user_emails', 'id', 'a'),
      ('identity.user_mfa_factors', 'id', 'a'),
      ('identity.users', 'id', 'a')$$,
  'The bigint/integer ids are GENERATED ALWAYS AS IDENTITY'
);

/*
 * Indexes created by the migration.
 */
select has_index('identity', 'user_emails', 'user_emails_user_uuid_idx', array['user_uuid']::name[]);
select has_index('identity', 'user_emails', 'user_emails_one_primary_per_user', array['user_uuid']::name[]);
select index_is_unique('identity', 'user_emails', 'user_emails_one_primary_per_user');
select is(
  (select pg_get_expr(indpred, indrelid) from pg_index where indexrelid = 'identity.user_emails_one_primary_per_user'::regclass),
  'is_primary',
  'user_emails_one_primary_per_user is partial: WHERE is_primary'
);
select has_index('identity', 'user_roles', 'user_roles_role_id_idx', array['role_id']::name[]);
select has_index('identity', 'user_auth_providers', 'user_auth_providers_user_uuid_idx', array['user_uuid']::name[]);
select has_index('identity', 'user_mfa_factors', 'user_mfa_factors_user_uuid_idx', array['user_uuid']::name[]);
select has_index('identity', 'login_audit_logs', 'login_audit_logs_user_uuid_event_at_idx', array['user_uuid', 'event_at']::name[]);
select has_index('identity', 'login_audit_logs', 'login_audit_logs_ip_failures_idx', array['ip_address', 'event_at']::name[]);
select isnt(
  (select pg_get_expr(indpred, indrelid) from pg_index where indexrelid = 'identity.login_audit_logs_ip_failures_idx'::regclass),
  null,
  'login_audit_logs_ip_failures_idx is partial (failures only)'
);
select has_index('identity', 'login_audit_logs', 'login_audit_logs_event_at_idx', array['event_at']::name[]);
select index_is_type('identity', 'login_audit_logs', 'login_audit_logs_event_at_idx', 'brin');
select is_empty(
  $$select c.conrelid::regclass::text, c.conname
      from pg_constraint c
     where c.contype = 'f'
       and c.connamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and c.conparentid = 0
       and not exists (
         select 1 from pg_index i
          where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1]
       )$$,
  'Every foreign key column leads some index'
);

/*
 * LOGIN_AUDIT_LOGS is partitioned by range of event_at, with a default partition and monthly partitions.
 */
select is_partitioned('identity', 'login_audit_logs', 'identity.login_audit_logs is partitioned');
select results_eq(
  $$select p.partstrat::text, a.attname::text collate "default"
      from pg_partitioned_table p
      join pg_attribute a on a.attrelid = p.partrelid and a.attnum = p.partattrs[0]
     where p.partrelid = 'identity.login_audit_logs'::regclass$$,
  $$values ('r', 'event_at')$$,
  'login_audit_logs is partitioned BY RANGE (event_at)'
);
select is(
  (select partdefid::regclass::text from pg_partitioned_table where partrelid = 'identity.login_audit_logs'::regclass),
  'identity.login_audit_logs_default',
  'login_audit_logs_default is the default partition'
);
select is_partition_of('identity', 'login_audit_logs_default', 'identity', 'login_audit_logs');
select is_partition_of(
  'identity', ('login_audit_logs_' || to_char(now(), 'YYYYMM'))::name, 'identity', 'login_audit_logs',
  'There is a partition for the current month'
);
select is_partition_of(
  'identity', ('login_audit_logs_' || to_char(now() + interval '1 month', 'YYYYMM'))::name, 'identity', 'login_audit_logs',
  'There is a partition for next month'
);
select is_empty(
  $$select c.relname, pg_get_expr(c.relpartbound, c.oid)
      from pg_inherits i
      join pg_class c on c.oid = i.inhrelid
     where i.inhparent = 'identity.login_audit_logs'::regclass
       and c.relname <> 'login_audit_logs_default'
       and case when c.relname !~ '^login_audit_logs_[0-9]{6}$' then true
                else pg_get_expr(c.relpartbound, c.oid) is distinct from format(
                  'FOR VALUES FROM (%L) TO (%L)',
                  to_char(to_date(right(c.relname, 6), 'YYYYMM'), 'YYYY-MM-DD') || ' 00:00:00+00',
                  to_char(to_date(right(c.relname, 6), 'YYYYMM') + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00')
           end$$,
  'Every other partition is named login_audit_logs_YYYYMM and covers exactly that UTC month'
);

/*
 * Comments on every table and column of identity and identity_private.
 */
select is_empty(
  $$select c.oid::regclass::text
      from pg_class c
     where c.relnamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and c.relkind in ('r', 'p')
       and obj_description(c.oid, 'pg_class') is null$$,
  'Every table (partitions included) in identity and identity_private has a comment'
);
select is_empty(
  $$select c.oid::regclass::text, a.attname
      from pg_class c
      join pg_attribute a on a.attrelid = c.oid
     where c.relnamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and c.relkind in ('r', 'p') and not c.relispartition
       and a.attnum > 0 and not a.attisdropped
       and col_description(c.oid, a.attnum) is null$$,
  'Every column of every table in identity and identity_private has a comment'
);
select is_empty(
  $$select t.oid::regtype::text
      from pg_type t
     where t.typnamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and t.typtype = 'e'
       and obj_description(t.oid, 'pg_type') is null$$,
  'Every enum type has a comment'
);
select is_empty(
  $$select p.oid::regprocedure::text
      from pg_proc p
     where p.pronamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and obj_description(p.oid, 'pg_proc') is null$$,
  'Every function in identity and identity_private has a comment'
);
select is_empty(
  $$select t.oid::regtype::text
      from pg_type t
     where t.typnamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and t.typtype = 'c' and t.typrelid in (select oid from pg_class where relkind = 'c')
       and obj_description(t.oid, 'pg_type') is null$$,
  'Every composite type (session_grant) has a comment'
);

/*
 * Row-level security is enabled on every table, partitions included.
 */
select is_empty(
  $$select c.oid::regclass::text
      from pg_class c
     where c.relnamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and c.relkind in ('r', 'p')
       and not c.relrowsecurity$$,
  'Every table (partitions included) in identity and identity_private has row-level security enabled'
);

/*
 * Triggers that keep timestamps, status rows and the audit log honest.
 */
select has_trigger('identity', 'users', '_100_timestamps', 'identity.users has trigger _100_timestamps');
select has_trigger('identity', 'users', '_500_insert_status', 'identity.users has trigger _500_insert_status');
select has_trigger('identity', 'user_emails', '_100_created_at', 'identity.user_emails has trigger _100_created_at');
select has_trigger('identity', 'user_auth_providers', '_100_created_at', 'identity.user_auth_providers has trigger _100_created_at');
select has_trigger('identity', 'user_mfa_factors', '_100_created_at', 'identity.user_mfa_factors has trigger _100_created_at');
select has_trigger('identity', 'user_devices', '_100_created_at', 'identity.user_devices has trigger _100_created_at');
select has_trigger('identity', 'user_status', '_100_keep_while_user_exists', 'identity.user_status has trigger _100_keep_while_user_exists');
select has_trigger('identity', 'user_status', '_100_keep_user_uuid', 'identity.user_status has trigger _100_keep_user_uuid');
select has_trigger('identity', 'login_audit_logs', '_100_append_only', 'identity.login_audit_logs has trigger _100_append_only');

select * from finish();
rollback;
