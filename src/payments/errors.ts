/**
 * The payments' error catalogue: a stable code, kk/ru/en, an HTTP status.
 *  - PAYMENT_BAD_INPUT (400, `details.field`): a value is malformed or out of range;
 *  - PAYMENT_NOT_FOUND (404): no such assignment;
 *  - PAYMENT_FORBIDDEN (403): the role or scope does not allow the action;
 *  - PAYMENT_WRONG_STATE (409): the assignment does not wait for what is given.
 */
import { type Messages, QyzmetError } from "../core/errors.ts";

export const m = (kk: string, ru: string, en: string): Messages => ({ kk, ru, en });

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

export function paymentNotFound(id: string): QyzmetError {
  return new QyzmetError(
    "PAYMENT_NOT_FOUND",
    {
      kk: `Төлем тағайындауы табылмады: ${id}`,
      ru: `Назначение выплаты не найдено: ${id}`,
      en: `No such payment assignment: ${id}`,
    },
    { id },
    404,
  );
}

export function paymentWrongState(id: string, field: string, pending: readonly string[]): QyzmetError {
  return new QyzmetError(
    "PAYMENT_WRONG_STATE",
    {
      kk: `Тағайындау бұл деректі күтпейді (${field})`,
      ru: `Назначение не ожидает этих данных (${field})`,
      en: `The assignment does not wait for this (${field})`,
    },
    { id, field, pending },
    409,
  );
}

export function paymentForbidden(action: string): QyzmetError {
  return new QyzmetError(
    "PAYMENT_FORBIDDEN",
    {
      kk: `Төлемдермен бұл әрекетке құқығыңыз жоқ (${action})`,
      ru: `Нет права на это действие с выплатами (${action})`,
      en: `You may not do this with payments (${action})`,
    },
    { action },
    403,
  );
}
