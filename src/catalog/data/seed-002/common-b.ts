/**
 * Shared builders for regulations 9–15 of Kyzylorda regional akimat resolution No. 1114 of 14 May 2018
 * (seed 002). The act repeats three flows almost word for word: the provider-office chain (applicant →
 * clerk → head → executor → head → clerk), the State Corporation chain (operator → accumulation
 * department → provider → State Corporation) and the simplified portal chain. Every duration, quote and
 * line number is passed in by the caller, so the data files stay the single place that cites the act.
 */
import type { Duration, Text } from "../../schema.ts";
import type { DocumentKind, Role } from "../../vocabulary.ts";
import { type SeedVersion, src, t, type VersionInput } from "../build.ts";
import { ACT, EFFECTIVE, ISSUER } from "./common-a.ts";

export const SEED = "002" as const;

export type StepInput = VersionInput["procedures"][number]["steps"][number];
export type ProcedureInput = VersionInput["procedures"][number];
export type CitedInput = VersionInput["standard"]["otherRequirements"][number];
export type SourceInput = StepInput["source"];
export type { SeedVersion };

/** A source in seed 002. */
export function s(ref: string, from: number, to: number = from, quote?: string): SourceInput {
  return src(SEED, ref, from, to, quote);
}

/** "Regulation 9, p. 6, sub-p. 2" */
export function ref(reg: number, para: number, sub?: number): string {
  return sub === undefined ? `Regulation ${reg}, p. ${para}` : `Regulation ${reg}, p. ${para}, sub-p. ${sub}`;
}

/** A sub-paragraph of the act that states a duration. */
export interface Timed {
  line: number;
  /** Verbatim phrase with the number and unit, e.g. "отыз минуттан аспайды". */
  quote: string;
  duration: Duration;
}

// ------------------------------------------------------------------ version head

/** Resolution No. 1114: issuer, act, repeal, entry into force (lines 1–76), shared with regulations 1–8. */
export function versionHead(): Pick<VersionInput, "id" | "issuer" | "act" | "amendedBy" | "effective"> {
  return { id: "kyzylorda-2018", issuer: ISSUER, act: ACT, amendedBy: [], effective: EFFECTIVE };
}

/** The national standard (MES order No. 198 of 13.04.2015) a regulation implements. */
export function order198(reg: number, line: number, title: Text, quote: string): CitedInput {
  return {
    text: t(
      `Қазақстан Республикасы Білім және ғылым министрінің 2015 жылғы 13 сәуірдегі № 198 бұйрығымен (НҚА мемлекеттік тіркеу тізілімінде № 11184) бекітілген "${title.kk}" мемлекеттік көрсетілетін қызмет стандарты`,
      `Стандарт государственной услуги "${title.ru}", утвержденный приказом Министра образования и науки Республики Казахстан от 13 апреля 2015 года № 198 (зарегистрирован в Реестре государственной регистрации НПА под № 11184)`,
      `Standard of the state service "${title.en}" approved by order No. 198 of the Minister of Education and Science of the Republic of Kazakhstan of 13 April 2015 (State Register of normative legal acts No. 11184)`,
    ),
    source: s(ref(reg, 3), line, line, quote),
  };
}

// ------------------------------------------------------------------ standard pieces

/** Documents: the act only points to standard p. 9. */
export function documentsRef(reg: number, line: number, quote: string): CitedInput {
  return {
    text: t(
      "Стандарттың 9-тармағына сәйкес құжаттар топтамасы",
      "Пакет документов согласно пункту 9 стандарта",
      "The package of documents listed in p. 9 of the standard",
    ),
    source: s(ref(reg, 5), line, line, quote),
  };
}

/** Refusal grounds: the act only points to standard p. 10. */
export function refusalRef(reg: number, line: number, quote: string): CitedInput {
  return {
    text: t(
      "Стандарттың 10-тармағында көрсетілген жағдайлар және негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту",
      "Отказ в оказании государственной услуги по случаям и основаниям, указанным в пункте 10 стандарта",
      "Refusal to render the service on the cases and grounds listed in p. 10 of the standard",
    ),
    source: s(ref(reg, 3), line, line, quote),
  };
}

