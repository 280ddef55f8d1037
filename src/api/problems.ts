/**
 * The API's own errors and their RFC 9457 form (`application/problem+json`):
 *
 *   { type: "urn:qyzmet:error:<CODE>", title, status, code, detail, lang, details? }
 *
 * `title` names the HTTP status, `detail` is the message of this occurrence,
 * both in the request's language. Errors of the capabilities are QyzmetErrors
 * carrying their own code, messages and status; the codes below are those the
 * API layer itself raises.
 */
import { z } from "zod";
import { Lang } from "../catalog/vocabulary.ts";
import { type ErrorStatus, type Messages, QyzmetError } from "../core/errors.ts";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

interface ProblemEntry {
  status: ErrorStatus;
  /** `{name}` is replaced by the parameter of that name. */
  messages: Messages;
}

/** The API layer's error catalogue: code → status and messages. */
export const PROBLEMS = {
  BAD_REQUEST: {
    status: 400,
    messages: {
      kk: "Сұрау дұрыс емес: қателер саны — {count}",
      ru: "Некорректный запрос: ошибок — {count}",
      en: "The request is invalid: {count} problem(s)",
    },
  },
  MALFORMED_JSON: {
    status: 400,
    messages: {
      kk: "Сұраудың денесі дұрыс JSON емес",
      ru: "Тело запроса не является корректным JSON",
      en: "The request body is not valid JSON",
    },
  },
  MALFORMED_URL: {
    status: 400,
    messages: {
      kk: "Сұраудың мекенжайы (URL) дұрыс емес немесе тым ұзын",
      ru: "Адрес запроса (URL) некорректен или слишком длинный",
      en: "The request's URL is malformed or too long",
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    messages: {
      kk: "Сұрау денесінің түріне ({contentType}) қолдау көрсетілмейді: application/json керек",
      ru: "Тип тела запроса ({contentType}) не поддерживается: нужен application/json",
      en: "The request body's type ({contentType}) is not supported: use application/json",
    },
  },
  BODY_TOO_LARGE: {
    status: 413,
    messages: {
      kk: "Сұраудың денесі тым үлкен (ең көбі {limit} байт)",
      ru: "Тело запроса слишком велико (не более {limit} байт)",
      en: "The request body is too large (at most {limit} bytes)",
    },
  },
  DEMO_SMS_NOT_FOUND: {
    status: 404,
    messages: {
      kk: "{phone} нөміріне SMS жіберілмеген",
      ru: "На номер {phone} SMS не отправлялись",
      en: "No SMS was sent to {phone}",
    },
  },
  WEB_NOT_BUILT: {
    status: 503,
    messages: {
      kk: "Веб-қосымша құрастырылмаған: npm run build:web орындаңыз",
      ru: "Веб-приложение не собрано: выполните npm run build:web",
      en: "The web app is not built: run npm run build:web",
    },
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    messages: {
      kk: "{method} {path} мекенжайы жоқ",
      ru: "Адреса {method} {path} нет",
      en: "There is no route {method} {path}",
    },
  },
  UNAUTHENTICATED: {
    status: 401,
    messages: {
      kk: "Жүйеге кіру қажет",
      ru: "Необходимо войти в систему",
      en: "You need to sign in",
    },
  },
  CSRF_HEADER_MISSING: {
    status: 403,
    messages: {
      kk: "Деректерді өзгертетін сұрауда X-Qyzmet-CSRF: 1 тақырыбы болуы керек",
      ru: "Запрос, изменяющий данные, должен содержать заголовок X-Qyzmet-CSRF: 1",
      en: "A request that changes data must carry the header X-Qyzmet-CSRF: 1",
    },
  },
  SERVICE_NOT_FOUND: {
    status: 404,
    messages: {
      kk: '"{code}" кодты мемлекеттік қызмет каталогта жоқ',
      ru: 'Государственной услуги с кодом "{code}" нет в каталоге',
      en: 'There is no state service with code "{code}" in the catalogue',
    },
  },
  VERSION_NOT_FOUND: {
    status: 404,
    messages: {
      kk: '"{code}" қызметінің "{version}" нұсқасы жоқ',
      ru: 'У услуги "{code}" нет версии "{version}"',
      en: 'The service "{code}" has no version "{version}"',
    },
  },
  REGION_NOT_FOUND: {
    status: 404,
    messages: {
      kk: '"{region}" өңірі жоқ',
      ru: 'Региона "{region}" нет',
      en: 'There is no region "{region}"',
    },
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    messages: {
      kk: "Дерекқор қолжетімсіз, кейінірек қайталаңыз",
      ru: "База данных недоступна, повторите позже",
      en: "The database is unavailable; please try again later",
    },
  },
  REQUEST_REJECTED: {
    status: 400,
    messages: {
      kk: "Сервер сұрауды қабылдамады",
      ru: "Сервер отклонил запрос",
      en: "The server rejected the request",
    },
  },
} as const satisfies Record<string, ProblemEntry>;

/** Anything unexpected: answered 500 with this and nothing else (the error itself is logged). */
export const INTERNAL = {
  code: "INTERNAL",
  status: 500,
  messages: {
    kk: "Сервердің ішкі қатесі, кейінірек қайталаңыз",
    ru: "Внутренняя ошибка сервера, повторите позже",
    en: "Internal server error; please try again later",
  },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** The `title`: the HTTP status in words. */
const STATUS_TITLES: Record<number, Messages> = {
  400: { kk: "Қате сұрау", ru: "Неверный запрос", en: "Bad request" },
  401: { kk: "Аутентификация қажет", ru: "Требуется аутентификация", en: "Unauthenticated" },
  403: { kk: "Рұқсат жоқ", ru: "Доступ запрещён", en: "Forbidden" },
  404: { kk: "Табылмады", ru: "Не найдено", en: "Not found" },
  409: { kk: "Күй қайшылығы", ru: "Конфликт состояния", en: "Conflict" },
  413: { kk: "Сұрау тым үлкен", ru: "Слишком большой запрос", en: "Content too large" },
  415: { kk: "Қолдау көрсетілмейтін түр", ru: "Неподдерживаемый тип данных", en: "Unsupported media type" },
  422: { kk: "Өңделмейтін деректер", ru: "Необрабатываемые данные", en: "Unprocessable content" },
  429: { kk: "Сұраулар тым көп", ru: "Слишком много запросов", en: "Too many requests" },
  500: { kk: "Сервер қатесі", ru: "Ошибка сервера", en: "Internal server error" },
  503: { kk: "Қызмет уақытша қолжетімсіз", ru: "Сервис временно недоступен", en: "Service unavailable" },
};
const ANY_TITLE: Messages = { kk: "Қате", ru: "Ошибка", en: "Error" };

export function statusTitle(status: number, lang: Lang): string {
  return (STATUS_TITLES[status] ?? ANY_TITLE)[lang];
}

type Params = Readonly<Record<string, string | number>>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The catalogue's messages of `code` with `{name}`s filled in. */
export function problemMessages(code: ProblemCode, params: Params = {}): Messages {
  const { messages } = PROBLEMS[code];
  return { kk: fill(messages.kk, params), ru: fill(messages.ru, params), en: fill(messages.en, params) };
}

/**
 * A QyzmetError of the API's catalogue: `params` fill the messages, `details`
 * go to the problem's `details` (the params themselves when not given).
 */
export function apiError(
  code: ProblemCode,
  params: Params = {},
  details?: Record<string, unknown>,
): QyzmetError {
  return new QyzmetError(
    code,
    problemMessages(code, params),
    details ?? { ...params },
    PROBLEMS[code].status,
  );
}

/** The body of an `application/problem+json` answer. */
export const Problem = z
  .object({
    type: z.string().describe('"urn:qyzmet:error:" + code'),
    title: z.string().describe("The HTTP status in words, in the request's language"),
    status: z.number().int(),
    code: z.string().describe("Stable error code; clients branch on it"),
    detail: z.string().describe("What went wrong, in the request's language"),
    lang: Lang,
    details: z.record(z.string(), z.unknown()).optional().describe("Machine-readable particulars"),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)" });
export type Problem = z.infer<typeof Problem>;

export function problemBody(input: {
  code: string;
  status: number;
  messages: Messages;
  lang: Lang;
  details?: Readonly<Record<string, unknown>>;
}): Problem {
  const body: Problem = {
    type: `urn:qyzmet:error:${input.code}`,
    title: statusTitle(input.status, input.lang),
    status: input.status,
    code: input.code,
    detail: input.messages[input.lang],
    lang: input.lang,
  };
  if (input.details && Object.keys(input.details).length > 0) body.details = { ...input.details };
  return body;
}

const PROBLEM_RESPONSE = {
  description: "Problem details (RFC 9457)",
  content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
};

/** Route `response` entries for the problems a route may answer with (OpenAPI; serialised as problem+json). */
export function problemResponses<const S extends readonly number[]>(
  ...statuses: S
): { [K in S[number]]: typeof PROBLEM_RESPONSE } {
  const out: Record<number, typeof PROBLEM_RESPONSE> = {};
  for (const status of statuses) out[status] = PROBLEM_RESPONSE;
  return out as { [K in S[number]]: typeof PROBLEM_RESPONSE };
}
