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

/**
 * Reads `<dataDir>/secrets.json`, creating missing entries; explicit configuration wins. Two first starts at
 * once must agree on the passwords (one of them runs initdb with its superuser password, the other then
 * connects with it): the file is created exclusively, and whoever loses that race reads the winner's.
 */
export function loadLocalSecrets(config: Config): LocalSecrets {
  const file = path.join(config.dataDir, 'secrets.json');
  const fill = (stored: Partial<LocalSecrets>): LocalSecrets => ({
    superuserPassword: stored.superuserPassword ?? generate(),
    ownerPassword: stored.ownerPassword ?? generate(),
    authenticatorPassword: stored.authenticatorPassword ?? generate(),
    signingKeys: stored.signingKeys ?? JSON.stringify([generateSigningKey()]),
    tokenKeys: stored.tokenKeys ?? `k1=${generate()}`,
  });
  // Every write goes to a private name first and then into place, so a reader never sees half a file.
  const partial = `${file}.${process.pid}.tmp`;
  const stage = (value: LocalSecrets) => fs.writeFileSync(partial, JSON.stringify(value, null, 2) + '\n', { mode: 0o600 });
  let secrets: LocalSecrets;
  for (;;) {
    if (fs.existsSync(file)) {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
      secrets = fill(stored);
      if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
        // An older data folder lacks an entry: add it.
        stage(secrets);
        fs.renameSync(partial, file);
      }
      break;
    }
    fs.mkdirSync(config.dataDir, { recursive: true });
    const fresh = fill({});
    stage(fresh);
    try {
      fs.linkSync(partial, file); // fails if the file exists
      secrets = fresh;
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another process created it first: read theirs (the loop's next round).
    } finally {
      fs.rmSync(partial, { force: true });
    }
  }
  return {
    ...secrets,
    ownerPassword: config.ownerPassword ?? secrets.ownerPassword,
    authenticatorPassword: config.authenticatorPassword ?? secrets.authenticatorPassword,
    signingKeys: config.signingKeys ?? secrets.signingKeys,
    tokenKeys: config.tokenKeys ?? secrets.tokenKeys,
  };
}