/** A reasoned refusal as an alternative result (standard p. 10). */
export function reasonedRefusalResult(reg: number, line: number, quote: string) {
  return {
    id: "reasoned-refusal",
    kind: "reasoned_refusal" as const,
    title: t(
      "Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
      "Мотивированный ответ об отказе в оказании государственной услуги",
      "Reasoned answer refusing the state service",
    ),
    source: s(ref(reg, 3), line, line, quote),
  };
}

/** P. 8: the business-process handbook and where it is published. */
/** `annex`: the annex number p. 8 names ("1"), or undefined where it says just "the annex". */
export function handbook(reg: number, para: number, from: number, to: number, annex?: string): CitedInput {
  const kk = annex === undefined ? "регламенттің қосымшасы" : `регламенттің ${annex}-қосымшасы`;
  const ru = annex === undefined ? "приложение к регламенту" : `приложение ${annex} к регламенту`;
  const en = annex === undefined ? "the annex to the regulation" : `annex ${annex} to the regulation`;
  return {
    text: t(
      `Рәсімдердің толық сипаттамасы мемлекеттік қызмет көрсетудің бизнес-процестерінің анықтамалығында (${kk}) көрсетілген; анықтамалық "Қызылорда облысының білім басқармасы" ММ, Қызылорда облысы әкімдігінің және Қызылорда қаласы мен аудан әкімдіктерінің ресми интернет-ресурстарында орналастырылады`,
      `Полное описание процедур приведено в справочнике бизнес-процессов оказания государственной услуги (${ru}); справочник размещается на интернет-ресурсах ГУ "Управление образования Кызылординской области", акимата Кызылординской области, акиматов города Кызылорды и районов`,
      `The full description of the procedures is in the business-process handbook of the service (${en}); the handbook is published on the websites of the "Kyzylorda Region Education Department" state institution, the Kyzylorda regional akimat and the Kyzylorda city and district akimats`,
    ),
    source: s(ref(reg, para), from, to),
  };
}

export function paperCopyDelivery(reg: number, line: number): CitedInput {
  return {
    text: t(
      "Көрсетілетін қызметті алушы нәтижені қағаз жеткізгіште алу үшін өтініш берген жағдайда нәтиже электрондық форматта ресімделеді, қағазға басып шығарылады, көрсетілетін қызметті берушінің уәкілетті адамының қолымен және мөрімен расталады",
      "Если услугополучатель обратился за результатом на бумажном носителе, результат оформляется в электронной форме, распечатывается и заверяется подписью и печатью уполномоченного лица услугодателя",
      "If the applicant asks for the result on paper, it is drawn up electronically, printed, and certified by the signature and seal of the provider's authorised person",
    ),
    source: s(ref(reg, 3), line),
  };
}

export function portalDelivery(reg: number, line: number): CitedInput {
  return {
    text: t(
      'Порталда нәтиже көрсетілетін қызметті алушының "жеке кабинетіне" көрсетілетін қызметті берушінің уәкілетті адамының ЭЦҚ-сымен қол қойылған электрондық құжат нысанында жіберіледі және сақталады',
      'На портале результат направляется и хранится в "личном кабинете" услугополучателя в форме электронного документа, подписанного ЭЦП уполномоченного лица услугодателя',
      "On the portal the result is sent to and stored in the applicant's personal account as an electronic document signed with the EDS of the provider's authorised person",
    ),
    source: s(ref(reg, 3), line),
  };
}

export type ResultForm = "paper" | "electronic_or_paper";

/** P. 4: form in which the result is presented. */
export function resultForm(reg: number, line: number, form: ResultForm): CitedInput {
  return form === "paper"
    ? {
        text: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін ұсыну нысаны – қағаз түрінде",
          "Форма предоставления результата – бумажная",
          "The result is presented on paper",
        ),
        source: s(ref(reg, 4), line),
      }
    : {
        text: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін ұсыну нысаны – электрондық және (немесе) қағаз түрінде",
          "Форма предоставления результата – электронная и (или) бумажная",
          "The result is presented electronically and (or) on paper",
        ),
        source: s(ref(reg, 4), line),
      };
}

