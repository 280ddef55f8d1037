/** Annex 9 of resolution No. 122: regulation "Granting oralman status" (lines 2242–2475). */
import type { Step } from "../../schema.ts";
import { hours, minutes, t, type VersionInput, workingDays } from "../build.ts";
import {
  ACT,
  AMENDED_BY,
  appeals,
  decision,
  EFFECTIVE,
  freeOfCharge,
  ISSUER,
  implementsStandard,
  s,
  stateCorporationSteps,
  task,
  VERSION_ID,
} from "./common.ts";

const A = "Annex 9";
const P7 = `${A}, p. 7`;
const TITLE = t("Оралман мәртебесін беру", "Присвоение статуса оралмана", "Granting oralman status");
const TERM = s(`${A}, p. 4, sub-p. 1`, 2280, 2282, "5 (бес) жұмыс күні");
const COURIER_TERM = s(`${A}, p. 4, sub-p. 1`, 2283, 2285, "5 (бес) жұмыс күні");

/** The provider's eleven steps (p. 7), shared by both channels. */
function providerSteps(): Step[] {
  return [
    decision(
      "oralman-db-check",
      "responsible_executor",
      t(
        'Өтінішті тіркеуді ресімдегенге дейін "Оралман" электрондық деректер қоры арқылы тексергенде көрсетілетін қызметті алушы басқа облыста тіркелмеген бе?',
        'Не зарегистрирован ли услугополучатель в другой области по проверке в электронной базе данных "Оралман" до оформления регистрации заявления?',
        'Before the application is registered: is the applicant not registered in another region, according to the "Oralman" electronic database?',
      ),
      null,
      "registration-refused",
      s(`${P7}, sub-p. 1`, 2309, 2312),
      { n: "1", next: "oralman-db-entry" },
    ),
    task(
      "registration-refused",
      "responsible_executor",
      t(
        "Көрсетілетін қызметті алушының басқа облыста тіркелгені анықталған жағдайда өтінішті тіркеу жүргізілмейді.",
        "Если установлено, что услугополучатель зарегистрирован в другой области, регистрация заявления не производится.",
        "If the applicant is found to be registered in another region, the application is not registered.",
      ),
      null,
      t("Өтініш тіркелмейді", "Заявление не регистрируется", "Application not registered"),
      s(`${P7}, sub-p. 1`, 2313, 2314),
      { n: "1", next: "end" },
    ),
    task(
      "oralman-db-entry",
      "responsible_executor",
      t(
        'Жауапты орындаушы "Оралман" электрондық деректер қорына көрсетілетін қызметті алушының деректерін енгізеді.',
        'Ответственный исполнитель вносит данные услугополучателя в электронную базу данных "Оралман".',
        'The responsible executor enters the applicant\'s data into the "Oralman" electronic database.',
      ),
      null,
      t(
        '"Оралман" деректер қорына енгізу',
        'Запись в базе данных "Оралман"',
        'Entry in the "Oralman" database',
      ),
      s(`${P7}, sub-p. 1`, 2315, 2316),
      { n: "1", outputDocument: "data_bank_entry" },
    ),
    task(
      "office-register",
      "office_clerk",
      t(
        "Кеңсе қызметкері құжаттарды тіркеу журналына тіркейді және басшыға бұрыштама қоюға жолдайды.",
        "Работник канцелярии регистрирует документы в журнале регистрации и направляет руководителю для наложения резолюции.",
        "The office clerk registers the documents in the registration journal and sends them to the head for a resolution.",
      ),
      minutes(30),
      t(
        "Тіркеу журналына тіркеу және басшыға бұрыштама қоюға жолдау",
        "Регистрация в журнале и направление руководителю для резолюции",
        "Registered in the journal and sent to the head for a resolution",
      ),
      s(`${P7}, sub-p. 2`, 2317, 2321, "30 (отыз) минут ішінде"),
      { n: "2" },
    ),
    task(
      "head-forward",
      "head",
      t(
        "Басшы құжаттармен танысады және орындау үшін бөлім басшысына жолдайды.",
        "Руководитель знакомится с документами и направляет их руководителю отдела для исполнения.",
        "The head reviews the documents and sends them to the department head for execution.",
      ),
      workingDays(1),
      t("Бөлім басшысына жолдау", "Направлено руководителю отдела", "Sent to the department head"),
      s(`${P7}, sub-p. 3`, 2322, 2326, "1 (бір) жұмыс күні ішінде"),
      { n: "3", outputDocument: "resolution_note" },
    ),
    task(
      "department-assign",
      "department_head",
      t(
        "Бөлім басшысы мемлекеттік қызметті көрсету үшін жауапты орындаушыны анықтайды.",
        "Руководитель отдела определяет ответственного исполнителя для оказания услуги.",
        "The department head assigns the responsible executor.",
      ),
      hours(1),
      t(
        "Құжаттарды жауапты орындаушыға жолдау",
        "Документы направлены ответственному исполнителю",
        "Documents sent to the responsible executor",
      ),
      s(`${P7}, sub-p. 4`, 2327, 2334, "1 (бір) сағат ішінде"),
      { n: "4" },
    ),
    task(
      "executor-decision",
      "responsible_executor",
      t(
        "Жауапты орындаушы құжаттарды зерделейді, шешімді дайындайды және бөлім басшысына келісуге жібереді.",
        "Ответственный исполнитель изучает документы, готовит решение и направляет руководителю отдела на согласование.",
        "The responsible executor studies the documents, drafts the decision and sends it to the department head for approval.",
      ),
      workingDays(2),
      t(
        "Шешімді бөлім басшысына келісуге жіберу",
        "Решение направлено руководителю отдела на согласование",
        "Decision sent to the department head for approval",
      ),
      s(`${P7}, sub-p. 5`, 2335, 2339, "2 (екі) жұмыс күні"),
      { n: "5", outputDocument: "decision" },
    ),
    task(
      "department-approve-decision",
      "department_head",
      t(
        "Бөлім басшысы шешіммен келіседі және басшыға қол қою үшін жібереді.",
        "Руководитель отдела согласовывает решение и направляет руководителю на подпись.",
        "The department head approves the decision and sends it to the head for signature.",
      ),
      hours(1),
      t(
        "Шешіммен келісу және басшыға қол қоюға жіберу",
        "Решение согласовано и направлено руководителю на подпись",
        "Decision approved and sent to the head for signature",
      ),
      s(`${P7}, sub-p. 6`, 2340, 2344, "1 (бір) сағат ішінде"),
      { n: "6", outputDocument: "decision" },
    ),
    task(
      "head-sign-decision",
      "head",
      t(
        "Басшы шешімге қол қояды және жауапты орындаушыға жібереді.",
        "Руководитель подписывает решение и направляет ответственному исполнителю.",
        "The head signs the decision and sends it to the responsible executor.",
      ),
      hours(2),
      t(
        "Шешімге қол қою және жауапты орындаушыға жіберу",
        "Решение подписано и направлено ответственному исполнителю",
        "Decision signed and sent to the responsible executor",
      ),
      s(`${P7}, sub-p. 7`, 2345, 2348, "2 (екі) сағат ішінде"),
      { n: "7", outputDocument: "decision" },
    ),
    task(
      "executor-certificate",
      "responsible_executor",
      t(
        "Жауапты орындаушы шешімнің негізінде оралман куәлігін толтырады және бөлім басшысына келісуге жібереді.",
        "Ответственный исполнитель на основании решения заполняет удостоверение оралмана и направляет руководителю отдела на согласование.",
        "On the basis of the decision the responsible executor fills in the oralman certificate and sends it to the department head for approval.",
      ),
      hours(2),
      t(
        "Оралман куәлігін бөлім басшысына келісуге жіберу",
        "Удостоверение оралмана направлено руководителю отдела на согласование",
        "Oralman certificate sent to the department head for approval",
      ),
      s(`${P7}, sub-p. 8`, 2349, 2353, "2 (екі) сағат"),
      { n: "8", outputDocument: "id_certificate" },
    ),
    task(
      "department-approve-certificate",
      "department_head",
      t(
        "Бөлім басшысы оралман куәлігімен келіседі және басшыға қол қою үшін жібереді.",
        "Руководитель отдела согласовывает удостоверение оралмана и направляет руководителю на подпись.",
        "The department head approves the oralman certificate and sends it to the head for signature.",
      ),
      hours(1),
      t(
        "Оралман куәлігімен келісу және басшыға қол қоюға жіберу",
        "Удостоверение согласовано и направлено руководителю на подпись",
        "Certificate approved and sent to the head for signature",
      ),
      s(`${P7}, sub-p. 9`, 2354, 2358, "1 (бір) сағат ішінде"),
      { n: "9", outputDocument: "id_certificate" },
    ),
    task(
      "head-sign-certificate",
      "head",
      t(
        "Басшы оралман куәлігіне қол қояды және жауапты орындаушыға жібереді.",
        "Руководитель подписывает удостоверение оралмана и направляет ответственному исполнителю.",
        "The head signs the oralman certificate and sends it to the responsible executor.",
      ),
      workingDays(1),
      t(
        "Оралман куәлігіне қол қою және жауапты орындаушыға жіберу",
        "Удостоверение подписано и направлено ответственному исполнителю",
        "Certificate signed and sent to the responsible executor",
      ),
      s(`${P7}, sub-p. 10`, 2359, 2363, "1 (бір) жұмыс күні ішінде"),
      { n: "10", outputDocument: "id_certificate" },
    ),
    task(
      "executor-issue",
      "responsible_executor",
      t(
        "Жауапты орындаушы оралман куәлігін куәліктің берілуін есепке алу журналына тіркейді және көрсетілетін қызметті алушыға береді.",
        "Ответственный исполнитель регистрирует удостоверение оралмана в журнале учёта выдачи удостоверений и выдаёт его услугополучателю.",
        "The responsible executor registers the oralman certificate in the certificate-issuance log and hands it to the applicant.",
      ),
      minutes(30),
      t(
        "Оралман куәлігін көрсетілетін қызметті алушыға беру",
        "Удостоверение оралмана выдано услугополучателю",
        "Oralman certificate handed to the applicant",
      ),
      s(`${P7}, sub-p. 11`, 2364, 2367, "30 (отыз) минут"),
      { n: "11", outputDocument: "id_certificate" },
    ),
  ];
}

