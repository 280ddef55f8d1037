/**
 * Shared pieces of seed 003, part B: order No. 414 of the Minister of Enlightenment (3 October 2022),
 * list item 3 (rules of the family-and-children services approved by MES order No. 158 of 24 April 2020)
 * and list annexes 11, 13–20 (the standards and refusal receipts of six services).
 *
 * The six rules paragraphs repeat one pattern (prepare the result in N working days; preliminary refusal with
 * a hearing notice no later than 3 working days before the term ends; hearing; final answer in M working days;
 * monitoring-system entry), and the standards repeat their rows 7 and 10 and the six generic refusal grounds.
 * Every quote and line number is passed in by the service file.
 */
import type { Source, Text } from "../../schema.ts";
import type { Channel, DocumentKind, Role } from "../../vocabulary.ts";
import { src, t, type VersionInput, workingDays } from "../build.ts";

type StandardInput = VersionInput["standard"];
export type ProcedureInput = VersionInput["procedures"][number];
export type StepInput = ProcedureInput["steps"][number];
export type CitedTextInput = StandardInput["otherRequirements"][number];
export type RefusalGroundInput = StandardInput["refusalGrounds"][number];
export type RequiredDocumentInput = StandardInput["documents"][number];
export type ScheduleInput = StandardInput["schedules"][number];
export type ContradictionInput = VersionInput["contradictions"][number];

/** A source in seed 003. */
export function s(ref: string, from: number, to: number = from, quote?: string): Source {
  return src("003", ref, from, to, quote);
}

// ------------------------------------------------------------------ the act

const MINISTER = t(
  "Қазақстан Республикасының Оқу-ағарту министрі",
  "Министр просвещения Республики Казахстан",
  "Minister of Enlightenment of the Republic of Kazakhstan",
);

export const ISSUER: VersionInput["issuer"] = { kind: "ministry", region: null, name: MINISTER };

export const ACT_414: VersionInput["act"] = {
  kind: "order",
  number: "414",
  date: "2022-10-03",
  registration: { number: "30011", date: "2022-10-04" },
  title: t(
    "Кейбір бұйрықтарға өзгерістер енгізу туралы",
    "О внесении изменений в некоторые приказы",
    "On amending certain orders",
  ),
  issuedBy: MINISTER,
};

/** Order No. 188 of 30.06.2023 amended item 3 of the list (line 822) and repealed list annexes 8–10 and 12. */
export const AMENDED_BY: VersionInput["amendedBy"] = [
  {
    kind: "order",
    number: "188",
    date: "2023-06-30",
    registration: null,
    title: t(
      "ҚР Оқу-ағарту министрінің 30.06.2023 № 188 бұйрығы (атауы тіркемеде келтірілмеген)",
      "Приказ Министра просвещения РК от 30.06.2023 № 188 (название в тексте не приведено)",
      "Order of the Minister of Enlightenment of the RK No. 188 of 30.06.2023 (title not given in the seed)",
    ),
    issuedBy: MINISTER,
  },
];

export const EFFECTIVE: VersionInput["effective"] = {
  from: "2022-10-15",
  to: null,
  note:
    "Order No. 414, p. 4: in force 10 calendar days after its first official publication. The publication date " +
    "is not in the seed and cannot precede registration (4 October 2022, No. 30011): ten calendar days elapse on " +
    "5–14 October at the earliest, so the order is taken as in force from 15 October 2022. The text is the consolidated one: item 3 of the list " +
    "was amended by order No. 188 of 30.06.2023 (in force 10 calendar days after its first official " +
    "publication, date not in the seed), which also repealed list annexes 8–10 and 12 (lines 3048–3070, 3564–3569).",
  source: s("Order 414, p. 4", 22, 23, "күнтізбелік он күн"),
};

// ------------------------------------------------------------------ standard rows 6, 7 and 10

export function free(from: number, to: number = from): StandardInput["fee"] {
  return {
    free: true,
    text: t("Тегін", "Бесплатно", "Free of charge"),
    source: s("Standard p. 6", from, to),
  };
}

export function providerSchedule(source: Source, withDays = true): ScheduleInput {
  return {
    who: "provider",
    calendar: "provider",
    text: withDays
      ? t(
          "Еңбек заңнамасына сәйкес демалыс және мереке күндерін қоспағанда, дүйсенбіден бастап жұманы қоса алғанда " +
            "сағат 13.00-ден 14.30-ға дейінгі түскі үзіліспен сағат 9.00-ден 18.30-ға дейін.",
          "С понедельника по пятницу включительно, кроме выходных и праздничных дней согласно трудовому " +
            "законодательству, с 9.00 до 18.30 часов с перерывом на обед с 13.00 до 14.30 часов.",
          "Monday to Friday inclusive, except weekends and public holidays under the labour legislation, " +
            "9:00–18:30 with a lunch break 13:00–14:30.",
        )
      : t(
          "Еңбек заңнамасына сәйкес демалыс және мереке күндерін қоспағанда сағат 13.00-ден 14.30-ға дейінгі түскі " +
            "үзіліспен сағат 9.00-ден 18.30-ға дейін (апта күндері көрсетілмеген).",
          "Кроме выходных и праздничных дней согласно трудовому законодательству, с 9.00 до 18.30 часов с " +
            "перерывом на обед с 13.00 до 14.30 часов (дни недели не указаны).",
          "Except weekends and public holidays under the labour legislation, 9:00–18:30 with a lunch break " +
            "13:00–14:30 (the act names no days of the week).",
        ),
    source,
  };
}