// ------------------------------------------------------------------ steps

export interface Roles {
  clerk: Role;
  head: Role;
  executor: Role;
}

export const EDUCATION_ROLES: Roles = {
  clerk: "office_clerk",
  head: "head",
  executor: "responsible_executor",
};

/** "Applicant submits the documents of standard p. 9" (sub-p. 1). */
export function submitStep(
  id: string,
  n: string,
  where: "provider" | "state_corporation",
  srcRef: string,
  line: number,
): StepInput {
  const sc = where === "state_corporation";
  return {
    id,
    n,
    kind: "task",
    actor: "applicant",
    action: sc
      ? t(
          "Мемлекеттік корпорацияға стандарттың 9-тармағына сәйкес құжаттарды ұсынады",
          "Представляет в Государственную корпорацию документы согласно пункту 9 стандарта",
          "Submits the documents of standard p. 9 to the State Corporation",
        )
      : t(
          "Көрсетілетін қызметті берушінің кеңсесіне стандарттың 9-тармағына сәйкес құжаттарды ұсынады",
          "Представляет в канцелярию услугодателя документы согласно пункту 9 стандарта",
          "Submits the documents of standard p. 9 to the provider's office",
        ),
    duration: null,
    output: t("Құжаттар топтамасын ұсыну", "Представление пакета документов", "Document package submitted"),
    outputDocument: "application",
    source: s(srcRef, line),
  };
}

/** The completeness check of intake (no duration of its own: the sub-paragraph's limit sits on its two outcomes). */
export function completenessCheck(
  id: string,
  n: string,
  actor: Role,
  ifNo: string,
  srcRef: string,
  line: number,
): StepInput {
  return {
    id,
    n,
    kind: "decision",
    actor,
    action: t(
      "Стандарттың 9-тармағына сәйкес құжаттар топтамасы толық және құжаттардың мерзімі өтпеген бе?",
      "Пакет документов согласно пункту 9 стандарта полный и срок действия документов не истек?",
      "Is the document package of standard p. 9 complete, with no expired document?",
    ),
    duration: null,
    output: null,
    ifNo,
    source: s(srcRef, line),
  };
}

/** Registration of the documents with a receipt. */
export function acceptStep(
  id: string,
  n: string,
  actor: Role,
  srcRef: string,
  at: Timed,
  output: Text,
  outputDocument: DocumentKind = "receipt",
  action: Text = t(
    "Құжаттарды тіркейді және көрсетілетін қызметті алушыға құжаттардың қабылданғаны туралы қолхат береді",
    "Регистрирует документы и выдает услугополучателю расписку о приеме документов",
    "Registers the documents and gives the applicant a receipt for them",
  ),
): StepInput {
  return {
    id,
    n,
    kind: "task",
    actor,
    action,
    duration: at.duration,
    output,
    outputDocument,
    source: s(srcRef, at.line, at.line, at.quote),
  };
}

/** Refusal to accept an incomplete or expired package; ends the process. */
export function refuseStep(
  id: string,
  n: string,
  actor: Role,
  srcRef: string,
  at: Timed,
  form?: string,
): StepInput {
  const formKk =
    form === undefined ? "" : ` және стандарттың ${form}-қосымшасына сәйкес нысан бойынша қолхат береді`;
  const formRu =
    form === undefined ? "" : ` и выдает расписку по форме согласно приложению ${form} к стандарту`;
  const formEn = form === undefined ? "" : ` and gives a receipt on the form of standard annex ${form}`;
  const step: StepInput = {
    id,
    n,
    kind: "task",
    actor,
    action: t(
      `Құжаттардың толық емес топтамасы және (немесе) мерзімі өткен құжаттар ұсынылған жағдайда өтінішті қабылдаудан бас тартады${formKk}`,
      `При представлении неполного пакета документов и (или) документов с истекшим сроком действия отказывает в приеме заявления${formRu}`,
      `Refuses to accept the application because the package is incomplete and (or) contains expired documents${formEn}`,
    ),
    duration: at.duration,
    output: t("Өтінішті қабылдаудан бас тарту", "Отказ в приеме заявления", "Application refused at intake"),
    next: "end",
    source: s(srcRef, at.line, at.line, at.quote),
  };
  if (form !== undefined) step.outputDocument = "refusal_to_accept_receipt";
  return step;
}

