/**
 * Seed 001: West Kazakhstan regional akimat resolution No. 122 of 15 April 2016, which restates
 * nine regulations of state services in the social and labour sphere (Annexes 1–9).
 *
 * What repeats across the annexes lives here: the act itself, the State Corporation flow
 * (acceptance, processes 1–8, conditions 1–2), the portal flow (processes 1–7, conditions 1–3),
 * the rural-district akim route and small constructors for steps. Every builder takes the
 * line numbers, quotes and durations of the annex it is used for.
 */
import type { ActRef, CitedText, Duration, Source, Step, Text } from "../../schema.ts";
import type { AutomatedCheck, DocumentKind, Role } from "../../vocabulary.ts";
import { minutes, src, t } from "../build.ts";

/** A source in seed 001. */
export function s(ref: string, from: number, to: number = from, quote?: string): Source {
  return src("001", ref, from, to, quote);
}

/** The version id shared by the nine regulations of this act. */
export const VERSION_ID = "west-kazakhstan-2016";

export const ISSUER = {
  kind: "regional_akimat" as const,
  region: "west-kazakhstan" as const,
  name: t(
    "Батыс Қазақстан облысының әкімдігі",
    "Акимат Западно-Казахстанской области",
    "West Kazakhstan regional akimat",
  ),
};

export const ACT: ActRef = {
  kind: "resolution",
  number: "122",
  date: "2016-04-15",
  registration: { number: "4432", date: "2016-05-25" },
  title: t(
    'Батыс Қазақстан облысы әкімдігінің 2015 жылғы 4 тамыздағы № 204 "Әлеуметтік-еңбек саласындағы мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы" қаулысына өзгерістер енгізу туралы',
    'О внесении изменений в постановление акимата Западно-Казахстанской области от 4 августа 2015 года № 204 "Об утверждении регламентов государственных услуг в социально-трудовой сфере"',
    'On amendments to West Kazakhstan regional akimat resolution No. 204 of 4 August 2015 "On approval of regulations of state services in the social and labour sphere"',
  ),
  issuedBy: ISSUER.name,
};

/** The seed names only the repealing act's number and date (lines 9–13), not its title or registration. */
export const AMENDED_BY: ActRef[] = [
  {
    kind: "resolution",
    number: "131",
    date: "2020-06-05",
    registration: null,
    title: t(
      "Батыс Қазақстан облысы әкімдігінің 2020 жылғы 5 маусымдағы № 131 қаулысы (осы қаулының күшін жойды; атауы мәтінде келтірілмеген)",
      "Постановление акимата Западно-Казахстанской области от 5 июня 2020 года № 131 (признало настоящее постановление утратившим силу; название в тексте не приведено)",
      "West Kazakhstan regional akimat resolution No. 131 of 5 June 2020 (repealed this resolution; its title is not given in the seed)",
    ),
    issuedBy: ISSUER.name,
  },
];

export const EFFECTIVE = {
  from: "2016-06-05",
  to: "2020-06-16",
  note:
    "In force once 10 calendar days have passed after first official publication (p. 4, lines 68–69); the " +
    "publication date is not in the seed and cannot precede registration with the Justice Department (25 May 2016), " +
    "so 5 June 2016 is the earliest day in force. Repealed by akimat resolution No. 131 of 5 June 2020, itself in " +
    "force 10 calendar days after its first official publication (lines 9–13); counted from its adoption, " +
    "16 June 2020 is the earliest day the regulation no longer applies.",
  source: s("Header and p. 4", 6, 69, "алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн"),
};

/** The national service standard (Order No. 279) that each regulation implements. */
export function implementsStandard(service: Text, source: Source): CitedText {
  return {
    text: t(
      `Қазақстан Республикасы Денсаулық сақтау және әлеуметтік даму министрінің 2015 жылғы 28 сәуірдегі № 279 "Әлеуметтік-еңбек саласындағы мемлекеттік көрсетілетін қызмет стандарттарын бекіту туралы" бұйрығымен (ҚР Әділет министрлігінде 2015 жылғы 12 маусымда № 11342 тіркелді) бекітілген "${service.kk}" мемлекеттік көрсетілетін қызмет стандарты`,
      `Стандарт государственной услуги "${service.ru}", утверждённый приказом Министра здравоохранения и социального развития Республики Казахстан от 28 апреля 2015 года № 279 "Об утверждении стандартов государственных услуг в социально-трудовой сфере" (зарегистрирован в Министерстве юстиции 12 июня 2015 года № 11342)`,
      `Standard of the state service "${service.en}" approved by Order No. 279 of the Minister of Healthcare and Social Development of 28 April 2015 "On approval of standards of state services in the social and labour sphere" (registered with the Ministry of Justice on 12 June 2015, No. 11342)`,
    ),
    source,
  };
}

/** "The state service is rendered to individuals free of charge." */
export function freeOfCharge(source: Source) {
  return {
    free: true,
    text: t(
      "Мемлекеттік қызмет жеке тұлғаларға тегін көрсетіледі.",
      "Государственная услуга оказывается физическим лицам бесплатно.",
      "The state service is rendered to individuals free of charge.",
    ),
    source,
  };
}

