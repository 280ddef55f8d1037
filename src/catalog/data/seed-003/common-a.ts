/**
 * Shared pieces of seed 003 part A (order No. 414 of 3 October 2022, list items 1–3, annexes 1–7):
 * the act itself, the issuer, the effective dates, the preliminary-refusal / hearing branch, the
 * monitoring-system duty, the generic refusal grounds and the schedules. Every source (lines, quotes)
 * is passed in by the caller so that each version cites its own paragraph.
 */

import type {
  ActRef,
  CitedText,
  Duration,
  RecordWaiver,
  RefusalGround,
  Source,
  Step,
  Text,
} from "../../schema.ts";
import type { VersionInput } from "../build.ts";
import { src, t } from "../build.ts";

type Schedule = VersionInput["standard"]["schedules"][number];
type Effective = VersionInput["effective"];
type Issuer = VersionInput["issuer"];

/** A source in seed 003. */
export function s(ref: string, from: number, to: number = from, quote?: string): Source {
  return src("003", ref, from, to, quote);
}

export const ISSUER: Issuer = {
  kind: "ministry",
  region: null,
  name: t(
    "Қазақстан Республикасының Оқу-ағарту министрлігі",
    "Министерство просвещения Республики Казахстан",
    "Ministry of Enlightenment of the Republic of Kazakhstan",
  ),
};

const MINISTER = t(
  "Қазақстан Республикасының Оқу-ағарту министрі",
  "Министр просвещения Республики Казахстан",
  "Minister of Enlightenment of the Republic of Kazakhstan",
);

