/**
 * Errors of citizen accounts and one-time passwords: stable codes, kk/ru/en
 * messages. Messages never repeat the IIN, the phone or a code (they end up in
 * logs).
 */
import { QyzmetError } from "../core/errors.ts";

export function citizenExists(): QyzmetError {
  return new QyzmetError(
    "CITIZEN_EXISTS",
    {
      kk: "Бұл ЖСН бойынша жеке кабинет тіркелген. Кіріңіз немесе құпиясөзді қалпына келтіріңіз.",
      ru: "Личный кабинет по этому ИИН уже зарегистрирован. Войдите или восстановите пароль.",
      en: "A personal account is already registered for this IIN. Sign in or restore the password.",
    },
    {},
    409,
  );
}

/**
 * 422: the request is well formed but the state database of individuals does
 * not confirm it — the IIN is not there, it has no phone, or the phone differs.
 * One code and one message for all three, so the answer does not tell which
 * IINs the state database holds.
 */
export function identityNotConfirmed(): QyzmetError {
  return new QyzmetError(
    "CITIZEN_NOT_CONFIRMED",
    {
      kk: "Жеке тұлғалар мемлекеттік дерекқоры бұл ЖСН мен телефон нөмірін растамады. Телефон нөміріңізді ХҚКО-да жаңартыңыз.",
      ru: "Государственная база данных физических лиц не подтвердила этот ИИН и номер телефона. Обновите номер телефона в ЦОН.",
      en: "The state database of individuals did not confirm this IIN and phone number. Update your phone number at a State Corporation office.",
    },
    {},
    422,
  );
}

export function weakPassword(): QyzmetError {
  return new QyzmetError(
    "PASSWORD_TOO_WEAK",
    {
      kk: "Құпиясөз кемінде 8 таңбадан тұруы, әріптер мен цифрларды қамтуы және ЖСН-ды қамтымауы керек.",
      ru: "Пароль должен содержать не менее 8 символов, буквы и цифры и не должен содержать ИИН.",
      en: "The password needs at least 8 characters, letters and digits, and must not contain the IIN.",
    },
    {},
    400,
  );
}

export function badPhone(): QyzmetError {
  return new QyzmetError(
    "PHONE_BAD_FORMAT",
    {
      kk: "Телефон нөмірі дұрыс емес: +7 7XX XXX XX XX түрінде жазыңыз.",
      ru: "Неверный номер телефона: укажите в виде +7 7XX XXX XX XX.",
      en: "Malformed phone number: write it as +7 7XX XXX XX XX.",
    },
    {},
    400,
  );
}

export function invalidCitizenCredentials(): QyzmetError {
  return new QyzmetError(
    "AUTH_INVALID_CREDENTIALS",
    {
      kk: "ЖСН немесе құпиясөз қате.",
      ru: "Неверный ИИН или пароль.",
      en: "Wrong IIN or password.",
    },
    {},
    401,
  );
}

export function accountNotReady(): QyzmetError {
  return new QyzmetError(
    "CITIZEN_ACCOUNT_NOT_FOUND",
    {
      kk: "Бұл ЖСН бойынша расталған жеке кабинет жоқ.",
      ru: "Подтверждённого личного кабинета по этому ИИН нет.",
      en: "There is no confirmed personal account for this IIN.",
    },
    {},
    404,
  );
}

export function otpRateLimited(retryAt: Date, now: Date): QyzmetError {
  return new QyzmetError(
    "OTP_RATE_LIMITED",
    {
      kk: "Бір реттік кодтар тым жиі сұралды: 10 минутта ең көбі 3 код. Кейінірек қайталаңыз.",
      ru: "Одноразовые коды запрашиваются слишком часто: не более 3 кодов за 10 минут. Повторите позже.",
      en: "One-time codes are requested too often: at most 3 codes in 10 minutes. Try again later.",
    },
    {
      retryAt: retryAt.toISOString(),
      retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)),
    },
    429,
  );
}

export function otpInvalid(attemptsLeft: number): QyzmetError {
  return new QyzmetError(
    "OTP_INVALID",
    {
      kk: `Бір реттік код қате. Қалған әрекет саны: ${attemptsLeft}.`,
      ru: `Неверный одноразовый код. Осталось попыток: ${attemptsLeft}.`,
      en: `Wrong one-time code. Attempts left: ${attemptsLeft}.`,
    },
    { attemptsLeft },
    400,
  );
}

export function otpMissing(): QyzmetError {
  return new QyzmetError(
    "OTP_INVALID",
    {
      kk: "Бір реттік код қате немесе сұралмаған. Жаңа код сұраңыз.",
      ru: "Одноразовый код неверен или не запрашивался. Запросите новый код.",
      en: "The one-time code is wrong or was never requested. Request a new code.",
    },
    {},
    400,
  );
}

export function otpExpired(): QyzmetError {
  return new QyzmetError(
    "OTP_EXPIRED",
    {
      kk: "Бір реттік кодтың мерзімі өтті (5 минут). Жаңа код сұраңыз.",
      ru: "Срок действия одноразового кода истёк (5 минут). Запросите новый код.",
      en: "The one-time code has expired (it lasts 5 minutes). Request a new code.",
    },
    {},
    409,
  );
}

export function otpUsed(): QyzmetError {
  return new QyzmetError(
    "OTP_USED",
    {
      kk: "Бұл бір реттік код қолданылып қойған. Жаңа код сұраңыз.",
      ru: "Этот одноразовый код уже использован. Запросите новый код.",
      en: "This one-time code has already been used. Request a new code.",
    },
    {},
    409,
  );
}

export function otpTooManyAttempts(): QyzmetError {
  return new QyzmetError(
    "OTP_TOO_MANY_ATTEMPTS",
    {
      kk: "Код 3 рет қате енгізілді, ол енді жарамсыз. Жаңа код сұраңыз.",
      ru: "Код введён неверно 3 раза и больше не действует. Запросите новый код.",
      en: "The code was entered wrongly 3 times and no longer works. Request a new code.",
    },
    {},
    409,
  );
}

/** A `sign_request` code certifies only the request (its exact bytes) it was issued for. */
export function otpOtherRequest(): QyzmetError {
  return new QyzmetError(
    "OTP_OTHER_REQUEST",
    {
      kk: "Бұл бір реттік код басқа өтінішке қол қою үшін берілген. Өтініш өзгерді ме? Осы өтінішке жаңа код сұраңыз.",
      ru: "Этот одноразовый код выдан для подписания другого заявления. Заявление изменилось? Запросите новый код для этого заявления.",
      en: "This one-time code was issued to sign another request. Did the request change? Request a new code for this one.",
    },
    {},
    409,
  );
}
