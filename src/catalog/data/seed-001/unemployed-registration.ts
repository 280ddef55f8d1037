/** Annex 1 of resolution No. 122: regulation "Registering and recording unemployed citizens" (lines 74–313). */
import type { Step } from "../../schema.ts";
import { minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  ACT,
  AMENDED_BY,
  appeals,
  documentsInStandard,
  EFFECTIVE,
  freeOfCharge,
  ISSUER,
  implementsStandard,
  notarialPowerOfAttorney,
  portalSteps,
  s,
  stateCorporationSteps,
  task,
  VERSION_ID,
} from "./common.ts";

const A = "Annex 1";
const TITLE = t(
  "Жұмыссыз азаматтарды тіркеу және есепке қою",
  "Регистрация и учёт безработных граждан",
  "Registering and recording unemployed citizens",
);
const NOTIFICATION = t(
  "хабарлама немесе бас тарту туралы қолхат",
  "уведомление или расписка об отказе",
  "notification or refusal receipt",
);

/** The provider's five steps (p. 6), shared by every channel. */
function providerSteps(): Step[] {
  return [
    task(
      "office-register",
      "office_clerk",
      t(
        "Көрсетілетін қызметті берушінің кеңсе қызметкері алынған құжаттарды тіркейді және басшыға қарау үшін жолдайды.",
        "Работник канцелярии услугодателя регистрирует полученные документы и направляет их руководителю на рассмотрение.",
        "The provider's office clerk registers the documents received and sends them to the head for review.",
      ),
      minutes(10),
      t("Тіркеу журналына жазу", "Запись в журнале регистрации", "Entry in the registration journal"),
      s(`${A}, p. 6, sub-p. 1`, 147, 150, "10 (он) минут ішінде"),
      { n: "1" },
    ),
    task(
      "head-assign",
      "head",
      t(
        "Көрсетілетін қызметті берушінің басшысы құжаттарды қарайды және жауапты орындаушыны анықтайды.",
        "Руководитель услугодателя рассматривает документы и определяет ответственного исполнителя.",
        "The provider's head reviews the documents and assigns the responsible executor.",
      ),
      workingDays(1),
      t(
        "Жауапты орындаушыға тапсырма береді",
        "Поручение ответственному исполнителю",
        "Task given to the responsible executor",
      ),
      s(`${A}, p. 6, sub-p. 2`, 151, 154, "1 (бір) жұмыс күн ішінде"),
      { n: "2", outputDocument: "resolution_note" },
    ),
    task(
      "executor-prepare",
      "responsible_executor",
      t(
        "Жауапты орындаушы хабарламаны немесе бас тарту туралы қолхатты рәсімдейді және басшыға қол қою үшін жолдайды.",
        "Ответственный исполнитель оформляет уведомление или расписку об отказе и направляет руководителю на подпись.",
        "The responsible executor draws up the notification or the refusal receipt and sends it to the head for signature.",
      ),
      workingDays(3),
      t(
        "Хабарламаны немесе бас тарту туралы қолхатты қол қою үшін дайындау",
        "Уведомление или расписка об отказе подготовлены на подпись",
        "Notification or refusal receipt prepared for signature",
      ),
      s(`${A}, p. 6, sub-p. 3`, 155, 159, "3 (үш) жұмыс күн"),
      { n: "3", outputDocument: "notification" },
    ),
    task(
      "head-sign",
      "head",
      t(
        "Басшы хабарламаға немесе бас тарту туралы қолхатқа қол қояды және кеңсеге жолдайды.",
        "Руководитель подписывает уведомление или расписку об отказе и направляет в канцелярию.",
        "The head signs the notification or the refusal receipt and sends it to the office.",
      ),
      workingDays(1),
      t(
        "Хабарламаға немесе бас тарту туралы қолхатқа қол қою",
        "Уведомление или расписка об отказе подписаны",
        "Notification or refusal receipt signed",
      ),
      s(`${A}, p. 6, sub-p. 4`, 160, 163, "1 (бір) жұмыс күн ішінде"),
      { n: "4", outputDocument: "notification" },
    ),
    task(
      "office-issue",
      "office_clerk",
      t(
        "Кеңсе қызметкері хабарламаны немесе бас тарту туралы қолхатты тіркейді және көрсетілетін қызметті алушыға береді.",
        "Работник канцелярии регистрирует уведомление или расписку об отказе и выдаёт услугополучателю.",
        "The office clerk registers the notification or the refusal receipt and issues it to the applicant.",
      ),
      minutes(10),
      t(
        "Көрсетілетін қызметті алушының мемлекеттік қызметтің нәтижесін алуы",
        "Услугополучатель получает результат государственной услуги",
        "The applicant receives the result of the service",
      ),
      s(`${A}, p. 6, sub-p. 5`, 164, 168, "10 (он) минут ішінде"),
      { n: "5", outputDocument: "notification" },
    ),
  ];
}