/** The State Corporation's hours; `childRegistration`: queue also by the child's place of registration. */
export function scSchedule(source: Source, childRegistration = false): ScheduleInput {
  return {
    who: "state_corporation",
    calendar: "state-corporation",
    text: childRegistration
      ? t(
          "Жексенбі және мереке күндерін қоспағанда, дүйсенбі мен сенбіні қоса алғанда сағат 9.00-ден 20.00-ге дейін, " +
            'түскі үзіліссіз. Қабылдау "электрондық" кезек тәртібімен көрсетілетін қызметті алушының тіркелген жері ' +
            "бойынша немесе тасымалдауды қажет ететін кәмелетке толмаған баланы тіркеу орны бойынша жеделдетілген " +
            'қызмет көрсетусіз жүзеге асырылады, электрондық кезекті портал арқылы "броньдауға" болады.',
          "С понедельника по субботу включительно, кроме воскресенья и праздничных дней, с 9.00 до 20.00 часов без " +
            "перерыва на обед. Прием в порядке «электронной» очереди по месту регистрации услугополучателя или по " +
            "месту регистрации несовершеннолетнего, нуждающегося в подвозе, без ускоренного обслуживания; " +
            "электронную очередь можно «забронировать» через портал.",
          "Monday to Saturday inclusive, except Sundays and public holidays, 9:00–20:00 without a lunch break. " +
            "Documents are accepted by electronic queue at the applicant's place of registration or at the place of " +
            "registration of the minor who needs transport, with no expedited service; a queue slot can be booked " +
            "on the portal.",
        )
      : t(
          "Жексенбі және мереке күндерін қоспағанда, дүйсенбі мен сенбіні қоса алғанда сағат 9.00-ден 20.00-ге дейін, " +
            "түскі үзіліссіз. Қабылдау жеделдетіп қызмет көрсетусіз, көрсетілетін қызметті алушының тіркелген орны " +
            'бойынша "электрондық" кезек күту тәртібімен жүзеге асырылады, портал арқылы электрондық кезекті ' +
            '"брондауға" болады.',
          "С понедельника по субботу включительно, кроме воскресенья и праздничных дней, с 9.00 до 20.00 часов без " +
            "перерыва на обед. Прием в порядке «электронной» очереди по месту регистрации услугополучателя, без " +
            "ускоренного обслуживания; электронную очередь можно «забронировать» через портал.",
          "Monday to Saturday inclusive, except Sundays and public holidays, 9:00–20:00 without a lunch break. " +
            "Documents are accepted by electronic queue at the applicant's place of registration, with no expedited " +
            "service; a queue slot can be booked on the portal.",
        ),
    source,
  };
}

export function portalSchedule(source: Source): ScheduleInput {
  return {
    who: "portal",
    calendar: "portal",
    text: t(
      "Жөндеу жұмыстарын жүргізуге байланысты техникалық үзілістерді қоспағанда тәулік бойы; жұмыс уақыты " +
        "аяқталғаннан кейін, демалыс және мереке күндері жүгінген жағдайда өтінішті қабылдау және нәтижені беру " +
        "келесі жұмыс күнімен жүзеге асырылады.",
      "Круглосуточно, за исключением технических перерывов для ремонтных работ; при обращении после окончания " +
        "рабочего времени, в выходные и праздничные дни прием заявления и выдача результата осуществляются " +
        "следующим рабочим днем.",
      "Around the clock, except technical breaks for maintenance; an application filed after working hours, on a " +
        "weekend or a public holiday is accepted, and its result issued, on the next working day.",
    ),
    source,
  };
}

/** Row 7: where the addresses of the service points are published. */
export function addresses(source: Source): CitedTextInput {
  return {
    text: t(
      "Мемлекеттік қызмет көрсету орындарының мекенжайлары Оқу-ағарту министрлігінің www.edu.gov.kz " +
        "интернет-ресурсында және www.egov.kz порталында орналасқан.",
      "Адреса мест оказания государственной услуги размещены на интернет-ресурсе Министерства просвещения " +
        "www.edu.gov.kz и на портале www.egov.kz.",
      "The addresses of the service points are published on the Ministry of Enlightenment's website " +
        "www.edu.gov.kz and on the portal www.egov.kz.",
    ),
    source,
  };
}

/** Row 10 of every standard: EDS and the portal, the Unified Contact Centre, the digital-documents service. */
export function rowTen(eds: Source, contact: Source, digital: Source): CitedTextInput[] {
  return [
    {
      text: t(
        "Көрсетілетін қызметті алушының ЭЦҚ болған жағдайда мемлекеттік көрсетілетін қызметті портал арқылы " +
          "электрондық нысанда алуға мүмкіндігі бар.",
        "Услугополучатель, имеющий ЭЦП, может получить государственную услугу в электронной форме через портал.",
        "An applicant who has an electronic digital signature (EDS) may obtain the service electronically " +
          "through the portal.",
      ),
      source: eds,
    },
    {
      text: t(
        "Көрсетілетін қызметті алушы мемлекеттік қызмет көрсету тәртібі мен мәртебесі туралы ақпаратты Бірыңғай " +
          "байланыс орталығы арқылы алады: 1414, 8 800 080 7777.",
        "Услугополучатель получает информацию о порядке и статусе оказания государственной услуги через Единый " +
          "контакт-центр: 1414, 8 800 080 7777.",
        "The applicant gets information on the procedure and status of the service from the Unified Contact " +
          "Centre: 1414, 8 800 080 7777.",
      ),
      source: contact,
    },
    {
      text: t(
        "Цифрлық құжаттар сервисі мобильді қосымшада авторландырылған пайдаланушылар үшін қолжетімді; цифрлық " +
          'құжатты пайдалану үшін ЭЦҚ немесе бір реттік парольмен авторландырудан өтіп, "цифрлық құжаттар" ' +
          "бөлімінде қажетті құжатты таңдау қажет.",
        "Сервис цифровых документов доступен авторизованным пользователям мобильного приложения; для " +
          "использования цифрового документа нужно авторизоваться с ЭЦП или одноразовым паролем, перейти в раздел " +
          "«цифровые документы» и выбрать нужный документ.",
        "The digital-documents service is available to users authorised in the mobile application: log in with " +
          'an EDS or a one-time password, open "digital documents" and choose the document.',
      ),
      source: digital,
    },
  ];
}

