// Two-factor sign-in checked against an independent TOTP implementation (the otpauth package), and the
// encryption of provider tokens and TOTP seeds checked on disk: the heap files never hold the plaintext.
// Every call runs as the authenticator after `set local role`, in its own transaction, as the API server does.
import { randomBytes } from 'node:crypto';
import { TOTP, URI } from 'otpauth';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

type ApiRole = 'app_anonymous' | 'app_user' | 'app_admin';

interface JwtToken {
  role: string | null;
  user_uuid: string | null;
  exp: string | null;
  mfa_challenge: string | null;
}

const TOKEN_KEYS = `k1=${randomBytes(18).toString('base64url')}`;

let db: TestDatabase;
let api: pg.Client;
let superuser: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  superuser = new pg.Client({ connectionString: db.superuserUrl });
  api = new pg.Client({ connectionString: db.authenticatorUrl });
  await Promise.all([superuser.connect(), api.connect()]);
  // Cheap hashes: these tests check behaviour, not the cost.
  await superuser.query('update identity_private.auth_settings set bcrypt_cost = 4');
});

afterAll(async () => {
  await Promise.allSettled([api?.end(), superuser?.end()]);
  await db?.drop();
});

/**
 * One API request: a transaction on the authenticator connection that switches to `role`, with a session of
 * the user and the encryption keys as transaction-local settings. Commits on success, rolls back on error.
 */
async function asApi<T>(role: ApiRole, userUuid: string | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  await api.query('begin');
  try {
    await api.query(`set local role ${role}`);
    // A signed-in user needs a live session: the test support schema opens one (tests/support/test-support.sql).
    await api.query(`select test_support.act_as($1), set_config('idkit.token_keys', $2, true)`, [userUuid ?? '', TOKEN_KEYS]);
    const result = await work(api);
    await api.query('commit');
    return result;
  } catch (error) {
    await api.query('rollback');
    throw error;
  }
}

async function registerUser(label: string): Promise<{ uuid: string; username: string; password: string }> {
  const username = `${label}_${randomBytes(3).toString('hex')}`;
  const password = `pw-${randomBytes(12).toString('base64url')}`;
  const uuid = await asApi('app_anonymous', null, async (client) => {
    const { rows } = await client.query<{ uuid: string }>('select (identity.register_user($1, $2, $3)).uuid', [
      username,
      `${username}@example.com`,
      password,
    ]);
    return rows[0]!.uuid;
  });
  return { uuid, username, password };
}

async function authenticate(login: string, password: string): Promise<JwtToken> {
  return asApi('app_anonymous', null, async (client) => {
    const { rows } = await client.query<JwtToken>('select * from identity.authenticate($1, $2)', [login, password]);
    return rows[0]!;
  });
}

