/** Annex 4 of resolution No. 122: regulation "Assigning the state benefit for children under eighteen" (lines 863–1152). */
import type { Step } from "../../schema.ts";
import { minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  ACT,
  AMENDED_BY,
  akimRouteSteps,
  appeals,
  EFFECTIVE,
  freeOfCharge,
  ISSUER,
  implementsStandard,
  notarialPowerOfAttorney,
  refusalToAcceptRule,
  s,
  stateCorporationSteps,
  task,
  VERSION_ID,
} from "./common.ts";

const A = "Annex 4";
const TITLE = t(
  "Он сегіз жасқа дейінгі балаларға мемлекеттік жәрдемақы тағайындау",
  "Назначение государственного пособия на детей до восемнадцати лет",
  "Assigning the state benefit for children under eighteen",
);
const COMPLETENESS = s(`${A}, p. 3`, 907, 910);
const DIRECT = `${A}, p. 5 (applying to the provider)`;

/** The provider's five steps when the applicant applies to the provider (p. 5). */
function providerSteps(): Step[] {
  return [
    task(
      "office-register",
      "office_clerk",
      t(
        "Көрсетілетін қызметті берушінің кеңсе қызметкері Стандарттың 9-тармағында көрсетілген құжаттарды қабылдайды және тіркеу журналына тіркейді.",
        "Работник канцелярии услугодателя принимает документы, указанные в пункте 9 Стандарта, и регистрирует их в журнале регистрации.",
        "The provider's office clerk accepts the documents listed in paragraph 9 of the Standard and registers them in the registration journal.",
      ),
      minutes(30),
      t(
        "Құжаттарды басшыға бұрыштама қоюға жолдайды",
        "Документы направлены руководителю для наложения резолюции",
        "Documents sent to the head for a resolution",
      ),
      s(`${DIRECT}, sub-p. 1`, 926, 931, "30 (отыз) минут"),
      { n: "1" },
    ),
    task(
      "head-assign",
      "head",
      t(
        "Басшы құжаттармен танысады және жауапты орындаушыны анықтайды.",
        "Руководитель знакомится с документами и определяет ответственного исполнителя.",
        "The head reviews the documents and assigns the responsible executor.",
      ),
      workingDays(1),
      t(
        "Құжаттарды жауапты орындаушыға жолдайды",
        "Документы направлены ответственному исполнителю",
        "Documents sent to the responsible executor",
      ),
      s(`${DIRECT}, sub-p. 2`, 932, 936, "1 (бір) жұмыс күн"),
      { n: "2", outputDocument: "resolution_note" },
    ),
    task(
      "executor-prepare",
      "responsible_executor",
      t(
        "Жауапты орындаушы келіп түскен құжаттарды қарайды, хабарламаны немесе бас тарту туралы дәлелді жауапты дайындайды және басшыға қол қою үшін жібереді.",
        "Ответственный исполнитель рассматривает поступившие документы, готовит уведомление или мотивированный ответ об отказе и направляет руководителю на подпись.",
        "The responsible executor reviews the documents, prepares the notification or the reasoned refusal and sends it to the head for signature.",
      ),
      workingDays(5),
      t(
        "Хабарламаны немесе бас тарту туралы дәлелді жауапты басшыға қол қою үшін жолдайды",
        "Уведомление или мотивированный ответ об отказе направлены руководителю на подпись",
        "Notification or reasoned refusal sent to the head for signature",
      ),
      s(`${DIRECT}, sub-p. 3`, 937, 942, "5 (бес) жұмыс күн"),
      { n: "3", outputDocument: "notification" },
    ),
    task(
      "head-sign",
      "head",
      t(
        "Басшы хабарламаға немесе бас тарту туралы дәлелді жауапқа қол қояды.",
        "Руководитель подписывает уведомление или мотивированный ответ об отказе.",
        "The head signs the notification or the reasoned refusal.",
      ),
      workingDays(1),
      t("Қол қояды", "Подписано", "Signed"),
      s(`${DIRECT}, sub-p. 4`, 943, 945, "1 (бір) жұмыс күн"),
      { n: "4", outputDocument: "notification" },
    ),
    task(
      "office-issue",
      "office_clerk",
      t(
        "Кеңсе қызметкері хабарламаны немесе бас тарту туралы дәлелді жауапты тіркейді және көрсетілетін қызметті алушыға береді.",
        "Работник канцелярии регистрирует уведомление или мотивированный ответ об отказе и выдаёт услугополучателю.",
        "The office clerk registers the notification or the reasoned refusal and hands it to the applicant.",
      ),
      minutes(30),
      t(
        "Хабарламаны немесе бас тарту туралы дәлелді жауапты көрсетілетін қызметті алушыға береді",
        "Уведомление или мотивированный ответ об отказе выданы услугополучателю",
        "Notification or reasoned refusal handed to the applicant",
      ),
      s(`${DIRECT}, sub-p. 5`, 946, 950, "30 (отыз) минут"),
      { n: "5", outputDocument: "notification" },
    ),
  ];
}

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 882, 891)),
  effective: EFFECTIVE,
  source: s(A, 863, 1152),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: {
      kinds: ["district_employment_social_department"],
      description: t(
        "Батыс Қазақстан облысының аудандары және облыстық маңызы бар қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері",
        "Отделы занятости и социальных программ районов и города областного значения Западно-Казахстанской области",
        "Employment and social programmes departments of the districts and the city of regional significance of West Kazakhstan region",
      ),
      source: s(`${A}, p. 1`, 882, 884),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 1, sub-p. 1`, 892, 895) },
      { channel: "provider_office", source: s(`${A}, p. 1, sub-p. 2`, 896) },
      { channel: "akim_office", source: s(`${A}, p. 1, sub-p. 3`, 897, 898) },
    ],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(`${A}, p. 2`, 899, 899, "қағаз түрінде") },
    results: [
      {
        id: "assignment-notification",
        kind: "notification",
        title: t(
          "Он сегіз жасқа дейінгі балаларға мемлекеттік жәрдемақы тағайындау туралы хабарлама",
          "Уведомление о назначении государственного пособия на детей до восемнадцати лет",
          "Notification of the assignment of the state benefit for children under eighteen",
        ),
        source: s(`${A}, p. 3`, 902, 903),
      },
      {
        id: "reasoned-refusal",
        kind: "reasoned_refusal",
        title: t(
          "Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
          "Мотивированный ответ об отказе в оказании государственной услуги",
          "Reasoned refusal to render the state service",
        ),
        source: s(`${A}, p. 3`, 904, 905),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік қызметті көрсету нәтижесін ұсыну нысаны: қағаз түрінде.",
          "Форма предоставления результата оказания государственной услуги: бумажная.",
          "The result is given on paper.",
        ),
        source: s(`${A}, p. 3`, 906),
      },
      {
        text: t(
          "Көрсетілетін қызметті берушіге жүгінгенде кеңсе қызметкері нәтижені көрсетілетін қызметті алушыға береді; ауылдық округ әкіміне жүгінгенде нәтижені әкім береді; Мемлекеттік корпорацияға жүгінгенде – Мемлекеттік корпорация қызметкері арқылы.",
          "При обращении к услугодателю результат выдаёт работник канцелярии; при обращении к акиму сельского округа – аким; при обращении в Государственную корпорацию – через её работника.",
          "Applying to the provider, the office clerk hands over the result; applying to the rural district akim, the akim does; applying through the State Corporation, its employee does.",
        ),
        source: s(`${A}, pp. 5, 8`, 946, 1077),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 2`, 900, 901)),
    schedules: [],
    documents: [],
    documentsRef: {
      text: t(
        "Рәсімді бастау үшін негіздеме – Стандарттың 1-қосымшасына сәйкес нысан бойынша өтініш; құжаттар Стандарттың 9-тармағында көрсетілген.",
        "Основание для начала процедуры – заявление по форме согласно приложению 1 к Стандарту; документы указаны в пункте 9 Стандарта.",
        "The procedure starts on an application in the form of annex 1 of the Standard; the documents are listed in paragraph 9 of the Standard.",
      ),
      source: s(`${A}, pp. 4–5`, 920, 929),
    },
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      refusalToAcceptRule(5, COMPLETENESS),
      notarialPowerOfAttorney(s(`${A}, p. 7, sub-p. 3`, 1038, 1047)),
      appeals(s(`${A}, p. 10`, 1094, 1098)),
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
      source: s(DIRECT, 923, 950),
      steps: providerSteps(),
    },
    {
      id: "akim-office",
      channel: "akim_office",
      title: t(
        "Ауылдық округ әкіміне жүгіну",
        "Обращение к акиму сельского округа",
        "Application through the rural district akim",
      ),
      source: s(`${A}, p. 5 (applying to the rural district akim)`, 951, 1005),
      steps: akimRouteSteps({
        ref: `${A}, p. 5 (applying to the rural district akim)`,
        steps: [
          [952, 955, "30 (отыз) минут", minutes(30)],
          [959, 962, "1 (бір) жұмыс күні", workingDays(1)],
          [963, 969, "7 (жеті) жұмыс күн", workingDays(7)],
          [970, 973, "1 (бір) жұмыс күн", workingDays(1)],
          [974, 978, "30 (отыз) минут", minutes(30)],
          [979, 983, "1 (бір) жұмыс күн", workingDays(1)],
          [984, 989, "7 (жеті) жұмыс күн", workingDays(7)],
          [990, 993, "2 (екі) жұмыс күн", workingDays(2)],
          [994, 1001, "30 (отыз) минут", minutes(30)],
          [1002, 1005, "2 (екі) жұмыс күн", workingDays(2)],
        ],
        doc: {
          kkAcc: "хабарламаны немесе бас тарту туралы дәлелді жауапты",
          kkDat: "хабарламаға немесе бас тарту туралы дәлелді жауапқа",
          ruAcc: "уведомление или мотивированный ответ об отказе",
          en: "notification or reasoned refusal",
          kind: "notification",
        },
      }),
    },
    {
      id: "state-corporation",
      channel: "state_corporation",
      title: t(
        "Мемлекеттік корпорация арқылы жүгіну",
        "Обращение через Государственную корпорацию",
        "Application through the State Corporation",
      ),
      source: s(`${A}, pp. 3, 5, 7–8`, 907, 1077),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 7`,
          resultRef: `${A}, p. 8`,
          powerOfAttorney: true,
          acceptanceDayExcluded: false,
          accept: [1029, 1032, "3 (үш) минут ішінде", 3],
          p1: [1033, 1037, "1 (бір) минут ішінде", 1],
          p2: [1038, 1047, "3 (үш) минут ішінде", 3],
          p3: [1048, 1052, "3 (үш) минут ішінде", 3],
          c1: [1053, 1054, "1 (бір) минут ішінде", 1],
          p4: [1055, 1058, "1 (бір) минут ішінде", 1],
          p5: [1059, 1063, "1 (бір) минут ішінде", 1],
          p6: [1066, 1067, "1 (бір) минут ішінде", 1],
          c2: [1068, 1069, "2 (екі) минут ішінде", 2],
          p7: [1070, 1073, "2 (екі) минут ішінде", 2],
          p8: [1074, 1077, "2 (екі) минут ішінде", 2],
          p8Result: t(
            "хабарлама немесе бас тарту туралы дәлелді жауап",
            "уведомление или мотивированный ответ об отказе",
            "notification or reasoned refusal",
          ),
          p8Document: "notification",
          completeness: { annex: 5, source: COMPLETENESS },
        },
        providerSteps(),
      ),
    },
  ],
  contradictions: [],
};
