/**
 * Regulation 9 of Kyzylorda akimat resolution No. 1114 (14.05.2018): one-time cash payment on the adoption of
 * an orphan or a child left without parental care. Seed 002, lines 815–887.
 */
import { hours, minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  documentsRef,
  EDUCATION_ROLES,
  handbook,
  ONE_HOUR_QUOTE,
  officeProcedure,
  order198,
  paperCopyDelivery,
  portalDelivery,
  portalProcedure,
  reasonedRefusalResult,
  ref,
  refusalRef,
  resultForm,
  s,
  THIRTY_MIN_QUOTE,
  versionHead,
} from "./common-b.ts";

const REG = 9;

const title = t(
  "Жетім баланы және (немесе) ата-анасының қамқорлығынсыз қалған баланы асырап алуға байланысты біржолғы ақшалай төлемді тағайындау",
  "Назначение единовременной денежной выплаты в связи с усыновлением ребенка-сироты и (или) ребенка, оставшегося без попечения родителей",
  "Assignment of a one-time cash payment in connection with the adoption of an orphan and (or) a child left without parental care",
);

const prepare = {
  duration: workingDays(8),
  quote: "сегіз жұмыс күні ішінде",
  action: t(
    "Құжаттарды қарайды және шешімнің жобасын немесе дәлелді бас тартуды дайындайды",
    "Рассматривает документы и готовит проект решения или мотивированный отказ",
    "Reviews the documents and prepares the draft decision or a reasoned refusal",
  ),
  output: t(
    "Шешімнің жобасын немесе дәлелді бас тартуды көрсетілетін қызметті берушінің басшысына ұсыну",
    "Представление руководителю услугодателя проекта решения или мотивированного отказа",
    "Draft decision or reasoned refusal submitted to the head",
  ),
  doc: "decision" as const,
};

const sign = {
  duration: hours(1),
  quote: ONE_HOUR_QUOTE,
  action: t(
    "Шешімге немесе дәлелді бас тартуға қол қояды",
    "Подписывает решение или мотивированный отказ",
    "Signs the decision or the reasoned refusal",
  ),
  doc: "decision" as const,
};

export const version: VersionInput = {
  ...versionHead(),
  implementsStandard: order198(REG, 831, title, "2015 жылғы 13 сәуірдегі № 198 бұйрығымен"),
  source: s("Regulation 9 (whole)", 815, 887),
  titleInAct: title,
  variants: [],
  standard: {
    provider: {
      kinds: ["district_education_department"],
      description: t(
        "Аудандардың және облыстық маңызы бар қаланың білім бөлімдері",
        "Отделы образования районов и города областного значения",
        "Education departments of the districts and of the city of regional significance",
      ),
      source: s(ref(REG, 1), 821),
    },
    channels: [
      { channel: "provider_office", source: s(ref(REG, 1, 1), 825) },
      { channel: "portal", source: s(ref(REG, 1, 2), 827, 827, "www.egov.kz") },
    ],
    terms: [],
    queue: [],
    forms: { values: ["electronic_partially_automated", "paper"], source: s(ref(REG, 2), 829) },
    results: [
      {
        id: "decision",
        kind: "decision",
        title: t(
          "Жетім баланы және (немесе) ата-анасының қамқорлығынсыз қалған баланы асырап алуға байланысты біржолғы ақшалай төлемді тағайындау туралы шешім",
          "Решение о назначении единовременной денежной выплаты в связи с усыновлением ребенка-сироты и (или) ребенка, оставшегося без попечения родителей",
          "Decision assigning the one-time cash payment in connection with the adoption of an orphan and (or) a child left without parental care",
        ),
        form: "Standard annex 1",
        source: s(
          ref(REG, 3),
          831,
          831,
          "стандартының (бұдан әрі - стандарт) 1-қосымшасына сәйкес нысан бойынша",
        ),
      },
      reasonedRefusalResult(
        REG,
        831,
        "стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша",
      ),
    ],
    delivery: [
      paperCopyDelivery(REG, 833),
      portalDelivery(REG, 835),
      resultForm(REG, 837, "electronic_or_paper"),
    ],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRef(REG, 840, "стандарттың 9-тармағына сәйкес құжаттар топтамасымен"),
    refusalGrounds: [],
    refusalGroundsRef: refusalRef(
      REG,
      831,
      "стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша",
    ),
    otherRequirements: [
      handbook(REG, 8, 867, 869, "1"),
      {
        text: t(
          "Мемлекеттік қызмет көрсетуге тартылған ақпараттық жүйелердің функционалдық өзара іс-қимыл диаграммасы регламенттің 2-қосымшасында келтірілген",
          "Диаграмма функционального взаимодействия информационных систем, задействованных в оказании государственной услуги, приведена в приложении 2 к регламенту",
          "The functional interaction diagram of the information systems involved is given in annex 2 to the regulation",
        ),
        source: s(ref(REG, 9), 886, 887),
      },
    ],
  },
  procedures: [
    officeProcedure({
      reg: REG,
      para: 6,
      lines: [842, 856],
      roles: EDUCATION_ROLES,
      submit: 844,
      accept: { line: 846, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      acceptOutput: t(
        "Құжаттарды көрсетілетін қызметті берушінің басшысына ұсыну және құжаттарды қабылдау туралы қолхатты көрсетілетін қызметті алушыға беру",
        "Передача документов руководителю услугодателя и выдача услугополучателю расписки о приеме документов",
        "Documents passed to the head and a receipt given to the applicant",
      ),
      refuse: { line: 846, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      consent: 848,
      assign: { line: 850, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: { ...prepare, line: 852 },
      sign: { ...sign, line: 854 },
      issue: {
        line: 856,
        quote: THIRTY_MIN_QUOTE,
        duration: minutes(30),
        action: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және көрсетілетін қызметті алушыға береді",
          "Регистрирует результат государственной услуги и выдает его услугополучателю",
          "Registers the result and issues it to the applicant",
        ),
        output: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті алушыға беру",
          "Выдача результата государственной услуги услугополучателю",
          "Result issued to the applicant",
        ),
      },
    }),
    portalProcedure({
      reg: REG,
      para: 9,
      lines: [872, 886],
      submit: 874,
      requestForm: "2",
      register: { line: 876, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      assign: { line: 878, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: { ...prepare, line: 880 },
      sign: { ...sign, line: 882 },
      post: {
        line: 884,
        quote: THIRTY_MIN_QUOTE,
        duration: minutes(30),
        action: t(
          'Мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және көрсетілетін қызметті алушының "жеке кабинетіне" жолдайды',
          'Регистрирует результат государственной услуги и направляет его в "личный кабинет" услугополучателя',
          "Registers the result and sends it to the applicant's personal account",
        ),
      },
    }),
  ],
  contradictions: [
    {
      id: "annex-1-heading-missing",
      kind: "other",
      text: t(
        "8-тармақ бизнес-процестер анықтамалығын регламенттің 1-қосымшасына жібереді, бірақ мәтінде 1-қосымшаның тақырыбы да, мазмұны да жоқ; тек 2-қосымшаның (диаграмма) атауы бар",
        "Пункт 8 отсылает к справочнику бизнес-процессов в приложении 1, но в тексте нет ни заголовка, ни содержания приложения 1; есть только название приложения 2 (диаграмма)",
        "P. 8 refers to the business-process handbook in annex 1, but the text has neither the heading nor the content of annex 1; only the caption of annex 2 (the diagram) survives",
      ),
      sources: [s(ref(REG, 8), 867), s("Regulation 9, annex 2 caption", 887)],
    },
  ],
};
