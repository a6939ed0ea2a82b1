// Secrets the toolkit generates for itself on first use and keeps beside the embedded cluster.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { generateSigningKey } from '../sessions/signing-keys.ts';

export interface LocalSecrets {
  superuserPassword: string;
  ownerPassword: string;
  authenticatorPassword: string;
  /** Private signing keys of access tokens (a JSON array of Ed25519 JWKs, newest first). */
  signingKeys: string;
  /** Encryption keys for provider tokens and TOTP seeds, `kid=key[,...]`, current first. */
  tokenKeys: string;
}

const generate = (): string => randomBytes(24).toString('base64url');

/** Reads `<dataDir>/secrets.json`, creating missing entries; explicit configuration wins. */
export function loadLocalSecrets(config: Config): LocalSecrets {
  const file = path.join(config.dataDir, 'secrets.json');
  let stored: Partial<LocalSecrets> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
  const secrets: LocalSecrets = {
    superuserPassword: stored.superuserPassword ?? generate(),
    ownerPassword: stored.ownerPassword ?? generate(),
    authenticatorPassword: stored.authenticatorPassword ?? generate(),
    signingKeys: stored.signingKeys ?? JSON.stringify([generateSigningKey()]),
    tokenKeys: stored.tokenKeys ?? `k1=${generate()}`,
  };
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  }
  return {
    ...secrets,
    ownerPassword: config.ownerPassword ?? secrets.ownerPassword,
    authenticatorPassword: config.authenticatorPassword ?? secrets.authenticatorPassword,
    signingKeys: config.signingKeys ?? secrets.signingKeys,
    tokenKeys: config.tokenKeys ?? secrets.tokenKeys,
  };
}
