// Access tokens are signed with Ed25519 (EdDSA) keys that carry a key id; the public halves are published
// as a JWKS document so that any service verifies tokens with a standard JOSE library and no shared secret.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createLocalJWKSet, importJWK, type JWK, type JWTVerifyGetKey } from 'jose';

/** A private signing key as configured: an Ed25519 JWK with its key id. */
export interface PrivateSigningJwk extends JWK {
  kty: 'OKP';
  crv: 'Ed25519';
  kid: string;
  x: string;
  d: string;
}

export interface SigningKeys {
  /** The key new tokens are signed with: the first configured one. */
  signer: { kid: string; key: Awaited<ReturnType<typeof importJWK>> };
  /** The public keys of every configured key, as served at /.well-known/jwks.json. */
  jwks: { keys: JWK[] };
  /** Resolves a token's `kid` to one of the configured public keys. */
  verificationKey: JWTVerifyGetKey;
}

const KID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Parses IDKIT_SIGNING_KEYS: a JSON array (or `{ "keys": [...] }`) of private Ed25519 JWKs, newest first.
 * The first signs; the others only verify, until the tokens they signed have expired.
 */
export function parseSigningKeys(raw: string): PrivateSigningJwk[] {
  const fail = (why: string): never => {
    throw new Error(`IDKIT_SIGNING_KEYS ${why}; generate a key with "idkit keygen"`);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail('must be JSON: an array of private Ed25519 JWKs, newest first');
  }
  const keys = Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) return fail('must hold at least one key');
  const kids = new Set<string>();
  for (const key of keys as Partial<PrivateSigningJwk>[]) {
    if (key?.kty !== 'OKP' || key.crv !== 'Ed25519') fail('may hold only Ed25519 keys (kty "OKP", crv "Ed25519")');
    if (typeof key.kid !== 'string' || !KID.test(key.kid)) fail('needs a "kid" of letters, digits, "_" or "-" on every key');
    if (kids.has(key.kid!)) fail(`holds the key id "${key.kid}" twice`);
    kids.add(key.kid!);
    // Ed25519 keys are 32 bytes: 43 base64url characters.
    if (typeof key.d !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(key.d)) fail('needs the private part ("d", 32 bytes) of every key');
    if (typeof key.x !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(key.x)) fail('needs the public part ("x", 32 bytes) of every key');
  }
  return keys as PrivateSigningJwk[];
}

/** A new Ed25519 signing key with a random key id. */
export function generateSigningKey(): PrivateSigningJwk {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: randomBytes(8).toString('base64url'), alg: 'EdDSA', use: 'sig' } as PrivateSigningJwk;
}

export async function loadSigningKeys(keys: PrivateSigningJwk[]): Promise<SigningKeys> {
  const [first] = keys;
  if (!first) throw new Error('pg-identity-kit: no signing key configured');
  const publicKeys = keys.map(({ kty, crv, x, kid }) => ({ kty, crv, x, kid, alg: 'EdDSA', use: 'sig' }));
  const jwks = { keys: publicKeys };
  return {
    signer: { kid: first.kid, key: await importJWK({ ...first, alg: 'EdDSA' }, 'EdDSA') },
    jwks,
    verificationKey: createLocalJWKSet(jwks),
  };
}

/** The keys of a configured or generated IDKIT_SIGNING_KEYS value. */
export const signingKeysFrom = (raw: string): Promise<SigningKeys> => loadSigningKeys(parseSigningKeys(raw));
