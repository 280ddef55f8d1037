/** The fixed words of the documents, in Kazakh, Russian and English. */
import type { DocumentKind } from "../catalog/vocabulary.ts";
import type { Text3 } from "../store/tables.ts";

/** The heading each kind prints (the form's own word). */
export const HEADING: Partial<Record<DocumentKind, Text3>> = {
  receipt: {
    kk: "ҚҰЖАТТАРДЫ ҚАБЫЛДАУ ТУРАЛЫ ҚОЛХАТ",
    ru: "РАСПИСКА О ПРИЁМЕ ДОКУМЕНТОВ",
    en: "RECEIPT OF DOCUMENTS",
  },
  refusal_to_accept_receipt: {
    kk: "ҚҰЖАТТАРДЫ ҚАБЫЛДАУДАН БАС ТАРТУ ТУРАЛЫ ҚОЛХАТ",
    ru: "РАСПИСКА ОБ ОТКАЗЕ В ПРИЁМЕ ДОКУМЕНТОВ",
    en: "RECEIPT OF REFUSAL TO ACCEPT DOCUMENTS",
  },
  inspection_act: {
    kk: "ТҰРҒЫН ҮЙ-ТҰРМЫСТЫҚ ЖАҒДАЙЛАРЫН ТЕКСЕРУ АКТІСІ",
    ru: "АКТ ОБСЛЕДОВАНИЯ ЖИЛИЩНО-БЫТОВЫХ УСЛОВИЙ",
    en: "ACT OF INSPECTION OF HOUSING AND LIVING CONDITIONS",
  },
  certificate: { kk: "АНЫҚТАМА", ru: "СПРАВКА", en: "CERTIFICATE" },
  conclusion: { kk: "ҚОРЫТЫНДЫ", ru: "ЗАКЛЮЧЕНИЕ", en: "CONCLUSION" },
  order: { kk: "БҰЙРЫҚ", ru: "ПРИКАЗ", en: "ORDER" },
  akimat_resolution: { kk: "ӘКІМДІК ҚАУЛЫСЫ", ru: "ПОСТАНОВЛЕНИЕ АКИМАТА", en: "RESOLUTION OF THE AKIMAT" },
  decision: { kk: "ШЕШІМ", ru: "РЕШЕНИЕ", en: "DECISION" },
  contract: { kk: "ШАРТ", ru: "ДОГОВОР", en: "CONTRACT" },
  permission: { kk: "РҰҚСАТ", ru: "РАЗРЕШЕНИЕ", en: "PERMISSION" },
  voucher: { kk: "ЖОЛДАМА", ru: "ПУТЁВКА", en: "VOUCHER" },
  id_certificate: { kk: "КУӘЛІК", ru: "УДОСТОВЕРЕНИЕ", en: "IDENTITY CERTIFICATE" },
  duplicate: { kk: "КУӘЛІКТІҢ ТЕЛНҰСҚАСЫ", ru: "ДУБЛИКАТ УДОСТОВЕРЕНИЯ", en: "DUPLICATE CERTIFICATE" },
  notification: { kk: "ХАБАРЛАМА", ru: "УВЕДОМЛЕНИЕ", en: "NOTIFICATION" },
  cover_letter: { kk: "ІЛЕСПЕ ХАТ", ru: "СОПРОВОДИТЕЛЬНОЕ ПИСЬМО", en: "COVER LETTER" },
  preliminary_refusal: {
    kk: "БАС ТАРТУ ТУРАЛЫ АЛДЫН АЛА ШЕШІМ ЖӘНЕ ТЫҢДАУ ТУРАЛЫ ХАБАРЛАМА",
    ru: "ПРЕДВАРИТЕЛЬНОЕ РЕШЕНИЕ ОБ ОТКАЗЕ И УВЕДОМЛЕНИЕ О ЗАСЛУШИВАНИИ",
    en: "PRELIMINARY DECISION TO REFUSE AND NOTICE OF HEARING",
  },
  hearing_protocol: { kk: "ТЫҢДАУ ХАТТАМАСЫ", ru: "ПРОТОКОЛ ЗАСЛУШИВАНИЯ", en: "RECORD OF THE HEARING" },
  reasoned_refusal: {
    kk: "МЕМЛЕКЕТТІК ҚЫЗМЕТ КӨРСЕТУДЕН ДӘЛЕЛДІ БАС ТАРТУ",
    ru: "МОТИВИРОВАННЫЙ ОТКАЗ В ОКАЗАНИИ ГОСУДАРСТВЕННОЙ УСЛУГИ",
    en: "REASONED REFUSAL TO RENDER THE STATE SERVICE",
  },
};

/** Kinds that have a template. */
export const TEMPLATE_KINDS = Object.keys(HEADING) as DocumentKind[];

