/**
 * A bank account in Kazakhstan: the bank's BIC (SWIFT form, 8 or 11 letters
 * and digits) and the KZ IBAN (20 characters: KZ, two check digits, the bank's
 * 3-digit code and 13 account characters), its check digits verified by ISO
 * 13616 (mod 97 = 1). Pure; shared by the application form (engine intake) and
 * the payment assignments (src/payments).
 */
import { z } from "zod";
import { BIC, isKzIban } from "./iban.ts";

export { BIC, isBic, isKzIban, kzIban } from "./iban.ts";

/** The optional structured field `bankAccount` of an application form. */
export const BankAccount = z.strictObject({
  bic: z.string().regex(BIC, "a BIC of 8 or 11 letters and digits"),
  iban: z.string().refine(isKzIban, "a KZ IBAN with valid check digits"),
});
export type BankAccount = z.infer<typeof BankAccount>;