// ------------------------------------------------------------------ rules: hearing, monitoring, receipt

export interface HearingRule {
  /** The rules paragraph, e.g. "Rules p. 9". */
  para: string;
  /** Lines of the preliminary-decision sentence and its quote with "3 (үш) жұмыс күнінен". */
  preliminary: { from: number; to: number; quote: string };
  /** Line of "Тыңдау рәсімі ҚР АӨК-нің N-бабына сәйкес жүргізіледі" and the article cited. */
  hearing: { from: number; to: number; article: "73" | "74" };
  /** Lines, quote and number of working days of the final answer after the hearing. */
  after: { from: number; to: number; quote: string; days: number };
  /** What the act says happens after the hearing (whole sentence, for otherRequirements and delivery). */
  afterText: Text;
  /** To whom the final answer goes, as the act says ("to the applicant or to the State Corporation"). */
  to: Text;
}

const NUM_KK: Record<number, string> = { 1: "1 (бір)", 2: "2 (екі)" };
const NUM_RU: Record<number, string> = { 1: "1 (одного) рабочего дня", 2: "2 (двух) рабочих дней" };
const kkDays = (n: number) => `${NUM_KK[n] ?? String(n)} жұмыс күні`;
const ruDays = (n: number) => NUM_RU[n] ?? `${n} рабочих дней`;
const enDays = (n: number) => (n === 1 ? "1 working day" : `${n} working days`);

/** The preliminary-refusal / hearing rules of one service as otherRequirements. */
export function hearingRequirements(h: HearingRule): CitedTextInput[] {
  return [
    {
      text: t(
        "Стандарттың 9-тармағындағы негіздер бойынша бас тарту үшін негіз анықталған кезде көрсетілетін қызметті " +
          "беруші ҚР ӘПК-нің 73-бабына сәйкес мемлекеттік қызметті көрсету мерзімі аяқталғанға дейін 3 (үш) жұмыс " +
          "күнінен кешіктірмей көрсетілетін қызметті алушыға бас тарту туралы алдын ала шешімді, сондай-ақ тыңдауды " +
          "өткізу уақыты мен орны туралы хабарламаны жолдайды.",
        "При выявлении оснований для отказа по пункту 9 стандарта услугодатель в соответствии со статьей 73 АППК " +
          "не позднее чем за 3 (три) рабочих дня до завершения срока оказания услуги направляет услугополучателю " +
          "предварительное решение об отказе и уведомление о времени и месте заслушивания.",
        "Where a ground for refusal under standard p. 9 is found, the provider, under APPC art. 73, sends the " +
          "applicant a preliminary decision to refuse and a notice of the time and place of the hearing no later " +
          "than 3 working days before the service term ends.",
      ),
      source: s(`${h.para}, part 2`, h.preliminary.from, h.preliminary.to, h.preliminary.quote),
    },
    {
      text: t(
        `Тыңдау рәсімі ҚР АӨК-нің ${h.hearing.article}-бабына сәйкес жүргізіледі.`,
        `Заслушивание проводится в соответствии со статьей ${h.hearing.article} АППК.`,
        `The hearing is held under APPC art. ${h.hearing.article}.`,
      ),
      source: s(`${h.para}, part 3`, h.hearing.from, h.hearing.to),
    },
    {
      text: h.afterText,
      source: s(`${h.para}, part 4`, h.after.from, h.after.to, h.after.quote),
    },
  ];
}

/** Rules p. N-1: the monitoring information system (identical text in every service). */
export function monitoringRequirement(para: string, from: number, to: number): CitedTextInput {
  return {
    text: t(
      "Көрсетілетін қызметті беруші Заңның 5-бабы 2-тармағының 11) тармақшасына сәйкес мемлекеттік қызмет көрсету " +
        "сатысы туралы деректерді мемлекеттік қызметтер көрсету мониторингінің ақпараттық жүйесіне енгізуді " +
        "қамтамасыз етеді; жүйе істен шыққанда ақпараттық-коммуникациялық инфрақұрылымға жауапты қызметкерді дереу " +
        "хабардар етеді, ол техникалық проблема туралы хаттама жасайды, оған көрсетілетін қызметті беруші қол " +
        "қояды; балалардың құқықтарын қорғау саласындағы уәкілетті орган көрсетілетін қызметті берушілерді және " +
        "Бірыңғай байланыс орталығын талаптарға енгізілген өзгерістер туралы хабардар етеді.",
      "Услугодатель обеспечивает внесение данных о стадии оказания услуги в информационную систему мониторинга " +
        "оказания государственных услуг (подпункт 11) пункта 2 статьи 5 Закона); при сбое системы немедленно " +
        "уведомляет работника, ответственного за информационно-коммуникационную инфраструктуру, который составляет " +
        "протокол о технической проблеме, подписываемый услугодателем; уполномоченный орган в сфере защиты прав " +
        "детей информирует услугодателей и Единый контакт-центр об изменениях требований.",
      "The provider enters each stage of the service into the state-services monitoring information system " +
        "(Law on state services, art. 5 p. 2 sub-p. 11); if the system fails it immediately notifies its ICT " +
        "employee, who draws up a technical-problem protocol that the provider signs; the authorised body for " +
        "children's rights informs providers and the Unified Contact Centre of changes to the requirements.",
    ),
    source: s(para, from, to),
  };
}

