/**
 * Annex 2 of resolution No. 122: regulation "Registering citizens who suffered from nuclear tests at the
 * Semipalatinsk test site, paying the one-time state monetary compensation, issuing certificates" (lines 314–579).
 */
import type { Procedure, Step } from "../../schema.ts";
import { minutes, months, t, type VersionInput, workingDays } from "../build.ts";
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

const A = "Annex 2";
const TITLE = t(
  "Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккен азаматтарды тіркеу, біржолғы мемлекеттік ақшалай өтемақы төлеу, куәлік беру",
  "Регистрация граждан, пострадавших вследствие ядерных испытаний на Семипалатинском испытательном ядерном полигоне, выплата единовременной государственной денежной компенсации, выдача удостоверения",
  "Registering citizens who suffered from nuclear tests at the Semipalatinsk test site, paying the one-time state monetary compensation, issuing the certificate",
);

type Variant = "recognition" | "duplicate" | "compensation";
const VARIANTS: readonly Variant[] = ["recognition", "duplicate", "compensation"];

const COMPLETENESS = s(`${A}, p. 3`, 382, 388);

/** Step 3 of p. 5: what the responsible executor draws up, per sub-type. */
function executorSteps(variant: Variant): Step[] {
  const out = t(
    "Ресімделген құжаттарды басшыға қол қою үшін жолдайды",
    "Оформленные документы направлены руководителю на подпись",
    "Documents drawn up and sent to the head for signature",
  );
  switch (variant) {
    case "recognition":
      return [
        task(
          "executor-recognition-decision",
          "responsible_executor",
          t(
            "Жауапты орындаушы келіп түскен құжаттар бойынша тану туралы шешімді рәсімдейді.",
            "Ответственный исполнитель оформляет по поступившим документам решение о признании.",
            "The responsible executor draws up the recognition decision on the documents received.",
          ),
          workingDays(17),
          t("Тану туралы шешім", "Решение о признании", "Recognition decision"),
          s(`${A}, p. 5, sub-p. 3`, 412, 414, "17 (он жеті) жұмыс күні ішінде тану туралы шешімді"),
          { n: "3", outputDocument: "decision" },
        ),
        task(
          "executor-certificate",
          "responsible_executor",
          t(
            "Тіркеу туралы шешім қабылданғаннан кейін жауапты орындаушы алғашқы рет жүгінген көрсетілетін қызметті алушыға куәлік беруді рәсімдейді.",
            "После принятия решения о регистрации ответственный исполнитель оформляет выдачу удостоверения услугополучателю, обратившемуся впервые.",
            "After the registration decision, the responsible executor draws up the certificate for the first-time applicant.",
          ),
          workingDays(3),
          out,
          s(`${A}, p. 5, sub-p. 3`, 415, 423, "шешім қабылданғаннан кейін 3 (үш) жұмыс күні ішінде"),
          { n: "3", outputDocument: "id_certificate" },
        ),
      ];
    case "duplicate":
      return [
        task(
          "executor-duplicate",
          "responsible_executor",
          t(
            "Жауапты орындаушы куәліктің телнұсқасын беруді рәсімдейді.",
            "Ответственный исполнитель оформляет выдачу дубликата удостоверения.",
            "The responsible executor draws up the duplicate certificate.",
          ),
          workingDays(3),
          out,
          s(`${A}, p. 5, sub-p. 3`, 412, 423, "3 (үш) жұмыс күні ішінде куәліктің телнұсқасын"),
          { n: "3", outputDocument: "duplicate" },
        ),
      ];
    case "compensation":
      return [
        task(
          "executor-compensation-decision",
          "responsible_executor",
          t(
            "Жауапты орындаушы Батыс Қазақстан облысы бөлінісінде өтемақы төлеу кестесіне сәйкес өтемақы төлеу туралы шешімді рәсімдейді (мерзімі көрсетілмеген).",
            "Ответственный исполнитель оформляет решение о выплате компенсации согласно графику выплаты компенсации в разрезе Западно-Казахстанской области (срок не указан).",
            "The responsible executor draws up the decision on paying the compensation according to the compensation payment schedule for West Kazakhstan region (no duration stated).",
          ),
          null,
          out,
          s(`${A}, p. 5, sub-p. 3`, 412, 423),
          { n: "3", outputDocument: "decision" },
        ),
      ];
  }
}

