/**
 * Annex 7 of resolution No. 122: regulation "Assigning social assistance for buying fuel to social-sphere
 * specialists living and working in rural settlements" (lines 1716–2010).
 */
import type { Step } from "../../schema.ts";
import { minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  ACT,
  AMENDED_BY,
  akimRouteSteps,
  appeals,
  documentsInStandard,
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

const A = "Annex 7";
const TITLE = t(
  "Ауылдық елді мекендерде тұратын және жұмыс істейтін әлеуметтік сала мамандарына отын сатып алу бойынша әлеуметтік көмек тағайындау",
  "Назначение социальной помощи на приобретение топлива специалистам социальной сферы, проживающим и работающим в сельских населённых пунктах",
  "Assigning social assistance for buying fuel to social-sphere specialists living and working in rural settlements",
);
const COMPLETENESS = s(`${A}, p. 3`, 1764, 1770);
const DIRECT = `${A}, p. 5 (applying to the State Corporation or the provider)`;

/** The provider's five steps when the applicant applies to the State Corporation or the provider (p. 5). */
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
      s(`${DIRECT}, sub-p. 1`, 1783, 1788, "30 (отыз) минут"),
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
      workingDays(1),
      t(
        "Құжаттар бойынша жауапты орындаушыға тапсырма береді",
        "Поручение ответственному исполнителю по документам",
        "Task on the documents given to the responsible executor",
      ),
      s(`${DIRECT}, sub-p. 2`, 1789, 1793, "1 (бір) жұмыс күні"),
      { n: "2", outputDocument: "resolution_note" },
    ),
    task(
      "executor-prepare",
      "responsible_executor",
      t(
        "Жауапты орындаушы хабарламаны қарайды (дайындайды) және басшыға қол қою үшін жолдайды.",
        "Ответственный исполнитель рассматривает (готовит) уведомление и направляет руководителю на подпись.",
        "The responsible executor reviews (prepares) the notification and sends it to the head for signature.",
      ),
      workingDays(8),
      t("Хабарламаны дайындау", "Подготовка уведомления", "Notification prepared"),
      s(`${DIRECT}, sub-p. 3`, 1794, 1797, "8 (сегіз) жұмыс күні"),
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
      s(`${DIRECT}, sub-p. 4`, 1798, 1800, "1 (бір) жұмыс күн"),
      { n: "4", outputDocument: "notification" },
    ),
    task(
      "office-issue",
      "office_clerk",
      t(
        "Кеңсе қызметкері хабарламаны тіркейді және көрсетілетін қызмет алушыға беру үшін жолдайды (ұзақтығы көрсетілмеген).",
        "Работник канцелярии регистрирует уведомление и направляет его для выдачи услугополучателю (срок не указан).",
        "The office clerk registers the notification and forwards it for issue to the applicant (no duration stated).",
      ),
      null,
      t(
        "Хабарламаны тіркеу журналына жазу",
        "Запись уведомления в журнале регистрации",
        "Notification entered in the registration journal",
      ),
      s(`${DIRECT}, sub-p. 5`, 1801, 1803),
      { n: "5", outputDocument: "notification" },
    ),
  ];
}

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 1736, 1746)),
  effective: EFFECTIVE,
  source: s(A, 1716, 2010),
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
      source: s(`${A}, p. 1`, 1736, 1738),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 1, sub-p. 1`, 1747, 1751) },
      { channel: "provider_office", source: s(`${A}, p. 1, sub-p. 2`, 1752) },
      {
        channel: "akim_office",
        condition: t(
          "Тұрғылықты жері бойынша көрсетілетін қызметті беруші болмаған жағдайда",
          "При отсутствии услугодателя по месту жительства",
          "Only where there is no provider at the applicant's place of residence",
        ),
        source: s(`${A}, p. 1, sub-p. 3`, 1753, 1755),
      },
    ],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(`${A}, p. 2`, 1756, 1756, "қағаз түрінде") },
    results: [
      {
        id: "assignment-notification",
        kind: "notification",
        title: t(
          "Ауылдық елді мекендерде тұратын және жұмыс істейтін әлеуметтік сала мамандарына отын сатып алу бойынша әлеуметтік көмек тағайындау туралы хабарлама",
          "Уведомление о назначении социальной помощи на приобретение топлива специалистам социальной сферы, проживающим и работающим в сельских населённых пунктах",
          "Notification of the assignment of social assistance for buying fuel to social-sphere specialists in rural settlements",
        ),
        source: s(`${A}, p. 3`, 1759, 1762),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік қызмет көрсету нәтижесін ұсыну нысаны: қағаз түрінде.",
          "Форма предоставления результата оказания государственной услуги: бумажная.",
          "The result is given on paper.",
        ),
        source: s(`${A}, p. 3`, 1763),
      },
      {
        text: t(
          "Ауылдық округ әкіміне жүгінгенде хабарламаны әкім береді; Мемлекеттік корпорацияға жүгінгенде – Мемлекеттік корпорация қызметкері арқылы.",
          "При обращении к акиму сельского округа уведомление выдаёт аким; при обращении в Государственную корпорацию – через её работника.",
          "Applying to the rural district akim, the akim hands over the notification; applying through the State Corporation, its employee does.",
        ),
        source: s(`${A}, pp. 5, 8`, 1849, 1924),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 2`, 1757, 1758)),
    schedules: [],
    documents: [],
    documentsRef: documentsInStandard(s(`${A}, p. 4`, 1777, 1779)),
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      refusalToAcceptRule(null, COMPLETENESS),
      notarialPowerOfAttorney(s(`${A}, p. 7, sub-p. 3`, 1885, 1891)),
      appeals(s(`${A}, p. 10`, 1941, 1945)),
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
      source: s(DIRECT, 1782, 1803),
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
      source: s(`${A}, p. 5 (applying to the rural district akim)`, 1804, 1854),
      steps: akimRouteSteps({
        ref: `${A}, p. 5 (applying to the rural district akim)`,
        steps: [
          [1805, 1811, "30 (отыз) минут", minutes(30)],
          [1812, 1815, "1 (бір) жұмыс күні", workingDays(1)],
          [1816, 1822, "2 (екі) жұмыс күн", workingDays(2)],
          [1823, 1826, "1 (бір) жұмыс күн", workingDays(1)],
          [1827, 1831, "30 (отыз) минут", minutes(30)],
          [1832, 1836, "1 (бір) жұмыс күн", workingDays(1)],
          [1837, 1841, "7 (жеті) жұмыс күн", workingDays(7)],
          [1842, 1845, "1 (бір) жұмыс күні", workingDays(1)],
          [1846, 1848, "30 (отыз) минут", minutes(30)],
          [1849, 1854, "1 (бір) жұмыс күн", workingDays(1)],
        ],
        doc: {
          kkAcc: "хабарламаны",
          kkDat: "хабарламаға",
          ruAcc: "уведомление",
          en: "notification",
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
      source: s(`${A}, pp. 3, 5, 7–8`, 1764, 1924),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 7`,
          resultRef: `${A}, p. 8`,
          powerOfAttorney: true,
          acceptanceDayExcluded: false,
          accept: [1877, 1880, "3 (үш) минут ішінде", 3],
          p1: [1881, 1884, "1 (бір) минут ішінде", 1],
          p2: [1885, 1891, "3 (үш) минут", 3],
          p3: [1895, 1899, "3 (үш) минут ішінде", 3],
          c1: [1900, 1901, "1 (бір) минут ішінде", 1],
          p4: [1902, 1905, "1 (бір) минут ішінде", 1],
          p5: [1906, 1910, "1 (бір) минут ішінде", 1],
          p6: [1913, 1914, "1 (бір) минут ішінде", 1],
          c2: [1915, 1916, "2 (екі) минут ішінде", 2],
          p7: [1917, 1920, "2 (екі) минут ішінде", 2],
          p8: [1921, 1924, "2 (екі) минут ішінде", 2],
          p8Result: t(
            "хабарлама немесе бас тарту туралы дәлелді жауап",
            "уведомление или мотивированный ответ об отказе",
            "notification or reasoned refusal",
          ),
          p8Document: "notification",
          completeness: { annex: null, source: COMPLETENESS },
        },
        providerSteps(),
      ),
    },
  ],
  contradictions: [
    {
      id: "refusal-receipt-annex-missing",
      kind: "other",
      text: t(
        "Құжаттарды қабылдаудан бас тарту туралы қолхат нысаны Стандарттың қай қосымшасында екені көрсетілмеген (қосымшаның нөмірі жоқ).",
        "Не указано, в каком приложении Стандарта форма расписки об отказе в приёме документов (номер приложения пропущен).",
        "The annex of the Standard that holds the form of the receipt of refusal to accept documents is not named (its number is missing).",
      ),
      sources: [COMPLETENESS],
    },
    {
      id: "executor-reviews-notification",
      kind: "other",
      text: t(
        '3-қадамда жауапты орындаушы хабарламаны "қарайды" деп жазылған, ал нәтижесі – "хабарламаны дайындау".',
        'В шаге 3 ответственный исполнитель "рассматривает" уведомление, а результат шага – "подготовка уведомления".',
        'In step 3 the responsible executor "reviews" the notification, while the step\'s result is "preparing the notification".',
      ),
      sources: [s(`${DIRECT}, sub-p. 3`, 1794, 1797)],
    },
    {
      id: "last-step-no-duration",
      kind: "other",
      text: t(
        "Мемлекеттік корпорацияға немесе көрсетілетін қызметті берушіге жүгінгендегі 5-қадамның ұзақтығы көрсетілмеген (ауылдық округ әкімі арқылы жолда – 30 минут).",
        "У шага 5 при обращении в Государственную корпорацию или к услугодателю срок не указан (на пути через акима – 30 минут).",
        "Step 5 of the State Corporation / provider path has no duration (the akim path gives 30 minutes for the same kind of step).",
      ),
      sources: [s(`${DIRECT}, sub-p. 5`, 1801, 1803), s(`${A}, p. 5 (akim), sub-p. 9`, 1846, 1848)],
    },
    {
      id: "sc-result-refusal",
      kind: "other",
      text: t(
        'Мемлекеттік корпорацияның 8-процесінде нәтиже "хабарлама немесе бас тарту туралы дәлелді жауап", ал 3-тармақ тек хабарламаны атайды.',
        'В процессе 8 Государственной корпорации результат – "уведомление или мотивированный ответ об отказе", а пункт 3 называет только уведомление.',
        'State Corporation process 8 names the result "notification or reasoned refusal", whereas p. 3 names only the notification.',
      ),
      sources: [s(`${A}, p. 8, sub-p. 4`, 1921, 1924), s(`${A}, p. 3`, 1759, 1762)],
    },
  ],
};
