/**
 * Annex 8 of resolution No. 122: regulation "Issuing a certificate confirming that the applicant (family)
 * belongs to recipients of targeted social assistance" (lines 2011–2241).
 */
import type { Step } from "../../schema.ts";
import { minutes, t, type VersionInput } from "../build.ts";
import {
  ACT,
  AMENDED_BY,
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

const A = "Annex 8";
const P5 = `${A}, p. 5`;
const TITLE = t(
  "Өтініш берушінің (отбасының) атаулы әлеуметтік көмек алушыларға тиесілігін растайтын анықтама беру",
  "Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной помощи",
  "Issuing a certificate confirming that the applicant (family) belongs to recipients of targeted social assistance",
);
const COMPLETENESS = s(`${A}, p. 3`, 2058, 2061);
const TERM = s(P5, 2072, 2073, "15 (он бес) минут ішінде");

/**
 * The five steps of p. 5, which the act writes once for the provider's staff "or" the akim's office.
 * `akim` selects the akim's staff.
 */
function steps(akim: boolean): Step[] {
  const office = akim
    ? t(
        "Ауылдық округ әкімі аппаратының маманы",
        "Специалист аппарата акима сельского округа",
        "The akim office specialist",
      )
    : t(
        "Көрсетілетін қызметті берушінің кеңсе маманы",
        "Специалист канцелярии услугодателя",
        "The provider's office specialist",
      );
  const head = akim
    ? t("Ауылдық округ әкімі", "Аким сельского округа", "The rural district akim")
    : t("Көрсетілетін қызметті берушінің басшысы", "Руководитель услугодателя", "The provider's head");
  const executor = akim
    ? t(
        "Әкім аппаратының жауапты орындаушысы",
        "Ответственный исполнитель аппарата акима",
        "The akim office's responsible executor",
      )
    : t(
        "Көрсетілетін қызметті берушінің жауапты орындаушысы",
        "Ответственный исполнитель услугодателя",
        "The provider's responsible executor",
      );
  return [
    task(
      "office-register",
      akim ? "akim_specialist" : "office_clerk",
      t(
        `${office.kk} көрсетілетін қызметті алушы тапсырған құжаттарды қабылдайды және тіркеу журналына тіркейді.`,
        `${office.ru} принимает документы услугополучателя и регистрирует их в журнале регистрации.`,
        `${office.en} accepts the applicant's documents and registers them in the registration journal.`,
      ),
      null,
      t(
        `Құжаттарды ${akim ? "ауылдық округ әкіміне" : "басшыға"} бұрыштама қоюға жолдайды`,
        `Документы направлены ${akim ? "акиму" : "руководителю"} для наложения резолюции`,
        `Documents sent to ${akim ? "the akim" : "the head"} for a resolution`,
      ),
      s(`${P5}, sub-p. 1`, 2074, 2079),
      { n: "1" },
    ),
    task(
      "head-assign",
      akim ? "akim" : "head",
      t(
        `${head.kk} құжаттармен танысады және жауапты орындаушыны анықтайды.`,
        `${head.ru} знакомится с документами и определяет ответственного исполнителя.`,
        `${head.en} reviews the documents and assigns the responsible executor.`,
      ),
      null,
      t(
        "Құжаттарды жауапты орындаушыға жолдайды",
        "Документы направлены ответственному исполнителю",
        "Documents sent to the responsible executor",
      ),
      s(`${P5}, sub-p. 2`, 2080, 2084),
      { n: "2", outputDocument: "resolution_note" },
    ),
    task(
      "executor-prepare",
      akim ? "akim_executor" : "responsible_executor",
      t(
        `${executor.kk} келіп түскен құжаттарды қарайды, анықтаманы ресімдейді.`,
        `${executor.ru} рассматривает поступившие документы и оформляет справку.`,
        `${executor.en} reviews the documents and draws up the certificate.`,
      ),
      null,
      t(
        `Анықтаманы ${akim ? "ауылдық округ әкіміне" : "басшыға"} қол қою үшін жібереді`,
        `Справка направлена ${akim ? "акиму" : "руководителю"} на подпись`,
        `Certificate sent to ${akim ? "the akim" : "the head"} for signature`,
      ),
      s(`${P5}, sub-p. 3`, 2085, 2089),
      { n: "3", outputDocument: "certificate" },
    ),
    task(
      "head-sign",
      akim ? "akim" : "head",
      t(
        `${head.kk} анықтамаға қол қояды.`,
        `${head.ru} подписывает справку.`,
        `${head.en} signs the certificate.`,
      ),
      null,
      t(
        `Қол қойылған анықтаманы ${akim ? "ауылдық округ әкімі аппаратының маманына" : "кеңсеге"} жолдайды`,
        `Подписанная справка направлена ${akim ? "специалисту аппарата акима" : "в канцелярию"}`,
        `Signed certificate sent to ${akim ? "the akim office specialist" : "the office"}`,
      ),
      s(`${P5}, sub-p. 4`, 2090, 2096),
      { n: "4", outputDocument: "certificate" },
    ),
    task(
      "office-issue",
      akim ? "akim_specialist" : "office_clerk",
      t(
        `${office.kk} анықтаманы тіркеу журналына тіркейді және көрсетілетін қызметті алушыға береді.`,
        `${office.ru} регистрирует справку в журнале регистрации и выдаёт её услугополучателю.`,
        `${office.en} registers the certificate in the journal and hands it to the applicant.`,
      ),
      null,
      t(
        "Анықтаманы көрсетілетін қызметті алушыға береді",
        "Справка выдана услугополучателю",
        "Certificate handed to the applicant",
      ),
      s(`${P5}, sub-p. 5`, 2097, 2100),
      { n: "5", outputDocument: "certificate" },
    ),
  ];
}

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 2029, 2039)),
  effective: EFFECTIVE,
  source: s(A, 2011, 2241),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: {
      kinds: ["district_employment_social_department", "akim_office"],
      description: t(
        "Батыс Қазақстан облысының аудандары және облыстық маңызы бар қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері; ауылдық округ әкіміне жүгінгенде рәсімдерді әкім аппараты орындайды",
        "Отделы занятости и социальных программ районов и города областного значения Западно-Казахстанской области; при обращении к акиму сельского округа процедуры выполняет аппарат акима",
        "Employment and social programmes departments of the districts and the city of regional significance of West Kazakhstan region; when the applicant applies to the rural district akim, the akim's office performs the steps",
      ),
      source: s(`${A}, pp. 1, 5`, 2029, 2100),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 1, sub-p. 1`, 2040, 2043) },
      { channel: "provider_office", source: s(`${A}, p. 1, sub-p. 2`, 2044) },
      { channel: "akim_office", source: s(`${A}, p. 1, sub-p. 3`, 2045) },
    ],
    terms: [
      { channel: "provider_office", duration: minutes(15), source: TERM },
      { channel: "akim_office", duration: minutes(15), source: TERM },
    ],
    queue: [],
    forms: {
      values: ["electronic", "paper"],
      source: s(`${A}, p. 2`, 2046, 2047, "электрондық және (немесе) қағаз түрінде"),
    },
    results: [
      {
        id: "tsa-membership-certificate",
        kind: "certificate",
        title: t(
          "Көрсетілетін қызметті алушының атаулы әлеуметтік көмек алушыларға тиесілігін (не тиесілі еместігін) растайтын анықтама",
          "Справка, подтверждающая принадлежность (или непринадлежность) услугополучателя к получателям адресной социальной помощи",
          "Certificate confirming that the applicant belongs (or does not belong) to recipients of targeted social assistance",
        ),
        source: s(`${A}, p. 3`, 2053, 2055),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік қызметті көрсету нәтижесін ұсыну нысаны: электрондық және (немесе) қағаз түрінде.",
          "Форма предоставления результата оказания государственной услуги: электронная и (или) бумажная.",
          "The result is given electronically and/or on paper.",
        ),
        source: s(`${A}, p. 3`, 2056, 2057),
      },
      {
        text: t(
          "Анықтаманы көрсетілетін қызметті берушінің кеңсе маманы немесе ауылдық округ әкімі аппаратының маманы береді; Мемлекеттік корпорацияға жүгінгенде – Мемлекеттік корпорация қызметкері арқылы.",
          "Справку выдаёт специалист канцелярии услугодателя или специалист аппарата акима сельского округа; при обращении в Государственную корпорацию – через её работника.",
          "The certificate is handed over by the provider's office specialist or the akim office specialist; when applying through the State Corporation, by its employee.",
        ),
        source: s(`${A}, pp. 5, 8`, 2097, 2169),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 2`, 2048, 2049)),
    schedules: [],
    documents: [],
    documentsRef: {
      text: t(
        "Рәсімді бастау үшін негіздеме – Стандарттың 9-тармағына сәйкес қажетті құжаттарды тапсыру.",
        "Основание для начала процедуры – сдача необходимых документов согласно пункту 9 Стандарта.",
        "The procedure starts when the documents required by paragraph 9 of the Standard are submitted.",
      ),
      source: s(`${A}, p. 4`, 2067, 2069),
    },
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      refusalToAcceptRule(2, COMPLETENESS),
      notarialPowerOfAttorney(s(`${A}, p. 7, sub-p. 3`, 2130, 2139)),
      appeals(s(`${A}, p. 10`, 2185, 2189)),
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
      source: s(P5, 2070, 2100),
      steps: steps(false),
    },
    {
      id: "akim-office",
      channel: "akim_office",
      title: t(
        "Ауылдық округ әкіміне жүгіну",
        "Обращение к акиму сельского округа",
        "Application through the rural district akim",
      ),
      source: s(P5, 2070, 2100),
      steps: steps(true),
    },
    {
      id: "state-corporation",
      channel: "state_corporation",
      title: t(
        "Мемлекеттік корпорация арқылы жүгіну",
        "Обращение через Государственную корпорацию",
        "Application through the State Corporation",
      ),
      source: s(`${A}, pp. 3, 5, 7–8`, 2058, 2169),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 7`,
          resultRef: `${A}, p. 8`,
          powerOfAttorney: true,
          acceptanceDayExcluded: false,
          accept: [2121, 2124, "3 (үш) минут ішінде", 3],
          p1: [2125, 2129, "1 (бір) минут ішінде", 1],
          p2: [2130, 2139, "3 (үш) минут ішінде", 3],
          p3: [2140, 2144, "3 (үш) минут ішінде", 3],
          c1: [2145, 2146, "1 (бір) минут ішінде", 1],
          p4: [2147, 2150, "1 (бір) минут ішінде", 1],
          p5: [2151, 2155, "1 (бір) минут ішінде", 1],
          p6: [2158, 2159, "1 (бір) минут ішінде", 1],
          c2: [2160, 2161, "2 (екі) минут ішінде", 2],
          p7: [2162, 2165, "2 (екі) минут ішінде", 2],
          p8: [2166, 2169, "2 (екі) минут ішінде", 2],
          p8Result: t(
            "хабарлама немесе бас тарту туралы дәлелді жауап",
            "уведомление или мотивированный ответ об отказе",
            "notification or reasoned refusal",
          ),
          p8Document: "certificate",
          completeness: { annex: 2, source: COMPLETENESS },
        },
        steps(false),
      ),
    },
  ],
  contradictions: [
    {
      id: "sc-result-notification",
      kind: "internal",
      text: t(
        'Мемлекеттік корпорацияның 8-процесінде нәтиже "хабарлама немесе бас тарту туралы дәлелді жауап", ал 3-тармақ бойынша нәтиже – атаулы әлеуметтік көмек алушыларға тиесілігін (не тиесілі еместігін) растайтын анықтама.',
        'В процессе 8 Государственной корпорации результат – "уведомление или мотивированный ответ об отказе", а по пункту 3 результат – справка о принадлежности (непринадлежности) к получателям адресной социальной помощи.',
        'State Corporation process 8 names the result "notification or reasoned refusal", whereas under p. 3 the result is a certificate of belonging (or not) to recipients of targeted social assistance.',
      ),
      sources: [s(`${A}, p. 8, sub-p. 4`, 2166, 2169), s(`${A}, p. 3`, 2053, 2055)],
    },
    {
      id: "electronic-form-without-portal",
      kind: "other",
      text: t(
        'Қызмет нысаны "электрондық және (немесе) қағаз түрінде", бірақ жүгіну арналарының арасында портал жоқ (тек Мемлекеттік корпорация, көрсетілетін қызметті беруші, ауылдық округ әкімі).',
        'Форма услуги "электронная и (или) бумажная", но портала среди каналов обращения нет (только Государственная корпорация, услугодатель, аким сельского округа).',
        'The service form is "electronic and/or paper", but the portal is not among the intake channels (only the State Corporation, the provider and the rural district akim).',
      ),
      sources: [s(`${A}, p. 2`, 2046, 2047), s(`${A}, p. 1`, 2040, 2045)],
    },
  ],
};
