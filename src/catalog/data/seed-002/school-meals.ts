/**
 * Regulation 13 of Kyzylorda akimat resolution No. 1114 (14.05.2018): free and reduced-price meals for
 * certain categories of students and pupils of general education schools. Seed 002, lines 1116–1196.
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

const REG = 13;

const title = t(
  "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарын тегін және жеңілдікпен тамақтандыруды ұсыну",
  "Предоставление бесплатного и льготного питания отдельным категориям обучающихся и воспитанников в общеобразовательных школах",
  "Provision of free and reduced-price meals to certain categories of students and pupils of general education schools",
);

const prepare = {
  duration: workingDays(4),
  quote: "төрт жұмыс күні ішінде",
  action: t(
    "Құжаттарды қарайды және анықтаманы немесе дәлелді бас тартуды дайындайды",
    "Рассматривает документы и готовит справку или мотивированный отказ",
    "Reviews the documents and prepares the certificate or a reasoned refusal",
  ),
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
  action: t(
    "Анықтамаға немесе дәлелді бас тартуға қол қояды",
    "Подписывает справку или мотивированный отказ",
    "Signs the certificate or the reasoned refusal",
  ),
  doc: "certificate" as const,
};

export const version: VersionInput = {
  ...versionHead(),
  implementsStandard: order198(REG, 1132, title, "2015 жылғы 13 сәуірдегі №198 бұйрығымен"),
  source: s("Regulation 13 (whole)", 1116, 1196),
  titleInAct: title,
  variants: [],
  standard: {
    provider: {
      kinds: ["education_organisation", "district_education_department"],
      description: t(
        "Білім беру ұйымдары, аудандардың, облыстық маңызы бар қаланың білім бөлімдері",
        "Организации образования, отделы образования районов, города областного значения",
        "Education organisations; education departments of the districts and of the city of regional significance",
      ),
      source: s(ref(REG, 1), 1122),
    },
    channels: [
      { channel: "provider_office", source: s(ref(REG, 1, 1), 1126) },
      { channel: "portal", source: s(ref(REG, 1, 2), 1128, 1128, "www.e.gov.kz") },
    ],
    terms: [],
    queue: [],
    forms: { values: ["electronic_partially_automated", "paper"], source: s(ref(REG, 2), 1130) },
    results: [
      {
        id: "meals-certificate",
        kind: "certificate",
        title: t(
          "Жалпы білім беретін мектепте тегін және жеңілдікпен тамақтандыруды ұсыну туралы анықтама",
          "Справка о предоставлении бесплатного и льготного питания в общеобразовательной школе",
          "Certificate granting free or reduced-price meals at the general education school",
        ),
        form: "Standard annex 1",
        source: s(ref(REG, 3), 1132, 1132, "1-қосымшасына сәйкес нысан бойынша жалпы білім беретін мектепте"),
      },
      reasonedRefusalResult(REG, 1132, "стандарттың 10-тармағымен көзделген жағдайлар және негіздер бойынша"),
    ],
    delivery: [
      paperCopyDelivery(REG, 1134),
      portalDelivery(REG, 1136),
      resultForm(REG, 1138, "electronic_or_paper"),
    ],
    fee: null,
    schedules: [],
    documents: [],
    documentsRef: documentsRef(REG, 1141, "стандарттың 9-тармағына сәйкес құжаттар топтамасымен"),
    refusalGrounds: [],
    refusalGroundsRef: refusalRef(
      REG,
      1132,
      "стандарттың 10-тармағымен көзделген жағдайлар және негіздер бойынша",
    ),
    otherRequirements: [
      handbook(REG, 8, 1166, 1168, "1"),
      {
        text: t(
          "Мемлекеттік қызмет көрсетуге тартылған ақпараттық жүйелердің функционалдық өзара іс-қимыл диаграммасы регламенттің 2-қосымшасында келтірілген",
          "Диаграмма функционального взаимодействия информационных систем, задействованных в оказании государственной услуги, приведена в приложении 2 к регламенту",
          "The functional interaction diagram of the information systems involved is given in annex 2 to the regulation",
        ),
        source: s(ref(REG, 9), 1185),
      },
    ],
  },
  procedures: [
    officeProcedure({
      reg: REG,
      para: 6,
      lines: [1143, 1155],
      roles: EDUCATION_ROLES,
      submit: 1145,
      accept: { line: 1147, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      acceptOutput: t(
        "Құжаттарды көрсетілетін қызметті берушінің басшысына ұсыну немесе көрсетілетін қызметті алушыға құжаттарды қабылдау туралы қолхат беру",
        "Передача документов руководителю услугодателя и выдача услугополучателю расписки о приеме документов",
        "Documents passed to the head and a receipt given to the applicant",
      ),
      refuse: { line: 1147, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      assign: { line: 1149, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: { ...prepare, line: 1151 },
      sign: { ...sign, line: 1153 },
      issue: {
        line: 1155,
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
    portalProcedure({
      reg: REG,
      para: 9,
      lines: [1171, 1185],
      submit: 1173,
      register: { line: 1175, quote: THIRTY_MIN_QUOTE, duration: minutes(30) },
      assign: { line: 1177, quote: ONE_HOUR_QUOTE, duration: hours(1) },
      prepare: { ...prepare, line: 1179 },
      sign: { ...sign, line: 1181 },
      post: {
        line: 1183,
        quote: THIRTY_MIN_QUOTE,
        duration: minutes(30),
        action: t(
          "Мемлекеттік қызмет көрсетудің нәтижесін тіркейді",
          "Регистрирует результат оказания государственной услуги",
          "Registers the result",
        ),
      },
    }),
  ],
  contradictions: [
    {
      id: "portal-address",
      kind: "other",
      text: t(
        'Порталдың мекенжайы "www.e.gov.kz" деп жазылған; осы қаулының басқа регламенттерінде "www.egov.kz"',
        'Адрес портала написан как "www.e.gov.kz"; в других регламентах этого постановления — "www.egov.kz"',
        'The portal address is written "www.e.gov.kz"; the other regulations of this resolution write "www.egov.kz"',
      ),
      sources: [s(ref(REG, 1, 2), 1128, 1128, "www.e.gov.kz"), s(ref(9, 1, 2), 827, 827, "www.egov.kz")],
    },
  ],
};
