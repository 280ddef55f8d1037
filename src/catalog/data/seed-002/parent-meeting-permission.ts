/**
 * Regulation 10 of Kyzylorda akimat resolution No. 1114 (14.05.2018): permission for parents deprived of
 * parental rights, who do not adversely affect the child, to meet the child. Seed 002, lines 888–975.
 */
import { hours, minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  documentsRef,
  EDUCATION_ROLES,
  FIFTEEN_MIN_QUOTE,
  handbook,
  ONE_HOUR_QUOTE,
  ONE_WD_QUOTE,
  officeProcedure,
  order198,
  paperCopyDelivery,
  reasonedRefusalResult,
  ref,
  refusalRef,
  resultForm,
  s,
  scProcedure,
  THIRTY_MIN_QUOTE,
  versionHead,
} from "./common-b.ts";

const REG = 10;

const title = t(
  "Балаға кері әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға баламен кездесуіне рұқсат беру",
  "Выдача разрешения на свидания с ребенком родителям, лишенным родительских прав, не оказывающим на ребенка негативного влияния",
  "Issuing permission to meet the child to parents deprived of parental rights who do not adversely affect the child",
);

const prepare = {
  duration: workingDays(3),
  quote: "үш жұмыс күні ішінде",
  action: t(
    "Құжаттарды қарайды және рұқсатты немесе дәлелді бас тартуды дайындайды",
    "Рассматривает документы и готовит разрешение или мотивированный отказ",
    "Reviews the documents and prepares the permission or a reasoned refusal",
  ),
  output: t(
    "Рұқсатты немесе дәлелді бас тартуды көрсетілетін қызметті берушінің басшысына ұсыну",
    "Представление руководителю услугодателя разрешения или мотивированного отказа",
    "Permission or reasoned refusal submitted to the head",
  ),
  doc: "permission" as const,
};

const sign = {
  duration: hours(1),
  quote: ONE_HOUR_QUOTE,
  action: t(
    "Рұқсатқа немесе дәлелді бас тартуға қол қояды",
    "Подписывает разрешение или мотивированный отказ",
    "Signs the permission or the reasoned refusal",
  ),
  doc: "permission" as const,
};

export const version: VersionInput = {
  ...versionHead(),
  implementsStandard: order198(REG, 904, title, "2015 жылғы 13 сәуірдегі № 198 бұйрығымен"),
  source: s("Regulation 10 (whole)", 888, 975),
  titleInAct: title,
  variants: [],
  standard: {
    provider: {
      kinds: ["district_education_department"],
      description: t(
        "Облыстық маңызы бар қаланың және аудандардың білім бөлімдері",
        "Отделы образования города областного значения и районов",
        "Education departments of the city of regional significance and of the districts",
      ),
      source: s(ref(REG, 1), 894),
    },
    channels: [
      { channel: "provider_office", source: s(ref(REG, 1, 1), 898) },
      { channel: "state_corporation", source: s(ref(REG, 1, 2), 900) },
    ],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(ref(REG, 2), 902) },
    results: [
      {
        id: "permission",
        kind: "permission",
        title: t(
          "Балаға кері әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға баламен кездесуіне қорғаншылық және қамқоршылық органының рұқсаты",
          "Разрешение органа опеки и попечительства на свидание с ребенком родителям, лишенным родительских прав, не оказывающим на ребенка негативного влияния",
          "Permission of the guardianship and trusteeship authority for parents deprived of parental rights, who do not adversely affect the child, to meet the child",
        ),
        form: "Standard annex 1",
        source: s(ref(REG, 3), 904, 904, "1қосымшасына сәйкес нысан бойынша"),
      },
      reasonedRefusalResult(
        REG,
        904,
        "стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша",
      ),
    ],
    delivery: [paperCopyDelivery(REG, 906), resultForm(REG, 908, "paper")],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRef(REG, 911, "стандарттың 9-тармағына сәйкес құжаттар топтамасымен"),
    refusalGrounds: [],
    refusalGroundsRef: refusalRef(
      REG,
      904,
      "стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша",
    ),
    otherRequirements: [handbook(REG, 8, 942, 944)],
  },
  procedures: [
    officeProcedure({
      reg: REG,
      para: 6,
      lines: [913, 927],
      roles: EDUCATION_ROLES,
      submit: 915,
      accept: { line: 917, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      acceptOutput: t(
        "Құжаттарды тіркеу және көрсетілетін қызметті берушінің басшысына ұсыну",
        "Регистрация документов и передача их руководителю услугодателя",
        "Documents registered and passed to the head",
      ),
      refuse: { line: 917, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      consent: 919,
      assign: { line: 921, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: { ...prepare, line: 923 },
      sign: { ...sign, line: 925 },
      issue: {
        line: 927,
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
    scProcedure({
      reg: REG,
      para: 9,
      lines: [947, 967],
      roles: EDUCATION_ROLES,
      submit: 949,
      accept: { line: 951, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      refuse: { line: 951, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      refuseForm: "3",
      operatorConsent: 953,
      transfer: { line: 955, quote: ONE_WD_QUOTE, duration: workingDays(1) },
      register: { line: 957, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      assign: { line: 959, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: { ...prepare, line: 961 },
      sign: { ...sign, line: 963 },
      send: { line: 965, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      issue: {
        line: 967,
        quote: FIFTEEN_MIN_QUOTE,
        duration: minutes(15),
        representative: "power_of_attorney",
      },
    }),
  ],
  contradictions: [
    {
      id: "annex-title-wording",
      kind: "other",
      text: t(
        'Қызмет атауы регламенттің тақырыбында "баламен кездесуіне", ал қосымшаның тақырыбында "баламен кездесуге" деп жазылған; 8-тармақ "регламенттің қосымшасына" сілтейді, ал қосымша "1-қосымша" деп аталған',
        'Название услуги в заголовке регламента — "баламен кездесуіне", в заголовке приложения — "баламен кездесуге"; пункт 8 ссылается на "приложение к регламенту", а приложение озаглавлено "приложение 1"',
        'The service title reads "баламен кездесуіне" in the regulation heading but "баламен кездесуге" in the annex heading; p. 8 refers to "the annex to the regulation" while the annex is headed "annex 1"',
      ),
      sources: [
        s("Regulation 10, heading", 891, 891, "баламен кездесуіне рұқсат беру"),
        s("Regulation 10, annex 1 heading", 969, 969, "баламен кездесуге рұқсат беру"),
        s(ref(REG, 8), 942),
      ],
    },
  ],
};