/** Rules annex 3: the State Corporation's receipt of refusal to accept an incomplete package. */
export function refusalReceiptRequirement(ref: string, from: number, to: number): CitedTextInput {
  return {
    text: t(
      '"Мемлекеттік көрсетілетін қызметтер туралы" Заңның 20-бабының 2-тармағына сәйкес құжаттар топтамасы толық ' +
        "болмаған кезде Мемлекеттік корпорация құжаттарды қабылдаудан бас тартады және жоқ құжаттарды көрсетіп, " +
        "әр тарапқа біреуден 2 данада қолхат береді (Қағидаларға 3-қосымша).",
      "В соответствии с пунктом 2 статьи 20 Закона «О государственных услугах» при неполном пакете документов " +
        "Государственная корпорация отказывает в приеме документов и выдает расписку с перечнем недостающих " +
        "документов в 2 экземплярах, по одному для каждой стороны (приложение 3 к Правилам).",
      "Under art. 20 p. 2 of the Law on state services, when the package is incomplete the State Corporation " +
        "refuses to accept the documents and issues a receipt listing the missing documents, in 2 copies, one " +
        "for each party (rules annex 3).",
    ),
    source: s(ref, from, to),
  };
}

// ------------------------------------------------------------------ standard p. 9: the six generic grounds

const GENERIC: Array<{ text: Text; provision?: string }> = [
  {
    text: t(
      "көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызметті алу үшін ұсынған құжаттардың және (немесе) " +
        "олардағы деректердің (мәліметтердің) анық еместігін анықтау",
      "установление недостоверности документов, представленных услугополучателем для получения государственной " +
        "услуги, и (или) данных (сведений), содержащихся в них",
      "the documents the applicant submitted for the service, and/or the data (information) in them, are found to " +
        "be unreliable",
    ),
  },
  {
    text: t(
      "көрсетілетін қызметті алушының және (немесе) мемлекеттік қызмет көрсету үшін қажетті ұсынылған " +
        "материалдардың, объектілердің, деректердің және мәліметтердің Қазақстан Республикасының нормативтік " +
        "құқықтық актілерінде белгіленген талаптарға сәйкес келмеуі",
      "несоответствие услугополучателя и (или) представленных материалов, объектов, данных и сведений, " +
        "необходимых для оказания государственной услуги, требованиям, установленным нормативными правовыми актами " +
        "Республики Казахстан",
      "the applicant and/or the materials, objects, data and information submitted for the service do not meet " +
        "the requirements of the normative legal acts of the Republic of Kazakhstan",
    ),
  },
  {
    text: t(
      "уәкілетті мемлекеттік органның мемлекеттік қызмет көрсету үшін қажетті келісімі туралы сұрау салуға " +
        "берілген теріс жауап, сондай-ақ сараптаманың, зерттеудің не тексерудің теріс қорытындысы",
      "отрицательный ответ уполномоченного государственного органа на запрос о согласовании, необходимом для " +
        "оказания государственной услуги, а также отрицательное заключение экспертизы, исследования либо проверки",
      "a negative answer of the competent state body to a request for an approval the service requires, or a " +
        "negative conclusion of an expert examination, study or inspection",
    ),
  },
  {
    text: t(
      "көрсетілетін қызметті алушыға қатысты оның қызметіне немесе мемлекеттік көрсетілетін қызметті алуды талап " +
        "ететін жекелеген қызмет түрлеріне тыйым салу туралы соттың заңды күшіне енген шешімінің (үкімінің) болуы",
      "наличие в отношении услугополучателя вступившего в законную силу решения (приговора) суда о запрещении " +
        "деятельности или отдельных видов деятельности, требующих получения государственной услуги",
      "a court decision (verdict) in force bans the applicant's activity or the kinds of activity that require " +
        "this service",
    ),
  },
  {
    text: t(
      "көрсетілетін қызметті алушыға қатысты соттың заңды күшіне енген үкімінің болуы, оның негізінде көрсетілетін " +
        "қызметті алушының мемлекеттік көрсетілетін қызметті алумен байланысты арнаулы құқығынан айырылуы",
      "наличие в отношении услугополучателя вступившего в законную силу приговора суда, на основании которого " +
        "услугополучатель лишен специального права, связанного с получением государственной услуги",
      "a court verdict in force deprives the applicant of a special right connected with obtaining the service",
    ),
  },
  {
    text: t(
      'көрсетілетін қызметті алушының мемлекеттік қызмет көрсету үшін талап етілетін, "Дербес деректер және ' +
        'оларды қорғау туралы" Қазақстан Республикасы Заңының 8-бабына сәйкес берілетін қолжетімділігі шектеулі ' +
        "дербес деректерге қол жеткізуге келісімі болмауы",
      "отсутствие согласия услугополучателя, предоставляемого в соответствии со статьей 8 Закона Республики " +
        "Казахстан «О персональных данных и их защите», на доступ к персональным данным ограниченного доступа, " +
        "которые требуются для оказания государственной услуги",
      "the applicant has not consented, under art. 8 of the Law on personal data and their protection, to access " +
        "to the restricted personal data the service requires",
    ),
    provision: 'Law of the RK "On personal data and their protection", art. 8',
  },
];

/**
 * The six generic refusal grounds, numbered from `first` (1 in most standards, 15 in the foster standard).
 * `lines[i]` is the line range of the i-th ground; `override[i]` replaces its text/provision.
 */
export function genericGrounds(
  first: number,
  lines: ReadonlyArray<readonly [number, number]>,
  override: Partial<Record<0 | 1 | 2 | 3 | 4 | 5, { text: Text; provision?: string }>> = {},
): RefusalGroundInput[] {
  return GENERIC.map((g, i) => {
    const range = lines[i];
    if (range === undefined) throw new Error(`genericGrounds: no lines for ground ${i + 1}`);
    const o = override[i as 0 | 1 | 2 | 3 | 4 | 5] ?? g;
    const n = first + i;
    const ground: RefusalGroundInput = {
      n,
      text: o.text,
      source: s(`Standard p. 9, sub-p. ${n}`, range[0], range[1]),
    };
    if (o.provision !== undefined) ground.provision = o.provision;
    return ground;
  });
}

// ------------------------------------------------------------------ procedures

