/**
 * Annex 6 of resolution No. 122: regulation "Reimbursing the cost of home education of children with
 * disabilities" (lines 1441–1715).
 */
import type { Step } from "../../schema.ts";
import { minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  ACT,
  AMENDED_BY,
  appeals,
  EFFECTIVE,
  freeOfCharge,
  ISSUER,
  implementsStandard,
  notarialPowerOfAttorney,
  portalSteps,
  refusalToAcceptRule,
  s,
  stateCorporationSteps,
  task,
  VERSION_ID,
} from "./common.ts";

const A = "Annex 6";
const TITLE = t(
  "Мүгедек балаларды үйде оқытуға жұмсалған шығындарды өтеу",
  "Возмещение затрат на обучение на дому детей-инвалидов",
  "Reimbursing the cost of home education of children with disabilities",
);
const COMPLETENESS = s(`${A}, p. 3`, 1487, 1490);

/** The provider's five steps (p. 5), shared by every channel. */
function providerSteps(): Step[] {
  return [
    task(
      "office-register",
      "office_clerk",
      t(
        "Көрсетілетін қызметті берушінің кеңсе қызметкері Стандарттың 9-тармағында көрсетілген құжаттар топтамасын тіркейді және басшыға қарау үшін жолдайды.",
        "Работник канцелярии услугодателя регистрирует пакет документов, указанных в пункте 9 Стандарта, и направляет его руководителю на рассмотрение.",
        "The provider's office clerk registers the package of documents listed in paragraph 9 of the Standard and sends it to the head for review.",
      ),
      minutes(30),
      t("Тіркеу журналына жазу", "Запись в журнале регистрации", "Entry in the registration journal"),
      s(`${A}, p. 5, sub-p. 1`, 1502, 1507, "30 (отыз) минут"),
      { n: "1" },
    ),
    task(
      "head-assign",
      "head",
      t(
        "Басшы құжаттар топтамасымен танысады және жауапты орындаушыны анықтайды.",
        "Руководитель знакомится с пакетом документов и определяет ответственного исполнителя.",
        "The head reviews the package and assigns the responsible executor.",
      ),
      workingDays(1),
      t(
        "Құжаттарды жауапты орындаушыға жолдайды",
        "Документы направлены ответственному исполнителю",
        "Documents sent to the responsible executor",
      ),
      s(`${A}, p. 5, sub-p. 2`, 1508, 1512, "1 (бір) жұмыс күн"),
      { n: "2", outputDocument: "resolution_note" },
    ),
    task(
      "executor-prepare",
      "responsible_executor",
      t(
        "Жауапты орындаушы келіп түскен құжаттарды қарайды, хабарламаны дайындайды және басшыға қол қою үшін жолдайды.",
        "Ответственный исполнитель рассматривает поступившие документы, готовит уведомление и направляет руководителю на подпись.",
        "The responsible executor reviews the documents, prepares the notification and sends it to the head for signature.",
      ),
      workingDays(8),
      t("Хабарламаны дайындау", "Подготовка уведомления", "Notification prepared"),
      s(`${A}, p. 5, sub-p. 3`, 1513, 1516, "8 (сегіз) жұмыс күн"),
      { n: "3", outputDocument: "notification" },
    ),
    task(
      "head-sign",
      "head",
      t(
        "Басшы хабарламаға қол қояды және кеңсеге жолдайды.",
        "Руководитель подписывает уведомление и направляет в канцелярию.",
        "The head signs the notification and sends it to the office.",
      ),
      workingDays(1),
      t("Хабарламаға қол қою", "Уведомление подписано", "Notification signed"),
      s(`${A}, p. 5, sub-p. 4`, 1517, 1522, "1 (бір) жұмыс күн"),
      { n: "4", outputDocument: "notification" },
    ),
    task(
      "office-issue",
      "office_clerk",
      t(
        "Кеңсе қызметкері хабарламаны тіркейді және көрсетілетін қызметті алушыға береді.",
        "Работник канцелярии регистрирует уведомление и выдаёт его услугополучателю.",
        "The office clerk registers the notification and hands it to the applicant.",
      ),
      minutes(15),
      t(
        "Хабарламаны көрсетілетін қызметті алушыға береді",
        "Уведомление выдано услугополучателю",
        "Notification handed to the applicant",
      ),
      s(`${A}, p. 5, sub-p. 5`, 1523, 1525, "15 (он бес) минут"),
      { n: "5", outputDocument: "notification" },
    ),
  ];
}

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 1456, 1465)),
  effective: EFFECTIVE,
  source: s(A, 1441, 1715),
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
      source: s(`${A}, p. 1`, 1456, 1458),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 1, sub-p. 1`, 1466, 1470) },
      { channel: "provider_office", source: s(`${A}, p. 1, sub-p. 2`, 1471) },
      {
        channel: "portal",
        condition: t(
          "Мүгедек балаларды үйде оқытуға жұмсалған шығындарды өтеуді тағайындау, сондай-ақ тағайындау туралы ақпарат алу кезінде",
          "Для назначения возмещения затрат на обучение на дому детей-инвалидов, а также для получения информации о назначении",
          "For assigning the reimbursement and for obtaining information on the assignment",
        ),
        source: s(`${A}, p. 1, sub-p. 3`, 1472, 1475),
      },
    ],
    terms: [],
    queue: [],
    forms: {
      values: ["electronic", "paper"],
      source: s(`${A}, p. 2`, 1479, 1480, "электрондық және (немесе) қағаз түрінде"),
    },
    results: [
      {
        id: "assignment-notification",
        kind: "notification",
        title: t(
          "Жәрдемақы тағайындау туралы хабарлама",
          "Уведомление о назначении пособия",
          "Notification of the assignment of the benefit",
        ),
        source: s(`${A}, p. 3`, 1483, 1484),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік қызметті көрсету нәтижесін ұсыну нысаны: электрондық және (немесе) қағаз түрінде.",
          "Форма предоставления результата оказания государственной услуги: электронная и (или) бумажная.",
          "The result is given electronically and/or on paper.",
        ),
        source: s(`${A}, p. 3`, 1485, 1486),
      },
      {
        text: t(
          "Көрсетілетін қызметті берушінің кеңсе қызметкері хабарламаны көрсетілетін қызметті алушыға береді.",
          "Работник канцелярии услугодателя выдаёт уведомление услугополучателю.",
          "The provider's office clerk hands the notification to the applicant.",
        ),
        source: s(`${A}, p. 5, sub-p. 5`, 1523, 1525),
      },
      {
        text: t(
          "Мемлекеттік корпорация арқылы жүгінгенде нәтижені көрсетілетін қызметті алушы Мемлекеттік корпорация қызметкері арқылы алады.",
          "При обращении через Государственную корпорацию результат услугополучатель получает через её работника.",
          "When applying through the State Corporation, the applicant receives the result from its employee.",
        ),
        source: s(`${A}, p. 8, sub-p. 4`, 1589, 1592),
      },
      {
        text: t(
          'Портал арқылы нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" көрсетілетін қызметті берушінің уәкілетті тұлғасының ЭЦҚ-мен куәландырылған электрондық құжат нысанында жолданады.',
          'Через портал результат направляется в "личный кабинет" услугополучателя в форме электронного документа, удостоверенного ЭЦП уполномоченного лица услугодателя.',
          "Through the portal the result is sent to the applicant's \"personal cabinet\" as an electronic document signed with the EDS of the provider's authorised person.",
        ),
        source: s(`${A}, p. 9, sub-p. 11`, 1638, 1643),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 2`, 1481, 1482)),
    schedules: [],
    documents: [],
    documentsRef: {
      text: t(
        "Рәсімді бастауға негіздеме – Стандарттың 1-қосымшасына сәйкес нысан бойынша өтініш; құжаттар Стандарттың 9-тармағында көрсетілген.",
        "Основание для начала процедуры – заявление по форме согласно приложению 1 к Стандарту; документы указаны в пункте 9 Стандарта.",
        "The procedure starts on an application in the form of annex 1 of the Standard; the documents are listed in paragraph 9 of the Standard.",
      ),
      source: s(`${A}, pp. 4–5`, 1497, 1504),
    },
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      refusalToAcceptRule(3, COMPLETENESS),
      notarialPowerOfAttorney(s(`${A}, p. 7, sub-p. 3`, 1553, 1559)),
      appeals(s(`${A}, p. 11`, 1659, 1663)),
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
      source: s(`${A}, p. 5`, 1500, 1525),
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
      source: s(`${A}, pp. 3, 5, 7–8`, 1487, 1592),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 7`,
          resultRef: `${A}, p. 8`,
          powerOfAttorney: true,
          acceptanceDayExcluded: false,
          accept: [1544, 1547, "3 (үш) минут ішінде", 3],
          p1: [1548, 1552, "1 (бір) минут ішінде", 1],
          p2: [1553, 1559, "3 (үш) минут ішінде", 3],
          p3: [1560, 1567, "3 (үш) минут ішінде", 3],
          c1: [1568, 1569, "1 (бір) минут ішінде", 1],
          p4: [1570, 1573, "1 (бір) минут ішінде", 1],
          p5: [1574, 1578, "1 (бір) минут ішінде", 1],
          p6: [1581, 1582, "1 (бір) минут ішінде", 1],
          c2: [1583, 1584, "2 (екі) минут ішінде", 2],
          p7: [1585, 1588, "2 (екі) минут ішінде", 2],
          p8: [1589, 1592, "2 (екі) минут ішінде", 2],
          p8Result: t(
            "хабарлама немесе бас тарту туралы дәлелді жауап",
            "уведомление или мотивированный ответ об отказе",
            "notification or reasoned refusal",
          ),
          p8Document: "notification",
          completeness: { annex: 3, source: COMPLETENESS },
          p5Signer: t("ХҚКО қызметкерінің", "работника ЦОН", "the Public Service Centre (ХҚКО) employee's"),
        },
        providerSteps(),
      ),
    },
    {
      id: "portal",
      channel: "portal",
      title: t("Портал арқылы жүгіну", "Обращение через портал", "Application through the portal"),
      source: s(`${A}, pp. 5, 9`, 1500, 1643),
      steps: portalSteps(
        {
          ref: `${A}, p. 9`,
          register: [1600, 1602],
          p1: [1606, 1607],
          c1: [1608, 1609],
          p2: [1610, 1612],
          p3: [1613, 1620],
          c2: [1621, 1624],
          p4: [1625, 1627],
          p5: [1628, 1631],
          c3: [1632, 1633],
          p6: [1634, 1637],
          p7: [1638, 1643],
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
    {
      id: "result-called-benefit",
      kind: "other",
      text: t(
        'Қызмет – үйде оқытуға жұмсалған шығындарды өтеу, ал 3-тармақтағы нәтиже "жәрдемақы тағайындау туралы хабарлама" деп аталады.',
        'Услуга – возмещение затрат на обучение на дому, а результат в пункте 3 назван "уведомлением о назначении пособия".',
        'The service reimburses home-education costs, yet p. 3 names the result "notification of the assignment of the benefit".',
      ),
      sources: [s(`${A}, p. 1`, 1454, 1455), s(`${A}, p. 3`, 1483, 1484)],
    },
    {
      id: "sc-result-refusal",
      kind: "other",
      text: t(
        'Мемлекеттік корпорацияның 8-процесінде нәтиже "хабарлама немесе бас тарту туралы дәлелді жауап", ал 3-тармақ пен көрсетілетін қызметті берушінің рәсімдері тек хабарламаны атайды.',
        'В процессе 8 Государственной корпорации результат – "уведомление или мотивированный ответ об отказе", а пункт 3 и процедуры услугодателя называют только уведомление.',
        'State Corporation process 8 names the result "notification or reasoned refusal", whereas p. 3 and the provider\'s steps name only the notification.',
      ),
      sources: [
        s(`${A}, p. 8, sub-p. 4`, 1589, 1592),
        s(`${A}, p. 3`, 1483, 1484),
        s(`${A}, p. 5`, 1513, 1525),
      ],
    },
    {
      id: "legacy-public-service-centre",
      kind: "other",
      text: t(
        "5-процесте электрондық құжаттарға Мемлекеттік корпорация емес, ХҚКО (халыққа қызмет көрсету орталығы) қызметкері қол қояды деп жазылған.",
        "В процессе 5 электронные документы подписывает работник ЦОН (прежнее название), а не Государственной корпорации.",
        "Process 5 has the electronic documents signed by an employee of the ХҚКО (the former Public Service Centre), not of the State Corporation.",
      ),
      sources: [s(`${A}, p. 7, sub-p. 7`, 1574, 1578)],
    },
  ],
};