const TERM_LINES = s(`${A}, p. 4, sub-p. 1`, 123, 125, "5 (бес) жұмыс күні");

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 95, 103)),
  effective: EFFECTIVE,
  source: s(A, 74, 313),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: {
      kinds: ["employment_centre"],
      description: t(
        "Батыс Қазақстан облысының аудандары және облыстық маңызы бар қаласының жұмыспен қамту орталықтары",
        "Центры занятости районов и города областного значения Западно-Казахстанской области",
        "Employment centres of the districts and the city of regional significance of West Kazakhstan region",
      ),
      source: s(`${A}, p. 1`, 95, 97),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 1, sub-p. 1`, 104, 108) },
      { channel: "provider_office", source: s(`${A}, p. 1, sub-p. 2`, 109) },
      { channel: "portal", source: s(`${A}, p. 1, sub-p. 3`, 110, 111) },
    ],
    terms: [
      {
        channel: "state_corporation",
        duration: workingDays(5),
        condition: t(
          "Көрсетілетін қызметті берушіде құжаттардың топтамасын тіркеген сәттен бастап",
          "С момента регистрации пакета документов у услугодателя",
          "From the registration of the package at the provider",
        ),
        acceptanceDayExcluded: true,
        source: s(`${A}, p. 4, sub-p. 1`, 123, 127, "5 (бес) жұмыс күні"),
      },
      {
        channel: "provider_office",
        duration: workingDays(5),
        condition: t(
          "Көрсетілетін қызметті берушіде құжаттардың топтамасын тіркеген сәттен бастап",
          "С момента регистрации пакета документов у услугодателя",
          "From the registration of the package at the provider",
        ),
        source: TERM_LINES,
      },
      {
        channel: "portal",
        duration: workingDays(5),
        condition: t(
          "Көрсетілетін қызметті берушіде құжаттардың топтамасын тіркеген сәттен бастап",
          "С момента регистрации пакета документов у услугодателя",
          "From the registration of the package at the provider",
        ),
        source: TERM_LINES,
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 10,
        maxServiceMinutes: 10,
        source: s(`${A}, p. 4, sub-pp. 2–3`, 128, 135),
      },
      {
        channel: "state_corporation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 20,
        source: s(`${A}, p. 4, sub-pp. 2–3`, 128, 135),
      },
      {
        channel: "portal",
        maxWaitMinutes: 15,
        maxServiceMinutes: 20,
        source: s(`${A}, p. 4, sub-pp. 2–3`, 128, 135),
      },
    ],
    forms: {
      values: ["electronic_partially_automated", "paper"],
      source: s(
        `${A}, p. 2`,
        112,
        113,
        "электрондық (ішінара автоматтандырылған) және (немесе) қағаз түрінде",
      ),
    },
    results: [
      {
        id: "registration-notification",
        kind: "notification",
        title: t(
          "Жұмыссыз ретінде тіркеу және есепке қою туралы хабарлама (қағаз немесе электрондық түрде)",
          "Уведомление о регистрации и постановке на учёт в качестве безработного (в бумажном или электронном виде)",
          "Notification of registration and recording as unemployed (paper or electronic)",
        ),
        source: s(`${A}, p. 3`, 116, 117),
      },
      {
        id: "refusal-receipt",
        kind: "reasoned_refusal",
        title: t("Бас тарту туралы қолхат", "Расписка об отказе", "Refusal receipt"),
        source: s(`${A}, p. 6, sub-p. 3`, 155, 159),
      },
    ],
    delivery: [
      {
        text: t(
          'Порталда хабарлама көрсетілетін қызметті алушының "жеке кабинетіне" көрсетілетін қызметті берушінің уәкілетті адамының ЭЦҚ-мен куәландырылған электрондық құжат нысанында жіберіледі.',
          'На портале уведомление направляется в "личный кабинет" услугополучателя в форме электронного документа, удостоверенного ЭЦП уполномоченного лица услугодателя.',
          "On the portal the notification is sent to the applicant's \"personal cabinet\" as an electronic document signed with the EDS of the provider's authorised person.",
        ),
        source: s(`${A}, p. 3`, 118, 121),
      },
      {
        text: t(
          "Көрсетілетін қызметті берушінің кеңсе қызметкері хабарламаны немесе бас тарту туралы қолхатты көрсетілетін қызметті алушыға береді.",
          "Работник канцелярии услугодателя выдаёт уведомление или расписку об отказе услугополучателю.",
          "The provider's office clerk hands the notification or the refusal receipt to the applicant.",
        ),
        source: s(`${A}, p. 6, sub-p. 5`, 164, 166),
      },
      {
        text: t(
          "Мемлекеттік корпорация арқылы жүгінгенде нәтижені (хабарламаны немесе бас тарту туралы қолхатты) көрсетілетін қызметті алушы Мемлекеттік корпорация қызметкері арқылы алады.",
          "При обращении через Государственную корпорацию результат (уведомление или расписку об отказе) услугополучатель получает через работника Государственной корпорации.",
          "When applying through the State Corporation, the applicant receives the result (notification or refusal receipt) from the State Corporation employee.",
        ),
        source: s(`${A}, p. 9, sub-p. 4`, 238, 241),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 2`, 114, 115)),
    schedules: [],
    documents: [],
    documentsRef: documentsInStandard(s(`${A}, p. 5`, 142, 144)),
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          "Мемлекеттік корпорацияға жүгінген кезде қабылдау күні мемлекеттік көрсетілетін қызмет мерзіміне кірмейді.",
          "При обращении в Государственную корпорацию день приёма не входит в срок оказания государственной услуги.",
          "When applying through the State Corporation, the day of acceptance is not counted in the term of the service.",
        ),
        source: s(`${A}, p. 4, sub-p. 1`, 126, 127),
      },
      notarialPowerOfAttorney(s(`${A}, p. 8, sub-p. 3`, 201, 207)),
      appeals(s(`${A}, p. 12`, 309, 313)),
    ],
  },
  procedures: [
    {
      id: "provider-office",
      channel: "provider_office",
      title: t(
        "Көрсетілетін қызметті берушіге жүгіну",
        "Обращение к услугодателю",
        "Application at the provider's office",
      ),
      source: s(`${A}, p. 6`, 145, 168),
      steps: providerSteps(),
    },
    {
      id: "state-corporation",
      channel: "state_corporation",
      title: t(
        "Мемлекеттік корпорация арқылы жүгіну",
        "Обращение через Государственную корпорацию",
        "Application through the State Corporation",
      ),
      source: s(`${A}, pp. 6, 8–9`, 145, 241),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 8`,
          resultRef: `${A}, p. 9`,
          powerOfAttorney: true,
          acceptanceDayExcluded: true,
          accept: [192, 195, "3 (үш) минут ішінде", 3],
          p1: [196, 200, "1 (бір) минут ішінде", 1],
          p2: [201, 207, "3 (үш) минут ішінде", 3],
          p3: [208, 215, "3 (үш) минут ішінде", 3],
          c1: [216, 217, "1 (бір) минут ішінде", 1],
          p4: [218, 221, "1 (бір) минут ішінде", 1],
          p5: [222, 226, "1 (бір) минут ішінде", 1],
          p6: [229, 230, "1 (бір) минут ішінде", 1],
          c2: [231, 233, "2 (екі) минут ішінде", 2],
          p7: [234, 237, "2 (екі) минут ішінде", 2],
          p8: [238, 241, "2 (екі) минут ішінде", 2],
          p8Result: NOTIFICATION,
          p8Document: "notification",
        },
        providerSteps(),
      ),
    },
    {
      id: "portal",
      channel: "portal",
      title: t("Портал арқылы жүгіну", "Обращение через портал", "Application through the portal"),
      source: s(`${A}, pp. 6, 10`, 145, 293),
      steps: portalSteps(
        {
          ref: `${A}, p. 10`,
          register: [250, 255],
          p1: [256, 257],
          c1: [258, 259],
          p2: [260, 262],
          p3: [263, 270],
          c2: [271, 274],
          p4: [275, 277],
          p5: [278, 281],
          c3: [282, 283],
          p6: [284, 287],
          p7: [288, 293],
          p7Result: t(
            "электрондық құжат түріндегі хабарлама",
            "уведомление в форме электронного документа",
            "notification as an electronic document",
          ),
          p7Document: "notification",
        },
        providerSteps(),
      ),
    },
  ],
  contradictions: [
    ...(["provider-office", "state-corporation", "portal"] as const).map((procedure) => ({
      id: `term-vs-steps-${procedure}`,
      kind: "term_vs_steps" as const,
      procedure,
      text: t(
        "Мерзім 5 жұмыс күні, ал көрсетілетін қызметті берушінің рәсімдері 10 минут + 1 + 3 + 1 жұмыс күні + 10 минут = 5 жұмыс күні 20 минут.",
        "Срок 5 рабочих дней, а процедуры услугодателя занимают 10 минут + 1 + 3 + 1 рабочий день + 10 минут = 5 рабочих дней 20 минут.",
        "The term is 5 working days, while the provider's steps take 10 min + 1 + 3 + 1 working days + 10 min = 5 working days and 20 minutes.",
      ),
      sources: [TERM_LINES, s(`${A}, p. 6`, 145, 168)],
    })),
    {
      id: "regulation-annexes-missing",
      kind: "other",
      text: t(
        "Регламент 1, 2, 3-қосымшаларына (ақпараттық жүйелердің диаграммалары, бизнес-процестер анықтамалығы) сілтейді, бірақ бұл қосымшалар мәтінде жоқ.",
        "Регламент ссылается на приложения 1, 2, 3 (диаграммы информационных систем, справочник бизнес-процессов), но в тексте их нет.",
        "The regulation refers to its annexes 1–3 (information-system diagrams, business-process handbook), but they are absent from the text.",
      ),
      sources: [s(`${A}, p. 9`, 242, 246), s(`${A}, p. 10`, 297, 300), s(`${A}, p. 11`, 301, 308)],
    },
  ],
};
