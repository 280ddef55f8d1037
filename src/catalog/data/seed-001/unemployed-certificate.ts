/** Annex 3 of resolution No. 122: regulation "Issuing a certificate to unemployed citizens" (lines 580–862). */
import type { Step } from "../../schema.ts";
import { minutes, t, type VersionInput } from "../build.ts";
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

const A = "Annex 3";
const TITLE = t(
  "Жұмыссыз азаматтарға анықтама беру",
  "Выдача справки безработным гражданам",
  "Issuing a certificate to unemployed citizens",
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
      minutes(2),
      t("Тіркеу журналына жазу", "Запись в журнале регистрации", "Entry in the registration journal"),
      s(`${A}, p. 6, sub-p. 1`, 643, 646, "2 (екі) минут ішінде"),
      { n: "1" },
    ),
    task(
      "head-assign",
      "head",
      t(
        "Басшы құжаттарды қарайды және жауапты орындаушыны анықтайды.",
        "Руководитель рассматривает документы и определяет ответственного исполнителя.",
        "The head reviews the documents and assigns the responsible executor.",
      ),
      minutes(2),
      t(
        "Жауапты орындаушыға тапсырма береді",
        "Поручение ответственному исполнителю",
        "Task given to the responsible executor",
      ),
      s(`${A}, p. 6, sub-p. 2`, 647, 650, "2 (екі) минут ішінде"),
      { n: "2", outputDocument: "resolution_note" },
    ),
    task(
      "executor-prepare",
      "responsible_executor",
      t(
        "Жауапты орындаушы анықтаманы немесе бас тарту туралы қолхатты рәсімдейді және басшыға қол қою үшін жолдайды.",
        "Ответственный исполнитель оформляет справку или расписку об отказе и направляет руководителю на подпись.",
        "The responsible executor draws up the certificate or the refusal receipt and sends it to the head for signature.",
      ),
      minutes(3),
      t(
        "Анықтаманы немесе бас тарту туралы қолхатты қол қою үшін дайындау",
        "Справка или расписка об отказе подготовлены на подпись",
        "Certificate or refusal receipt prepared for signature",
      ),
      s(`${A}, p. 6, sub-p. 3`, 651, 655, "3 (үш) минут ішінде"),
      { n: "3", outputDocument: "certificate" },
    ),
    task(
      "head-sign",
      "head",
      t(
        "Басшы анықтамаға немесе бас тарту туралы қолхатқа қол қояды және кеңсеге жолдайды.",
        "Руководитель подписывает справку или расписку об отказе и направляет в канцелярию.",
        "The head signs the certificate or the refusal receipt and sends it to the office.",
      ),
      minutes(2),
      t(
        "Анықтамаға немесе бас тарту туралы қолхатқа қол қою",
        "Справка или расписка об отказе подписаны",
        "Certificate or refusal receipt signed",
      ),
      s(`${A}, p. 6, sub-p. 4`, 656, 659, "2 (екі) минут ішінде"),
      { n: "4", outputDocument: "certificate" },
    ),
    task(
      "office-issue",
      "office_clerk",
      t(
        "Кеңсе қызметкері анықтаманы немесе бас тарту туралы қолхатты тіркейді және көрсетілетін қызметті алушыға береді.",
        "Работник канцелярии регистрирует справку или расписку об отказе и выдаёт услугополучателю.",
        "The office clerk registers the certificate or the refusal receipt and issues it to the applicant.",
      ),
      minutes(1),
      t(
        "Көрсетілетін қызметті алушының мемлекеттік қызметтің нәтижесін алуы",
        "Услугополучатель получает результат государственной услуги",
        "The applicant receives the result of the service",
      ),
      s(`${A}, p. 6, sub-p. 5`, 660, 664, "1 (бір) минут ішінде"),
      { n: "5", outputDocument: "certificate" },
    ),
  ];
}