/** Consent to use legally protected secrets held in information systems (unnumbered paragraph). */
export function consentStep(id: string, actor: Role, srcRef: string, line: number): StepInput {
  const byApplicant = actor === "applicant";
  return {
    id,
    kind: "task",
    actor,
    action: byApplicant
      ? t(
          "Қазақстан Республикасының заңдарында өзгеше көзделмесе, ақпараттық жүйедегі заңмен қорғалатын құпияны қамтитын мәліметтерді пайдалануға келісімін береді",
          "Если иное не предусмотрено законами Республики Казахстан, дает согласие на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационной системе",
          "Unless the laws provide otherwise, gives consent to the use of information constituting a legally protected secret held in the information system",
        )
      : t(
          "Қазақстан Республикасының заңдарында өзгеше көзделмесе, ақпараттық жүйелердегі заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға көрсетілетін қызметті алушының келісімін алады",
          "Если иное не предусмотрено законами Республики Казахстан, получает согласие услугополучателя на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах",
          "Unless the laws provide otherwise, obtains the applicant's consent to the use of information constituting a legally protected secret held in information systems",
        ),
    duration: null,
    output: t("Келісім алынды", "Согласие получено", "Consent obtained"),
    source: s(srcRef, line),
  };
}

/** The head reviews the documents and names the responsible executor. */
export function assignStep(id: string, n: string, actor: Role, srcRef: string, at: Timed): StepInput {
  return {
    id,
    n,
    kind: "task",
    actor,
    action: t(
      "Құжаттарды қарайды және көрсетілетін қызметті берушінің жауапты орындаушысын анықтайды",
      "Рассматривает документы и определяет ответственного исполнителя услугодателя",
      "Reviews the documents and designates the responsible executor",
    ),
    duration: at.duration,
    output: t(
      "Құжаттарды көрсетілетін қызметті берушінің орындаушысына жолдау",
      "Направление документов исполнителю услугодателя",
      "Documents passed to the executor",
    ),
    outputDocument: "resolution_note",
    source: s(srcRef, at.line, at.line, at.quote),
  };
}

/** A generic timed task (executor's work, head's signature, issue). */
export function task(
  id: string,
  n: string | undefined,
  actor: Role,
  srcRef: string,
  at: Timed,
  action: Text,
  output: Text,
  outputDocument?: DocumentKind,
): StepInput {
  const step: StepInput = {
    id,
    kind: "task",
    actor,
    action,
    duration: at.duration,
    output,
    source: s(srcRef, at.line, at.line, at.quote),
  };
  if (n !== undefined) step.n = n;
  if (outputDocument !== undefined) step.outputDocument = outputDocument;
  return step;
}

// ------------------------------------------------------------------ provider office flow

export interface OfficeFlow {
  reg: number;
  /** Paragraph that lists the steps (6 in every regulation here). */
  para: number;
  lines: [number, number];
  roles: Roles;
  /** Line of sub-p. 1 (applicant submits). */
  submit: number;
  /** Sub-p. 2: registration and receipt. */
  accept: Timed;
  acceptOutput: Text;
  /** Sub-p. 2: refusal of an incomplete package (same line and quote when the act gives one limit for both). */
  refuse: Timed;
  /** Line of the unnumbered consent paragraph after sub-p. 2, where there is one. */
  consent?: number;
  assign: Timed;
  prepare: Timed & { action: Text; output: Text; doc: DocumentKind };
  sign: Timed & { action: Text; doc: DocumentKind };
  issue: Timed & { action: Text; output: Text };
}

