/** The words of the supervisor's CSV files in kk, ru and en: column headers and the values they name. */
import type { Messages } from "../core/errors.ts";

type Words = Record<string, Messages>;

export const HEADERS = {
  provider: { kk: "Көрсетуші", ru: "Услугодатель", en: "Provider" },
  providerCode: { kk: "Көрсетуші коды", ru: "Код услугодателя", en: "Provider code" },
  service: { kk: "Қызмет", ru: "Услуга", en: "Service" },
  serviceCode: { kk: "Қызмет коды", ru: "Код услуги", en: "Service code" },
  channel: { kk: "Арна", ru: "Канал", en: "Channel" },
  closed: { kk: "Аяқталды", ru: "Завершено", en: "Closed" },
  onTime: { kk: "Мерзімінде", ru: "В срок", en: "On time" },
  late: { kk: "Мерзімі өткен соң", ru: "С нарушением срока", en: "Late" },
  onTimeRate: { kk: "Мерзімінде үлесі", ru: "Доля в срок", en: "On-time rate" },
  overdueNow: { kk: "Қазір мерзімі өткен", ru: "Просрочено сейчас", en: "Overdue now" },
  start: { kk: "Кезең басы", ru: "Начало периода", en: "Period start" },
  registered: { kk: "Тіркелді", ru: "Зарегистрировано", en: "Registered" },
  number: { kk: "Кіріс нөмірі", ru: "Входящий номер", en: "Incoming number" },
  applicant: { kk: "Өтініш беруші ЖСН", ru: "ИИН заявителя", en: "Applicant's IIN" },
  caseDeadline: { kk: "Іс мерзімі", ru: "Срок дела", en: "Case deadline" },
  step: { kk: "Қадам", ru: "Шаг", en: "Step" },
  role: { kk: "Рөл", ru: "Роль", en: "Role" },
  holderOrg: { kk: "Ұстаушы ұйым", ru: "Организация-исполнитель", en: "Holding organisation" },
  holder: { kk: "Ұстаушы", ru: "Исполнитель", en: "Holder" },
  heldSince: { kk: "Қашаннан бері", ru: "С какого времени", en: "Held since" },
  dueAt: { kk: "Қадам мерзімі", ru: "Срок шага", en: "Step due" },
  overdueHours: { kk: "Кешігу, жұмыс сағаты", ru: "Просрочка, рабочих часов", en: "Overdue, working hours" },
  markedAt: { kk: "Белгіленді", ru: "Отмечено", en: "Marked overdue" },
  complaint: { kk: "Шағым нөмірі", ru: "Номер жалобы", en: "Complaint number" },
  complainant: { kk: "Шағымданушы ЖСН", ru: "ИИН заявителя жалобы", en: "Complainant's IIN" },
  reviewer: { kk: "Қарайтын орган", ru: "Рассматривает", en: "Reviewer" },
  status: { kk: "Күйі", ru: "Статус", en: "Status" },
  registeredAt: { kk: "Тіркелген уақыты", ru: "Зарегистрирована", en: "Registered at" },
  forwardDue: { kk: "Жолдау мерзімі", ru: "Срок направления", en: "Forward by" },
  reviewDue: { kk: "Қарау мерзімі", ru: "Срок рассмотрения", en: "Review by" },
  missed: { kk: "Өткен мерзім", ru: "Нарушенный срок", en: "Missed term" },
  message: { kk: "Хабар", ru: "Сообщение", en: "Message" },
  topic: { kk: "Тақырып", ru: "Тема", en: "Topic" },
  createdAt: { kk: "Құрылды", ru: "Создано", en: "Created" },
  attempts: { kk: "Әрекеттер", ru: "Попытки", en: "Attempts" },
  nextAttempt: { kk: "Келесі әрекет", ru: "Следующая попытка", en: "Next attempt" },
  lastError: { kk: "Соңғы қате", ru: "Последняя ошибка", en: "Last error" },
} satisfies Words;

export const CHANNELS: Words = {
  provider_office: { kk: "Көрсетушінің кеңсесі", ru: "Канцелярия услугодателя", en: "Provider's office" },
  state_corporation: { kk: "Мемлекеттік корпорация", ru: "Госкорпорация", en: "State Corporation" },
  portal: {
    kk: "Электрондық үкімет порталы",
    ru: "Портал электронного правительства",
    en: "E-government portal",
  },
  educational_organisation: {
    kk: "Білім беру ұйымы",
    ru: "Организация образования",
    en: "Education organisation",
  },
  akim_office: { kk: "Әкім аппараты", ru: "Аппарат акима", en: "Akim's office" },
};

export const ROLES: Words = {
  office_clerk: { kk: "Кеңсе қызметкері", ru: "Сотрудник канцелярии", en: "Office clerk" },
  head: { kk: "Басшы", ru: "Руководитель", en: "Head" },
  responsible_executor: {
    kk: "Жауапты орындаушы",
    ru: "Ответственный исполнитель",
    en: "Responsible executor",
  },
  department_head: { kk: "Бөлім басшысы", ru: "Руководитель отдела", en: "Department head" },
  akim: { kk: "Әкім", ru: "Аким", en: "Akim" },
  akim_specialist: {
    kk: "Әкім аппаратының маманы",
    ru: "Специалист аппарата акима",
    en: "Akim's office specialist",
  },
  state_corporation_operator: {
    kk: "Мемлекеттік корпорация операторы",
    ru: "Оператор Госкорпорации",
    en: "State Corporation operator",
  },
};

export const COMPLAINT_STATUS: Words = {
  registered: { kk: "Тіркелді", ru: "Зарегистрирована", en: "Registered" },
  forwarded: { kk: "Жолданды", ru: "Направлена", en: "Forwarded" },
  satisfied: { kk: "Қанағаттандырылды", ru: "Удовлетворена", en: "Satisfied" },
  rejected: { kk: "Қанағаттандырусыз қалды", ru: "Отказано", en: "Rejected" },
  partially_satisfied: {
    kk: "Ішінара қанағаттандырылды",
    ru: "Удовлетворена частично",
    en: "Partially satisfied",
  },
};

export const REVIEWERS: Words = {
  provider: { kk: "Көрсетуші", ru: "Услугодатель", en: "Provider" },
  review_body: { kk: "Шағымдарды қарау органы", ru: "Орган по рассмотрению жалоб", en: "Review body" },
};

export const MISSED: Words = {
  forward: { kk: "Жолдау", ru: "Направление", en: "Forwarding" },
  review: { kk: "Қарау", ru: "Рассмотрение", en: "Review" },
};

export const ALL_ROLE_HOLDERS: Messages = {
  kk: "рөлдің барлық иелері",
  ru: "все сотрудники роли",
  en: "every holder of the role",
};
