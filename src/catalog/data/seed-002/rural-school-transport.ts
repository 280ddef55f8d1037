/**
 * Regulation 12 of Kyzylorda akimat resolution No. 1114 (14.05.2018): free transport to general education
 * organisations and back home for children living in remote rural settlements. Seed 002, lines 1032–1115.
 * The provider is the akim of a settlement or rural district.
 */
import { hours, minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  documentsRef,
  FIFTEEN_MIN_QUOTE,
  handbook,
  ONE_HOUR_QUOTE,
  ONE_WD_QUOTE,
  officeProcedure,
  order198,
  type Roles,
  reasonedRefusalResult,
  ref,
  refusalRef,
  resultForm,
  s,
  scProcedure,
  THIRTY_MIN_QUOTE,
  versionHead,
} from "./common-b.ts";

const REG = 12;

/** The provider is the akim: the head is the akim, the executor sits in the akim's office. */
const AKIM_ROLES: Roles = { clerk: "office_clerk", head: "akim", executor: "akim_executor" };

const title = t(
  "Шалғайдағы ауылдық елді мекендерде тұратын балаларды жалпы білім беру ұйымдарына және кейін үйлеріне тегін тасымалдауды ұсыну",
  "Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах",
  "Provision of free transport to general education organisations and back home for children living in remote rural settlements",
);

const prepareText = {
  output: t(
    "Анықтаманы немесе дәлелді бас тартуды көрсетілетін қызметті берушінің басшысына ұсыну",
    "Представление руководителю услугодателя справки или мотивированного отказа",
    "Certificate or reasoned refusal submitted to the head",
  ),
  doc: "certificate" as const,
};

const sign = {
  duration: hours(1),
  quote: ONE_HOUR_QUOTE,
  doc: "certificate" as const,
};

export const version: VersionInput = {
  ...versionHead(),
  implementsStandard: order198(REG, 1048, title, "2015 жылғы 13 сәуірдегі № 198 бұйрығымен"),
  source: s("Regulation 12 (whole)", 1032, 1115),
  titleInAct: title,
  variants: [],
  standard: {
    provider: {
      kinds: ["akim_office"],
      description: t(
        "Кент, ауылдық округтың әкімі",
        "Аким поселка, сельского округа",
        "Akim of a settlement or rural district",
      ),
      source: s(ref(REG, 1), 1038),
    },
    channels: [
      { channel: "provider_office", source: s(ref(REG, 1, 1), 1042) },
      { channel: "state_corporation", source: s(ref(REG, 1, 2), 1044) },
    ],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(ref(REG, 2), 1046) },
    results: [
      {
        id: "transport-certificate",
        kind: "certificate",
        title: t(
          "Жалпы білім беру ұйымдарына және кейін үйлеріне тегін тасымалдауды ұсыну туралы анықтама",
          "Справка о предоставлении бесплатного подвоза к общеобразовательным организациям и обратно домой",
          "Certificate granting free transport to the general education organisation and back home",
        ),
        form: "Standard annex 1",
        source: s(ref(REG, 3), 1048, 1048, "1-қосымшасына сәйкес нысан бойынша жалпы білім беру ұйымдарына"),
      },
      reasonedRefusalResult(
        REG,
        1048,
        "стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша",
      ),
    ],
    delivery: [resultForm(REG, 1050, "paper")],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRef(REG, 1053, "стандарттың 9-тармағына сәйкес құжаттар топтамасымен"),
    refusalGrounds: [],
    refusalGroundsRef: refusalRef(
      REG,
      1048,
      "стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша",
    ),
    otherRequirements: [handbook(REG, 8, 1082, 1084)],
  },
  procedures: [
    officeProcedure({
      reg: REG,
      para: 6,
      lines: [1055, 1067],
      roles: AKIM_ROLES,
      submit: 1057,
      accept: { line: 1059, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      acceptOutput: t(
        "Құжаттарды көрсетілетін қызметті берушінің басшысына ұсыну және көрсетілетін қызметті алушыға құжаттарды қабылдау туралы қолхат беру",
        "Передача документов руководителю услугодателя и выдача услугополучателю расписки о приеме документов",
        "Documents passed to the head and a receipt given to the applicant",
      ),
      refuse: { line: 1059, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      assign: { line: 1061, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: {
        ...prepareText,
        line: 1063,
        quote: "төрт жұмыс күні ішінде",
        duration: workingDays(4),
        action: t(
          "Құжаттарды қарайды және анықтаманы немесе дәлелді бас тартуды дайындайды",
          "Рассматривает документы и готовит справку или мотивированный отказ",
          "Reviews the documents and prepares the certificate or a reasoned refusal",
        ),
      },
      sign: {
        ...sign,
        line: 1065,
        action: t(
          "Анықтамаға немесе дәлелді бас тартуға қол қояды",
          "Подписывает справку или мотивированный отказ",
          "Signs the certificate or the reasoned refusal",
        ),
      },
      issue: {
        line: 1067,
        quote: THIRTY_MIN_QUOTE,
        duration: minutes(30),
        action: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін тіркейді",
          "Регистрирует результат государственной услуги",
          "Registers the result",
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
      lines: [1087, 1107],
      roles: AKIM_ROLES,
      submit: 1089,
      applicantConsent: 1091,
      accept: { line: 1093, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      refuse: { line: 1093, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15) },
      refuseForm: "4",
      transfer: { line: 1095, quote: ONE_WD_QUOTE, duration: workingDays(1) },
      register: { line: 1097, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      assign: { line: 1099, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: {
        ...prepareText,
        line: 1101,
        quote: "төрт жұмыс күні ішінде",
        duration: workingDays(4),
        action: t(
          "Құжаттарды қарайды және дәлелді бас тартуды немесе анықтаманы дайындайды",
          "Рассматривает документы и готовит мотивированный отказ или справку",
          "Reviews the documents and prepares a reasoned refusal or the certificate",
        ),
      },
      sign: {
        ...sign,
        line: 1103,
        action: t(
          "Дәлелді бас тартуға немесе анықтамаға қол қояды",
          "Подписывает мотивированный отказ или справку",
          "Signs the reasoned refusal or the certificate",
        ),
      },
      send: { line: 1105, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      issue: { line: 1107, quote: FIFTEEN_MIN_QUOTE, duration: minutes(15), representative: "receipt" },
    }),
  ],
  contradictions: [
    {
      id: "representative-notarised-receipt",
      kind: "other",
      text: t(
        'Мемлекеттік корпорация нәтижені өкілге "нотариалды расталған қолхат" бойынша береді; осы қаулының басқа регламенттерінде (мысалы, 10-регламент) бұл "нотариалды расталған сенімхат"',
        'Государственная корпорация выдает результат представителю по "нотариально удостоверенной расписке"; в других регламентах этого постановления (например, в регламенте 10) — по "нотариально удостоверенной доверенности"',
        'The State Corporation issues the result to a representative under a "notarised receipt (қолхат)"; elsewhere in this resolution (e.g. regulation 10) it is a "notarised power of attorney (сенімхат)"',
      ),
      sources: [
        s(ref(REG, 9, 9), 1107, 1107, "нотариалды расталған қолхат бойынша"),
        s(ref(10, 9, 9), 967, 967, "нотариалды расталған сенімхат бойынша"),
      ],
    },
  ],
};