/** The six-step provider-office chain (services 9, 10, 12, 13, 14). */
export function officeProcedure(f: OfficeFlow): ProcedureInput {
  const r = (sub: number) => ref(f.reg, f.para, sub);
  const steps: StepInput[] = [
    submitStep("s1-submit", "1", "provider", r(1), f.submit),
    completenessCheck("s2-check", "2", f.roles.clerk, "s2-refuse", r(2), f.accept.line),
    acceptStep("s2-accept", "2", f.roles.clerk, r(2), f.accept, f.acceptOutput),
  ];
  if (f.consent !== undefined) steps.push(consentStep("s2-consent", f.roles.clerk, r(2), f.consent));
  steps.push(
    assignStep("s3-assign", "3", f.roles.head, r(3), f.assign),
    task(
      "s4-prepare",
      "4",
      f.roles.executor,
      r(4),
      f.prepare,
      f.prepare.action,
      f.prepare.output,
      f.prepare.doc,
    ),
    task(
      "s5-sign",
      "5",
      f.roles.head,
      r(5),
      f.sign,
      f.sign.action,
      t(
        "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті берушінің кеңсе қызметкеріне жолдау",
        "Направление результата государственной услуги сотруднику канцелярии услугодателя",
        "Result passed to the provider's office clerk",
      ),
      f.sign.doc,
    ),
    {
      ...task("s6-issue", "6", f.roles.clerk, r(6), f.issue, f.issue.action, f.issue.output),
      next: "end",
    },
    refuseStep("s2-refuse", "2", f.roles.clerk, r(2), f.refuse),
  );
  return {
    id: "provider-office",
    channel: "provider_office",
    title: t(
      "Көрсетілетін қызметті берушінің кеңсесіне жүгіну",
      "Обращение в канцелярию услугодателя",
      "Application at the provider's office",
    ),
    source: s(ref(f.reg, f.para), f.lines[0], f.lines[1]),
    steps,
  };
}

// ------------------------------------------------------------------ State Corporation flow

export interface ScFlow {
  reg: number;
  para: number;
  lines: [number, number];
  roles: Roles;
  submit: number;
  /** Line of the applicant's consent paragraph after sub-p. 1 (regulation 12). */
  applicantConsent?: number;
  accept: Timed;
  refuse: Timed;
  /** Standard annex with the refusal-to-accept receipt form. */
  refuseForm: string;
  /** Line of the operator's consent paragraph after sub-p. 2. */
  operatorConsent?: number;
  transfer: Timed;
  register: Timed;
  assign: Timed;
  prepare: Timed & { action: Text; output: Text; doc: DocumentKind };
  sign: Timed & { action: Text; doc: DocumentKind };
  send: Timed;
  issue: Timed & { representative: "power_of_attorney" | "receipt" };
}