/** The documents are those of paragraph 9 of the Standard; this act does not list them. */
export function documentsInStandard(source: Source): CitedText {
  return {
    text: t(
      "Құжаттар тізбесі Стандарттың 9-тармағында көрсетілген; регламент оларды тізбелемейді.",
      "Перечень документов приведён в пункте 9 Стандарта; регламент их не перечисляет.",
      "The list of documents is in paragraph 9 of the Standard; the regulation does not list them.",
    ),
    source,
  };
}

/** Appeals follow Section 3 of the Standard. */
export function appeals(source: Source): CitedText {
  return {
    text: t(
      "Көрсетілетін қызметті берушінің, Мемлекеттік корпорацияның және олардың қызметкерлерінің шешімдеріне, әрекеттеріне (әрекетсіздігіне) шағымдану Стандарттың 3-бөліміне сәйкес жүзеге асырылады.",
      "Обжалование решений, действий (бездействия) услугодателя, Государственной корпорации и их работников осуществляется в соответствии с разделом 3 Стандарта.",
      "Decisions, actions (omissions) of the provider, the State Corporation and their employees are appealed under Section 3 of the Standard.",
    ),
    source,
  };
}

/**
 * Incomplete package at the State Corporation: its employee issues a receipt of refusal to accept
 * the documents in the form of the Standard's annex (`annex` null where the act omits the number).
 */
export function refusalToAcceptRule(annex: number | null, source: Source): CitedText {
  const kk =
    annex === null ? "Стандарттың қосымшасына (нөмірі көрсетілмеген)" : `Стандарттың ${annex}-қосымшасына`;
  const ru = annex === null ? "приложению Стандарта (номер не указан)" : `приложению ${annex} к Стандарту`;
  const en =
    annex === null ? "an annex of the Standard (number not given)" : `annex ${annex} of the Standard`;
  return {
    text: t(
      `Көрсетілетін қызметті алушы Стандарттың 9-тармағында көзделген тізбеге сәйкес құжаттардың толық топтамасын ұсынбаған жағдайда, Мемлекеттік корпорация қызметкері ${kk} сәйкес нысан бойынша құжаттарды қабылдаудан бас тарту туралы қолхат береді.`,
      `Если услугополучатель не представил полный пакет документов согласно перечню пункта 9 Стандарта, работник Государственной корпорации выдаёт расписку об отказе в приёме документов по форме согласно ${ru}.`,
      `If the applicant does not submit the complete package of documents listed in paragraph 9 of the Standard, the State Corporation employee issues a receipt of refusal to accept the documents in the form of ${en}.`,
    ),
    source,
  };
}

/** Only a notarially certified power of attorney is accepted at the State Corporation desk. */
export function notarialPowerOfAttorney(source: Source): CitedText {
  return {
    text: t(
      "Өкіл сенімхат бойынша жүгінгенде нотариалды куәландырылған сенімхаттың болуы қажет, басқалай куәландырылған сенімхаттың мәліметтері толтырылмайды.",
      "Представитель по доверенности должен иметь нотариально удостоверенную доверенность; данные иначе удостоверенной доверенности не заполняются.",
      "A representative must hold a notarially certified power of attorney; data of a power of attorney certified otherwise are not entered.",
    ),
    source,
  };
}

// ------------------------------------------------------------------ steps

export interface StepExtra {
  n?: string;
  next?: string;
  outputDocument?: DocumentKind;
  excludedFromTerm?: boolean;
  /** The named automated check of an information system's decision. */
  check?: AutomatedCheck;
}

/** A task step. */
export function task(
  id: string,
  actor: Role,
  action: Text,
  duration: Duration | null,
  output: Text | null,
  source: Source,
  extra: StepExtra = {},
): Step {
  return {
    id,
    ...(extra.n ? { n: extra.n } : {}),
    kind: "task",
    actor,
    action,
    duration,
    output,
    ...rest(extra),
    source,
  };
}

/** A decision step: `question` is phrased so that "yes" continues (to `extra.next` or the next step). */
export function decision(
  id: string,
  actor: Role,
  question: Text,
  duration: Duration | null,
  ifNo: string,
  source: Source,
  extra: StepExtra = {},
): Step {
  return {
    id,
    ...(extra.n ? { n: extra.n } : {}),
    kind: "decision",
    actor,
    action: question,
    duration,
    output: null,
    ...rest(extra),
    ifNo,
    source,
  };
}

function rest(extra: StepExtra) {
  return {
    ...(extra.outputDocument ? { outputDocument: extra.outputDocument } : {}),
    ...(extra.next ? { next: extra.next } : {}),
    ...(extra.excludedFromTerm ? { excludedFromTerm: true } : {}),
    ...(extra.check ? { check: extra.check } : {}),
  };
}

/** Returns `steps` with the last one jumping to `next`. */
export function thenGo(steps: Step[], next: string): Step[] {
  return steps.map((step, i) => (i === steps.length - 1 ? { ...step, next } : step));
}