export const L = {
  applicant: { kk: "Көрсетілетін қызметті алушы", ru: "Услугополучатель", en: "Applicant" },
  iin: { kk: "ЖСН", ru: "ИИН", en: "IIN" },
  birthDate: { kk: "Туған күні", ru: "Дата рождения", en: "Date of birth" },
  address: { kk: "Мекенжайы", ru: "Адрес", en: "Address" },
  representative: {
    kk: "Өкіл (сенімхат)",
    ru: "Представитель (доверенность)",
    en: "Representative (power of attorney)",
  },
  child: { kk: "Бала", ru: "Ребёнок", en: "Child" },
  service: { kk: "Мемлекеттік көрсетілетін қызмет", ru: "Государственная услуга", en: "State service" },
  caseNumber: {
    kk: "Өтініштің кіріс нөмірі",
    ru: "Входящий номер заявления",
    en: "Incoming number of the application",
  },
  registered: { kk: "Тіркелген күні", ru: "Дата регистрации", en: "Registered on" },
  deadline: { kk: "Нәтиже беру мерзімі", ru: "Срок выдачи результата", en: "Result due by" },
  documents: { kk: "Қабылданған құжаттар", ru: "Принятые документы", en: "Documents accepted" },
  obtained: {
    kk: "Мемлекеттік дерекқорлардан алынды (ұсыну қажет емес)",
    ru: "Получено из государственных баз данных (представлять не нужно)",
    en: "Obtained from the state databases (no need to hand in)",
  },
  missing: {
    kk: "Жоқ құжаттардың атауы",
    ru: "Наименование отсутствующих документов",
    en: "Missing documents",
  },
  office: { kk: "Қабылдаған бөлім", ru: "Отдел, принявший документы", en: "Office" },
  employee: { kk: "Қызметкер", ru: "Работник", en: "Employee" },
  grounds: {
    kk: "Бас тарту негіздері (стандарт бойынша)",
    ru: "Основания для отказа (по стандарту)",
    en: "Grounds for refusal (of the standard)",
  },
  reasoning: { kk: "Дәлелдеме", ru: "Обоснование", en: "Reasoning" },
  hearingAt: { kk: "Тыңдау уақыты", ru: "Время заслушивания", en: "Hearing on" },
  place: { kk: "Өтетін орны", ru: "Место", en: "Place" },
  heldAt: { kk: "Өткізілген уақыты", ru: "Проведено", en: "Held on" },
  attended: { kk: "Өтініш берушінің қатысуы", ru: "Участие заявителя", en: "Applicant attended" },
  objections: { kk: "Қарсылықтар", ru: "Возражения", en: "Objections" },
  findings: { kk: "Тексеру нәтижелері", ru: "Результаты обследования", en: "Findings" },
  content: { kk: "Мазмұны", ru: "Содержание", en: "Content" },
  yes: { kk: "иә", ru: "да", en: "yes" },
  no: { kk: "жоқ", ru: "нет", en: "no" },
  none: { kk: "жоқ", ru: "нет", en: "none" },
  head: { kk: "Басшы", ru: "Руководитель", en: "Head" },
  system: {
    kk: "Қызмет берушінің ақпараттық жүйесі",
    ru: "Информационная система услугодателя",
    en: "The provider's information system",
  },
  signedEds: {
    kk: "Электрондық цифрлық қолтаңбамен қол қойылған. «Электрондық құжат және электрондық цифрлық қолтаңба туралы» Заңның 7-бабына сәйкес қағаз жеткізгіштегі құжатпен тең.",
    ru: "Подписано электронной цифровой подписью. Согласно статье 7 Закона «Об электронном документе и электронной цифровой подписи» равнозначно документу на бумажном носителе.",
    en: "Signed with an electronic digital signature; under art. 7 of the Law on Electronic Documents and Electronic Digital Signatures it is equivalent to a paper document.",
  },
  sealed: {
    kk: "Қызмет берушінің ақпараттық жүйесі ұйымның ЭЦҚ-сымен автоматты түрде қол қойды.",
    ru: "Подписано автоматически информационной системой услугодателя ЭЦП организации.",
    en: "Signed automatically by the provider's information system with the organisation's EDS.",
  },
  verify: {
    kk: "Құжаттың түпнұсқалығын тексеру:",
    ru: "Проверить подлинность документа:",
    en: "Check that this document is genuine:",
  },
  act: { kk: "бұйрығы", ru: "приказ", en: "order" },
  actNo: { kk: "№", ru: "№", en: "No." },
  ref: { kk: "көзі", ru: "источник", en: "source" },
  twoCopies: {
    kk: "Осы қолхат әр тарапқа біреуден 2 данада жасалды.",
    ru: "Настоящая расписка составлена в двух экземплярах, по одному для каждой стороны.",
    en: "This receipt is made in two copies, one for each party.",
  },
  executorSign: { kk: "Орындаушының Т.А.Ә.", ru: "Ф.И.О. исполнителя", en: "Executor's name" },
  receiverSign: {
    kk: "Қабылдаушының Т.А.Ә. (көрсетілетін қызметті алушының қолы)",
    ru: "Ф.И.О. получателя (подпись услугополучателя)",
    en: "Received by (the applicant's signature)",
  },
  employeeSign: { kk: "Қызметкердің қолы", ru: "Подпись работника", en: "Employee's signature" },
  inspectorSign: { kk: "Тексеруді жүргізген", ru: "Обследование провёл", en: "Inspected by" },
  applicantSign: {
    kk: "Көрсетілетін қызметті алушының қолы",
    ru: "Подпись услугополучателя",
    en: "The applicant's signature",
  },
} satisfies Record<string, Text3>;
