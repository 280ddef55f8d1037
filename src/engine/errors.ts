/**
 * The engine's typed errors. Each code has one status and messages in
 * Kazakh, Russian and English; details carry the facts.
 */
import { type ErrorStatus, type Messages, QyzmetError } from "../core/errors.ts";

const CATALOGUE = {
  INPUT_INVALID: [
    400,
    {
      kk: "Деректер дұрыс емес",
      ru: "Неверные данные",
      en: "The input is invalid",
    },
  ],
  IIN_INVALID: [400, { kk: "ЖСН дұрыс емес", ru: "Неверный ИИН", en: "The IIN is invalid" }],
  SERVICE_NOT_FOUND: [404, { kk: "Мұндай қызмет жоқ", ru: "Такой услуги нет", en: "No such service" }],
  CASE_NOT_FOUND: [404, { kk: "Іс табылмады", ru: "Дело не найдено", en: "Case not found" }],
  TASK_NOT_FOUND: [404, { kk: "Тапсырма табылмады", ru: "Задача не найдена", en: "Task not found" }],
  PROVIDER_NOT_FOUND: [
    404,
    { kk: "Қызмет беруші табылмады", ru: "Услугодатель не найден", en: "Provider not found" },
  ],
  STAFF_NOT_FOUND: [
    404,
    { kk: "Қызметкер табылмады", ru: "Сотрудник не найден", en: "Staff member not found" },
  ],
  VARIANT_REQUIRED: [
    422,
    { kk: "Қызмет түрін көрсетіңіз", ru: "Укажите вид услуги", en: "The service variant is required" },
  ],
  CHANNEL_NOT_ALLOWED: [
    422,
    {
      kk: "Бұл қызметке бұл арна арқылы жүгінуге болмайды",
      ru: "Эта услуга не оказывается через этот канал",
      en: "This service is not rendered through this channel",
    },
  ],
  PROVIDER_NOT_COMPETENT: [
    422,
    {
      kk: "Бұл қызмет берушi бұл қызметті көрсетпейді",
      ru: "Этот услугодатель не оказывает эту услугу",
      en: "This provider does not render this service",
    },
  ],
  INTAKE_OFFICE_INVALID: [
    422,
    {
      kk: "Қабылдау орны дұрыс емес",
      ru: "Неверное место приёма",
      en: "The place of acceptance is not valid for this channel",
    },
  ],
  DOCUMENT_UNKNOWN: [
    400,
    {
      kk: "Құжат бұл қызметтің тізбесінде жоқ",
      ru: "Документа нет в перечне этой услуги",
      en: "The document is not in this service's list",
    },
  ],
  DOCUMENT_NOT_WAIVABLE: [
    400,
    {
      kk: "Бұл құжат шартсыз талап етіледі",
      ru: "Этот документ требуется без условий",
      en: "This document is required without condition and cannot be declared not applicable",
    },
  ],
  DOCUMENT_WAIVED_BY_RECORD: [
    400,
    {
      kk: "Бұл құжаттың қажеттігін мемлекеттік дерекқордағы мәлімет шешеді: оны қатысы жоқ деп көрсетуге болмайды",
      ru: "Нужен ли этот документ, решают сведения государственной базы данных: его нельзя отметить как неотносящийся",
      en: "Whether this document is needed is decided by the state database's record: it cannot be declared not applicable",
    },
  ],
  WAIVER_CHECK_FORBIDDEN: [
    403,
    {
      kk: "Мемлекеттік дерекқордағы мәліметтерді тек өзіңіз үшін тексере аласыз",
      ru: "Проверить сведения государственных баз данных можно только о себе",
      en: "You may check the state databases' records only about yourself",
    },
  ],
  STATE_DB_UNAVAILABLE: [
    503,
    {
      kk: "Мемлекеттік дерекқор қазір жауап бермейді: құжатты ұсыныңыз немесе кейінірек қайталаңыз",
      ru: "Государственная база данных сейчас не отвечает: представьте документ или повторите позже",
      en: "The state database does not answer now: hand in the document or try again later",
    },
  ],
  IDEMPOTENCY_KEY_REUSED: [
    409,
    {
      kk: "Бұл кілт басқа өтінімге қолданылған",
      ru: "Этот ключ уже использован для другой заявки",
      en: "This idempotency key was used for a different request",
    },
  ],
  FORBIDDEN_ROLE: [
    403,
    {
      kk: "Бұл әрекетке рұқсатыңыз жоқ",
      ru: "У вас нет права на это действие",
      en: "Your role does not allow this action",
    },
  ],
  FORBIDDEN_SCOPE: [
    403,
    {
      kk: "Бұл іс сіздің құзыретіңізге жатпайды",
      ru: "Это дело вне вашей компетенции",
      en: "This case is outside your scope",
    },
  ],
  NOT_ASSIGNEE: [
    403,
    {
      kk: "Тапсырма басқа қызметкерге берілген",
      ru: "Задача поручена другому сотруднику",
      en: "The task is assigned to another staff member",
    },
  ],
  ASSIGNEE_NOT_ELIGIBLE: [
    422,
    {
      kk: "Бұл қызметкерге тапсырма беруге болмайды",
      ru: "Этому сотруднику нельзя поручить задачу",
      en: "This staff member cannot be given the task",
    },
  ],
  TASK_CLOSED: [
    409,
    { kk: "Тапсырма орындалып қойған", ru: "Задача уже выполнена", en: "The task is already done" },
  ],
  CASE_CLOSED: [409, { kk: "Іс аяқталған", ru: "Дело завершено", en: "The case has ended" }],
  WRONG_STEP: [
    409,
    {
      kk: "Бұл әрекет іс тұрған қадамға сәйкес емес",
      ru: "Действие не соответствует текущему шагу дела",
      en: "This action does not fit the case's current step",
    },
  ],
  ANSWER_REQUIRED: [
    400,
    {
      kk: "Шешімге жауап беріңіз (иә/жоқ)",
      ru: "Ответьте на условие (да/нет)",
      en: "A decision step needs an answer (yes/no)",
    },
  ],
  GROUNDS_REQUIRED: [
    400,
    {
      kk: "Бас тарту негіздерін көрсетіңіз",
      ru: "Укажите основания отказа",
      en: "Cite the grounds for refusal",
    },
  ],
  GROUND_UNKNOWN: [
    400,
    {
      kk: "Стандартта мұндай бас тарту негізі жоқ",
      ru: "В стандарте нет такого основания отказа",
      en: "The standard has no such ground for refusal",
    },
  ],
  HEARING_REQUIRED: [
    409,
    {
      kk: "Бас тарту тыңдаудан кейін ғана мүмкін",
      ru: "Отказ возможен только после заслушивания",
      en: "A refusal on the merits needs a preliminary decision and a hearing first (APPC art. 73–74)",
    },
  ],
  PRELIMINARY_REFUSAL_TOO_LATE: [
    409,
    {
      kk: "Алдын ала шешім мерзімнен кем дегенде 3 жұмыс күні бұрын жіберілуі тиіс",
      ru: "Предварительное решение направляется не позднее чем за 3 рабочих дня до окончания срока",
      en: "The preliminary decision must be sent at least 3 working days before the term ends",
    },
  ],
  PRELIMINARY_REFUSAL_EXISTS: [
    409,
    {
      kk: "Алдын ала шешім жіберіліп қойған",
      ru: "Предварительное решение уже направлено",
      en: "A preliminary decision was already sent",
    },
  ],
  HEARING_NOT_SCHEDULED: [
    409,
    { kk: "Тыңдау тағайындалмаған", ru: "Заслушивание не назначено", en: "No hearing is scheduled" },
  ],
  HEARING_TOO_EARLY: [
    409,
    {
      kk: "Тыңдау хабарламада көрсетілген уақыттан бұрын өтпейді",
      ru: "Заслушивание не проводится раньше указанного в уведомлении времени",
      en: "The hearing cannot be held before the time given in the notice",
    },
  ],
  HEARING_NOT_HELD: [
    409,
    {
      kk: "Тыңдау әлі өткен жоқ",
      ru: "Заслушивание ещё не проведено",
      en: "The hearing has not been held yet",
    },
  ],
  HEARING_TIME_INVALID: [
    400,
    {
      kk: "Тыңдау уақыты дұрыс емес",
      ru: "Неверное время заслушивания",
      en: "The hearing time is not valid",
    },
  ],
  NO_EXTENSION_RULE: [
    409,
    {
      kk: "Бұл қызметтің регламенті мерзімді ұзартуға жол бермейді",
      ru: "Регламент этой услуги не допускает продления срока",
      en: "This service's regulation allows no extension of the term",
    },
  ],
  TERM_ALREADY_EXTENDED: [
    409,
    { kk: "Мерзім ұзартылып қойған", ru: "Срок уже продлён", en: "The term was already extended" },
  ],
  CONCURRENT_CHANGE: [
    409,
    {
      kk: "Іс басқа әрекетпен өзгерді, қайталаңыз",
      ru: "Дело изменено другим действием, повторите",
      en: "The case was changed by another action; retry",
    },
  ],
} as const satisfies Record<string, readonly [ErrorStatus, Messages]>;

export type EngineErrorCode = keyof typeof CATALOGUE;

export function engineError(
  code: EngineErrorCode,
  details: Record<string, unknown> = {},
  detail?: Messages,
): QyzmetError {
  const [status, messages] = CATALOGUE[code];
  const text = detail
    ? {
        kk: `${messages.kk}: ${detail.kk}`,
        ru: `${messages.ru}: ${detail.ru}`,
        en: `${messages.en}: ${detail.en}`,
      }
    : messages;
  return new QyzmetError(code, text, details, status);
}

export const ENGINE_ERROR_CODES = Object.keys(CATALOGUE) as EngineErrorCode[];