/** Prefixes every step id (and the ids that `next` / `ifNo` point to) so that chains can be combined. */
export function prefixed(prefix: string, steps: Step[]): Step[] {
  const ids = new Set(steps.map((step) => step.id));
  const map = (id: string | undefined) => (id !== undefined && ids.has(id) ? `${prefix}-${id}` : id);
  return steps.map((step) => {
    const next = map(step.next);
    const ifNo = map(step.ifNo);
    return {
      ...step,
      id: `${prefix}-${step.id}`,
      ...(next !== undefined ? { next } : {}),
      ...(ifNo !== undefined ? { ifNo } : {}),
    };
  });
}

// ------------------------------------------------------ State Corporation flow

/** One timed sub-paragraph: first line, last line, the quote that states the minutes, the minutes. */
export type TimedLine = readonly [from: number, to: number, quote: string, minutes: number];

export interface ScFlow {
  /** The act's paragraph of the intake description, e.g. "Annex 1, p. 8". */
  intakeRef: string;
  /** The act's paragraph of the result description, e.g. "Annex 1, p. 9". */
  resultRef: string;
  /** Whether the flow handles a representative with a power of attorney (checks in БНАЖ). */
  powerOfAttorney: boolean;
  /** The act excludes the day of acceptance at the State Corporation from the term. */
  acceptanceDayExcluded: boolean;
  accept: TimedLine;
  p1: TimedLine;
  p2: TimedLine;
  p3: TimedLine;
  c1: TimedLine;
  p4: TimedLine;
  p5: TimedLine;
  p6: TimedLine;
  c2: TimedLine;
  p7: TimedLine;
  p8: TimedLine;
  /** What the applicant receives at process 8, as the act words it. */
  p8Result: Text;
  p8Document: DocumentKind;
  /** Incomplete package → receipt of refusal to accept (where the annex states it). */
  completeness?: { annex: number | null; source: Source };
  /** Wording of process 5's signer, where the act names the legacy ХҚКО instead of the State Corporation. */
  p5Signer?: Text;
}

/**
 * The State Corporation procedure: acceptance and processes 1–5 (intake), process 6 and
 * condition 2 (registration and check at the provider), the provider's own steps, then
 * process 7 (refusal for deficiencies) and process 8 (issue of the result at the desk).
 */