export const version: VersionInput = {
  id: VERSION_ID,
  issuer: ISSUER,
  act: ACT,
  amendedBy: AMENDED_BY,
  implementsStandard: implementsStandard(TITLE, s(`${A}, p. 1`, 2260, 2269)),
  effective: EFFECTIVE,
  source: s(A, 2242, 2475),
  titleInAct: TITLE,
  variants: [],
  standard: {
    provider: {
      kinds: ["regional_employment_social_department"],
      description: t(
        '"Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы" мемлекеттік мекемесі (Орал қаласы, Сарайшық көшесі, 44/2 үй, телефон: 8 (7112) 241834)',
        'Государственное учреждение "Управление координации занятости и социальных программ Западно-Казахстанской области" (г. Уральск, ул. Сарайшык, 44/2, телефон 8 (7112) 241834)',
        'State institution "West Kazakhstan regional department for coordination of employment and social programmes" (Uralsk, Saraishyk street 44/2, tel. 8 (7112) 241834)',
      ),
      source: s(`${A}, p. 1`, 2260, 2264),
    },
    channels: [
      { channel: "state_corporation", source: s(`${A}, p. 3, sub-p. 1`, 2271, 2275) },
      { channel: "provider_office", source: s(`${A}, p. 3, sub-p. 2`, 2276) },
    ],
    terms: [
      {
        channel: "provider_office",
        duration: workingDays(5),
        condition: t(
          "Көрсетілетін қызметті беруші құжаттардың толық топтамасын тіркеген сәттен бастап",
          "С момента регистрации услугодателем полного пакета документов",
          "From the registration of the complete package by the provider",
        ),
        source: TERM,
      },
      {
        channel: "state_corporation",
        duration: workingDays(5),
        condition: t(
          "Көрсетілетін қызметті беруші құжаттардың толық топтамасын тіркеген сәттен бастап",
          "С момента регистрации услугодателем полного пакета документов",
          "From the registration of the complete package by the provider",
        ),
        source: TERM,
      },
      {
        channel: "state_corporation",
        duration: workingDays(5),
        condition: t(
          "Құжаттар топтамасын және нәтижені курьермен жеткізуді қамтамасыз ету үшін аудандық (қалалық) Мемлекеттік корпорация бөлімшесінде өтініш білдірген кезде",
          "При обращении в районное (городское) отделение Государственной корпорации для курьерской доставки пакета документов и результата",
          "When applying at a district (city) office of the State Corporation with courier delivery of the package and the result",
        ),
        source: COURIER_TERM,
      },
    ],
    queue: [
      {
        channel: "provider_office",
        maxWaitMinutes: 30,
        maxServiceMinutes: 30,
        source: s(`${A}, p. 4, sub-pp. 2–3`, 2289, 2294),
      },
      {
        channel: "state_corporation",
        maxWaitMinutes: 15,
        maxServiceMinutes: 20,
        source: s(`${A}, p. 4, sub-pp. 2–3`, 2289, 2294),
      },
    ],
    forms: { values: ["paper"], source: s(`${A}, p. 2`, 2270, 2270, "қағаз түрінде") },
    results: [
      {
        id: "oralman-certificate",
        kind: "id_certificate",
        title: t("Оралман куәлігі", "Удостоверение оралмана", "Oralman certificate"),
        source: s(`${A}, p. 5`, 2295, 2296),
      },
    ],
    delivery: [
      {
        text: t(
          "Мемлекеттік қызметті көрсету нәтижесін ұсыну нысаны – қағаз түрінде; жауапты орындаушы оралман куәлігін көрсетілетін қызметті алушыға береді.",
          "Форма предоставления результата – бумажная; ответственный исполнитель выдаёт удостоверение оралмана услугополучателю.",
          "The result is given on paper; the responsible executor hands the oralman certificate to the applicant.",
        ),
        source: s(`${A}, pp. 2, 7`, 2270, 2367),
      },
      {
        text: t(
          "Аудандық (қалалық) Мемлекеттік корпорация бөлімшесінде өтініш білдірген кезде құжаттар топтамасы мен нәтиже курьермен жеткізіледі.",
          "При обращении в районное (городское) отделение Государственной корпорации пакет документов и результат доставляются курьером.",
          "When applying at a district (city) office of the State Corporation, the package and the result are delivered by courier.",
        ),
        source: s(`${A}, p. 4, sub-p. 1`, 2283, 2285),
      },
      {
        text: t(
          "Мемлекеттік корпорация арқылы жүгінгенде оралман куәлігін көрсетілетін қызметті алушы Мемлекеттік корпорация қызметкері арқылы алады.",
          "При обращении через Государственную корпорацию удостоверение оралмана услугополучатель получает через её работника.",
          "When applying through the State Corporation, the applicant receives the oralman certificate from its employee.",
        ),
        source: s(`${A}, p. 11, sub-p. 4`, 2437, 2439),
      },
    ],
    fee: freeOfCharge(s(`${A}, p. 3`, 2277, 2278)),
    schedules: [],
    documents: [],
    documentsRef: {
      text: t(
        "Іс-қимылдарды бастау үшін негіздеме – Стандарттың 9-тармағына сәйкес өтінішті және құжаттарды беру.",
        "Основание для начала действий – подача заявления и документов согласно пункту 9 Стандарта.",
        "The procedure starts on the application and the documents under paragraph 9 of the Standard.",
      ),
      source: s(`${A}, p. 6`, 2303, 2306),
    },
    refusalGrounds: [],
    refusalGroundsRef: null,
    otherRequirements: [
      {
        text: t(
          'Өтінішті тіркеуге дейін көрсетілетін қызметті алушының деректері "Оралман" электрондық деректер қоры арқылы басқа облыста тіркелуі жөнінен тексеріледі; басқа облыста тіркелгені анықталса, өтініш тіркелмейді.',
          'До регистрации заявления данные услугополучателя проверяются в электронной базе данных "Оралман" на регистрацию в другой области; если она установлена, заявление не регистрируется.',
          'Before the application is registered, the applicant is checked in the "Oralman" electronic database for registration in another region; if registered elsewhere, the application is not registered.',
        ),
        source: s(`${P7}, sub-p. 1`, 2309, 2316),
      },
      appeals(s(`${A}, p. 12`, 2443, 2447)),
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
      source: s(P7, 2307, 2367),
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
      source: s(`${A}, pp. 7, 10–11`, 2307, 2439),
      steps: stateCorporationSteps(
        {
          intakeRef: `${A}, p. 10`,
          resultRef: `${A}, p. 11`,
          powerOfAttorney: false,
          acceptanceDayExcluded: false,
          accept: [2397, 2400, "2 (екі) минут ішінде", 2],
          p1: [2401, 2405, "2 (екі) минут ішінде", 2],
          p2: [2406, 2412, "2 (екі) минут ішінде", 2],
          p3: [2413, 2415, "2 (екі) минут ішінде", 2],
          c1: [2416, 2417, "1 (бір) минут ішінде", 1],
          p4: [2418, 2420, "2 (екі) минут ішінде", 2],
          p5: [2421, 2425, "2 (екі) минут ішінде", 2],
          p6: [2428, 2429, "1 (бір) минут ішінде", 1],
          c2: [2430, 2432, "2 (екі) минут ішінде", 2],
          p7: [2433, 2436, "2 (екі) минут ішінде", 2],
          p8: [2437, 2439, "2 (екі) минут ішінде", 2],
          p8Result: t("оралман куәлігі", "удостоверение оралмана", "oralman certificate"),
          p8Document: "id_certificate",
        },
        providerSteps(),
      ),
    },
  ],
  contradictions: [
    {
      id: "term-vs-steps-provider-office",
      kind: "term_vs_steps",
      procedure: "provider-office",
      text: t(
        'Мерзім 5 жұмыс күні; рәсімдер 30 минут + 1 жұмыс күні + 1 сағат + 2 жұмыс күні + 1 + 2 + 2 + 1 сағат + 1 жұмыс күні + 30 минут = 4 жұмыс күні 8 сағат, яғни 8 сағаттық жұмыс күнімен дәл 5 жұмыс күні, оған ұзақтығы көрсетілмеген "Оралман" қорымен тексеру қосылады – мерзімге сыймауы мүмкін.',
        'Срок 5 рабочих дней; процедуры: 30 минут + 1 рабочий день + 1 час + 2 рабочих дня + 1 + 2 + 2 + 1 час + 1 рабочий день + 30 минут = 4 рабочих дня 8 часов, то есть ровно 5 рабочих дней при 8-часовом дне, плюс проверка по базе "Оралман" без указанного срока – срок может быть превышен.',
        'The term is 5 working days; the steps take 30 min + 1 wd + 1 h + 2 wd + 1 + 2 + 2 + 1 h + 1 wd + 30 min = 4 working days and 8 hours, exactly 5 working days at 8 hours a day, plus the "Oralman" database check with no stated duration – the term may be exceeded.',
      ),
      sources: [TERM, s(P7, 2307, 2367)],
    },
    {
      id: "term-vs-steps-state-corporation",
      kind: "term_vs_steps",
      procedure: "state-corporation",
      text: t(
        "Мемлекеттік корпорация арқылы: көрсетілетін қызметті берушінің рәсімдері (дәл 5 жұмыс күні) мен Мемлекеттік корпорацияның қадамдары (6-процесс, 2-шарт және 8-процесс қана 5 минут) 5 жұмыс күнінен асады.",
        "Через Государственную корпорацию: процедуры услугодателя (ровно 5 рабочих дней) вместе с шагами Государственной корпорации (только процесс 6, условие 2 и процесс 8 – 5 минут) превышают 5 рабочих дней.",
        "Through the State Corporation: the provider's steps (exactly 5 working days) plus the State Corporation steps (process 6, condition 2 and process 8 alone take 5 minutes) exceed 5 working days.",
      ),
      sources: [TERM, COURIER_TERM, s(P7, 2307, 2367), s(`${A}, pp. 10–11`, 2395, 2439)],
    },
  ],
};