/** What the rules paragraphs of one service say about the provider's work. */
export interface ProviderRule {
  /** Lines of the rules paragraphs (p. 3 to the monitoring paragraph). */
  lines: [number, number];
  /** Rules p. 3: the applicant applies with the documents of the standard. */
  submit: { para: string; from: number; to: number };
  /** Child-opinion rules p. 6: interview with the minor before the decision. */
  interview?: { para: string; from: number; to: number };
  /** The main step: prepare the result within `days` working days. */
  prepare: {
    para: string;
    from: number;
    to: number;
    quote: string;
    days: number;
    action: Text;
    output: Text;
    doc: DocumentKind;
  };
  hearing: HearingRule;
  /** The positive result sent after the hearing. */
  afterPositive: { action: Text; output: Text; doc: DocumentKind };
}

/** How one channel starts and ends. */
export interface ChannelLeg {
  id: string;
  channel: Channel;
  title: Text;
  /** The applicant's action on this channel. */
  submitAction: Text;
  /** Issue of the result on this channel (standard p. 2 / p. 5). */
  issue: { actor: Role; action: Text; output: Text; source: Source };
  /** After-hearing answers go through the issue step (State Corporation, portal) or straight to the applicant. */
  afterHearingViaIssue: boolean;
  /** State Corporation only: the refusal receipt of rules annex 3 (list annex 14, 16 or 19). */
  receipt?: { ref: string; from: number; to: number };
}

const PROVIDER: Role = "responsible_executor";

/** One procedure of a service on one channel, in the order of the rules paragraph. */
export function buildProcedure(rule: ProviderRule, leg: ChannelLeg): ProcedureInput {
  const h = rule.hearing;
  const steps: StepInput[] = [
    {
      id: "submit",
      kind: "task",
      actor: "applicant",
      action: leg.submitAction,
      duration: null,
      output: t(
        "Өтініш және құжаттар тапсырылды",
        "Заявление и документы поданы",
        "Application and documents submitted",
      ),
      outputDocument: "application",
      source: s(rule.submit.para, rule.submit.from, rule.submit.to),
    },
  ];
  if (leg.receipt !== undefined) {
    steps.push({
      id: "package-complete",
      kind: "decision",
      actor: "state_corporation_operator",
      action: t(
        "Құжаттар топтамасы стандарттың 8-тармағындағы тізбеге сәйкес толық па?",
        "Полон ли пакет документов согласно перечню пункта 8 стандарта?",
        "Is the package of documents complete under the list of standard p. 8?",
      ),
      duration: null,
      output: t("Құжаттар қабылданды", "Документы приняты", "Documents accepted"),
      ifNo: "refusal-receipt",
      source: s(leg.receipt.ref, leg.receipt.from, leg.receipt.to),
    });
  }
  if (rule.interview !== undefined) {
    steps.push({
      id: "interview",
      kind: "task",
      actor: PROVIDER,
      action: t(
        "Көрсетілетін қызметті беруші кәмелетке толмаған адаммен (балалармен) әңгімелесу өткізеді.",
        "Услугодатель проводит беседу с несовершеннолетним (детьми).",
        "The provider interviews the minor (children).",
      ),
      duration: null,
      output: t("Әңгімелесу өткізілді", "Беседа проведена", "Interview held"),
      source: s(rule.interview.para, rule.interview.from, rule.interview.to),
    });
  }
  steps.push(
    {
      id: "grounds-check",
      kind: "decision",
      actor: PROVIDER,
      action: t(
        "Стандарттың 9-тармағында көрсетілген бас тарту негіздері анықталмады ма?",
        "Основания для отказа, указанные в пункте 9 стандарта, не выявлены?",
        "Were no grounds for refusal under standard p. 9 found?",
      ),
      duration: null,
      output: null,
      ifNo: "preliminary-refusal",
      source: s(`${h.para}, part 2`, h.preliminary.from, h.preliminary.to),
    },
    {
      id: "prepare-result",
      kind: "task",
      actor: PROVIDER,
      action: rule.prepare.action,
      duration: workingDays(rule.prepare.days),
      output: rule.prepare.output,
      outputDocument: rule.prepare.doc,
      source: s(rule.prepare.para, rule.prepare.from, rule.prepare.to, rule.prepare.quote),
    },
    {
      id: "issue-result",
      kind: "task",
      actor: leg.issue.actor,
      action: leg.issue.action,
      duration: null,
      output: leg.issue.output,
      next: "end",
      source: leg.issue.source,
    },
    {
      id: "preliminary-refusal",
      kind: "task",
      actor: PROVIDER,
      action: t(
        "ҚР ӘПК-нің 73-бабына сәйкес мемлекеттік қызметті көрсету мерзімі аяқталғанға дейін 3 (үш) жұмыс күнінен " +
          "кешіктірмей көрсетілетін қызметті алушыға бас тарту туралы алдын ала шешімді және тыңдауды өткізу уақыты " +
          "мен орны туралы хабарламаны жолдайды.",
        "В соответствии со статьей 73 АППК не позднее чем за 3 (три) рабочих дня до завершения срока оказания " +
          "услуги направляет услугополучателю предварительное решение об отказе и уведомление о времени и месте " +
          "заслушивания.",
        "Under APPC art. 73, no later than 3 working days before the service term ends, sends the applicant the " +
          "preliminary decision to refuse and a notice of the time and place of the hearing.",
      ),
      duration: null,
      output: t(
        "Алдын ала шешім және тыңдау туралы хабарлама жолданды",
        "Направлены предварительное решение и уведомление о заслушивании",
        "Preliminary decision and hearing notice sent",
      ),
      outputDocument: "preliminary_refusal",
      source: s(`${h.para}, part 2`, h.preliminary.from, h.preliminary.to),
    },
    {
      id: "hearing",
      kind: "task",
      actor: PROVIDER,
      action: t(
        `Тыңдауды ҚР АӨК-нің ${h.hearing.article}-бабына сәйкес өткізеді.`,
        `Проводит заслушивание в соответствии со статьей ${h.hearing.article} АППК.`,
        `Holds the hearing under APPC art. ${h.hearing.article}.`,
      ),
      duration: null,
      output: t("Тыңдау нәтижелері", "Результаты заслушивания", "Results of the hearing"),
      outputDocument: "hearing_protocol",
      source: s(`${h.para}, part 3`, h.hearing.from, h.hearing.to),
    },
    {
      id: "hearing-outcome",
      kind: "decision",
      actor: PROVIDER,
      action: t(
        "Тыңдау нәтижелері бойынша бас тарту негіздері жойылды ма (оң нәтиже)?",
        "По результатам заслушивания основания для отказа отпали (положительный результат)?",
        "After the hearing, have the grounds for refusal fallen away (positive result)?",
      ),
      duration: null,
      output: null,
      ifNo: "send-refusal",
      source: s(`${h.para}, part 4`, h.after.from, h.after.to),
    },
    {
      id: "send-result",
      kind: "task",
      actor: PROVIDER,
      action: rule.afterPositive.action,
      duration: workingDays(h.after.days),
      output: rule.afterPositive.output,
      outputDocument: rule.afterPositive.doc,
      next: leg.afterHearingViaIssue ? "issue-result" : "end",
      source: s(`${h.para}, part 4`, h.after.from, h.after.to, h.after.quote),
    },
    {
      id: "send-refusal",
      kind: "task",
      actor: PROVIDER,
      action: t(
        `Тыңдау нәтижелері бойынша ${kkDays(h.after.days)} ішінде мемлекеттік қызметті көрсетуден дәлелді бас ` +
          `тартуды ${h.to.kk} жолдайды.`,
        `По результатам заслушивания в течение ${ruDays(h.after.days)} направляет мотивированный отказ в ` +
          `оказании услуги ${h.to.ru}.`,
        `After the hearing, within ${enDays(h.after.days)}, sends the reasoned refusal ${h.to.en}.`,
      ),
      duration: workingDays(h.after.days),
      output: t("Дәлелді бас тарту", "Мотивированный отказ", "Reasoned refusal"),
      outputDocument: "reasoned_refusal",
      next: leg.afterHearingViaIssue ? "issue-result" : "end",
      source: s(`${h.para}, part 4`, h.after.from, h.after.to, h.after.quote),
    },
  );
  if (leg.receipt !== undefined) {
    steps.push({
      id: "refusal-receipt",
      kind: "task",
      actor: "state_corporation_operator",
      action: t(
        "Заңның 20-бабының 2-тармағына сәйкес құжаттарды қабылдаудан бас тартады және жоқ құжаттарды көрсетіп, " +
          "Қағидаларға 3-қосымшаға сәйкес нысан бойынша 2 данада қолхат береді.",
        "В соответствии с пунктом 2 статьи 20 Закона отказывает в приеме документов и выдает расписку по форме " +
          "приложения 3 к Правилам в 2 экземплярах с перечнем недостающих документов.",
        "Under art. 20 p. 2 of the Law, refuses to accept the documents and issues a receipt on the form of rules " +
          "annex 3, in 2 copies, listing the missing documents.",
      ),
      duration: null,
      output: t(
        "Құжаттарды қабылдаудан бас тарту туралы қолхат",
        "Расписка об отказе в приеме документов",
        "Receipt of refusal to accept documents",
      ),
      outputDocument: "refusal_to_accept_receipt",
      next: "end",
      source: s(leg.receipt.ref, leg.receipt.from, leg.receipt.to),
    });
  }
  return {
    id: leg.id,
    channel: leg.channel,
    title: leg.title,
    source: s("Rules (list item 3)", rule.lines[0], rule.lines[1]),
    steps,
  };
}

