/** Annex 5 of resolution No. 122: regulation "Assigning state targeted social assistance" (lines 1153–1440). */
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

const A = "Annex 5";
const TITLE = t(
  "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
  "Назначение государственной адресной социальной помощи",
  "Assigning state targeted social assistance",
);
const COMPLETENESS = s(`${A}, p. 3`, 1195, 1198);
const DIRECT = `${A}, p. 5 (applying to the provider)`;
const NOTE = {
  kkAcc: "мемлекеттік атаулы әлеуметтік көмек тағайындау (тағайындаудан бас тарту) туралы хабарламаны",
  kkDat: "мемлекеттік атаулы әлеуметтік көмек тағайындау (тағайындаудан бас тарту) туралы хабарламаға",
  ruAcc: "уведомление о назначении (об отказе в назначении) государственной адресной социальной помощи",
  en: "notification of the assignment (refusal of assignment) of state targeted social assistance",
  kind: "notification" as const,
};

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
      minutes(15),
      t(
        "Құжаттарды басшыға бұрыштама қоюға жолдайды",
        "Документы направлены руководителю для наложения резолюции",
        "Documents sent to the head for a resolution",
      ),
      s(`${DIRECT}, sub-p. 1`, 1211, 1216, "15 (он бес) минут"),
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
      s(`${DIRECT}, sub-p. 2`, 1217, 1221, "1 (бір) жұмыс күн"),
      { n: "2", outputDocument: "resolution_note" },
    ),
    task(
      "executor-prepare",
      "responsible_executor",
      t(
        `Жауапты орындаушы келіп түскен құжаттарды қарайды, ${NOTE.kkAcc} дайындайды және басшыға қол қою үшін жібереді.`,
        `Ответственный исполнитель рассматривает поступившие документы, готовит ${NOTE.ruAcc} и направляет руководителю на подпись.`,
        `The responsible executor reviews the documents, prepares the ${NOTE.en} and sends it to the head for signature.`,
      ),
      workingDays(5),
      t(
        "Хабарламаны басшыға қол қою үшін жолдайды",
        "Уведомление направлено руководителю на подпись",
        "Notification sent to the head for signature",
      ),
      s(`${DIRECT}, sub-p. 3`, 1222, 1228, "5 (бес) жұмыс күн"),
      { n: "3", outputDocument: "notification" },
    ),
    task(
      "head-sign",
      "head",
      t(
        `Басшы ${NOTE.kkDat} қол қояды.`,
        `Руководитель подписывает ${NOTE.ruAcc}.`,
        `The head signs the ${NOTE.en}.`,
      ),
      workingDays(1),
      t(
        "Қол қойылған хабарламаны кеңсеге жолдайды",
        "Подписанное уведомление направлено в канцелярию",
        "Signed notification sent to the office",
      ),
      s(`${DIRECT}, sub-p. 4`, 1229, 1237, "1 (бір) жұмыс күн"),
      { n: "4", outputDocument: "notification" },
    ),
    task(
      "office-issue",
      "office_clerk",
      t(
        `Кеңсе қызметкері ${NOTE.kkAcc} тіркейді және көрсетілетін қызметті алушыға береді.`,
        `Работник канцелярии регистрирует ${NOTE.ruAcc} и выдаёт услугополучателю.`,
        `The office clerk registers the ${NOTE.en} and hands it to the applicant.`,
      ),
      minutes(15),
      t(
        "Хабарламаны көрсетілетін қызметті алушыға береді",
        "Уведомление выдано услугополучателю",
        "Notification handed to the applicant",
      ),
      s(`${DIRECT}, sub-p. 5`, 1238, 1242, "15 (он бес) минут"),
      { n: "5", outputDocument: "notification" },
    ),
  ];
}

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 1169, 1177)),
  effective: EFFECTIVE,
  source: s(A, 1153, 1440),
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
      source: s(`${A}, p. 1`, 1169, 1171),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 1, sub-p. 1`, 1178, 1181) },
      { channel: "provider_office", source: s(`${A}, p. 1, sub-p. 2`, 1182) },
      {
        channel: "akim_office",
        condition: t(
          "Тұрғылықты жері бойынша көрсетілетін қызметті беруші болмаған жағдайда",
          "При отсутствии услугодателя по месту жительства",
          "Only where there is no provider at the applicant's place of residence",
        ),
        source: s(`${A}, p. 1, sub-p. 3`, 1183, 1185),
      },
    ],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(`${A}, p. 2`, 1186, 1186, "қағаз түрінде") },
    results: [
      {
        id: "assignment-notification",
        kind: "notification",
        title: t(
          "Мемлекеттік атаулы әлеуметтік көмек тағайындау (тағайындаудан бас тарту) туралы хабарлама",
          "Уведомление о назначении (об отказе в назначении) государственной адресной социальной помощи",
          "Notification of the assignment (refusal of assignment) of state targeted social assistance",
        ),
        source: s(`${A}, p. 3`, 1192, 1193),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік қызметті көрсету нәтижесін ұсыну нысаны: қағаз түрінде.",
          "Форма предоставления результата оказания государственной услуги: бумажная.",
          "The result is given on paper.",
        ),
        source: s(`${A}, p. 3`, 1194),
      },
      {
        text: t(
          "Көрсетілетін қызметті берушіге жүгінгенде кеңсе қызметкері хабарламаны көрсетілетін қызметті алушыға береді; ауылдық округ әкіміне жүгінгенде хабарламаны әкім береді; Мемлекеттік корпорацияға жүгінгенде – Мемлекеттік корпорация қызметкері арқылы.",
          "При обращении к услугодателю уведомление выдаёт работник канцелярии; при обращении к акиму сельского округа – аким; при обращении в Государственную корпорацию – через её работника.",
          "Applying to the provider, the office clerk hands over the notification; applying to the rural district akim, the akim does; applying through the State Corporation, its employee does.",
        ),
        source: s(`${A}, pp. 5, 8`, 1238, 1373),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 2`, 1187, 1191)),
    schedules: [],
    documents: [],
    documentsRef: {
      text: t(
        "Рәсімді бастау үшін негіздеме – Стандарттың 9-тармағына сәйкес нысан бойынша өтініш; құжаттар Стандарттың 9-тармағында көрсетілген.",
        "Основание для начала процедуры – заявление по форме согласно пункту 9 Стандарта; документы указаны в пункте 9 Стандарта.",
        'The procedure starts on an application "in the form under paragraph 9 of the Standard"; the documents are listed in paragraph 9 of the Standard.',
      ),
      source: s(`${A}, pp. 4–5`, 1205, 1214),
    },
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      refusalToAcceptRule(5, COMPLETENESS),
      notarialPowerOfAttorney(s(`${A}, p. 7, sub-p. 3`, 1333, 1339)),
      appeals(s(`${A}, p. 10`, 1386, 1390)),
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
      source: s(DIRECT, 1208, 1242),
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
      source: s(`${A}, p. 5 (applying to the rural district akim)`, 1243, 1299),
      steps: akimRouteSteps({
        ref: `${A}, p. 5 (applying to the rural district akim)`,
        steps: [
          [1244, 1247, "15 (он бес) минут", minutes(15)],
          [1248, 1251, "1 (бір) жұмыс күн", workingDays(1)],
          [1252, 1258, "8 (сегіз) жұмыс күн", workingDays(8)],
          [1259, 1262, "1 (бір) жұмыс күн", workingDays(1)],
          [1263, 1267, "15 (он бес) минут", minutes(15)],
          [1268, 1275, "1 (бір) жұмыс күн", workingDays(1)],
          [1276, 1282, "8 (сегіз) жұмыс күн", workingDays(8)],
          [1283, 1288, "1 (бір) жұмыс күн", workingDays(1)],
          [1289, 1294, "15 (он бес) минут", minutes(15)],
          [1295, 1299, "1 (бір) жұмыс күн", workingDays(1)],
        ],
        doc: NOTE,
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
      source: s(`${A}, pp. 3, 5, 7–8`, 1195, 1373),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 7`,
          resultRef: `${A}, p. 8`,
          powerOfAttorney: true,
          acceptanceDayExcluded: false,
          accept: [1324, 1327, "3 (үш) минут ішінде", 3],
          p1: [1328, 1332, "1 (бір) минут ішінде", 1],
          p2: [1333, 1339, "3 (үш) минут ішінде", 3],
          p3: [1340, 1344, "3 (үш) минут ішінде", 3],
          c1: [1345, 1346, "1 (бір) минут ішінде", 1],
          p4: [1347, 1350, "1 (бір) минут ішінде", 1],
          p5: [1351, 1358, "1 (бір) минут ішінде", 1],
          p6: [1361, 1362, "1 (бір) минут ішінде", 1],
          c2: [1363, 1364, "2 (екі) минут ішінде", 2],
          p7: [1365, 1368, "2 (екі) минут ішінде", 2],
          p8: [1369, 1373, "2 (екі) минут ішінде", 2],
          p8Result: t(
            "мемлекеттік атаулы әлеуметтік көмек тағайындау (тағайындаудан бас тарту) туралы хабарлама",
            "уведомление о назначении (об отказе в назначении) государственной адресной социальной помощи",
            "notification of the assignment (refusal of assignment) of state targeted social assistance",
          ),
          p8Document: "notification",
          completeness: { annex: 5, source: COMPLETENESS },
        },
        providerSteps(),
      ),
    },
  ],
  contradictions: [
    {
      id: "application-form-paragraph-9",
      kind: "other",
      text: t(
        '4-тармақ өтінішті "Стандарттың 9-тармағына сәйкес нысан бойынша" деп көрсетеді, ал 9-тармақ құжаттар тізбесі; басқа регламенттер өтініш нысанын Стандарттың қосымшасына сілтейді.',
        'Пункт 4 называет заявление "по форме согласно пункту 9 Стандарта", хотя пункт 9 – перечень документов; другие регламенты ссылаются на форму в приложении к Стандарту.',
        'P. 4 gives the application "in the form under paragraph 9 of the Standard", although paragraph 9 is the list of documents; the other regulations point to a form in an annex of the Standard.',
      ),
      sources: [s(`${A}, p. 4`, 1205, 1207), s(`${A}, p. 5, sub-p. 1`, 1211, 1214)],
    },
  ],
};