async function completeMfaLogin(challenge: string, code: string): Promise<JwtToken> {
  return asApi('app_anonymous', null, async (client) => {
    const { rows } = await client.query<JwtToken>('select * from identity.complete_mfa_login($1, $2)', [challenge, code]);
    return rows[0]!;
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits, when fewer than 3 seconds remain in the current 30-second window, until the next one starts. */
async function ensureWindowLeft(): Promise<void> {
  const remaining = TOTP.remaining({ period: 30 });
  if (remaining < 3_000) await sleep(remaining + 200);
}

/** Waits until the 30-second window after `counter` has started (and has at least 3 seconds left). */
async function waitForWindowAfter(counter: number): Promise<void> {
  while (TOTP.counter({ period: 30 }) <= counter) await sleep(TOTP.remaining({ period: 30 }) + 200);
  await ensureWindowLeft();
}

/** The raw bytes of a table's main fork and of its TOAST table, after a CHECKPOINT wrote them to disk. */
async function tableFileBytes(table: string): Promise<Buffer> {
  await superuser.query('checkpoint');
  const { rows } = await superuser.query<{ heap: Buffer; toast: Buffer | null }>(
    `select pg_read_binary_file(pg_relation_filepath(c.oid)) as heap,
            case when c.reltoastrelid <> 0 then pg_read_binary_file(pg_relation_filepath(c.reltoastrelid)) end as toast
     from pg_class c where c.oid = $1::regclass`,
    [table],
  );
  const { heap, toast } = rows[0]!;
  return Buffer.concat([heap, toast ?? Buffer.alloc(0)]);
}

describe('TOTP against an independent implementation', () => {
  test(
    'codes computed by otpauth confirm the factor and complete a sign-in; replayed and two-window-old codes are refused',
    async () => {
      const user = await registerUser('totp');

      const uri = await asApi('app_user', user.uuid, async (client) => {
        const { rows } = await client.query<{ uri: string }>('select identity.enrol_totp() as uri');
        return rows[0]!.uri;
      });
      const otp = URI.parse(uri);
      expect(otp).toBeInstanceOf(TOTP);
      const totp = otp as TOTP;
      expect({ issuer: totp.issuer, label: totp.label, algorithm: totp.algorithm, digits: totp.digits, period: totp.period }).toEqual({
        issuer: 'pg-identity-kit',
        label: user.username,
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      });
      expect(totp.secret.bytes.length).toBe(20);

      // The seed the database stores (decrypted by the superuser) is the one the URI handed out.
      await superuser.query('begin');
      try {
        await superuser.query(`select set_config('idkit.token_keys', $1, true)`, [TOKEN_KEYS]);
        const { rows } = await superuser.query<{ seed: string }>(
          `select identity_private.decrypt_secret(factor_data, factor_key_id) as seed from identity.user_mfa_factors where user_uuid = $1`,
          [user.uuid],
        );
        expect(rows[0]!.seed).toBe(totp.secret.hex.toLowerCase());
      } finally {
        await superuser.query('rollback');
      }

      // Two windows old: refused even before any code was used.
      await ensureWindowLeft();
      const twoWindowsOld = totp.generate({ timestamp: Date.now() - 60_000 });
      const confirmOld = await asApi('app_user', user.uuid, async (client) => {
        const { rows } = await client.query<{ ok: boolean }>('select identity.confirm_totp($1) as ok', [twoWindowsOld]);
        return rows[0]!.ok;
      });
      expect(confirmOld, 'a code two windows old does not confirm the factor').toBe(false);

      // The current code confirms it.
      await ensureWindowLeft();
      const confirmCounter = TOTP.counter({ period: 30 });
      const confirmCode = totp.generate();
      const confirmed = await asApi('app_user', user.uuid, async (client) => {
        const { rows } = await client.query<{ ok: boolean }>('select identity.confirm_totp($1) as ok', [confirmCode]);
        return rows[0]!.ok;
      });
      expect(confirmed, 'the current code confirms the factor').toBe(true);

      // The same code again: a replay, refused by disable_totp.
      const disabledByReplay = await asApi('app_user', user.uuid, async (client) => {
        const { rows } = await client.query<{ ok: boolean }>('select identity.disable_totp($1) as ok', [confirmCode]);
        return rows[0]!.ok;
      });
      expect(disabledByReplay, 'disable_totp refuses the code already used').toBe(false);

      // Sign-in: the password step asks for the second factor.
      const first = await authenticate(user.username, user.password);
      expect(first.role).toBe('mfa_required');
      expect(first.user_uuid).toBeNull();
      expect(first.mfa_challenge).toMatch(/^[0-9]+\.[A-Za-z0-9_-]{16,64}$/);
      const challenge = first.mfa_challenge!;

      const replayed = await completeMfaLogin(challenge, confirmCode);
      expect(replayed.role, 'complete_mfa_login refuses the code already used').toBeNull();
      const old = await completeMfaLogin(challenge, totp.generate({ timestamp: Date.now() - 60_000 }));
      expect(old.role, 'complete_mfa_login refuses a code two windows old').toBeNull();

      // A fresh code of the current window (the next window after the one used) completes the sign-in.
      await waitForWindowAfter(confirmCounter);
      const session = await completeMfaLogin(challenge, totp.generate());
      expect(session).toMatchObject({ role: 'app_user', user_uuid: user.uuid, mfa_challenge: null });

      const { rows: events } = await superuser.query<{ event_type: string }>(
        `select event_type from identity.login_audit_logs
         where user_uuid = $1 and event_type in ('mfa_enrolled', 'mfa_challenge', 'mfa_failure', 'mfa_success', 'login_success')
         order by id`,
        [user.uuid],
      );
      expect(events.map((e) => e.event_type)).toEqual([
        'mfa_enrolled',
        'mfa_failure', // the replayed code refused by disable_totp is counted and audited
        'mfa_challenge',
        'mfa_failure',
        'mfa_failure',
        'mfa_success',
        'login_success',
      ]);
    },
    120_000,
  );
});

describe('secrets are encrypted at rest', () => {
  test("a linked provider's tokens never appear in the table files on disk, while a plaintext column does", async () => {
    const user = await registerUser('enc');
    const accessToken = randomBytes(30).toString('base64url'); // 40 distinctive characters
    const refreshToken = randomBytes(30).toString('base64url');
    const marker = `plaintext-marker-${randomBytes(12).toString('hex')}`;
    expect(accessToken).toHaveLength(40);

    const linkId = await asApi('app_user', user.uuid, async (client) => {
      // The control: external_user_id is stored as it is, so the scan below must find it.
      const { rows } = await client.query<{ id: string }>(
        `select (identity.link_provider('github', $1, $2, $3)).id`,
        [marker, accessToken, refreshToken],
      );
      return rows[0]!.id;
    });
    const decrypted = await asApi('app_user', user.uuid, async (client) => {
      const { rows } = await client.query<{ access_token: string; refresh_token: string }>(
        'select access_token, refresh_token from identity.linked_provider_tokens($1)',
        [linkId],
      );
      return rows[0]!;
    });
    expect(decrypted).toEqual({ access_token: accessToken, refresh_token: refreshToken });

    const bytes = await tableFileBytes('identity.user_auth_providers');
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.includes(Buffer.from(marker, 'utf8')), 'the scan sees the plaintext control marker').toBe(true);
    expect(bytes.includes(Buffer.from(accessToken, 'utf8')), 'the access token is not on disk in plain text').toBe(false);
    expect(bytes.includes(Buffer.from(refreshToken, 'utf8')), 'the refresh token is not on disk in plain text').toBe(false);
  });

  test('a TOTP seed appears on disk neither as bytes, hex nor base32, while its row is found', async () => {
    const user = await registerUser('seed');
    const uri = await asApi('app_user', user.uuid, async (client) => {
      const { rows } = await client.query<{ uri: string }>('select identity.enrol_totp() as uri');
      return rows[0]!.uri;
    });
    const secret = (URI.parse(uri) as TOTP).secret;

    const bytes = await tableFileBytes('identity.user_mfa_factors');
    // The control: the row's user_uuid is stored as its 16 raw bytes.
    expect(bytes.includes(Buffer.from(user.uuid.replaceAll('-', ''), 'hex')), 'the scan sees the row').toBe(true);
    expect(bytes.includes(Buffer.from(secret.bytes)), 'the raw seed is not on disk').toBe(false);
    expect(bytes.includes(Buffer.from(secret.hex.toLowerCase(), 'utf8')), 'the hex seed is not on disk').toBe(false);
    expect(bytes.includes(Buffer.from(secret.hex.toUpperCase(), 'utf8')), 'the upper-case hex seed is not on disk').toBe(false);
    expect(bytes.includes(Buffer.from(secret.base32, 'utf8')), 'the base32 seed is not on disk').toBe(false);
  });
});