// ------------------------------------------------------------------ channel legs

export const TITLE_OFFICE = t(
  "Көрсетілетін қызметті берушінің кеңсесі арқылы",
  "Через канцелярию услугодателя",
  "Through the provider's office",
);
export const TITLE_SC = t(
  '"Азаматтарға арналған үкімет" мемлекеттік корпорациясы арқылы',
  "Через Государственную корпорацию «Правительство для граждан»",
  'Through the State Corporation "Government for Citizens"',
);
export const TITLE_SCHOOL = t(
  "Білім беру ұйымы арқылы",
  "Через организацию образования",
  "Through an educational organisation",
);
export const TITLE_PORTAL = t(
  '"Электрондық үкімет" веб-порталы арқылы',
  "Через веб-портал «электронного правительства»",
  "Through the e-government portal",
);

const OUT_ISSUED = t(
  "Нәтиже (не дәлелді бас тарту) берілді",
  "Результат (либо мотивированный отказ) выдан",
  "Result (or reasoned refusal) issued",
);

export function officeLeg(issueSource: Source): ChannelLeg {
  return {
    id: "office",
    channel: "provider_office",
    title: TITLE_OFFICE,
    submitAction: t(
      "Қағидаларға 1-қосымшаға сәйкес нысан бойынша өтінішті стандартта көзделген құжаттарды қоса бере отырып " +
        "көрсетілетін қызметті берушіге береді.",
      "Подает услугодателю заявление по форме приложения 1 к Правилам с документами, предусмотренными стандартом.",
      "Submits to the provider the application on the form of rules annex 1 with the documents the standard lists.",
    ),
    issue: {
      actor: "office_clerk",
      action: t(
        "Нәтижені көрсетілетін қызметті берушінің кеңсесі арқылы береді.",
        "Выдает результат через канцелярию услугодателя.",
        "Issues the result through the provider's office.",
      ),
      output: OUT_ISSUED,
      source: issueSource,
    },
    afterHearingViaIssue: false,
  };
}

