// `idkit keygen`: a new Ed25519 key for signing access tokens, as the JSON IDKIT_SIGNING_KEYS expects.
// To rotate, put the new key first and keep the old one behind it until its tokens have expired.
import { generateSigningKey } from '../sessions/signing-keys.ts';
import { EXIT } from './exit-codes.ts';

export function keygenCommand(): number {
  // Printed because it was asked for: store it in the secret manager, not in a log.
  console.log(JSON.stringify([generateSigningKey()]));
  return EXIT.ok;
}
