/**
 * Password hashing with scrypt (node:crypto): N = 2^15, r = 8, p = 1, a 16-byte
 * random salt and a 32-byte key, encoded as
 *
 *   scrypt$<log2 N>$<r>$<p>$<salt base64>$<key base64>
 *
 * so the parameters can be raised later and old hashes still verify. scrypt
 * with these parameters needs 128·N·r = 32 MiB, exactly Node's default
 * `maxmem`, which Node counts as too little: we allow 64 MiB. One hash takes
 * roughly 50–100 ms of one libuv thread; the async API keeps the event loop free.
 * Passwords are NFC-normalised first, so a Kazakh letter typed precomposed or
 * with a combining mark is the same password.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

const LOG_N = 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const MAXMEM = 64 * 1024 * 1024;

function scryptAsync(
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt, KEY_BYTES, { N: 2 ** LOG_N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${LOG_N}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

const ENCODED = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/**
 * Whether `password` matches `encoded`. A malformed hash, or one with
 * parameters outside sane bounds (which could be used to exhaust memory),
 * never matches. The comparison is constant-time.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const m = ENCODED.exec(encoded);
  if (!m) return false;
  const [logN, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const salt = Buffer.from(m[4] ?? "", "base64");
  const expected = Buffer.from(m[5] ?? "", "base64");
  if (salt.length < 8 || expected.length < 16 || expected.length > 64) return false;
  const memory = 128 * 2 ** logN * r;
  if (memory > 4 * MAXMEM) return false;
  const key = await scryptAsync(password, salt, expected.length, {
    N: 2 ** logN,
    r,
    p,
    maxmem: Math.max(MAXMEM, 2 * memory),
  });
  return timingSafeEqual(key, expected);
}