/** The provider's steps (p. 5) for one sub-type. */
function providerSteps(variant: Variant): Step[] {
  const steps: Step[] = [
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
      s(`${A}, p. 5, sub-p. 1`, 401, 406, "30 (отыз) минут"),
      { n: "1" },
    ),
    task(
      "head-assign",
      "head",
      t(
        "Басшы құжаттар топтамасын қарайды және жауапты орындаушыны анықтайды.",
        "Руководитель рассматривает пакет документов и определяет ответственного исполнителя.",
        "The head reviews the package and assigns the responsible executor.",
      ),
      workingDays(1),
      t(
        "Құжаттарды жауапты орындаушыға жолдайды",
        "Документы направлены ответственному исполнителю",
        "Documents sent to the responsible executor",
      ),
      s(`${A}, p. 5, sub-p. 2`, 407, 411, "1 (бір) жұмыс күн"),
      { n: "2", outputDocument: "resolution_note" },
    ),
    ...executorSteps(variant),
    task(
      "head-sign",
      "head",
      t(
        "Басшы ресімделген құжаттарға қол қояды.",
        "Руководитель подписывает оформленные документы.",
        "The head signs the documents drawn up.",
      ),
      workingDays(1),
      t(
        "Қол қойылған құжаттарды кеңсеге жолдайды",
        "Подписанные документы направлены в канцелярию",
        "Signed documents sent to the office",
      ),
      s(`${A}, p. 5, sub-p. 4`, 424, 430, "1 (бір) жұмыс күні"),
      { n: "4" },
    ),
    task(
      "office-issue",
      "office_clerk",
      t(
        "Кеңсе қызметкері қол қойылған құжаттарды тіркейді, көрсетілетін қызметті алушыға мемлекеттік қызмет көрсету нәтижесін береді және Мемлекеттік корпорацияға өтемақы төлеу туралы құжаттарды жолдайды.",
        "Работник канцелярии регистрирует подписанные документы, выдаёт услугополучателю результат оказания услуги и направляет в Государственную корпорацию документы о выплате компенсации.",
        "The office clerk registers the signed documents, hands the result to the applicant and sends the compensation payment documents to the State Corporation.",
      ),
      minutes(30),
      t(
        "Көрсетілетін қызметті алушыға нәтижені береді; Мемлекеттік корпорация жеке шотқа аудару арқылы өтемақы төлейді",
        "Результат выдан услугополучателю; Государственная корпорация выплачивает компенсацию перечислением на личный счёт",
        "Result handed to the applicant; the State Corporation pays the compensation to the personal account",
      ),
      s(`${A}, p. 5, sub-p. 5`, 431, 437, "30 (отыз) минут ішінде"),
      { n: "5" },
    ),
  ];
  if (variant === "compensation") {
    steps.push(
      task(
        "sc-pay",
        "state_corporation_back_office",
        t(
          "Мемлекеттік корпорация өтемақыны көрсетілетін қызметті алушының жеке (дербес) шотына, ал бас бостандығынан айыру орындарында жазасын өтеп жүргендерге – қолма-қол ақшаны бақылау шоттарына аудару арқылы төлейді.",
          "Государственная корпорация выплачивает компенсацию перечислением на личный счёт услугополучателя, а отбывающим наказание в местах лишения свободы – на контрольные счета наличности.",
          "The State Corporation pays the compensation to the applicant's personal account, or, for applicants serving a sentence in places of deprivation of liberty, to the control cash accounts.",
        ),
        null,
        t("Өтемақы төленді", "Компенсация выплачена", "Compensation paid"),
        s(`${A}, pp. 3, 5`, 372, 437),
        { outputDocument: "payment" },
      ),
    );
  }
  return steps;
}