/** The nine-step State Corporation chain (services 10, 12, 14). */
export function scProcedure(f: ScFlow): ProcedureInput {
  const r = (sub: number) => ref(f.reg, f.para, sub);
  const steps: StepInput[] = [submitStep("s1-submit", "1", "state_corporation", r(1), f.submit)];
  if (f.applicantConsent !== undefined)
    steps.push(consentStep("s1-consent", "applicant", r(1), f.applicantConsent));
  steps.push(
    completenessCheck("s2-check", "2", "state_corporation_operator", "s2-refuse", r(2), f.accept.line),
    acceptStep(
      "s2-accept",
      "2",
      "state_corporation_operator",
      r(2),
      f.accept,
      t(
        "Құжаттарды қабылдау туралы қолхатты көрсетілетін қызметті алушыға беру",
        "Выдача услугополучателю расписки о приеме документов",
        "Receipt for the documents given to the applicant",
      ),
    ),
  );
  if (f.operatorConsent !== undefined)
    steps.push(consentStep("s2-consent", "state_corporation_operator", r(2), f.operatorConsent));
  const representativeKk =
    f.issue.representative === "receipt" ? "нотариалды расталған қолхат" : "нотариалды расталған сенімхат";
  const representativeRu =
    f.issue.representative === "receipt"
      ? "нотариально удостоверенной расписке"
      : "нотариально удостоверенной доверенности";
  const representativeEn =
    f.issue.representative === "receipt" ? "a notarised receipt (қолхат)" : "a notarised power of attorney";
  steps.push(
    {
      ...task(
        "s3-transfer",
        "3",
        "state_corporation_back_office",
        r(3),
        f.transfer,
        t(
          "Мемлекеттік корпорацияның жинақтау бөлімінің қызметкері құжаттарды көрсетілетін қызметті берушіге жолдайды",
          "Сотрудник накопительного отдела Государственной корпорации направляет документы услугодателю",
          "The State Corporation accumulation department sends the documents to the provider",
        ),
        t(
          "Құжаттарды көрсетілетін қызметті берушіге жолдау",
          "Направление документов услугодателю",
          "Documents sent to the provider",
        ),
      ),
      excludedFromTerm: true,
    },
    task(
      "s4-register",
      "4",
      f.roles.clerk,
      r(4),
      f.register,
      t("Құжаттарды тіркейді", "Регистрирует документы", "Registers the documents"),
      t(
        "Құжаттарды көрсетілетін қызметті берушінің басшысына ұсыну",
        "Передача документов руководителю услугодателя",
        "Documents passed to the provider's head",
      ),
    ),
    assignStep("s5-assign", "5", f.roles.head, r(5), f.assign),
    task(
      "s6-prepare",
      "6",
      f.roles.executor,
      r(6),
      f.prepare,
      f.prepare.action,
      f.prepare.output,
      f.prepare.doc,
    ),
    task(
      "s7-sign",
      "7",
      f.roles.head,
      r(7),
      f.sign,
      f.sign.action,
      t(
        "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті берушінің кеңсесіне жолдау",
        "Направление результата государственной услуги в канцелярию услугодателя",
        "Result passed to the provider's office",
      ),
      f.sign.doc,
    ),
    task(
      "s8-send",
      "8",
      f.roles.clerk,
      r(8),
      f.send,
      t(
        "Мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және Мемлекеттік корпорацияға жолдайды",
        "Регистрирует результат государственной услуги и направляет его в Государственную корпорацию",
        "Registers the result and sends it to the State Corporation",
      ),
      t(
        "Нәтижені Мемлекеттік корпорацияға жолдау",
        "Направление результата в Государственную корпорацию",
        "Result sent to the State Corporation",
      ),
    ),
    {
      ...task(
        "s9-issue",
        "9",
        "state_corporation_operator",
        r(9),
        f.issue,
        t(
          `Мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және көрсетілетін қызметті алушыға не ${representativeKk} бойынша оның өкіліне береді`,
          `Регистрирует результат государственной услуги и выдает его услугополучателю либо его представителю по ${representativeRu}`,
          `Registers the result and issues it to the applicant or to the applicant's representative acting under ${representativeEn}`,
        ),
        t(
          "Нәтижені көрсетілетін қызметті алушыға не оның өкіліне беру",
          "Выдача результата услугополучателю либо его представителю",
          "Result issued to the applicant or the representative",
        ),
      ),
      next: "end",
    },
    refuseStep("s2-refuse", "2", "state_corporation_operator", r(2), f.refuse, f.refuseForm),
  );
  return {
    id: "state-corporation",
    channel: "state_corporation",
    title: t(
      "Мемлекеттік корпорацияға жүгіну",
      "Обращение в Государственную корпорацию",
      "Application through the State Corporation",
    ),
    source: s(ref(f.reg, f.para), f.lines[0], f.lines[1]),
    steps,
  };
}

// ------------------------------------------------------------------ portal flow

