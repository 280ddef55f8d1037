/** The payments' typed errors. */
import { type Messages, QyzmetError } from "../core/errors.ts";

export function paymentBadInput(field: string, reason: Messages): QyzmetError {
  return new QyzmetError(
    "PAYMENT_BAD_INPUT",
    {
      kk: `Төлем деректері қате (${field}): ${reason.kk}`,
      ru: `Неверные данные выплаты (${field}): ${reason.ru}`,
      en: `Bad payment input (${field}): ${reason.en}`,
    },
    { field },
    400,
  );
}
