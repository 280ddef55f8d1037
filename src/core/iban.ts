/**
 * The bank's BIC and the KZ IBAN, checked without dependencies: the engine's intake
 * (`bank-account.ts`) and the portal's form in the browser use the same checks.
 */

export const BIC = /^[A-Z0-9]{8}([A-Z0-9]{3})?$/;
const KZ_IBAN = /^KZ\d{2}\d{3}[0-9A-Z]{13}$/;

export function isBic(value: unknown): value is string {
  return typeof value === "string" && BIC.test(value);
}

/** ISO 7064 mod 97 of an IBAN rearranged (letters as 10–35). */
function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const digits = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/** A KZ IBAN with valid check digits. */
export function isKzIban(value: unknown): value is string {
  if (typeof value !== "string" || !KZ_IBAN.test(value)) return false;
  return mod97(value.slice(4) + value.slice(0, 4)) === 1;
}

/** Makes a KZ IBAN with valid check digits from the bank code and the account part (tests, demo data). */
export function kzIban(bankCode: string, account: string): string {
  const body = `${bankCode}${account}`;
  return `KZ${String(98 - mod97(`${body}KZ00`)).padStart(2, "0")}${body}`;
}
