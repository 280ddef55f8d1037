/** The electronic queue's typed errors: one status and kk/ru/en messages per stable code. */
import { type ErrorStatus, type Messages, QyzmetError } from "../core/errors.ts";

const CATALOGUE = {
  QUEUE_INPUT_INVALID: [
    400,
    {
      kk: "Кезек сұрауының деректері қате",
      ru: "Неверные данные запроса к очереди",
      en: "The queue request is not valid",
    },
  ],
  QUEUE_IIN_INVALID: [
    400,
    {
      kk: "ЖСН қате: бақылау саны сәйкес келмейді",
      ru: "ИИН неверен: не сходится контрольный разряд",
      en: "The IIN is wrong: its check digit does not match",
    },
  ],
  QUEUE_BRANCH_NOT_FOUND: [
    404,
    {
      kk: "Мемлекеттік корпорацияның мұндай бөлімшесі жоқ",
      ru: "Такого отделения Государственной корпорации нет",
      en: "There is no such State Corporation branch",
    },
  ],
  QUEUE_SERVICE_NOT_AT_BRANCH: [
    422,
    {
      kk: "Бұл қызмет өңірде қолданыстағы регламент бойынша Мемлекеттік корпорация арқылы көрсетілмейді",
      ru: "По регламенту, действующему в регионе, эта услуга не оказывается через Государственную корпорацию",
      en: "Under the regulation in force in the region this service is not rendered through the State Corporation",
    },
  ],
  QUEUE_ALREADY_WAITING: [
    409,
    {
      kk: "Бұл ЖСН бойынша осы қызметке бүгін алынған талон кезекте тұр",
      ru: "По этому ИИН уже есть талон на эту услугу в сегодняшней очереди",
      en: "This IIN already has a ticket for this service in today's queue",
    },
  ],
  QUEUE_RATE_LIMITED: [
    429,
    {
      kk: "Талондар тым жиі алынуда: бір минуттан кейін қайталаңыз",
      ru: "Талоны берутся слишком часто: повторите через минуту",
      en: "Tickets are being taken too often: try again in a minute",
    },
  ],
  QUEUE_NOT_OPERATOR: [
    403,
    {
      kk: "Кезекпен Мемлекеттік корпорация бөлімшесінің операторы ғана жұмыс істейді",
      ru: "С очередью работает только оператор отделения Государственной корпорации",
      en: "Only an operator of a State Corporation branch works the queue",
    },
  ],
  QUEUE_OTHER_BRANCH: [
    403,
    {
      kk: "Бұл талон басқа бөлімшенің кезегінде",
      ru: "Этот талон в очереди другого отделения",
      en: "This ticket is in another branch's queue",
    },
  ],
  QUEUE_TICKET_NOT_FOUND: [404, { kk: "Талон табылмады", ru: "Талон не найден", en: "No such ticket" }],
  QUEUE_EMPTY: [
    409,
    {
      kk: "Кезекте ешкім күтіп тұрған жоқ",
      ru: "В очереди никто не ждёт",
      en: "No one is waiting in the queue",
    },
  ],
  QUEUE_OPERATOR_BUSY: [
    409,
    {
      kk: "Терезеңізде шақырылған талон бар: алдымен оған қызмет көрсетуді аяқтаңыз немесе келмеді деп белгілеңіз",
      ru: "У вашего окна уже есть вызванный талон: сначала завершите обслуживание или отметьте неявку",
      en: "A ticket is already called to your window: finish serving it or mark it as a no-show first",
    },
  ],
  QUEUE_WRONG_STATE: [
    409,
    {
      kk: "Талонның қазіргі күйінде бұл әрекет жасалмайды",
      ru: "В текущем состоянии талона это действие невозможно",
      en: "The ticket's current state does not allow this action",
    },
  ],
  QUEUE_NOT_YOUR_TICKET: [
    403,
    {
      kk: "Бұл талонды басқа оператор шақырған",
      ru: "Этот талон вызвал другой оператор",
      en: "Another operator called this ticket",
    },
  ],
  QUEUE_CASE_MISMATCH: [
    422,
    {
      kk: "Бұл іс осы бөлімшеде осы қызмет бойынша қабылданбаған",
      ru: "Это дело не принималось в этом отделении по этой услуге",
      en: "This case was not handed in at this branch for this service",
    },
  ],
} as const satisfies Record<string, readonly [ErrorStatus, Messages]>;

export type QueueErrorCode = keyof typeof CATALOGUE;

export function queueError(code: QueueErrorCode, details: Record<string, unknown> = {}): QyzmetError {
  const [status, messages] = CATALOGUE[code];
  return new QyzmetError(code, messages, details, status);
}

export const QUEUE_ERROR_CODES = Object.keys(CATALOGUE) as QueueErrorCode[];