export function stateCorporationSteps(f: ScFlow, provider: Step[]): Step[] {
  const i = (sub: number, line: TimedLine) => s(`${f.intakeRef}, sub-p. ${sub}`, line[0], line[1], line[2]);
  const r = (sub: number, line: TimedLine) => s(`${f.resultRef}, sub-p. ${sub}`, line[0], line[1], line[2]);
  const ex = f.acceptanceDayExcluded ? { excludedFromTerm: true } : {};
  const poa = f.powerOfAttorney;
  const signer =
    f.p5Signer ??
    t(
      "Мемлекеттік корпорация қызметкерінің",
      "работника Государственной корпорации",
      "the State Corporation employee's",
    );

  const steps: Step[] = [
    task(
      "accept",
      "state_corporation_operator",
      t(
        'Көрсетілетін қызметті алушы қажетті құжаттарды және өтінішті Мемлекеттік корпорация қызметкеріне береді; қабылдау операциялық залда электрондық кезек ретімен "кедергісіз" қызмет көрсету арқылы жүзеге асырылады.',
        'Услугополучатель передаёт необходимые документы и заявление работнику Государственной корпорации; приём ведётся в операционном зале в порядке электронной очереди, "безбарьерным" обслуживанием.',
        'The applicant hands the required documents and the application to the State Corporation employee; acceptance takes place in the operations hall in electronic-queue order, "barrier-free" service.',
      ),
      minutes(f.accept[3]),
      null,
      i(1, f.accept),
      ex,
    ),
  ];
  if (f.completeness) {
    steps.push(
      decision(
        "package-complete",
        "state_corporation_operator",
        t(
          "Көрсетілетін қызметті алушы Стандарттың 9-тармағында көзделген құжаттардың толық топтамасын ұсынды ма?",
          "Представил ли услугополучатель полный пакет документов по перечню пункта 9 Стандарта?",
          "Has the applicant submitted the complete package of documents listed in paragraph 9 of the Standard?",
        ),
        null,
        "refuse-acceptance",
        f.completeness.source,
        { next: "p1" },
      ),
      task(
        "refuse-acceptance",
        "state_corporation_operator",
        t(
          "Мемлекеттік корпорация қызметкері құжаттарды қабылдаудан бас тарту туралы қолхат береді.",
          "Работник Государственной корпорации выдаёт расписку об отказе в приёме документов.",
          "The State Corporation employee issues a receipt of refusal to accept the documents.",
        ),
        null,
        t(
          "Құжаттарды қабылдаудан бас тарту туралы қолхат",
          "Расписка об отказе в приёме документов",
          "Receipt of refusal to accept the documents",
        ),
        f.completeness.source,
        { next: "end", outputDocument: "refusal_to_accept_receipt", ...ex },
      ),
    );
  }
  steps.push(
    task(
      "p1",
      "state_corporation_operator",
      t(
        "Мемлекеттік корпорация қызметкері Мемлекеттік корпорацияның Ықпалдастырылған ақпараттық жүйесінің автоматтандырылған жұмыс орнына (МК ЫАЖ АЖО) логинді және парольді енгізеді (авторландыру процесі).",
        "Работник Государственной корпорации вводит логин и пароль (процесс авторизации) в автоматизированное рабочее место интегрированной информационной системы Государственной корпорации (АРМ ИИС ГК).",
        "The State Corporation employee enters login and password (authorisation) into the workstation of the State Corporation's integrated information system.",
      ),
      minutes(f.p1[3]),
      null,
      i(2, f.p1),
      { n: "P1", ...ex },
    ),
    task(
      "p2",
      "state_corporation_operator",
      poa
        ? t(
            "Мемлекеттік корпорация қызметкері қызметті таңдайды, экранға сұраныс нысаны шығады және қызметкер көрсетілетін қызметті алушының немесе сенімхат бойынша өкілінің (нотариалды куәландырылған сенімхаттың болуы қажет, басқалай куәландырылған сенімхаттың мәліметтері толтырылмайды) мәліметтерін енгізеді.",
            "Работник Государственной корпорации выбирает услугу, на экран выводится форма запроса, и работник вводит данные услугополучателя или его представителя по доверенности (нужна нотариально удостоверенная доверенность; данные иначе удостоверенной доверенности не заполняются).",
            "The State Corporation employee selects the service, the request form appears on screen, and the employee enters the data of the applicant or of the representative under a power of attorney (a notarially certified power of attorney is required; data of one certified otherwise are not entered).",
          )
        : t(
            "Мемлекеттік корпорация қызметкері қызметті таңдайды, экранға сұраныс нысаны шығады және қызметкер көрсетілетін қызметті алушының мәліметтерін енгізеді.",
            "Работник Государственной корпорации выбирает услугу, на экран выводится форма запроса, и работник вводит данные услугополучателя.",
            "The State Corporation employee selects the service, the request form appears on screen, and the employee enters the applicant's data.",
          ),
      minutes(f.p2[3]),
      null,
      i(3, f.p2),
      { n: "P2", ...ex },
    ),
    task(
      "p3",
      "information_system",
      poa
        ? t(
            "Электрондық үкімет шлюзі (ЭҮШ) арқылы жеке тұлғалардың мемлекеттік деректер қорына (ЖТ МДҚ) көрсетілетін қызметті алушының мәліметтері туралы, сондай-ақ Бірыңғай нотариалдық ақпараттық жүйесіне (БНАЖ) өкілдің сенімхат мәліметтері туралы сұрау жолданады.",
            "Через шлюз электронного правительства (ШЭП) направляется запрос в государственную базу данных физических лиц (ГБД ФЛ) о данных услугополучателя, а также в Единую нотариальную информационную систему (ЕНИС) о данных доверенности представителя.",
            "A request goes through the e-government gateway to the State Database of Individuals about the applicant and to the Unified Notarial Information System about the representative's power of attorney.",
          )
        : t(
            "Электрондық үкімет шлюзі (ЭҮШ) арқылы жеке тұлғалардың мемлекеттік деректер қорына (ЖТ МДҚ) көрсетілетін қызметті алушының мәліметтері туралы сұрау жолданады.",
            "Через шлюз электронного правительства (ШЭП) направляется запрос в государственную базу данных физических лиц (ГБД ФЛ) о данных услугополучателя.",
            "A request goes through the e-government gateway to the State Database of Individuals about the applicant.",
          ),
      minutes(f.p3[3]),
      null,
      i(4, f.p3),
      { n: "P3", ...ex },
    ),
    decision(
      "c1",
      "information_system",
      poa
        ? t(
            "ЖТ МДҚ-да көрсетілетін қызметті алушының мәліметтері және БНАЖ-да сенімхат мәліметтері бар ма?",
            "Имеются ли данные услугополучателя в ГБД ФЛ и данные доверенности в ЕНИС?",
            "Are the applicant's data in the State Database of Individuals and the power-of-attorney data in the notarial system present?",
          )
        : t(
            "ЖТ МДҚ-да көрсетілетін қызметті алушының мәліметтері бар ма?",
            "Имеются ли данные услугополучателя в ГБД ФЛ?",
            "Are the applicant's data in the State Database of Individuals present?",
          ),
      minutes(f.c1[3]),
      "p4",
      i(5, f.c1),
      { n: "C1", next: "p5", check: poa ? "person-and-power-of-attorney" : "person-known", ...ex },
    ),
    task(
      "p4",
      "information_system",
      t(
        "Мәліметтердің болмауына байланысты мәліметтерді алуға мүмкіндіктің жоқтығы туралы хабарлама қалыптастырылады.",
        "Формируется сообщение о невозможности получения данных в связи с их отсутствием.",
        "A message is generated that the data cannot be obtained because they are missing.",
      ),
      minutes(f.p4[3]),
      t(
        "Мәліметтерді алуға мүмкіндіктің жоқтығы туралы хабарлама",
        "Сообщение о невозможности получения данных",
        "Message that the data cannot be obtained",
      ),
      i(6, f.p4),
      { n: "P4", next: "end", outputDocument: "notification", ...ex },
    ),
    task(
      "p5",
      "state_corporation_operator",
      t(
        `${signer.kk} электрондық цифрлық қолтаңбасымен куәландырылған электрондық құжаттар (көрсетілетін қызметті алушының сұранысы) ЭҮШ арқылы электрондық үкіметтің аймақтық шлюзінің автоматтандырылған жұмыс орнына (ЭҮАШ АЖО) жолданады.`,
        `Электронные документы (запрос услугополучателя), удостоверенные ЭЦП ${signer.ru}, направляются через ШЭП в автоматизированное рабочее место регионального шлюза электронного правительства (АРМ РШЭП).`,
        `The electronic documents (the applicant's request), signed with ${signer.en} electronic digital signature, are sent through the e-government gateway to the workstation of the regional e-government gateway.`,
      ),
      minutes(f.p5[3]),
      null,
      i(7, f.p5),
      { n: "P5", ...ex },
    ),
    task(
      "p6",
      "office_clerk",
      t(
        "Электрондық құжаттар ЭҮАШ АЖО-да тіркеледі.",
        "Электронные документы регистрируются в АРМ РШЭП.",
        "The electronic documents are registered in the regional gateway workstation.",
      ),
      minutes(f.p6[3]),
      null,
      r(1, f.p6),
      { n: "P6" },
    ),
    decision(
      "c2",
      "office_clerk",
      t(
        "Көрсетілетін қызметті алушы ұсынған құжаттар (топтамасы) сәйкес пе (көрсетілетін қызметті берушінің тексеруі, өңдеуі)?",
        "Соответствуют ли документы (пакет), представленные услугополучателем (проверка, обработка услугодателем)?",
        "Are the documents (package) submitted by the applicant in order (the provider's check and processing)?",
      ),
      minutes(f.c2[3]),
      "p7",
      r(2, f.c2),
      { n: "C2" },
    ),
    ...thenGo(provider, "p8"),
    task(
      "p7",
      "office_clerk",
      t(
        "Көрсетілетін қызметті алушының құжаттарында кемшіліктердің болуына байланысты сұратылып отырған мемлекеттік көрсетілетін қызметтен бас тарту жөніндегі хабарлама қалыптастырылады.",
        "Формируется сообщение об отказе в запрашиваемой государственной услуге в связи с недостатками в документах услугополучателя.",
        "A message refusing the requested service because of deficiencies in the applicant's documents is generated.",
      ),
      minutes(f.p7[3]),
      t("Бас тарту туралы хабарлама", "Сообщение об отказе", "Refusal message"),
      r(3, f.p7),
      { n: "P7", outputDocument: "reasoned_refusal" },
    ),
    task(
      "p8",
      "state_corporation_operator",
      t(
        `Көрсетілетін қызметті алушы Мемлекеттік корпорация қызметкері арқылы ЭҮАШ АЖО-да қалыптастырылған мемлекеттік көрсетілетін қызметтің нәтижесін (${f.p8Result.kk}) алады.`,
        `Услугополучатель получает через работника Государственной корпорации сформированный в АРМ РШЭП результат услуги (${f.p8Result.ru}).`,
        `The applicant receives, through the State Corporation employee, the result formed in the regional gateway workstation (${f.p8Result.en}).`,
      ),
      minutes(f.p8[3]),
      capitaliseText(f.p8Result),
      r(4, f.p8),
      { n: "P8", next: "end", outputDocument: f.p8Document },
    ),
  );
  return steps;
}