const PROVIDER_TERM = s(
  `${A}, p. 4, sub-p. 1`,
  623,
  624,
  "қызметті берушіге тапсырған сәттен бастап – 10 минут",
);
const SC_PORTAL_TERM = s(
  `${A}, p. 4, sub-p. 1`,
  623,
  624,
  "Мемлекеттік корпорацияға және порталға – 15 минут",
);

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 598, 606)),
  effective: EFFECTIVE,
  source: s(A, 580, 862),
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
      source: s(`${A}, p. 1`, 598, 600),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 1, sub-p. 1`, 607, 611) },
      { channel: "provider_office", source: s(`${A}, p. 1, sub-p. 2`, 612) },
      { channel: "portal", source: s(`${A}, p. 1, sub-p. 3`, 613, 614) },
    ],
    terms: [
      {
        channel: "provider_office",
        duration: minutes(10),
        condition: t(
          "Құжаттардың топтамасын қызметті берушіге тапсырған сәттен бастап",
          "С момента сдачи пакета документов услугодателю",
          "From the handing over of the package to the provider",
        ),
        source: PROVIDER_TERM,
      },
      { channel: "state_corporation", duration: minutes(15), source: SC_PORTAL_TERM },
      { channel: "portal", duration: minutes(15), source: SC_PORTAL_TERM },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 10,
        maxServiceMinutes: 10,
        source: s(`${A}, p. 4, sub-pp. 2–3`, 625, 629),
      },
      {
        channel: "state_corporation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 20,
        source: s(`${A}, p. 4, sub-pp. 2–3`, 625, 629),
      },
    ],
    forms: {
      values: ["electronic", "paper"],
      source: s(`${A}, p. 2`, 615, 616, "электрондық және (немесе) қағаз түрінде"),
    },
    results: [
      {
        id: "unemployed-certificate",
        kind: "certificate",
        title: t(
          "Жұмыссыз ретінде тіркеу туралы анықтама",
          "Справка о регистрации в качестве безработного",
          "Certificate of registration as unemployed",
        ),
        form: "Standard annex 1",
        source: s(`${A}, p. 3`, 619, 621),
      },
      {
        id: "refusal-receipt",
        kind: "reasoned_refusal",
        title: t("Бас тарту туралы қолхат", "Расписка об отказе", "Refusal receipt"),
        source: s(`${A}, p. 6, sub-p. 3`, 651, 655),
      },
    ],
    delivery: [
      {
        text: t(
          "Көрсетілетін қызметті берушінің кеңсе қызметкері анықтаманы немесе бас тарту туралы қолхатты көрсетілетін қызметті алушыға береді.",
          "Работник канцелярии услугодателя выдаёт справку или расписку об отказе услугополучателю.",
          "The provider's office clerk hands the certificate or the refusal receipt to the applicant.",
        ),
        source: s(`${A}, p. 6, sub-p. 5`, 660, 662),
      },
      {
        text: t(
          "Мемлекеттік корпорация арқылы жүгінгенде нәтижені (анықтаманы немесе бас тарту туралы қолхатты) көрсетілетін қызметті алушы Мемлекеттік корпорация операторы арқылы алады.",
          "При обращении через Государственную корпорацию результат (справку или расписку об отказе) услугополучатель получает через оператора Государственной корпорации.",
          "When applying through the State Corporation, the applicant receives the result (certificate or refusal receipt) from the State Corporation operator.",
        ),
        source: s(`${A}, p. 9, sub-p. 4`, 737, 740),
      },
      {
        text: t(
          'Портал арқылы нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" көрсетілетін қызметті берушінің уәкілетті тұлғасының ЭЦҚ-мен куәландырылған электрондық құжат нысанында жолданады.',
          'Через портал результат направляется в "личный кабинет" услугополучателя в форме электронного документа, удостоверенного ЭЦП уполномоченного лица услугодателя.',
          "Through the portal the result is sent to the applicant's \"personal cabinet\" as an electronic document signed with the EDS of the provider's authorised person.",
        ),
        source: s(`${A}, p. 10, sub-p. 11`, 786, 791),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 2`, 617, 618)),
    schedules: [],
    documents: [],
    documentsRef: documentsInStandard(s(`${A}, p. 5`, 638, 640)),
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      notarialPowerOfAttorney(s(`${A}, p. 8, sub-p. 3`, 700, 706)),
      appeals(s(`${A}, p. 12`, 807, 811)),
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
      source: s(`${A}, p. 6`, 641, 664),
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
      source: s(`${A}, pp. 6, 8–9`, 641, 740),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 8`,
          resultRef: `${A}, p. 9`,
          powerOfAttorney: true,
          acceptanceDayExcluded: false,
          accept: [691, 694, "3 (үш) минут ішінде", 3],
          p1: [695, 699, "1 (бір) минут ішінде", 1],
          p2: [700, 706, "3 (үш) минут ішінде", 3],
          p3: [707, 711, "3 (үш) минут ішінде", 3],
          c1: [712, 713, "1 (бір) минут ішінде", 1],
          p4: [714, 717, "1 (бір) минут ішінде", 1],
          p5: [721, 725, "1 (бір) минут ішінде", 1],
          p6: [728, 729, "1 (бір) минут ішінде", 1],
          c2: [730, 732, "2 (екі) минут ішінде", 2],
          p7: [733, 736, "2 (екі) минут ішінде", 2],
          p8: [737, 740, "2 (екі) минут ішінде", 2],
          p8Result: t(
            "анықтама немесе бас тарту туралы қолхат",
            "справка или расписка об отказе",
            "certificate or refusal receipt",
          ),
          p8Document: "certificate",
        },
        providerSteps(),
      ),
    },
    {
      id: "portal",
      channel: "portal",
      title: t("Портал арқылы жүгіну", "Обращение через портал", "Application through the portal"),
      source: s(`${A}, pp. 6, 10`, 641, 791),
      steps: portalSteps(
        {
          ref: `${A}, p. 10`,
          register: [748, 750],
          p1: [751, 752],
          c1: [753, 754],
          p2: [755, 757],
          p3: [758, 768],
          c2: [769, 772],
          p4: [773, 775],
          p5: [776, 779],
          c3: [780, 781],
          p6: [782, 785],
          p7: [786, 791],
          refusalWord: t("анықтама", "справка", "certificate"),
          p7Result: t(
            "электрондық құжат түріндегі хабарлама",
            "уведомление в форме электронного документа",
            "notification as an electronic document",
          ),
          p7Document: "certificate",
        },
        providerSteps(),
      ),
    },
  ],
  contradictions: [
    {
      id: "term-vs-steps-state-corporation",
      kind: "term_vs_steps",
      procedure: "state-corporation",
      text: t(
        "Мемлекеттік корпорацияға жүгінгенде мерзім 15 минут, ал Мемлекеттік корпорацияның қадамдары (3 + 1 + 3 + 3 + 1 + 1 + 1 + 2 + 2 минут) мен көрсетілетін қызметті берушінің рәсімдері (10 минут) барлығы 27 минут.",
        "При обращении в Государственную корпорацию срок 15 минут, а шаги Государственной корпорации (3 + 1 + 3 + 3 + 1 + 1 + 1 + 2 + 2 минуты) вместе с процедурами услугодателя (10 минут) занимают 27 минут.",
        "Through the State Corporation the term is 15 minutes, but the State Corporation steps (3 + 1 + 3 + 3 + 1 + 1 + 1 + 2 + 2 min) and the provider's steps (10 min) add up to 27 minutes.",
      ),
      sources: [SC_PORTAL_TERM, s(`${A}, p. 6`, 641, 664), s(`${A}, pp. 8–9`, 689, 740)],
    },
    {
      id: "sc-service-time-exceeds-term",
      kind: "internal",
      text: t(
        "Мемлекеттік корпорацияда қызмет көрсетудің ең ұзақ уақыты 20 минут, бұл Мемлекеттік корпорация үшін белгіленген бүкіл қызмет мерзімінен (15 минут) ұзақ.",
        "Максимальное время обслуживания в Государственной корпорации 20 минут – больше всего срока услуги для Государственной корпорации (15 минут).",
        "The maximum service time at the State Corporation (20 minutes) exceeds the whole term of the service set for the State Corporation (15 minutes).",
      ),
      sources: [SC_PORTAL_TERM, s(`${A}, p. 4, sub-p. 3`, 628, 629)],
    },
    {
      id: "portal-result-notification",
      kind: "internal",
      text: t(
        'Портал арқылы 7-процесте нәтиже "электрондық құжат түріндегі хабарлама" деп аталады, ал 3-тармақ бойынша нәтиже – жұмыссыз ретінде тіркеу туралы анықтама.',
        'В процессе 7 на портале результатом названо "уведомление в форме электронного документа", тогда как по пункту 3 результат – справка о регистрации в качестве безработного.',
        'Portal process 7 calls the result "a notification as an electronic document", whereas p. 3 makes the result a certificate of registration as unemployed.',
      ),
      sources: [s(`${A}, p. 10, sub-p. 11`, 786, 788), s(`${A}, p. 3`, 619, 621)],
    },
    {
      id: "portal-refusals-called-certificate",
      kind: "other",
      text: t(
        'Порталдағы 2 және 4-процестерде бас тарту туралы құжат "анықтама" деп аталады – қызмет нәтижесімен бірдей сөз (басқа регламенттерде "хабарлама").',
        'В процессах 2 и 4 на портале документ об отказе назван "справкой" – тем же словом, что и результат услуги (в других регламентах – "сообщение").',
        'Portal processes 2 and 4 call the refusal document an "анықтама" (certificate), the same word as the service result (the other regulations say "message").',
      ),
      sources: [s(`${A}, p. 10, sub-p. 4`, 755, 757), s(`${A}, p. 10, sub-p. 7`, 773, 775)],
    },
  ],
};