export interface PortalFlow {
  reg: number;
  para: number;
  lines: [number, number];
  /** Line of sub-p. 1; `requestForm`: the standard annex with the e-request form, if the act names one. */
  submit: number;
  requestForm?: string;
  register: Timed;
  assign: Timed;
  prepare: Timed & { action: Text; output: Text; doc: DocumentKind };
  sign: Timed & { action: Text; doc: DocumentKind };
  post: Timed & { action: Text };
}

/** The six-step simplified portal chain (services 9, 13). */
export function portalProcedure(f: PortalFlow): ProcedureInput {
  const r = (sub: number) => ref(f.reg, f.para, sub);
  const formKk = f.requestForm === undefined ? "" : ` стандарттың ${f.requestForm}-қосымшасына сәйкес`;
  const formRu =
    f.requestForm === undefined ? "" : ` по форме согласно приложению ${f.requestForm} к стандарту`;
  const formEn = f.requestForm === undefined ? "" : ` on the form of standard annex ${f.requestForm}`;
  return {
    id: "portal",
    channel: "portal",
    title: t("Портал арқылы жүгіну", "Обращение через портал", "Application through the portal"),
    source: s(ref(f.reg, f.para), f.lines[0], f.lines[1]),
    steps: [
      {
        id: "s1-request",
        n: "1",
        kind: "task",
        actor: "applicant",
        action: t(
          `Порталда тіркеледі және ЭЦҚ-мен куәландырылған электрондық сұранысты${formKk} жолдайды`,
          `Регистрируется на портале и направляет электронный запрос, удостоверенный ЭЦП${formRu}`,
          `Registers on the portal and sends an electronic request certified with the applicant's EDS${formEn}`,
        ),
        duration: null,
        output: t("Құжаттар топтамасын жолдау", "Направление пакета документов", "Document package sent"),
        outputDocument: "application",
        source: s(r(1), f.submit),
      },
      task(
        "s2-register",
        "2",
        "responsible_executor",
        r(2),
        f.register,
        t(
          'Электрондық сұранысты тіркейді, көрсетілетін қызметті алушының "жеке кабинетіне" сұраныстың қабылданған күні мен уақытын көрсете отырып хабарлама жолдайды',
          'Регистрирует электронный запрос и направляет в "личный кабинет" услугополучателя уведомление с указанием даты и времени приема запроса',
          "Registers the electronic request and posts a notice to the applicant's personal account stating the date and time it was accepted",
        ),
        t(
          "Құжаттарды тіркеу және көрсетілетін қызметті берушінің басшысына ұсыну",
          "Регистрация документов и передача руководителю услугодателя",
          "Documents registered and passed to the provider's head",
        ),
        "notification",
      ),
      assignStep("s3-assign", "3", "head", r(3), f.assign),
      task(
        "s4-prepare",
        "4",
        "responsible_executor",
        r(4),
        f.prepare,
        f.prepare.action,
        f.prepare.output,
        f.prepare.doc,
      ),
      task(
        "s5-sign",
        "5",
        "head",
        r(5),
        f.sign,
        f.sign.action,
        t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті берушінің орындаушысына жолдау",
          "Направление результата государственной услуги исполнителю услугодателя",
          "Result passed back to the provider's executor",
        ),
        f.sign.doc,
      ),
      task(
        "s6-post",
        "6",
        "responsible_executor",
        r(6),
        f.post,
        f.post.action,
        t(
          'Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті алушының "жеке кабинетіне" жолдау',
          'Направление результата государственной услуги в "личный кабинет" услугополучателя',
          "Result sent to the applicant's personal account",
        ),
      ),
    ],
  };
}

// ------------------------------------------------------------------ common durations phrasing

/** Head's review / signature: "бір сағаттан аспайды". */
export const ONE_HOUR_QUOTE = "бір сағаттан аспайды";
export const THIRTY_MIN_QUOTE = "отыз минуттан аспайды";
export const FIFTEEN_MIN_QUOTE = "он бес минуттан аспайды";
export const ONE_WD_QUOTE = "бір жұмыс күні ішінде";