export function schoolLeg(issueSource: Source): ChannelLeg {
  return {
    id: "school",
    channel: "educational_organisation",
    title: TITLE_SCHOOL,
    submitAction: t(
      "Қағидаларға 1-қосымшаға сәйкес нысан бойынша өтінішті стандартта көзделген құжаттарды қоса бере отырып " +
        "білім беру ұйымына береді.",
      "Подает в организацию образования заявление по форме приложения 1 к Правилам с документами, " +
        "предусмотренными стандартом.",
      "Submits to the educational organisation the application on the form of rules annex 1 with the documents " +
        "the standard lists.",
    ),
    issue: {
      actor: "office_clerk",
      action: t(
        "Нәтижені білім беру ұйымы арқылы береді.",
        "Выдает результат через организацию образования.",
        "Issues the result through the educational organisation.",
      ),
      output: OUT_ISSUED,
      source: issueSource,
    },
    afterHearingViaIssue: false,
  };
}

export function scLeg(issueSource: Source, receipt: { ref: string; from: number; to: number }): ChannelLeg {
  return {
    id: "state-corporation",
    channel: "state_corporation",
    title: TITLE_SC,
    submitAction: t(
      "Қағидаларға 1-қосымшаға сәйкес нысан бойынша өтінішті стандартта көзделген құжаттарды қоса бере отырып " +
        "Мемлекеттік корпорацияға береді.",
      "Подает в Государственную корпорацию заявление по форме приложения 1 к Правилам с документами, " +
        "предусмотренными стандартом.",
      "Submits to the State Corporation the application on the form of rules annex 1 with the documents the " +
        "standard lists.",
    ),
    issue: {
      actor: "state_corporation_operator",
      action: t(
        "Нәтижені Мемлекеттік корпорация арқылы береді.",
        "Выдает результат через Государственную корпорацию.",
        "Issues the result through the State Corporation.",
      ),
      output: OUT_ISSUED,
      source: issueSource,
    },
    afterHearingViaIssue: true,
    receipt,
  };
}

export function portalLeg(cabinetSource: Source): ChannelLeg {
  return {
    id: "portal",
    channel: "portal",
    title: TITLE_PORTAL,
    submitAction: t(
      "Портал арқылы ЭЦҚ-мен немесе бір рет пайдаланатын құпия сөзбен куәландырылған электрондық құжат нысанындағы " +
        "өтінішті стандартта көзделген құжаттардың электрондық көшірмелерін қоса бере отырып береді.",
      "Подает через портал заявление в форме электронного документа, удостоверенного ЭЦП или одноразовым паролем, " +
        "с электронными копиями документов, предусмотренных стандартом.",
      "Submits through the portal an application as an electronic document certified with an EDS or a one-time " +
        "password, with electronic copies of the documents the standard lists.",
    ),
    issue: {
      actor: "portal",
      action: t(
        'Нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" жіберіледі және сақталады.',
        "Результат направляется и хранится в «личном кабинете» услугополучателя.",
        "The result is sent to, and stored in, the applicant's personal cabinet.",
      ),
      output: OUT_ISSUED,
      source: cabinetSource,
    },
    afterHearingViaIssue: true,
  };
}

/** A required document. */
export function doc(
  id: string,
  title: Text,
  channels: Channel[],
  source: Source,
  extra: Pick<RequiredDocumentInput, "condition" | "presentation" | "waivedIfRecord"> = {},
): RequiredDocumentInput {
  return { id, title, channels, ...extra, source };
}

// ------------------------------------------------------------------ meals and camps (list annexes 17, 18)

/** Refusal ground 5 where the act says "court decision" (шешім) instead of "verdict" (үкім). */
export const GROUND5_COURT_DECISION: { text: Text } = {
  text: t(
    "көрсетілетін қызметті алушыға қатысты соттың заңды күшіне енген шешімінің болуы, оның негізінде көрсетілетін " +
      "қызметті алушының мемлекеттік көрсетілетін қызметті алумен байланысты арнайы құқығынан айырылуы",
    "наличие в отношении услугополучателя вступившего в законную силу решения суда, на основании которого " +
      "услугополучатель лишен специального права, связанного с получением государственной услуги",
    "a court decision in force deprives the applicant of a special right connected with obtaining the service",
  ),
};

/** Refusal ground 2 of the meals and camps standards: Government Decree No. 64 of 25.01.2008. */
export const GROUND2_DECREE_64: { text: Text; provision: string } = {
  text: t(
    '"Мемлекеттік білім беру мекемелерінің мемлекеттік атаулы әлеуметтік көмек алуға құқығы бар отбасылардан, ' +
      "сондай-ақ мемлекеттік атаулы әлеуметтік көмек алмайтын, жан басына шаққандағы табысы ең төменгі күнкөріс " +
      "деңгейінің шамасынан төмен отбасылардан шыққан білім алушылары мен тәрбиеленушілеріне және жетім балаларға, " +
      "ата-анасының қамқорлығынсыз қалып, отбасыларда тұратын балаларға, төтенше жағдайлардың салдарынан шұғыл " +
      "жәрдемді талап ететін отбасылардан шыққан балаларға және өзге де санаттағы білім алушылар мен " +
      "тәрбиеленушілерге қаржылай және материалдық көмек көрсетуге бөлінетін қаражатты қалыптастыру, жұмсау " +
      'бағыты мен оларды есепке алу қағидаларын бекіту туралы" Қазақстан Республикасы Үкіметінің 2008 жылғы 25 ' +
      "қаңтардағы № 64 қаулысында белгіленген талаптарға көрсетілетін қызметті алушының және (немесе) мемлекеттік " +
      "қызмет көрсету үшін қажетті ұсынылған материалдардың, объектілердің, деректер мен мәліметтердің сәйкес келмеуі",
    "несоответствие услугополучателя и (или) представленных материалов, объектов, данных и сведений, необходимых " +
      "для оказания государственной услуги, требованиям постановления Правительства Республики Казахстан от 25 " +
      "января 2008 года № 64 «Об утверждении Правил формирования, направления расходования и учета средств, " +
      "выделяемых на оказание финансовой и материальной помощи обучающимся и воспитанникам государственных " +
      "организаций образования из семей, имеющих право на получение государственной адресной социальной помощи, а " +
      "также из семей, не получающих государственную адресную социальную помощь, в которых среднедушевой доход " +
      "ниже величины прожиточного минимума, и детям-сиротам, детям, оставшимся без попечения родителей, " +
      "проживающим в семьях, детям из семей, требующих экстренной помощи в результате чрезвычайных ситуаций, и " +
      "иным категориям обучающихся и воспитанников»",
    "the applicant and/or the materials, objects, data and information submitted do not meet the requirements of " +
      "Government Decree No. 64 of 25 January 2008 (rules for forming, spending and accounting the funds for " +
      "financial and material assistance to pupils of state educational institutions from families entitled to " +
      "targeted social assistance or with per-capita income below the subsistence minimum, orphans, children " +
      "without parental care living in families, children from families needing urgent help after emergencies, " +
      "and other categories)",
  ),
  provision: "Government Decree of the RK No. 64 of 25.01.2008",
};

