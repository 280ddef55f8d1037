/**
 * The check digit of the IIN and the BIN (the 12th digit), as the rules for
 * assigning identification numbers define it:
 *
 *   1. a = (d1·1 + d2·2 + … + d11·11) mod 11; if a ≠ 10, a is the check digit;
 *   2. otherwise a = (d1·3 + d2·4 + … + d9·11 + d10·1 + d11·2) mod 11;
 *      if a ≠ 10, a is the check digit;
 *   3. otherwise the number is not issued: the registration authority skips
 *      that serial and takes the next one.
 *
 * Decision: we follow (3) literally. `checkDigit` returns `null` for such a
 * first-eleven, validation rejects any twelve digits built on it (whatever
 * the 12th digit), and the generators (`makeIin`, `makeBin`) refuse it; the
 * `next…` generators skip to the next serial.
 *
 * What the scheme cannot see (the property tests state it exactly): in the
 * first pass the 11th digit has weight 11 ≡ 0 (mod 11), in the second pass the
 * 9th digit does; so a change of that digit goes unnoticed when that pass
 * decides. And a change that moves a number from one pass to the other may
 * land on the same check digit. Every other single-digit change is detected.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const ELEVEN_DIGITS = /^\d{11}$/;

function weighted(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum % 11;
}

/** Which pass decides the check digit of these eleven digits: 1, 2, or null (not issued). */
export function checkPass(first11: string): 1 | 2 | null {
  if (!ELEVEN_DIGITS.test(first11)) throw new TypeError("checkPass expects eleven digits");
  if (weighted(first11, FIRST_WEIGHTS) !== 10) return 1;
  if (weighted(first11, SECOND_WEIGHTS) !== 10) return 2;
  return null;
}

/** The 12th digit for eleven digits, or null when no number is issued on them. */
export function checkDigit(first11: string): number | null {
  if (!ELEVEN_DIGITS.test(first11)) throw new TypeError("checkDigit expects eleven digits");
  const a = weighted(first11, FIRST_WEIGHTS);
  if (a !== 10) return a;
  const b = weighted(first11, SECOND_WEIGHTS);
  return b !== 10 ? b : null;
}