/** Order No. 414 of 3 October 2022 (lines 2–6). */
export const ORDER_414: ActRef = {
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

/** Order No. 188 of 30 June 2023, which amended item 3 of the list (note at lines 822–824). */
export const ORDER_188: ActRef = {
  kind: "order",
  number: "188",
  date: "2023-06-30",
  registration: null,
  title: t(
    "Қазақстан Республикасы Оқу-ағарту министрінің 2023 жылғы 30 маусымдағы № 188 бұйрығы (атауы мәтінде келтірілмеген)",
    "Приказ Министра просвещения Республики Казахстан от 30 июня 2023 года № 188 (название в тексте не приведено)",
    "Order No. 188 of the Minister of Enlightenment of 30 June 2023 (its title is not given in the seed)",
  ),
  issuedBy: MINISTER,
};

const EFFECTIVE_BASE =
  "Order 414, p. 4: in force 10 calendar days after the day of its first official publication. The publication " +
  "date is not in the seed; the earliest possible publication day, the registration day 4 October 2022, was used: " +
  "ten calendar days elapse on 5–14 October, so the order is taken as in force from 15 October 2022 (the earliest " +
  "possible date).";

/** Effective dates of order 414; `extra` adds what the version amends and the 2023 amendment where relevant. */
export function effective414(extra: string): Effective {
  return {
    from: "2022-10-15",
    to: null,
    note: `${EFFECTIVE_BASE} ${extra}`,
    source: s("Order 414, p. 4", 22, 23, "күнтізбелік он күн"),
  };
}

export const NOTE_188 =
  "List item 3 was amended by order No. 188 of 30.06.2023 (in force 10 calendar days after its first official " +
  "publication; the date is not in the seed, lines 822–824); the seed is the consolidated text, and which words of " +
  "item 3 order 188 changed is not shown, so the version keeps the date of order 414.";

// ------------------------------------------------------------------ cited requirements

/** The "N-1" paragraph: stage data go to the state-services monitoring IS; technical-failure protocol. */
export function monitoringRequirement(ref: string, from: number, to: number): CitedText {
  return {
    text: t(
      "Көрсетілетін қызметті беруші Заңның 5-бабы 2-тармағының 11) тармақшасына сәйкес мемлекеттік қызмет көрсету сатысы туралы деректерді мемлекеттік қызметтер көрсету мониторингінің ақпараттық жүйесіне енгізуді қамтамасыз етеді. Ақпараттық жүйе істен шыққан кезде көрсетілетін қызметті беруші дереу ақпараттық-коммуникациялық инфрақұрылымға жауапты құрылымдық бөлімшенің қызметкерін хабардар етеді, ол техникалық проблема туралы хаттама жасайды, оған көрсетілетін қызметті беруші қол қояды. Балалардың құқықтарын қорғау саласындағы уәкілетті орган көрсетілетін қызметті берушілерді, оның ішінде Бірыңғай байланыс орталығын талаптарға енгізілген өзгерістер туралы хабардар етеді.",
      "Услугодатель обеспечивает внесение данных о стадии оказания государственной услуги в информационную систему мониторинга оказания государственных услуг в соответствии с подпунктом 11) пункта 2 статьи 5 Закона. При сбое информационной системы услугодатель незамедлительно уведомляет работника структурного подразделения, ответственного за информационно-коммуникационную инфраструктуру, который составляет протокол о технической проблеме, подписываемый услугодателем. Уполномоченный орган в сфере защиты прав детей информирует услугодателей, в том числе Единый контакт-центр, об изменениях и дополнениях в требования к оказанию государственной услуги.",
      "The provider enters data on each stage of the service into the state-services monitoring information system (Law, art. 5 p. 2 sub-p. 11). If the system fails, the provider immediately informs the employee of its unit responsible for the ICT infrastructure, who draws up a technical-problem protocol signed by the provider. The authorised body for the protection of children's rights informs providers, including the Unified Contact Centre, of changes to the service requirements.",
    ),
    source: s(ref, from, to),
  };
}

/** The preliminary-refusal deadline (APPC art. 73), quoted from the service's own paragraph. */
export function preliminaryRefusalRequirement(ref: string, from: number, to: number): CitedText {
  return {
    text: t(
      "Мемлекеттік қызметті көрсетуден бас тарту үшін негіз анықталған кезде көрсетілетін қызметті беруші ҚР ӘРПК 73-бабына сәйкес мемлекеттік қызметті көрсету мерзімі аяқталғанға дейін 3 (үш) жұмыс күнінен кешіктірмей көрсетілетін қызметті алушыға бас тарту туралы алдын ала шешімді, сондай-ақ тыңдауды өткізу уақыты мен орны туралы хабарламаны жолдайды; тыңдау ҚР ӘРПК 74-бабына сәйкес жүргізіледі.",
      "При установлении оснований для отказа услугодатель в соответствии со статьей 73 АППК РК не позднее чем за 3 (три) рабочих дня до завершения срока оказания государственной услуги направляет услугополучателю предварительное решение об отказе, а также уведомление о времени и месте проведения заслушивания; заслушивание проводится в соответствии со статьей 74 АППК РК.",
      "When a ground for refusal is found, the provider, under APPC art. 73, sends the recipient the preliminary decision to refuse and a notice of the time and place of the hearing no later than 3 working days before the service term ends; the hearing is held under APPC art. 74.",
    ),
    source: s(ref, from, to, "3 (үш) жұмыс күнінен кешіктірмей"),
  };
}

// ------------------------------------------------------------------ steps

/** Decision "no ground for refusal under standard p. 9?" whose "no" leads to the preliminary refusal. */
export function noRefusalGroundsDecision(
  id: string,
  actor: Step["actor"],
  source: Source,
  ifNo = "preliminary-refusal",
): Step {
  return {
    id,
    kind: "decision",
    actor,
    action: t(
      "Көрсетілетін қызметті алушы қолданыстағы заңнама талаптарына сәйкес келе ме (Мемлекеттік қызмет көрсетуге қойылатын талаптардың 9-тармағында көрсетілген бас тарту негіздері анықталған жоқ па)?",
      "Соответствует ли услугополучатель требованиям действующего законодательства (не установлены ли основания для отказа, указанные в пункте 9 Требований к оказанию государственной услуги)?",
      "Does the recipient meet the requirements of the legislation in force (no ground for refusal under p. 9 of the service requirements found)?",
    ),
    duration: null,
    output: null,
    ifNo,
    source,
  };
}

export interface HearingBranch {
  /** The paragraph on the preliminary decision (APPC art. 73). */
  preliminary: Source;
  /** The sentence on the hearing (APPC art. 74). */
  hearing: Source;
  /** The step after the hearing when there is no `final` step of its own. */
  hearingNext?: string;
  /** The answer after the hearing, where the act gives it. */
  final?: { duration: Duration | null; action: Text; output?: Text; source: Source; next?: string };
}

/** Preliminary refusal with a hearing notice, the hearing, and (where stated) the answer after it. */
export function hearingBranch(b: HearingBranch): Step[] {
  const steps: Step[] = [
    {
      id: "preliminary-refusal",
      kind: "task",
      actor: "responsible_executor",
      action: t(
        "ҚР ӘРПК 73-бабына сәйкес мемлекеттік қызметті көрсету мерзімі аяқталғанға дейін 3 (үш) жұмыс күнінен кешіктірмей көрсетілетін қызметті алушыға мемлекеттік қызметті көрсетуден бас тарту туралы алдын ала шешімді, сондай-ақ алдын ала шешім бойынша ұстанымын білдіруге мүмкіндік беру үшін тыңдауды өткізу уақыты мен орны туралы хабарламаны жолдайды.",
        "В соответствии со статьей 73 АППК РК не позднее чем за 3 (три) рабочих дня до завершения срока оказания государственной услуги направляет услугополучателю предварительное решение об отказе в оказании государственной услуги, а также уведомление о времени и месте проведения заслушивания для предоставления возможности выразить позицию по предварительному решению.",
        "Under APPC art. 73, no later than 3 working days before the service term ends, sends the recipient the preliminary decision to refuse the service and a notice of the time and place of the hearing, so that the recipient can state a position on it.",
      ),
      duration: null,
      output: t(
        "Бас тарту туралы алдын ала шешім және тыңдау туралы хабарлама",
        "Предварительное решение об отказе и уведомление о заслушивании",
        "Preliminary decision to refuse and hearing notice",
      ),
      outputDocument: "preliminary_refusal",
      source: b.preliminary,
    },
    {
      id: "hearing",
      kind: "task",
      actor: "responsible_executor",
      action: t(
        "Тыңдау рәсімін ҚР ӘРПК-нің 74-бабына сәйкес жүргізеді.",
        "Проводит заслушивание в соответствии со статьей 74 АППК РК.",
        "Holds the hearing under APPC art. 74.",
      ),
      duration: null,
      output: t("Тыңдау өткізілді", "Заслушивание проведено", "Hearing held"),
      outputDocument: "hearing_protocol",
      ...(b.final === undefined && b.hearingNext !== undefined ? { next: b.hearingNext } : {}),
      source: b.hearing,
    },
  ];
  if (b.final !== undefined) {
    steps.push({
      id: "answer-after-hearing",
      kind: "task",
      actor: "responsible_executor",
      action: b.final.action,
      duration: b.final.duration,
      output:
        b.final.output ??
        t(
          "Оң нәтиже не мемлекеттік қызметті көрсетуден дәлелді бас тарту",
          "Положительный результат либо мотивированный отказ в оказании государственной услуги",
          "Positive result or reasoned refusal of the service",
        ),
      next: b.final.next ?? "end",
      source: b.final.source,
    });
  }
  return steps;
}

// ------------------------------------------------------------------ schedules

export function providerSchedule(source: Source): Schedule {
  return {
    who: "provider",
    calendar: "provider",
    text: t(
      "Қазақстан Республикасының еңбек заңнамасына сәйкес демалыс және мереке күндерін қоспағанда, дүйсенбіден бастап жұманы қоса алғанда, сағат 13.00-ден 14.30-ға дейінгі түскі үзіліспен сағат 9.00-ден 18.30-ға дейін.",
      "С понедельника по пятницу включительно, с 9.00 до 18.30 часов, с перерывом на обед с 13.00 до 14.30 часов, кроме выходных и праздничных дней согласно трудовому законодательству Республики Казахстан.",
      "Monday to Friday, 9.00–18.30 with a lunch break 13.00–14.30, except weekends and holidays under the labour legislation of the Republic of Kazakhstan.",
    ),
    source,
  };
}

export function portalSchedule(source: Source): Schedule {
  return {
    who: "portal",
    calendar: "portal",
    text: t(
      "Жөндеу жұмыстарын жүргізуге байланысты техникалық үзілістерді қоспағанда, тәулік бойы (көрсетілетін қызметті алушы жұмыс уақыты аяқталғаннан кейін, еңбек заңнамасына сәйкес демалыс және мереке күндері жүгінген жағдайда өтінішті қабылдау және мемлекеттік қызмет көрсету нәтижесін беру келесі жұмыс күні жүзеге асырылады).",
      "Круглосуточно, за исключением технических перерывов в связи с проведением ремонтных работ (при обращении услугополучателя после окончания рабочего времени, в выходные и праздничные дни согласно трудовому законодательству прием заявления и выдача результата оказания государственной услуги осуществляются следующим рабочим днем).",
      "Around the clock except technical breaks for maintenance (an application filed after working hours, on weekends or holidays under the labour legislation is accepted, and its result issued, on the next working day).",
    ),
    source,
  };
}

// ------------------------------------------------------------------ generic refusal grounds

type GenericKind =
  | "unreliable"
  | "nla"
  | "negative_approval"
  | "court_ban"
  | "special_right"
  | "personal_data";

const GENERIC: Record<GenericKind, { ru: string; en: string; provision?: string }> = {
  unreliable: {
    ru: "установление недостоверности документов, представленных услугополучателем для получения государственной услуги, и (или) данных (сведений), содержащихся в них",
    en: "the documents submitted by the recipient to obtain the state service, and (or) the data (information) in them, are found to be unreliable",
  },
  nla: {
    ru: "несоответствие услугополучателя и (или) представленных материалов, объектов, данных и сведений, необходимых для оказания государственной услуги, требованиям, установленным нормативными правовыми актами Республики Казахстан",
    en: "the recipient and (or) the materials, objects, data and information submitted and needed for the service do not meet the requirements set by normative legal acts of the Republic of Kazakhstan",
  },
  negative_approval: {
    ru: "отрицательный ответ уполномоченного государственного органа на запрос о согласовании, которое требуется для оказания государственной услуги, а также отрицательное заключение экспертизы, исследования либо проверки",
    en: "a negative answer of the authorised state body to a request for the approval needed for the service, or a negative conclusion of an expertise, study or inspection",
  },
  court_ban: {
    ru: "наличие в отношении услугополучателя вступившего в законную силу решения (приговора) суда о запрещении деятельности или отдельных видов деятельности, требующих получения государственной услуги",
    en: "a court decision (verdict) in force against the recipient banning the activity, or the kinds of activity, for which the state service is required",
  },
  special_right: {
    ru: "наличие в отношении услугополучателя вступившего в законную силу приговора (решения) суда, на основании которого услугополучатель лишен специального права, связанного с получением государственной услуги",
    en: "a court verdict (decision) in force against the recipient by which the recipient is deprived of a special right connected with obtaining the state service",
  },
  personal_data: {
    ru: "отсутствие согласия услугополучателя, предоставляемого в соответствии со статьей 8 Закона Республики Казахстан «О персональных данных и их защите», на доступ к персональным данным ограниченного доступа, которые требуются для оказания государственной услуги",
    en: "the recipient has not given the consent, under art. 8 of the Law on Personal Data and Their Protection, to access to restricted personal data needed for the service",
    provision: "Law of the Republic of Kazakhstan on Personal Data and Their Protection, art. 8",
  },
};

/** One of the six generic refusal grounds; `kk` is the act's own wording at `source`. */
export function genericGround(
  kind: GenericKind,
  n: number,
  kk: string,
  source: Source,
  variant?: string,
): RefusalGround {
  const g = GENERIC[kind];
  return {
    n,
    text: t(kk, g.ru, g.en),
    ...(variant === undefined ? {} : { variant }),
    ...(g.provision === undefined ? {} : { provision: g.provision }),
    source,
  };
}

/** The Kazakh wording of the generic grounds as most annexes of this act give it. */
export const KK_GENERIC = {
  unreliable:
    "көрсетілетін қызметті алушының мемлекеттік көрсетілетін қызметті алу үшін ұсынған құжаттарының және (немесе) олардағы деректердің (мәліметтердің) анық еместігін анықтау",
  nla: "көрсетілетін қызметті алушының және (немесе) мемлекеттік қызмет көрсету үшін қажетті ұсынылған материалдардың, объектілердің, деректердің және мәліметтердің Қазақстан Республикасының нормативтік құқықтық актілерінде белгіленген талаптарға сәйкес келмеуі",
  negative_approval:
    "уәкілетті мемлекеттік органның мемлекеттік қызмет көрсету үшін қажетті келісімі туралы сұрау салуға берілген теріс жауап, сондай-ақ сараптаманың, зерттеудің не тексерудің теріс қорытындысы",
  court_ban:
    "көрсетілетін қызметті алушыға қатысты оның қызметіне немесе мемлекеттік көрсетілетін қызметті алуды талап ететін жекелеген қызмет түрлеріне тыйым салу туралы соттың заңды күшіне енген шешімінің (үкімінің) болуы",
  special_right_verdict:
    "көрсетілетін қызметті алушыға қатысты соттың заңды күшіне енген үкімінің болуы, оның негізінде көрсетілетін қызметті алушының мемлекеттік көрсетілетін қызметті алумен байланысты арнаулы құқығынан айырылуы",
  special_right_decision:
    "көрсетілетін қызметті алушыға қатысты соттың заңды күшіне енген шешімі бар, оның негізінде көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызметті алуға байланысты арнайы құқығынан айырылған",
  personal_data:
    'көрсетілетін қызметті алушының мемлекеттік қызмет көрсету үшін талап етілетін, "Дербес деректер және оларды қорғау туралы" Қазақстан Республикасы Заңының 8-бабына сәйкес берілетін қолжетімділігі шектеулі дербес деректерге қол жеткізуге келісімі болмауы',
} as const;

// ------------------------------------------------------------------ other requirements

/** Row 10 lines on the Unified Contact Centre and the digital-documents service (annexes 3, 5, 6). */
export function contactAndDigitalDocuments(ref: string, from: number, to: number): CitedText {
  return {
    text: t(
      'Көрсетілетін қызметті алушының ЭЦҚ болған жағдайда мемлекеттік көрсетілетін қызметті портал арқылы электрондық нысанда алуға мүмкіндігі бар. Қызмет көрсету тәртібі мен мәртебесі туралы ақпаратты Бірыңғай байланыс орталығы арқылы алады: 1414, 8 800 080 7777. Цифрлық құжаттар сервисі мобильді қосымшада авторландырылған пайдаланушылар үшін қолжетімді: ЭЦҚ немесе бір реттік парольмен авторландырудан өтіп, "цифрлық құжаттар" бөлімінде қажетті құжатты таңдау қажет.',
      "Услугополучатель при наличии ЭЦП имеет возможность получить государственную услугу в электронной форме через портал. Информацию о порядке и статусе оказания услуги получает через Единый контакт-центр: 1414, 8 800 080 7777. Сервис цифровых документов доступен авторизованным пользователям мобильного приложения: необходимо пройти авторизацию с помощью ЭЦП или одноразового пароля, перейти в раздел «цифровые документы» и выбрать нужный документ.",
      'A recipient with an EDS can obtain the service electronically through the portal. Information on the procedure and status is available from the Unified Contact Centre: 1414, 8 800 080 7777. The digital-documents service is available to authorised users of the mobile app: sign in with an EDS or a one-time password, open "digital documents" and choose the document.',
    ),
    source: s(ref, from, to),
  };
}

/** Row 7 "addresses of the places of service" (annexes 4–6). */
export function serviceAddresses(ref: string, from: number, to: number): CitedText {
  return {
    text: t(
      "Мемлекеттік қызмет көрсету орындарының мекенжайлары Қазақстан Республикасы Оқу-ағарту министрлігінің www.edu.gov.kz интернет-ресурсында және www.egov.kz порталында орналасқан.",
      "Адреса мест оказания государственной услуги размещены на интернет-ресурсе Министерства просвещения Республики Казахстан www.edu.gov.kz и на портале www.egov.kz.",
      "The addresses of the places where the service is rendered are on the Ministry of Enlightenment website www.edu.gov.kz and on the portal www.egov.kz.",
    ),
    source: s(ref, from, to),
  };
}

// ------------------------------------------------------------------ documents

type RequiredDocument = VersionInput["standard"]["documents"][number];
type Channel = RequiredDocument["channels"][number];

/** A required document; `opts` adds the variant, the condition and how it is presented. */
export function doc(
  id: string,
  channels: Channel[],
  title: Text,
  source: Source,
  opts: {
    variant?: string;
    condition?: Text;
    presentation?: RequiredDocument["presentation"];
    waivedIfRecord?: RecordWaiver;
  } = {},
): RequiredDocument {
  return {
    id,
    title,
    channels,
    ...(opts.variant === undefined ? {} : { variant: opts.variant }),
    ...(opts.condition === undefined ? {} : { condition: opts.condition }),
    ...(opts.presentation === undefined ? {} : { presentation: opts.presentation }),
    ...(opts.waivedIfRecord === undefined ? {} : { waivedIfRecord: opts.waivedIfRecord }),
    source,
  };
}