/**
 * The status document of the meals and camps standards, one entry per eligibility category.
 * `lines` gives the line range of each category in the cited list; `suffix` distinguishes the portal copies.
 */
export function statusDocuments(
  ref: string,
  channels: Channel[],
  lines: {
    tsa: [number, number];
    income: [number, number];
    guardianship: [number, number];
    collegial: [number, number];
  },
  suffix: string,
  presentation: RequiredDocumentInput["presentation"],
): RequiredDocumentInput[] {
  const extra = (condition: Text): Pick<RequiredDocumentInput, "condition" | "presentation"> =>
    presentation === undefined ? { condition } : { condition, presentation };
  return [
    doc(
      `status-tsa-certificate${suffix}`,
      t(
        "Көрсетілетін қызметті алушының (отбасының) мемлекеттік атаулы әлеуметтік көмекті тұтынушылар қатарына " +
          "жататынын растайтын, жергілікті атқарушы органдар ұсынатын анықтама",
        "Справка местного исполнительного органа, подтверждающая принадлежность услугополучателя (семьи) к " +
          "получателям государственной адресной социальной помощи",
        "Certificate of the local executive body that the applicant (family) is among the recipients of state " +
          "targeted social assistance",
      ),
      channels,
      s(ref, lines.tsa[0], lines.tsa[1]),
      extra(
        t(
          "Мемлекеттік атаулы әлеуметтік көмекті алуға құқығы бар отбасылардан шыққан балалар үшін",
          "Для детей из семей, имеющих право на получение государственной адресной социальной помощи",
          "For children from families entitled to state targeted social assistance",
        ),
      ),
    ),
    doc(
      `status-income-documents${suffix}`,
      t(
        "Алған табысы туралы құжаттар (жұмыс істейтін ата-аналардың немесе оларды алмастыратын адамдардың " +
          "жалақылары туралы, кәсіпкерліктен және басқа да қызмет түрлерінен түсетін табыстары туралы, балаларға " +
          "және басқа да асырауындағыларға төленетін алимент түріндегі табыстары туралы анықтама)",
        "Документы о полученных доходах (справки о заработной плате работающих родителей или лиц, их заменяющих, " +
          "о доходах от предпринимательской и других видов деятельности, о доходах в виде алиментов на детей и " +
          "других иждивенцев)",
        "Documents on income received (certificates of the wages of working parents or persons replacing them, of " +
          "income from business and other activities, of alimony received for children and other dependants)",
      ),
      channels,
      s(ref, lines.income[0], lines.income[1]),
      extra(
        t(
          "Жан басына шаққанда орташа табысы күн көріс деңгейінен төмен, мемлекеттік атаулы әлеуметтік көмек " +
            "алмайтын отбасылардан шыққан балалар үшін",
          "Для детей из семей, не получающих государственную адресную социальную помощь, в которых среднедушевой " +
            "доход ниже прожиточного минимума",
          "For children from families not receiving targeted social assistance whose per-capita income is below " +
            "the subsistence minimum",
        ),
      ),
    ),
    doc(
      `status-guardianship-decision${suffix}`,
      t(
        "Қорғаншылықты (қамқоршылықты), патронаттық тәрбиелеуді бекіту туралы уәкілетті органның шешімі",
        "Решение уполномоченного органа об установлении опеки (попечительства), патронатного воспитания",
        "Decision of the competent body establishing guardianship (trusteeship) or patronage upbringing",
      ),
      channels,
      s(ref, lines.guardianship[0], lines.guardianship[1]),
      extra(
        t(
          "Отбасыларда тәрбиеленетін жетім балалар, ата-анасының қамқорлығынсыз қалған балалар үшін",
          "Для детей-сирот и детей, оставшихся без попечения родителей, воспитывающихся в семьях",
          "For orphans and children without parental care brought up in families",
        ),
      ),
    ),
    doc(
      `status-collegial-decision${suffix}`,
      t(
        "Отбасының материалдық-тұрмыстық жағдайын тексеру негізінде алқалы органның шешімі",
        "Решение коллегиального органа на основании обследования материально-бытового положения семьи",
        "Decision of the collegial body based on an inspection of the family's material and living conditions",
      ),
      channels,
      s(ref, lines.collegial[0], lines.collegial[1]),
      extra(
        t(
          "Төтенше жағдайлардың салдарынан шұғыл көмекті талап ететін отбасылардан шыққан және білім беру ұйымының " +
            "алқалы басқару органы айқындайтын білім алушылар мен тәрбиеленушілердің өзге де санаттарына жататын " +
            "балалар үшін",
          "Для детей из семей, требующих экстренной помощи в результате чрезвычайных ситуаций, и иных категорий " +
            "обучающихся и воспитанников, определяемых коллегиальным органом управления организации образования",
          "For children from families needing urgent help after an emergency, and other categories of pupils set by " +
            "the educational organisation's collegial governing body",
        ),
      ),
    ),
  ];
}