function procedures(variant: Variant): Procedure[] {
  const sc = providerSteps(variant);
  return [
    {
      id: `provider-office-${variant}`,
      channel: "provider_office",
      variant,
      title: t(
        "Көрсетілетін қызметті берушіге жүгіну",
        "Обращение к услугодателю",
        "Application at the provider's office",
      ),
      source: s(`${A}, p. 5`, 399, 437),
      steps: providerSteps(variant),
    },
    {
      id: `state-corporation-${variant}`,
      channel: "state_corporation",
      variant,
      title: t(
        "Мемлекеттік корпорация арқылы жүгіну",
        "Обращение через Государственную корпорацию",
        "Application through the State Corporation",
      ),
      source: s(`${A}, pp. 3, 5, 7–8`, 382, 505),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 7`,
          resultRef: `${A}, p. 8`,
          powerOfAttorney: true,
          acceptanceDayExcluded: false,
          accept: [457, 460, "2 (екі) минут ішінде", 2],
          p1: [461, 464, "1 (бір) минут ішінде", 1],
          p2: [465, 474, "2 (екі) минут ішінде", 2],
          p3: [475, 479, "2 (екі) минут ішінде", 2],
          c1: [480, 481, "1 (бір) минут ішінде", 1],
          p4: [482, 485, "1 (бір) минут ішінде", 1],
          p5: [486, 490, "1 (бір) минут ішінде", 1],
          p6: [493, 494, "1 (бір) минут ішінде", 1],
          c2: [495, 497, "1 (бір) минут ішінде", 1],
          p7: [498, 501, "1 (бір) минут ішінде", 1],
          p8: [502, 505, "2 (екі) минут ішінде", 2],
          p8Result: t(
            "хабарлама немесе бас тарту туралы дәлелді жауап",
            "уведомление или мотивированный ответ об отказе",
            "notification or reasoned refusal",
          ),
          p8Document: "notification",
          completeness: { annex: 3, source: COMPLETENESS },
        },
        // In the State Corporation channel the payment step ends the provider's part; P8 follows.
        sc,
      ),
    },
  ];
}

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 338, 351)),
  effective: EFFECTIVE,
  source: s(A, 314, 579),
  titleInAct: TITLE,
  variants: [
    {
      id: "recognition",
      title: t(
        "Зардап шеккен деп тану туралы шешім және куәлік беру (алғашқы рет жүгінгенде)",
        "Решение о признании пострадавшим и выдача удостоверения (при первичном обращении)",
        "Recognition decision and issue of the certificate (first application)",
      ),
    },
    {
      id: "duplicate",
      title: t(
        "Куәліктің телнұсқасын беру",
        "Выдача дубликата удостоверения",
        "Issue of a duplicate certificate",
      ),
    },
    {
      id: "compensation",
      title: t(
        "Біржолғы мемлекеттік ақшалай өтемақы төлеу",
        "Выплата единовременной государственной денежной компенсации",
        "Payment of the one-time state monetary compensation",
      ),
    },
  ],
  standard: {
    provider: {
      kinds: ["district_employment_social_department"],
      description: t(
        "Батыс Қазақстан облысының аудандары және облыстық маңызы бар қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері",
        "Отделы занятости и социальных программ районов и города областного значения Западно-Казахстанской области",
        "Employment and social programmes departments of the districts and the city of regional significance of West Kazakhstan region",
      ),
      source: s(`${A}, p. 1`, 338, 340),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 1, sub-p. 1`, 352, 356) },
      { channel: "provider_office", source: s(`${A}, p. 1, sub-p. 2`, 357) },
    ],
    terms: [],
    queue: [],
    forms: { values: ["paper"], source: s(`${A}, p. 2`, 358, 358, "қағаз түрінде") },
    results: [
      {
        id: "recognition-decision",
        kind: "decision",
        variant: "recognition",
        title: t(
          "Қазақстан Республикасының азаматтарын Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккендер деп тану туралы шешім",
          "Решение о признании граждан Республики Казахстан пострадавшими вследствие ядерных испытаний на Семипалатинском испытательном ядерном полигоне",
          "Decision recognising citizens of Kazakhstan as victims of nuclear tests at the Semipalatinsk test site",
        ),
        source: s(`${A}, p. 3`, 361, 370),
      },
      {
        id: "certificate",
        kind: "id_certificate",
        variant: "recognition",
        title: t("Куәлік", "Удостоверение", "Certificate"),
        source: s(`${A}, p. 3`, 366, 371),
      },
      {
        id: "duplicate",
        kind: "duplicate",
        variant: "duplicate",
        title: t("Куәліктің телнұсқасы", "Дубликат удостоверения", "Duplicate of the certificate"),
        source: s(`${A}, p. 3`, 366, 371),
      },
      {
        id: "compensation-personal-account",
        kind: "payment",
        variant: "compensation",
        title: t(
          "Көрсетілетін қызметті алушының дербес шотына аудару арқылы өтемақы төлеу (Мемлекеттік корпорацияда)",
          "Выплата компенсации путём перечисления на личный счёт услугополучателя (в Государственной корпорации)",
          "Payment of the compensation by transfer to the applicant's personal account (at the State Corporation)",
        ),
        source: s(`${A}, p. 3`, 367, 373),
      },
      {
        id: "compensation-control-account",
        kind: "payment",
        variant: "compensation",
        title: t(
          "Бас бостандығынан айыру орындарында жазасын өтеп жүрген көрсетілетін қызметті алушыларға қолма-қол ақшаны бақылау шоттарына аудару арқылы өтемақы төлеу",
          "Выплата компенсации услугополучателям, отбывающим наказание в местах лишения свободы, путём перечисления на контрольные счета наличности временного размещения денег",
          "Payment of the compensation to applicants serving a sentence in places of deprivation of liberty, by transfer to control cash accounts for temporary placement of money",
        ),
        source: s(`${A}, p. 3`, 374, 377),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік қызмет көрсету нәтижесін ұсыну нысаны: қағаз түрінде. Көрсетілетін қызметті берушінің кеңсе қызметкері нәтижені көрсетілетін қызметті алушыға береді.",
          "Форма предоставления результата: бумажная. Работник канцелярии услугодателя выдаёт результат услугополучателю.",
          "The result is given on paper; the provider's office clerk hands it to the applicant.",
        ),
        source: s(`${A}, pp. 3, 5`, 378, 437),
      },
      {
        text: t(
          "Өтемақыны Мемлекеттік корпорация көрсетілетін қызметті алушының жеке шотына аудару арқылы төлейді.",
          "Компенсацию выплачивает Государственная корпорация перечислением на личный счёт услугополучателя.",
          "The State Corporation pays the compensation by transfer to the applicant's personal account.",
        ),
        source: s(`${A}, p. 5, sub-p. 5`, 431, 437),
      },
      {
        text: t(
          "Мемлекеттік корпорация арқылы жүгінгенде нәтижені көрсетілетін қызметті алушы Мемлекеттік корпорация қызметкері арқылы алады.",
          "При обращении через Государственную корпорацию результат услугополучатель получает через её работника.",
          "When applying through the State Corporation, the applicant receives the result from its employee.",
        ),
        source: s(`${A}, p. 8, sub-p. 4`, 502, 505),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 2`, 359, 360)),
    schedules: [],
    documents: [],
    documentsRef: {
      text: t(
        "Рәсімді бастауға негіздеме – Стандарттың 1 және (немесе) 2-қосымшаларына сәйкес нысандар бойынша өтініш; құжаттар тізбесі Стандарттың 9-тармағында.",
        "Основание для начала процедуры – заявление по формам приложений 1 и (или) 2 к Стандарту; перечень документов – в пункте 9 Стандарта.",
        "The procedure starts on an application in the forms of annexes 1 and/or 2 of the Standard; the documents are listed in paragraph 9 of the Standard.",
      ),
      source: s(`${A}, pp. 4–5`, 395, 404),
    },
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          "Мемлекеттік қызмет көрсету туралы шешімді қабылдау үшін қосымша сұрау салу, тексеру жүргізу қажет болған жағдайларда мерзім 1 (бір) айға ұзартылады.",
          "Срок оказания услуги продлевается на 1 (один) месяц, если для принятия решения необходимы дополнительный запрос или проверка.",
          "The term is extended by 1 (one) month where an additional inquiry or inspection is needed to decide.",
        ),
        source: s(`${A}, p. 3`, 379, 381, "1 (бір) айға ұзартылады"),
      },
      refusalToAcceptRule(3, COMPLETENESS),
      notarialPowerOfAttorney(s(`${A}, p. 7, sub-p. 3`, 465, 474)),
      appeals(s(`${A}, p. 10`, 523, 527)),
    ],
    termExtensions: [
      {
        id: "additional-inquiry",
        duration: months(1),
        condition: t(
          "Шешім қабылдау үшін қосымша сұрау салу, тексеру жүргізу қажет болған жағдайда",
          "Если для принятия решения необходимы дополнительный запрос или проверка",
          "Where an additional inquiry or inspection is needed to decide",
        ),
        source: s(`${A}, p. 3`, 379, 381, "1 (бір) айға ұзартылады"),
      },
    ],
  },
  procedures: VARIANTS.flatMap(procedures),
  contradictions: [
    {
      id: "sc-result-notification",
      kind: "internal",
      text: t(
        'Мемлекеттік корпорацияда 8-процесте нәтиже ретінде "хабарлама немесе бас тарту туралы дәлелді жауап" аталады, ал 3-тармақ нәтижелерді тану туралы шешім, куәлік (телнұсқа) және өтемақы төлеу деп белгілейді.',
        'В процессе 8 Государственной корпорации результатом названо "уведомление или мотивированный ответ об отказе", тогда как пункт 3 называет результатами решение о признании, удостоверение (дубликат) и выплату компенсации.',
        'Process 8 at the State Corporation names the result "notification or reasoned refusal", whereas p. 3 lists the recognition decision, the certificate (duplicate) and the compensation payment.',
      ),
      sources: [s(`${A}, p. 8, sub-p. 4`, 502, 505), s(`${A}, p. 3`, 361, 377)],
    },
    {
      id: "title-certificate-plural",
      kind: "other",
      text: t(
        'Қызмет атауында "куәлік беру" (жекеше), ал регламенттің қосымшаларына сілтемелер мен тақырыптарда "куәліктер беру" (көпше) деп жазылған.',
        'В названии услуги "выдача удостоверения" (ед. ч.), а в ссылках на приложения регламента и их заголовках – "выдача удостоверений" (мн. ч.).',
        'The service title says "issuing the certificate" (singular), the references to and headings of the regulation\'s annexes say "issuing certificates" (plural).',
      ),
      sources: [s(`${A}, p. 1`, 334, 336), s(`${A}, p. 8 and annex 2 heading`, 507, 578)],
    },
    {
      id: "no-base-term",
      kind: "other",
      text: t(
        "Регламент мерзімнің 1 айға ұзартылуын көздейді, бірақ негізгі қызмет көрсету мерзімін белгілемейді (ол Стандартта).",
        "Регламент предусматривает продление срока на 1 месяц, но сам основной срок оказания услуги не устанавливает (он в Стандарте).",
        "The regulation provides a 1-month extension of the term but states no base term of the service (it is in the Standard).",
      ),
      sources: [s(`${A}, p. 3`, 379, 381)],
    },
  ],
};