// ---------------------------------------------------------------- portal flow

export type Lines = readonly [from: number, to: number];

export interface PortalFlow {
  /** The act's paragraph, e.g. "Annex 1, p. 10". */
  ref: string;
  register: Lines;
  p1: Lines;
  c1: Lines;
  p2: Lines;
  p3: Lines;
  c2: Lines;
  p4: Lines;
  p5: Lines;
  c3: Lines;
  p6: Lines;
  p7: Lines;
  /** How the act names the refusal outputs of processes 2 and 4 (reg. 3 says "анықтама"). */
  refusalWord?: Text;
  /** The result as process 7 words it. */
  p7Result: Text;
  p7Document: DocumentKind;
}

/**
 * The portal procedure: registration, processes 1–5 and conditions 1–2, condition 3 (the
 * provider's check), the provider's own steps, process 6 (reasoned refusal) and process 7
 * (result in the personal cabinet).
 */
export function portalSteps(f: PortalFlow, provider: Step[]): Step[] {
  const at = (sub: number, lines: Lines) => s(`${f.ref}, sub-p. ${sub}`, lines[0], lines[1]);
  const word = f.refusalWord ?? t("хабарлама", "сообщение", "message");
  return [
    task(
      "register",
      "applicant",
      t(
        "Көрсетілетін қызметті алушы ЖСН және пароль көмегімен порталға тіркеледі (порталда тіркелмегендер үшін).",
        "Услугополучатель регистрируется на портале с помощью ИИН и пароля (для не зарегистрированных на портале).",
        "The applicant registers on the portal with IIN and password (for those not yet registered).",
      ),
      null,
      null,
      at(1, f.register),
    ),
    task(
      "p1",
      "applicant",
      t(
        "Көрсетілетін қызметті алушы қызметті алу үшін порталда ЖСН мен парольді енгізеді (авторландыру процесі).",
        "Услугополучатель вводит на портале ИИН и пароль (процесс авторизации) для получения услуги.",
        "The applicant enters IIN and password on the portal (authorisation).",
      ),
      null,
      null,
      at(2, f.p1),
      { n: "P1" },
    ),
    decision(
      "c1",
      "portal",
      t(
        "Порталда ЖСН және пароль арқылы тіркелген көрсетілетін қызметті алушының мәліметтері дұрыс па?",
        "Верны ли данные услугополучателя, зарегистрированного на портале по ИИН и паролю?",
        "Are the data of the applicant registered on the portal with IIN and password correct?",
      ),
      null,
      "p2",
      at(3, f.c1),
      { n: "C1", next: "p3", check: "portal-authenticated" },
    ),
    task(
      "p2",
      "portal",
      t(
        `Мәліметтерде кемшіліктердің болуына байланысты порталда авторландырудан бас тарту туралы ${word.kk} қалыптасады.`,
        `Формируется ${word.ru} об отказе в авторизации на портале в связи с недостатками в данных.`,
        `A ${word.en} refusing authorisation on the portal because of deficiencies in the data is generated.`,
      ),
      null,
      t(
        `Авторландырудан бас тарту туралы ${word.kk}`,
        `${capitalise(word.ru)} об отказе в авторизации`,
        `${capitalise(word.en)} refusing authorisation`,
      ),
      at(4, f.p2),
      { n: "P2", next: "end", outputDocument: "reasoned_refusal" },
    ),
    task(
      "p3",
      "applicant",
      t(
        "Көрсетілетін қызметті алушы қызметті таңдайды, сұраныс нысанын толтырады, қажетті құжаттардың көшірмелерін электрондық түрде жалғайды және сұранысты куәландыру (қол қою) үшін ЭЦҚ тіркеу куәлігін таңдайды.",
        "Услугополучатель выбирает услугу, заполняет форму запроса, прикрепляет электронные копии необходимых документов и выбирает регистрационное свидетельство ЭЦП для удостоверения (подписания) запроса.",
        "The applicant selects the service, fills in the request form, attaches electronic copies of the required documents and selects the EDS registration certificate to sign the request.",
      ),
      null,
      null,
      at(5, f.p3),
      { n: "P3" },
    ),
    decision(
      "c2",
      "portal",
      t(
        "ЭЦҚ тіркеу куәлігі қолданылу мерзімінде ме, қайтарып алынған (күші жойылған) тіркеу куәліктерінің тізімінде жоқ па және сұраныста көрсетілген ЖСН мен ЭЦҚ тіркеу куәлігіндегі ЖСН сәйкес пе?",
        "Действует ли регистрационное свидетельство ЭЦП, отсутствует ли оно в списке отозванных (аннулированных) и совпадает ли ИИН в запросе с ИИН в регистрационном свидетельстве ЭЦП?",
        "Is the EDS registration certificate within its validity period, absent from the list of revoked certificates, and does the IIN in the request match the IIN in the certificate?",
      ),
      null,
      "p4",
      at(6, f.c2),
      { n: "C2", next: "p5", check: "eds-verified" },
    ),
    task(
      "p4",
      "portal",
      t(
        `Көрсетілетін қызметті алушының ЭЦҚ түпнұсқалығының расталмауына байланысты қызметтен бас тарту туралы ${word.kk} қалыптасады.`,
        `Формируется ${word.ru} об отказе в услуге в связи с неподтверждением подлинности ЭЦП услугополучателя.`,
        `A ${word.en} refusing the service because the applicant's EDS is not confirmed is generated.`,
      ),
      null,
      t(
        `Қызметтен бас тарту туралы ${word.kk}`,
        `${capitalise(word.ru)} об отказе в услуге`,
        `${capitalise(word.en)} refusing the service`,
      ),
      at(7, f.p4),
      { n: "P4", next: "end", outputDocument: "reasoned_refusal" },
    ),
    task(
      "p5",
      "information_system",
      t(
        "Көрсетілетін қызметті алушының ЭЦҚ-мен куәландырылған электрондық құжаттары (сұранысы) көрсетілетін қызметті берушінің өңдеуі үшін ЭҮШ арқылы ЭҮАШ АЖО-ға жолданады.",
        "Электронные документы (запрос) услугополучателя, удостоверенные его ЭЦП, направляются через ШЭП в АРМ РШЭП для обработки услугодателем.",
        "The applicant's EDS-signed electronic documents (request) are sent through the e-government gateway to the regional gateway workstation for the provider to process.",
      ),
      null,
      null,
      at(8, f.p5),
      { n: "P5" },
    ),
    decision(
      "c3",
      "office_clerk",
      t(
        "Көрсетілетін қызметті алушының құжаттары сәйкес пе (көрсетілетін қызметті берушінің тексеруі)?",
        "Соответствуют ли документы услугополучателя (проверка услугодателем)?",
        "Are the applicant's documents in order (the provider's check)?",
      ),
      null,
      "p6",
      at(9, f.c3),
      { n: "C3" },
    ),
    ...thenGo(provider, "p7"),
    task(
      "p6",
      "office_clerk",
      t(
        "Құжаттар топтамасында кемшіліктердің болуына байланысты қызметтен бас тарту туралы дәлелді жауап жөнінде хабарлама қалыптастырылады.",
        "Формируется сообщение о мотивированном отказе в услуге в связи с недостатками в пакете документов.",
        "A message with a reasoned refusal of the service because of deficiencies in the package is generated.",
      ),
      null,
      t("Бас тарту туралы дәлелді жауап", "Мотивированный отказ", "Reasoned refusal"),
      at(10, f.p6),
      { n: "P6", next: "end", outputDocument: "reasoned_refusal" },
    ),
    task(
      "p7",
      "portal",
      t(
        `Көрсетілетін қызметті алушы порталда қалыптастырылған нәтижені (${f.p7Result.kk}) алады; нәтиже "жеке кабинетке" көрсетілетін қызметті берушінің уәкілетті тұлғасының ЭЦҚ-мен куәландырылған электрондық құжат нысанында жолданады.`,
        `Услугополучатель получает сформированный на портале результат (${f.p7Result.ru}); он направляется в "личный кабинет" в форме электронного документа, удостоверенного ЭЦП уполномоченного лица услугодателя.`,
        `The applicant receives the result formed on the portal (${f.p7Result.en}); it is sent to the "personal cabinet" as an electronic document signed with the EDS of the provider's authorised person.`,
      ),
      null,
      capitaliseText(f.p7Result),
      at(11, f.p7),
      { n: "P7", next: "end", outputDocument: f.p7Document },
    ),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function capitaliseText(text: Text): Text {
  return t(capitalise(text.kk), capitalise(text.ru), capitalise(text.en));
}

// ------------------------------------------------------------ akim route

/** One timed step: first line, last line, the quote that states the duration, the duration. */
export type TimedStep = readonly [from: number, to: number, quote: string, duration: Duration | null];

/** A document name in the cases the step texts need. */
export interface DocName {
  /** Kazakh accusative ("хабарламаны"). */
  kkAcc: string;
  /** Kazakh dative ("хабарламаға"). */
  kkDat: string;
  /** Russian accusative ("уведомление"). */
  ruAcc: string;
  en: string;
  kind: DocumentKind;
}

export interface AkimRoute {
  /** The act's paragraph and heading, e.g. "Annex 4, p. 5 (applying to the rural district akim)". */
  ref: string;
  steps: readonly [
    TimedStep,
    TimedStep,
    TimedStep,
    TimedStep,
    TimedStep,
    TimedStep,
    TimedStep,
    TimedStep,
    TimedStep,
    TimedStep,
  ];
  doc: DocName;
}

/**
 * The ten-step route through the akim of a settlement, village or rural district: the akim's
 * office registers, the akim assigns, the akim's executor prepares a cover letter, the akim signs
 * it, the provider registers, assigns, prepares and signs the result, sends it back to the akim,
 * and the akim hands it to the applicant.
 */
export function akimRouteSteps(f: AkimRoute): Step[] {
  const [a1, a2, a3, a4, b5, b6, b7, b8, b9, a10] = f.steps;
  const at = (sub: number, x: TimedStep) => s(`${f.ref}, sub-p. ${sub}`, x[0], x[1], x[2] || undefined);
  const d = f.doc;
  return [
    task(
      "akim-register",
      "akim_specialist",
      t(
        "Ауылдық округ әкімі аппаратының маманы көрсетілетін қызметті алушы тапсырған құжаттарды қабылдайды және тіркеу журналына тіркейді.",
        "Специалист аппарата акима сельского округа принимает документы услугополучателя и регистрирует их в журнале регистрации.",
        "The specialist of the rural district akim's office accepts the applicant's documents and registers them in the registration journal.",
      ),
      a1[3],
      t(
        "Құжаттар ауылдық округ әкіміне бұрыштама қоюға жолданады",
        "Документы направлены акиму сельского округа для наложения резолюции",
        "Documents sent to the akim for a resolution",
      ),
      at(1, a1),
      { n: "1" },
    ),
    task(
      "akim-assign",
      "akim",
      t(
        "Ауылдық округ әкімі құжаттармен танысады және әкім аппаратының жауапты орындаушысын анықтайды.",
        "Аким сельского округа знакомится с документами и определяет ответственного исполнителя аппарата акима.",
        "The akim reviews the documents and assigns the responsible executor of the akim's office.",
      ),
      a2[3],
      t(
        "Құжаттар әкім аппаратының жауапты орындаушысына жолданады",
        "Документы направлены ответственному исполнителю аппарата акима",
        "Documents sent to the akim office's responsible executor",
      ),
      at(2, a2),
      { n: "2", outputDocument: "resolution_note" },
    ),
    task(
      "akim-cover-letter",
      "akim_executor",
      t(
        "Әкім аппаратының жауапты орындаушысы құжаттарды қарайды және оларды көрсетілетін қызметті берушіге жолдау үшін ілеспе хатты дайындайды.",
        "Ответственный исполнитель аппарата акима рассматривает документы и готовит сопроводительное письмо для направления их услугодателю.",
        "The akim office's responsible executor reviews the documents and prepares a cover letter to send them to the provider.",
      ),
      a3[3],
      t(
        "Ілеспе хаттың жобасы құжаттармен қоса әкімге қол қоюға жолданады",
        "Проект сопроводительного письма с документами направлен акиму на подпись",
        "Draft cover letter with the documents sent to the akim for signature",
      ),
      at(3, a3),
      { n: "3", outputDocument: "cover_letter" },
    ),
    task(
      "akim-sign",
      "akim",
      t(
        "Ауылдық округ әкімі құжаттармен қоса ілеспе хатқа қол қояды.",
        "Аким сельского округа подписывает сопроводительное письмо с документами.",
        "The akim signs the cover letter accompanying the documents.",
      ),
      a4[3],
      t(
        "Қол қойылған ілеспе хат құжаттармен қоса көрсетілетін қызметті берушіге жолданады",
        "Подписанное сопроводительное письмо с документами направлено услугодателю",
        "Signed cover letter with the documents sent to the provider",
      ),
      at(4, a4),
      { n: "4", outputDocument: "cover_letter" },
    ),
    task(
      "provider-register",
      "office_clerk",
      t(
        "Көрсетілетін қызметті берушінің кеңсе қызметкері құжаттармен қоса ілеспе хатты қабылдайды және тіркеу журналына тіркейді.",
        "Работник канцелярии услугодателя принимает сопроводительное письмо с документами и регистрирует его в журнале регистрации.",
        "The provider's office clerk accepts the cover letter with the documents and registers it in the registration journal.",
      ),
      b5[3],
      t(
        "Құжаттар көрсетілетін қызметті берушінің басшысына бұрыштама қоюға жолданады",
        "Документы направлены руководителю услугодателя для наложения резолюции",
        "Documents sent to the provider's head for a resolution",
      ),
      at(5, b5),
      { n: "5" },
    ),
    task(
      "provider-assign",
      "head",
      t(
        "Көрсетілетін қызметті берушінің басшысы құжаттармен танысады және жауапты орындаушыны белгілейді.",
        "Руководитель услугодателя знакомится с документами и определяет ответственного исполнителя.",
        "The provider's head reviews the documents and assigns the responsible executor.",
      ),
      b6[3],
      t(
        "Құжаттар жауапты орындаушыға жолданады",
        "Документы направлены ответственному исполнителю",
        "Documents sent to the responsible executor",
      ),
      at(6, b6),
      { n: "6", outputDocument: "resolution_note" },
    ),
    task(
      "provider-prepare",
      "responsible_executor",
      t(
        `Жауапты орындаушы келіп түскен құжаттарды қарайды, ${d.kkAcc} дайындайды және басшыға қол қою үшін жолдайды.`,
        `Ответственный исполнитель рассматривает поступившие документы, готовит ${d.ruAcc} и направляет руководителю на подпись.`,
        `The responsible executor reviews the documents, prepares the ${d.en} and sends it to the head for signature.`,
      ),
      b7[3],
      t(
        `${capitalise(d.kkAcc)} басшыға қол қою үшін жолдайды`,
        `Исполнитель направляет ${d.ruAcc} руководителю на подпись`,
        `${capitalise(d.en)} sent to the head for signature`,
      ),
      at(7, b7),
      { n: "7", outputDocument: d.kind },
    ),
    task(
      "provider-sign",
      "head",
      t(
        `Көрсетілетін қызметті берушінің басшысы ${d.kkDat} қол қояды.`,
        `Руководитель услугодателя подписывает ${d.ruAcc}.`,
        `The provider's head signs the ${d.en}.`,
      ),
      b8[3],
      t(
        `Қол қойылған құжат көрсетілетін қызметті берушінің кеңсесіне жолданады`,
        `Подписанный документ направлен в канцелярию услугодателя`,
        `Signed document sent to the provider's office`,
      ),
      at(8, b8),
      { n: "8", outputDocument: d.kind },
    ),
    task(
      "provider-send",
      "office_clerk",
      t(
        `Көрсетілетін қызметті берушінің кеңсе қызметкері ${d.kkAcc} тіркеу журналына тіркейді және ауылдық округ әкіміне жолдайды.`,
        `Работник канцелярии услугодателя регистрирует ${d.ruAcc} в журнале регистрации и направляет акиму сельского округа.`,
        `The provider's office clerk registers the ${d.en} in the journal and sends it to the rural district akim.`,
      ),
      b9[3],
      t(
        `${capitalise(d.kkAcc)} ауылдық округ әкіміне жолдайды`,
        `Канцелярия направляет ${d.ruAcc} акиму сельского округа`,
        `${capitalise(d.en)} sent to the rural district akim`,
      ),
      at(9, b9),
      { n: "9", outputDocument: d.kind },
    ),
    task(
      "akim-issue",
      "akim",
      t(
        `Ауылдық округ әкімі ${d.kkAcc} көрсетілетін қызметті алушыға береді.`,
        `Аким сельского округа выдаёт ${d.ruAcc} услугополучателю.`,
        `The rural district akim hands the ${d.en} to the applicant.`,
      ),
      a10[3],
      t(
        `${capitalise(d.kkAcc)} көрсетілетін қызметті алушыға беру`,
        `Услугополучатель получает ${d.ruAcc}`,
        `${capitalise(d.en)} handed to the applicant`,
      ),
      at(10, a10),
      { n: "10", next: "end", outputDocument: d.kind },
    ),
  ];
}
