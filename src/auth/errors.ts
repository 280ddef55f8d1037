/** Errors of sign-in and authorisation: stable codes, kk/ru/en messages. */

import type { StaffRole } from "../core/actor.ts";
import { QyzmetError } from "../core/errors.ts";

export function invalidCredentials(): QyzmetError {
  return new QyzmetError(
    "AUTH_INVALID_CREDENTIALS",
    {
      kk: "Логин немесе құпиясөз қате.",
      ru: "Неверный логин или пароль.",
      en: "Wrong login or password.",
    },
    {},
    401,
  );
}

/** "14:05" in Asia/Almaty, for the message; the exact instant is in `details`. */
function almatyTime(at: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Almaty",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
}

/**
 * 429 Too Many Requests rather than 403: the account is not forbidden, the
 * attempts against it are throttled for a while; clients should wait until
 * `details.lockedUntil` (`retryAfterSeconds`, the API's Retry-After) and retry.
 */
export function accountLocked(lockedUntil: Date, now: Date): QyzmetError {
  const t = almatyTime(lockedUntil);
  return new QyzmetError(
    "AUTH_LOCKED",
    {
      kk: `Қатарынан 5 рет сәтсіз кіру әрекетінен кейін тіркелгі 15 минутқа бұғатталды. Сағат ${t}-ден кейін қайталап көріңіз.`,
      ru: `После 5 неудачных попыток входа подряд учётная запись заблокирована на 15 минут. Повторите после ${t}.`,
      en: `After 5 failed sign-ins in a row the account is locked for 15 minutes. Try again after ${t}.`,
    },
    {
      lockedUntil: lockedUntil.toISOString(),
      retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000)),
    },
    429,
  );
}

export function forbiddenRole(required: readonly StaffRole[], have: readonly StaffRole[]): QyzmetError {
  const list = required.join(", ");
  return new QyzmetError(
    "FORBIDDEN_ROLE",
    {
      kk: `Бұл әрекетке рөлдердің бірі қажет: ${list}.`,
      ru: `Для этого действия нужна одна из ролей: ${list}.`,
      en: `This action needs one of the roles: ${list}.`,
    },
    { required: [...required], have: [...have] },
    403,
  );
}
