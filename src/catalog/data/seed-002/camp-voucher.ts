/**
 * Regulation 14 of Kyzylorda akimat resolution No. 1114 (14.05.2018): acceptance of documents and issue of
 * vouchers to out-of-town and school camps for certain categories of students and pupils of state education
 * institutions. Seed 002, lines 1197–1288. Section 2 is the office flow, section 3 the State Corporation flow.
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
  reasonedRefusalResult,
  ref,
  refusalRef,
  resultForm,
  s,
  scProcedure,
  versionHead,
} from "./common-b.ts";

const REG = 14;

const title = t(
  "Мемлекеттік білім беру мекемелеріндегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына қала сыртындағы және мектеп жанындағы лагерьлерде демалуы үшін құжаттар қабылдау және жолдама беру",
  "Прием документов и выдача путевок детям из отдельных категорий обучающихся и воспитанников государственных учреждений образования для отдыха в загородных и пришкольных лагерях",
  "Acceptance of documents and issue of vouchers to certain categories of students and pupils of state education institutions for rest in out-of-town and school camps",
);

const prepare = {
  duration: workingDays(4),
  quote: "төрт жұмыс күні ішінде",
  action: t(
    "Құжаттарды қарайды, жолдама немесе дәлелді бас тартуды дайындайды",
    "Рассматривает документы, готовит путевку или мотивированный отказ",
    "Reviews the documents and prepares the voucher or a reasoned refusal",
  ),
  output: t(
    "Жолдама немесе дәлелді бас тартуды көрсетілетін қызметті берушінің басшысына ұсыну",
    "Представление руководителю услугодателя путевки или мотивированного отказа",
    "Voucher or reasoned refusal submitted to the head",
  ),
  doc: "voucher" as const,
};

export const version: VersionInput = {
  ...versionHead(),
  implementsStandard: order198(REG, 1213, title, "2015 жылғы 13 сәуірдегі № 198 бұйрығымен"),
  source: s("Regulation 14 (whole)", 1197, 1288),
  titleInAct: title,
  variants: [],
  standard: {
    provider: {
      kinds: ["education_organisation", "district_education_department"],
      description: t(
        "Білім беру ұйымдары, ауданның, облыстық маңызы бар қаланың жергілікті атқарушы органының білім саласындағы функцияларды жүзеге асыратын құрылымдық бөлімшесі",
        "Организации образования; структурное подразделение местного исполнительного органа района, города областного значения, осуществляющее функции в сфере образования",
        "Education organisations; the structural unit of the district or regional-city local executive body exercising functions in education",
      ),
      source: s(ref(REG, 1), 1203),
    },
    channels: [
      { channel: "provider_office", source: s(ref(REG, 1, 1), 1207) },
      { channel: "state_corporation", source: s(ref(REG, 1, 2), 1209) },
    ],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(ref(REG, 2), 1211) },
    results: [
      {
        id: "camp-voucher",
        kind: "voucher",
        title: t(
          "Қала сыртындағы және мектеп жанындағы лагерьлерге жолдама",
          "Путевка в загородные и пришкольные лагеря",
          "Voucher to an out-of-town or school camp",
        ),
        source: s(ref(REG, 3), 1213, 1213, "қала сыртындағы және мектеп жанындағы лагерьлерге жолдама"),
      },
      reasonedRefusalResult(REG, 1213, "10тармағымен көзделген жағдайлар және негіздер бойынша"),
    ],
    delivery: [resultForm(REG, 1215, "paper")],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRef(REG, 1218, "стандарттың 9-тармағына сәйкес құжаттар топтамасымен"),
    refusalGrounds: [],
    refusalGroundsRef: refusalRef(REG, 1213, "10тармағымен көзделген жағдайлар және негіздер бойынша"),
    otherRequirements: [handbook(REG, 10, 1278, 1280)],
  },
  procedures: [
    officeProcedure({
      reg: REG,
      para: 6,
      lines: [1220, 1236],
      roles: EDUCATION_ROLES,
      submit: 1222,
      accept: { line: 1224, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      acceptOutput: t(
        "Құжаттарды тіркеу және көрсетілетін қызметті берушінің басшысына ұсыну",
        "Регистрация документов и передача их руководителю услугодателя",
        "Documents registered and passed to the head",
      ),
      refuse: { line: 1226, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      consent: 1228,
      assign: { line: 1230, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: { ...prepare, line: 1232 },
      sign: {
        line: 1234,
        quote: ONE_HOUR_QUOTE,
        duration: hours(1),
        action: t(
          "Анықтамаға (нәтижесі – жолдама) немесе дәлелді бас тартуға қол қояды",
          "Подписывает справку (результат услуги – путевка) или мотивированный отказ",
          "Signs the certificate [sic: the result is the voucher] or the reasoned refusal",
        ),
        doc: "voucher",
      },
      issue: {
        line: 1236,
        quote: FIFTEEN_MIN_QUOTE,
        duration: minutes(15),
        action: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және көрсетілетін қызметті алушыға береді",
          "Регистрирует результат государственной услуги и выдает его услугополучателю",
          "Registers the result and issues it to the applicant",
        ),
        output: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін беру",
          "Выдача результата государственной услуги",
          "Result issued",
        ),
      },
    }),
    scProcedure({
      reg: REG,
      para: 8,
      lines: [1239, 1263],
      roles: EDUCATION_ROLES,
      submit: 1243,
      accept: { line: 1245, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      refuse: { line: 1247, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      refuseForm: "2",
      operatorConsent: 1249,
      transfer: { line: 1251, quote: ONE_WD_QUOTE, duration: workingDays(1) },
      register: { line: 1253, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      assign: { line: 1255, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: { ...prepare, line: 1257 },
      sign: {
        line: 1259,
        quote: ONE_HOUR_QUOTE,
        duration: hours(1),
        action: t(
          "Жолдама немесе дәлелді бас тартуға қол қояды",
          "Подписывает путевку или мотивированный отказ",
          "Signs the voucher or the reasoned refusal",
        ),
        doc: "voucher",
      },
      send: { line: 1261, quote: "бір сағат ішінде", duration: hours(1) },
      issue: { line: 1263, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15), representative: "receipt" },
    }),
  ],
  contradictions: [
    {
      id: "head-signs-certificate",
      kind: "internal",
      text: t(
        'Кеңсеге жүгінгенде басшы "анықтамаға" қол қояды деп жазылған, бірақ қызметтің нәтижесі – жолдама, оны орындаушы дайындайды және Мемлекеттік корпорация арқылы жүгінгенде басшы жолдамаға қол қояды',
        'При обращении в канцелярию руководитель подписывает "справку", хотя результат услуги — путевка, которую готовит исполнитель и которую руководитель подписывает при обращении через Государственную корпорацию',
        'In the office flow the head signs a "certificate (анықтама)", but the result of the service is a voucher, which the executor prepares and which the head signs in the State Corporation flow',
      ),
      sources: [
        s(ref(REG, 6, 5), 1234, 1234, "анықтамаға немесе дәлелді бас тартуға қол қояды"),
        s(ref(REG, 3), 1213, 1213, "лагерьлерге жолдама"),
        s(ref(REG, 6, 4), 1232, 1232, "жолдама немесе дәлелді бас тартуды дайындайды"),
        s(ref(REG, 8, 7), 1259, 1259, "жолдама немесе дәлелді бас тартуға қол қояды"),
      ],
    },
    {
      id: "representative-notarised-receipt",
      kind: "other",
      text: t(
        'Мемлекеттік корпорация нәтижені өкілге "нотариалды расталған қолхат" бойынша береді; осы қаулының басқа регламенттерінде (мысалы, 10-регламент) бұл "нотариалды расталған сенімхат"',
        'Государственная корпорация выдает результат представителю по "нотариально удостоверенной расписке"; в других регламентах этого постановления (например, в регламенте 10) — по "нотариально удостоверенной доверенности"',
        'The State Corporation issues the result to a representative under a "notarised receipt (қолхат)"; elsewhere in this resolution (e.g. regulation 10) it is a "notarised power of attorney (сенімхат)"',
      ),
      sources: [
        s(ref(REG, 8, 9), 1263, 1263, "нотариалды расталған қолхат бойынша"),
        s(ref(10, 9, 9), 967, 967, "нотариалды расталған сенімхат бойынша"),
      ],
    },
    {
      id: "title-spelling",
      kind: "other",
      text: t(
        'Регламенттің тақырыбында "тәрбиенушілердің" деп жазылған; қаулының 2-тармағында және регламенттің 3-тармағында "тәрбиеленушілердің"',
        'В заголовке регламента написано "тәрбиенушілердің"; в пункте 2 постановления и в пункте 3 регламента — "тәрбиеленушілердің"',
        'The regulation heading spells "тәрбиенушілердің"; p. 2 of the resolution and p. 3 of the regulation spell "тәрбиеленушілердің"',
      ),
      sources: [
        s("Regulation 14, heading", 1200, 1200, "білім алушылар мен тәрбиенушілердің"),
        s("Resolution, p. 2, sub-p. 14", 45, 45, "білім алушылар мен тәрбиеленушілердің"),
        s(ref(REG, 3), 1213, 1213, "білім алушылар мен тәрбиеленушілердің"),
      ],
    },
  ],
};
