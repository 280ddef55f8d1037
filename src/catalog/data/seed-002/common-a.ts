/**
 * Shared builders for seed 002 (Kyzylorda regional akimat resolution No. 1114 of 14 May 2018),
 * regulations 1–8. Every builder takes the line numbers (and quotes, where a duration is stated)
 * of the regulation it is used for, so that each fact keeps its own source.
 */
import type { Duration, Source, Text } from "../../schema.ts";
import type { AutomatedCheck, DocumentKind, Role } from "../../vocabulary.ts";
import { hours, minutes, src, t, type VersionInput, workingDays } from "../build.ts";

export const SEED = "002" as const;

export type StepIn = VersionInput["procedures"][number]["steps"][number];
export type ProcedureIn = VersionInput["procedures"][number];
export type StandardIn = VersionInput["standard"];
export type CitedIn = StandardIn["delivery"][number];
export type ContradictionIn = VersionInput["contradictions"][number];

/** A source in seed 002. */
export function s(ref: string, from: number, to: number = from, quote?: string): Source {
  return src(SEED, ref, from, to, quote);
}

/** "Regulation n, p. 6, sub-p. k" and similar references. */
export function ref(reg: number, rest: string): string {
  return `Regulation ${reg} (resolution No. 1114), ${rest}`;
}

// ------------------------------------------------------------------ the act (lines 1–76)

export const ISSUER: VersionInput["issuer"] = {
  kind: "regional_akimat",
  region: "kyzylorda",
  name: t("Қызылорда облысының әкімдігі", "Акимат Кызылординской области", "Kyzylorda regional akimat"),
};

export const ACT: VersionInput["act"] = {
  kind: "resolution",
  number: "1114",
  date: "2018-05-14",
  registration: { number: "6299", date: "2018-05-29" },
  title: t(
    "Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы",
    "Об утверждении регламентов государственных услуг",
    "On approval of regulations of state services",
  ),
  issuedBy: t("Қызылорда облысының әкімдігі", "Акимат Кызылординской области", "Kyzylorda regional akimat"),
};

export const EFFECTIVE: VersionInput["effective"] = {
  from: "2018-06-09",
  to: "2020-02-17",
  note:
    "Resolution No. 1114 of 14.05.2018 (registered by the Kyzylorda Justice Department on 29.05.2018, No. 6299) " +
    "enters into force ten calendar days after its first official publication (p. 4, line 51); the publication date " +
    "is not in the seed; it cannot precede registration, so the ten days run 30.05–08.06.2018 at the earliest and " +
    "2018-06-09 is the earliest day in force. " +
    "Repealed by akimat resolution No. 163 of 06.02.2020, which itself enters into force ten calendar days after its " +
    "first official publication (lines 9–11); its registration and publication dates are not in the seed, so " +
    "the ten days counted from its adoption give 2020-02-17 as the earliest day it no longer applies.",
  source: s("Resolution No. 1114: header, repeal note and p. 4", 9, 51),
};

/** The standard approved by MES order No. 198 that a regulation implements (cited at its p. 3). */
export function standard198(reg: number, line: number, title: Text): VersionInput["implementsStandard"] {
  return {
    text: t(
      `Қазақстан Республикасы Білім және ғылым министрінің 2015 жылғы 13 сәуірдегі № 198 бұйрығымен (нормативтік құқықтық актілерді мемлекеттік тіркеу Тізілімінде № 11184 болып тіркелген) бекітілген "${title.kk}" мемлекеттік көрсетілетін қызмет стандарты`,
      `Стандарт государственной услуги "${title.ru}", утвержденный приказом Министра образования и науки Республики Казахстан от 13 апреля 2015 года № 198 (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 11184)`,
      `Standard of the state service "${title.en}" approved by order No. 198 of the Minister of Education and Science of the Republic of Kazakhstan of 13 April 2015 (State Register of normative legal acts No. 11184)`,
    ),
    source: s(ref(reg, "p. 3"), line, line, "2015 жылғы 13 сәуірдегі № 198 бұйрығымен"),
  };
}

// ------------------------------------------------------------------ standard pieces

export const PROVIDER_TEXT = t(
  "Аудандардың және облыстық маңызы бар қаланың білім бөлімдері",
  "Отделы образования районов и города областного значения",
  "Education departments of the districts and of the city of regional significance",
);

export function educationProvider(reg: number, line: number): StandardIn["provider"] {
  return {
    kinds: ["district_education_department"],
    description: PROVIDER_TEXT,
    source: s(ref(reg, "p. 1"), line, line, "аудандардың және облыстық маңызы бар қаланың білім бөлімдері"),
  };
}

/** Channels "1) the State Corporation; 2) the portal" (p. 1). */
export function scPortalChannels(reg: number, scLine: number, portalLine: number): StandardIn["channels"] {
  return [
    {
      channel: "state_corporation",
      source: s(ref(reg, "p. 1, sub-p. 1"), scLine, scLine, "Мемлекеттік корпорация"),
    },
    { channel: "portal", source: s(ref(reg, "p. 1, sub-p. 2"), portalLine, portalLine, "www.egov.kz") },
  ];
}

/** Channels "1) the provider's office; 2) the portal" (p. 1). */
export function officePortalChannels(
  reg: number,
  officeLine: number,
  portalLine: number,
): StandardIn["channels"] {
  return [
    {
      channel: "provider_office",
      source: s(
        ref(reg, "p. 1, sub-p. 1"),
        officeLine,
        officeLine,
        "көрсетілетін қызметті берушінің кеңсесі",
      ),
    },
    { channel: "portal", source: s(ref(reg, "p. 1, sub-p. 2"), portalLine, portalLine, "www.egov.kz") },
  ];
}

/** Form "electronic (partially automated) and/or paper" (p. 2). */
export function partiallyAutomatedForms(reg: number, line: number): StandardIn["forms"] {
  return {
    values: ["electronic_partially_automated", "paper"],
    source: s(
      ref(reg, "p. 2"),
      line,
      line,
      "электрондық (ішінара автоматтандырылған) және (немесе) қағаз түрінде",
    ),
  };
}

export const REASONED_REFUSAL_TITLE = t(
  "Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап",
  "Мотивированный ответ об отказе в оказании государственной услуги",
  "Reasoned refusal to render the state service",
);

export function reasonedRefusalResult(reg: number, line: number, standardParagraph: number) {
  return {
    id: "reasoned-refusal",
    kind: "reasoned_refusal" as const,
    title: REASONED_REFUSAL_TITLE,
    source: s(ref(reg, "p. 3"), line, line, `${standardParagraph}-тармағында көрсетілген`),
  };
}

/** "If the applicant asks for the result on paper, it is drawn up electronically, printed, signed and sealed." */
export function paperCopyDelivery(reg: number, line: number): CitedIn {
  return {
    text: t(
      "Көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызмет нәтижесін қағаз жеткізгіште алу үшін жүгінген жағдайда мемлекеттік қызмет көрсету нәтижесі электрондық форматта ресімделеді, қағазға басып шығарылады, көрсетілетін қызметті берушінің уәкілетті адамының қолымен және мөрімен расталады.",
      "Если услугополучатель обращается за получением результата на бумажном носителе, результат оформляется в электронном формате, распечатывается и заверяется подписью и печатью уполномоченного лица услугодателя.",
      "If the applicant asks for the result on paper, the result is drawn up electronically, printed, and certified by the signature and seal of the provider's authorised person.",
    ),
    source: s(ref(reg, "p. 3"), line, line, "қағазға басып шығарылады"),
  };
}

/** "On the portal the result is sent to the personal account as an e-document signed with the EDS [and stored]." */
export function portalDelivery(reg: number, line: number, stored: boolean): CitedIn {
  return {
    text: stored
      ? t(
          'Порталда мемлекеттік қызмет көрсетудің нәтижесі көрсетілетін қызметті алушының "жеке кабинетіне" көрсетілетін қызметті берушінің уәкілетті адамының ЭЦҚ-сымен қол қойылған электрондық құжат нысанында жіберіледі және сақталады.',
          "На портале результат направляется и хранится в «личном кабинете» услугополучателя в форме электронного документа, подписанного ЭЦП уполномоченного лица услугодателя.",
          "On the portal the result is sent to and stored in the applicant's personal account as an electronic document signed with the EDS of the provider's authorised person.",
        )
      : t(
          'Порталда мемлекеттік қызмет көрсетудің нәтижесі көрсетілетін қызметті алушының "жеке кабинетіне" көрсетілетін қызметті берушінің уәкілетті адамының ЭЦҚ-сымен қол қойылған электрондық құжат нысанында жіберіледі.',
          "На портале результат направляется в «личный кабинет» услугополучателя в форме электронного документа, подписанного ЭЦП уполномоченного лица услугодателя.",
          "On the portal the result is sent to the applicant's personal account as an electronic document signed with the EDS of the provider's authorised person.",
        ),
    source: s(ref(reg, "p. 3"), line, line, "электрондық құжат нысанында жіберіледі"),
  };
}

/** p. 4: form in which the result is presented. */
export function presentationForm(reg: number, line: number, paperOnly: boolean): CitedIn {
  return paperOnly
    ? {
        text: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін ұсыну нысаны – қағаз түрінде.",
          "Форма предоставления результата оказания государственной услуги – бумажная.",
          "The result is presented on paper.",
        ),
        source: s(ref(reg, "p. 4"), line, line, "нәтижесін ұсыну нысаны – қағаз түрінде"),
      }
    : {
        text: t(
          "Мемлекеттік көрсетілетін қызмет нәтижесін ұсыну нысаны – электрондық және (немесе) қағаз түрінде.",
          "Форма предоставления результата оказания государственной услуги – электронная и (или) бумажная.",
          "The result is presented in electronic and/or paper form.",
        ),
        source: s(ref(reg, "p. 4"), line, line, "электрондық және (немесе) қағаз түрінде"),
      };
}

/** p. 5: the documents are those of standard p. 9 (or an e-request on the portal). */
export function documentsRefP9(reg: number, line: number, channels: "sc" | "office"): CitedIn {
  const where =
    channels === "sc"
      ? t("Мемлекеттік корпорацияға", "в Государственную корпорацию", "to the State Corporation")
      : t("көрсетілетін қызметті берушіге", "к услугодателю", "to the provider");
  return {
    text: t(
      `Стандарттың 9-тармағына сәйкес құжаттар топтамасы (${where.kk} жүгінгенде) немесе портал арқылы электрондық құжат нысанындағы сұраныс; тізбе осы регламентте келтірілмеген.`,
      `Пакет документов согласно пункту 9 стандарта (при обращении ${where.ru}) либо запрос в форме электронного документа через портал; перечень в регламенте не приведен.`,
      `The document package under paragraph 9 of the standard (when applying ${where.en}) or a request in the form of an electronic document via the portal; the list itself is not in this regulation.`,
    ),
    source: s(ref(reg, "p. 5"), line, line, "стандарттың 9-тармағына сәйкес құжаттар топтамасымен"),
  };
}

/** p. 3: the refusal grounds are those of standard p. 10 or 11. */
export function refusalGroundsRef(reg: number, line: number, standardParagraph: number): CitedIn {
  return {
    text: t(
      `Мемлекеттік қызмет көрсетуден бас тарту негіздері стандарттың ${standardParagraph}-тармағында көрсетілген; осы регламентте келтірілмеген.`,
      `Основания для отказа в оказании государственной услуги указаны в пункте ${standardParagraph} стандарта; в регламенте не приведены.`,
      `The grounds for refusing the service are those of paragraph ${standardParagraph} of the standard; they are not listed in this regulation.`,
    ),
    source: s(ref(reg, "p. 3"), line, line, `${standardParagraph}-тармағында көрсетілген`),
  };
}

/** Refusal to accept an incomplete package or expired documents. */
export function refusalToAcceptRequirement(
  reg: number,
  rest: string,
  line: number,
  who: "sc" | "office",
  annex: number | null,
): CitedIn {
  const actor =
    who === "sc"
      ? t(
          "Мемлекеттік корпорация қызметкері",
          "Работник Государственной корпорации",
          "The State Corporation employee",
        )
      : t(
          "Көрсетілетін қызметті берушінің кеңсе қызметкері",
          "Сотрудник канцелярии услугодателя",
          "The provider's office clerk",
        );
  const receipt =
    annex === null
      ? { kk: "", ru: "", en: "" }
      : {
          kk: ` және көрсетілетін қызметті алушыға стандарттың ${annex}-қосымшасына сәйкес нысан бойынша өтінішті қабылдаудан бас тарту туралы қолхат береді`,
          ru: ` и выдает услугополучателю расписку об отказе в приеме заявления по форме согласно приложению ${annex} к стандарту`,
          en: ` and gives the applicant a receipt of refusal to accept the application on the form of annex ${annex} to the standard`,
        };
  return {
    text: t(
      `${actor.kk}: көрсетілетін қызметті алушымен стандарттың 9-тармағында көзделген тізбеге сәйкес құжаттардың толық емес топтамасы және (немесе) мерзімі өткен құжаттар ұсынылған жағдайда өтінішті қабылдаудан бас тартады${receipt.kk}.`,
      `${actor.ru}: в случае представления услугополучателем неполного пакета документов согласно перечню пункта 9 стандарта и (или) документов с истекшим сроком действия отказывает в приеме заявления${receipt.ru}.`,
      `${actor.en}: if the applicant submits an incomplete package under the list of paragraph 9 of the standard and/or expired documents, refuses to accept the application${receipt.en}.`,
    ),
    source: s(ref(reg, rest), line, line, "құжаттардың толық емес топтамасы"),
  };
}

/** Consent to the use of legally protected secret information in information systems. */
export function consentRequirement(reg: number, rest: string, line: number, who: "sc" | "office"): CitedIn {
  const actor =
    who === "sc"
      ? t(
          "Мемлекеттік корпорация қызметкері",
          "Работник Государственной корпорации",
          "The State Corporation employee",
        )
      : t(
          "Көрсетілетін қызметті берушінің кеңсе қызметкері",
          "Сотрудник канцелярии услугодателя",
          "The provider's office clerk",
        );
  return {
    text: t(
      `${actor.kk} мемлекеттік қызметті көрсету кезінде, егер Қазақстан Республикасының заңдарында өзгеше көзделмесе, ақпараттық жүйелердегі заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға көрсетілетін қызметті алушының келісімін алады.`,
      `${actor.ru} при оказании государственной услуги получает согласие услугополучателя на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах, если иное не предусмотрено законами Республики Казахстан.`,
      `${actor.en} obtains the applicant's consent to the use of information constituting a legally protected secret contained in information systems, unless the laws of the Republic of Kazakhstan provide otherwise.`,
    ),
    source: s(ref(reg, rest), line, line, "заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға"),
  };
}

/** p. 8: the business-process handbook (annex 1) and where it is published. */
export function handbookRequirement(reg: number, from: number, to: number): CitedIn {
  return {
    text: t(
      'Рәсімдердің (іс-қимылдардың) толық сипаттамасы осы регламенттің 1-қосымшасына сәйкес мемлекеттік қызмет көрсетудің бизнес-процестерінің анықтамалығында көрсетілген; анықтамалық "Қызылорда облысының білім басқармасы" мемлекеттік мекемесінің, Қызылорда облысы әкімдігінің және Қызылорда қаласы мен аудан әкімдіктерінің ресми интернет-ресурстарында орналастырылады (1-қосымшаның кестесі сақталмаған).',
      "Подробное описание процедур (действий) приведено в справочнике бизнес-процессов оказания государственной услуги (приложение 1 к регламенту); справочник размещается на интернет-ресурсах ГУ «Управление образования Кызылординской области», акимата Кызылординской области, акиматов города Кызылорды и районов (таблица приложения 1 в тексте не сохранилась).",
      "The detailed sequence of procedures is in the business-process handbook (annex 1 to the regulation), published on the websites of the Kyzylorda Region Education Department, the regional akimat and the Kyzylorda city and district akimats (the annex 1 table is not preserved in the text).",
    ),
    source: s(ref(reg, "p. 8"), from, to, "бизнес-процестерінің анықтамалығы"),
  };
}

// ------------------------------------------------------------------ steps

interface StepExtra {
  kind?: "task" | "decision";
  outputDocument?: DocumentKind;
  next?: string;
  ifNo?: string;
  excludedFromTerm?: boolean;
  check?: AutomatedCheck;
}

export function step(
  id: string,
  n: string | undefined,
  actor: Role,
  action: Text,
  duration: Duration | null,
  output: Text | null,
  source: Source,
  extra: StepExtra = {},
): StepIn {
  const out: StepIn = { id, kind: extra.kind ?? "task", actor, action, duration, output, source };
  if (n !== undefined) out.n = n;
  if (extra.outputDocument !== undefined) out.outputDocument = extra.outputDocument;
  if (extra.next !== undefined) out.next = extra.next;
  if (extra.ifNo !== undefined) out.ifNo = extra.ifNo;
  if (extra.excludedFromTerm !== undefined) out.excludedFromTerm = extra.excludedFromTerm;
  if (extra.check !== undefined) out.check = extra.check;
  return out;
}

export function decision(
  id: string,
  n: string | undefined,
  actor: Role,
  question: Text,
  ifNo: string,
  source: Source,
  check?: AutomatedCheck,
): StepIn {
  return step(id, n, actor, question, null, null, source, {
    kind: "decision",
    ifNo,
    ...(check ? { check } : {}),
  });
}

/** Verbatim duration phrases of this act. */
export const Q = {
  min5: "бес минуттан аспайды",
  min15: "он бес минуттан аспайды",
  min30: "отыз минуттан аспайды",
  hour1: "бір сағаттан аспайды",
  wd1: "бір жұмыс күні ішінде",
  wd2: "екі жұмыс күні ішінде",
  wd3: "үш жұмыс күні ішінде",
  wd8: "сегіз жұмыс күні ішінде",
} as const;

/** The duration a verbatim phrase of `Q` states. */
export const D = {
  min5: minutes(5),
  min15: minutes(15),
  min30: minutes(30),
  hour1: hours(1),
  wd1: workingDays(1),
  wd2: workingDays(2),
  wd3: workingDays(3),
  wd8: workingDays(8),
} as const;
export type QKey = keyof typeof Q;

// ---- outputs (Рәсімнің нәтижесі) that repeat verbatim

export const OUT = {
  submit: t("Құжаттар топтамасын ұсыну", "Представление пакета документов", "Document package submitted"),
  scReceipt: t(
    "Құжаттарды қабылдау немесе қабылдаудан бас тарту туралы қолхатты көрсетілетін қызметті алушыға беру",
    "Выдача услугополучателю расписки о приеме документов или об отказе в приеме",
    "Receipt of acceptance, or of refusal to accept, handed to the applicant",
  ),
  transfer: t(
    "Құжаттарды көрсетілетін қызметті берушіге жолдау",
    "Направление документов услугодателю",
    "Documents sent to the provider",
  ),
  register: t(
    "Құжаттарды тіркеу және көрсетілетін қызметті берушінің басшысына ұсыну",
    "Регистрация документов и передача руководителю услугодателя",
    "Documents registered and passed to the provider's head",
  ),
  assign: t(
    "Құжаттарды көрсетілетін қызметті берушінің орындаушысына жолдау",
    "Направление документов исполнителю услугодателя",
    "Documents sent to the provider's executor",
  ),
  signedToClerk: t(
    "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті берушінің кеңсе қызметкеріне жолдау",
    "Направление результата оказания государственной услуги сотруднику канцелярии услугодателя",
    "Result sent to the provider's office clerk",
  ),
  signedToExecutor: t(
    "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті берушінің орындаушысына жолдау",
    "Направление результата оказания государственной услуги исполнителю услугодателя",
    "Result sent to the provider's executor",
  ),
  toSc: t(
    "Мемлекеттік көрсетілетін қызмет нәтижесін Мемлекеттік корпорацияға жолдау",
    "Направление результата оказания государственной услуги в Государственную корпорацию",
    "Result sent to the State Corporation",
  ),
  scIssued: t(
    "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті алушыға не оның өкіліне беру",
    "Выдача результата оказания государственной услуги услугополучателю либо его представителю",
    "Result issued to the applicant or the representative",
  ),
  portalSent: t("Құжаттар топтамасын жолдау", "Направление пакета документов", "Document package sent"),
  toCabinet: t(
    'Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті алушының "жеке кабинетіне" жолдау',
    "Направление результата оказания государственной услуги в «личный кабинет» услугополучателя",
    "Result sent to the applicant's personal account",
  ),
  officeAccepted: t(
    "Құжаттарды көрсетілетін қызметті берушінің басшысына ұсыну және құжаттарды қабылдау туралы қолхатты көрсетілетін қызметті алушыға беру немесе өтінішті қабылдаудан бас тарту",
    "Передача документов руководителю услугодателя и выдача услугополучателю расписки о приеме документов либо отказ в приеме заявления",
    "Documents passed to the provider's head and a receipt handed to the applicant, or the application refused",
  ),
  officeIssued: t(
    "Мемлекеттік көрсетілетін қызмет нәтижесін көрсетілетін қызметті алушыға беру",
    "Выдача результата оказания государственной услуги услугополучателю",
    "Result issued to the applicant",
  ),
} as const;

// ---- the State Corporation leg (regulations 1–5)

export function scSubmit(reg: number, line: number): StepIn {
  return step(
    "s1-submit",
    "1",
    "applicant",
    t(
      "Көрсетілетін қызметті алушы Мемлекеттік корпорацияға стандарттың 9-тармағына сәйкес құжаттарды ұсынады",
      "Услугополучатель представляет в Государственную корпорацию документы согласно пункту 9 стандарта",
      "The applicant submits the documents of standard paragraph 9 to the State Corporation",
    ),
    null,
    OUT.submit,
    s(ref(reg, "p. 6, sub-p. 1"), line),
    { outputDocument: "application" },
  );
}

export function scCheckPackage(reg: number, line: number): StepIn {
  return decision(
    "s2-check-package",
    "2",
    "state_corporation_operator",
    t(
      "Стандарттың 9-тармағындағы тізбеге сәйкес құжаттар топтамасы толық және құжаттардың мерзімі өтпеген бе?",
      "Пакет документов полон согласно перечню пункта 9 стандарта и документы не просрочены?",
      "Is the package complete under the list of standard paragraph 9, and are no documents expired?",
    ),
    "s2-refuse",
    s(ref(reg, "p. 6, sub-p. 2"), line, line, "құжаттардың толық емес топтамасы"),
  );
}

export function scAccept(reg: number, from: number, quoteLine: number): StepIn {
  return step(
    "s2-accept",
    "2",
    "state_corporation_operator",
    t(
      "Мемлекеттік корпорация қызметкері құжаттарды тіркейді және көрсетілетін қызметті алушыға тиісті құжаттардың қабылданғаны туралы қолхат береді",
      "Работник Государственной корпорации регистрирует документы и выдает услугополучателю расписку о приеме соответствующих документов",
      "The State Corporation employee registers the documents and gives the applicant a receipt for them",
    ),
    D.min15,
    OUT.scReceipt,
    s(ref(reg, "p. 6, sub-p. 2"), from, quoteLine, Q.min15),
    { outputDocument: "receipt" },
  );
}

export function scConsent(reg: number, line: number): StepIn {
  return step(
    "s2-consent",
    "2",
    "state_corporation_operator",
    t(
      "Мемлекеттік корпорация қызметкері, егер заңдарда өзгеше көзделмесе, ақпараттық жүйелердегі заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға көрсетілетін қызметті алушының келісімін алады",
      "Работник Государственной корпорации получает согласие услугополучателя на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах, если иное не предусмотрено законами",
      "The State Corporation employee obtains the applicant's consent to the use of legally protected secret information held in information systems, unless the law provides otherwise",
    ),
    null,
    null,
    s(ref(reg, "p. 6, sub-p. 2"), line),
  );
}

export function scTransfer(reg: number, line: number): StepIn {
  return step(
    "s3-transfer",
    "3",
    "state_corporation_back_office",
    t(
      "Мемлекеттік корпорацияның жинақтау бөлімінің қызметкері құжаттарды көрсетілетін қызметті берушіге жолдайды (құжаттарды қабылдау күні мемлекеттік қызмет көрсету мерзіміне кірмейді)",
      "Работник накопительного отдела Государственной корпорации направляет документы услугодателю (день приема документов не входит в срок оказания государственной услуги)",
      "The State Corporation accumulation department sends the documents to the provider (the day of acceptance is not counted in the service term)",
    ),
    D.wd1,
    OUT.transfer,
    s(ref(reg, "p. 6, sub-p. 3"), line, line, Q.wd1),
    { excludedFromTerm: true },
  );
}

export function clerkRegister(reg: number, n: string, line: number, q: QKey = "min15"): StepIn {
  return step(
    `s${n}-register`,
    n,
    "office_clerk",
    t(
      "Көрсетілетін қызметті берушінің кеңсе қызметкері құжаттарды тіркейді",
      "Сотрудник канцелярии услугодателя регистрирует документы",
      "The provider's office clerk registers the documents",
    ),
    D[q],
    OUT.register,
    s(ref(reg, `p. 6, sub-p. ${n}`), line, line, Q[q]),
  );
}

export function headAssign(reg: number, n: string, line: number, rest = `p. 6, sub-p. ${n}`): StepIn {
  return step(
    `s${n}-assign`,
    n,
    "head",
    t(
      "Көрсетілетін қызметті берушінің басшысы құжаттарды қарайды және көрсетілетін қызметті берушінің жауапты орындаушысын анықтайды",
      "Руководитель услугодателя рассматривает документы и определяет ответственного исполнителя услугодателя",
      "The provider's head reviews the documents and appoints the responsible executor",
    ),
    D.hour1,
    OUT.assign,
    s(ref(reg, rest), line, line, Q.hour1),
    { outputDocument: "resolution_note" },
  );
}

/** The head signs the result (or the reasoned refusal) within one hour. */
export function headSign(
  reg: number,
  n: string,
  line: number,
  what: Text,
  to: "clerk" | "executor",
  rest = `p. 6, sub-p. ${n}`,
): StepIn {
  return step(
    `s${n}-sign`,
    n,
    "head",
    t(
      `Көрсетілетін қызметті берушінің басшысы ${what.kk} қол қояды`,
      `Руководитель услугодателя подписывает ${what.ru}`,
      `The provider's head signs ${what.en}`,
    ),
    D.hour1,
    to === "clerk" ? OUT.signedToClerk : OUT.signedToExecutor,
    s(ref(reg, rest), line, line, Q.hour1),
  );
}

export function clerkSendToSc(reg: number, n: string, line: number): StepIn {
  return step(
    `s${n}-send-to-sc`,
    n,
    "office_clerk",
    t(
      "Көрсетілетін қызметті берушінің кеңсе қызметкері мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және Мемлекеттік корпорацияға жолдайды",
      "Сотрудник канцелярии услугодателя регистрирует результат оказания государственной услуги и направляет его в Государственную корпорацию",
      "The provider's office clerk registers the result and sends it to the State Corporation",
    ),
    D.hour1,
    OUT.toSc,
    s(ref(reg, `p. 6, sub-p. ${n}`), line, line, Q.hour1),
  );
}

export function scIssue(reg: number, n: string, line: number): StepIn {
  return step(
    `s${n}-issue`,
    n,
    "state_corporation_operator",
    t(
      "Мемлекеттік корпорация қызметкері мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және көрсетілетін қызметті алушыға не нотариалды расталған сенімхат бойынша оның өкіліне береді",
      "Работник Государственной корпорации регистрирует результат оказания государственной услуги и выдает его услугополучателю либо его представителю по нотариально удостоверенной доверенности",
      "The State Corporation employee registers the result and issues it to the applicant or to the representative holding a notarised power of attorney",
    ),
    D.min15,
    OUT.scIssued,
    s(ref(reg, `p. 6, sub-p. ${n}`), line, line, Q.min15),
    { next: "end" },
  );
}

export function scRefuse(reg: number, line: number, annex: number): StepIn {
  return step(
    "s2-refuse",
    "2",
    "state_corporation_operator",
    t(
      `Мемлекеттік корпорация қызметкері өтінішті қабылдаудан бас тартады және көрсетілетін қызметті алушыға стандарттың ${annex}-қосымшасына сәйкес нысан бойынша өтінішті қабылдаудан бас тарту туралы қолхат береді`,
      `Работник Государственной корпорации отказывает в приеме заявления и выдает услугополучателю расписку об отказе в приеме заявления по форме согласно приложению ${annex} к стандарту`,
      `The State Corporation employee refuses to accept the application and gives the applicant a receipt of refusal on the form of annex ${annex} to the standard`,
    ),
    D.min15,
    OUT.scReceipt,
    s(ref(reg, "p. 6, sub-p. 2"), line, line, Q.min15),
    { outputDocument: "refusal_to_accept_receipt", next: "end" },
  );
}

// ---- the provider office leg (regulations 6–8)

export function officeSubmit(reg: number, line: number): StepIn {
  return step(
    "s1-submit",
    "1",
    "applicant",
    t(
      "Көрсетілетін қызметті алушы көрсетілетін қызметті берушінің кеңсесіне стандарттың 9-тармағына сәйкес құжаттарды ұсынады",
      "Услугополучатель представляет в канцелярию услугодателя документы согласно пункту 9 стандарта",
      "The applicant submits the documents of standard paragraph 9 to the provider's office",
    ),
    null,
    OUT.submit,
    s(ref(reg, "p. 6, sub-p. 1"), line),
    { outputDocument: "application" },
  );
}

export function officeCheckPackage(reg: number, line: number): StepIn {
  return decision(
    "s2-check-package",
    "2",
    "office_clerk",
    t(
      "Стандарттың 9-тармағындағы тізбеге сәйкес құжаттар топтамасы толық және құжаттардың мерзімі өтпеген бе?",
      "Пакет документов полон согласно перечню пункта 9 стандарта и документы не просрочены?",
      "Is the package complete under the list of standard paragraph 9, and are no documents expired?",
    ),
    "s2-refuse",
    s(ref(reg, "p. 6, sub-p. 2"), line, line, "құжаттардың толық емес топтамасы"),
  );
}

export function officeAccept(reg: number, line: number): StepIn {
  return step(
    "s2-accept",
    "2",
    "office_clerk",
    t(
      "Көрсетілетін қызметті берушінің кеңсе қызметкері құжаттарды тіркейді және көрсетілетін қызметті алушыға тиісті құжаттардың қабылданғаны туралы қолхат береді",
      "Сотрудник канцелярии услугодателя регистрирует документы и выдает услугополучателю расписку о приеме соответствующих документов",
      "The provider's office clerk registers the documents and gives the applicant a receipt for them",
    ),
    D.min30,
    OUT.officeAccepted,
    s(ref(reg, "p. 6, sub-p. 2"), line, line, Q.min30),
    { outputDocument: "receipt" },
  );
}

export function officeConsent(reg: number, line: number): StepIn {
  return step(
    "s2-consent",
    "2",
    "office_clerk",
    t(
      "Көрсетілетін қызметті берушінің кеңсе қызметкері, егер заңдарда өзгеше көзделмесе, ақпараттық жүйелердегі заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға көрсетілетін қызметті алушының келісімін алады",
      "Сотрудник канцелярии услугодателя получает согласие услугополучателя на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах, если иное не предусмотрено законами",
      "The provider's office clerk obtains the applicant's consent to the use of legally protected secret information held in information systems, unless the law provides otherwise",
    ),
    null,
    null,
    s(ref(reg, "p. 6, sub-p. 2"), line),
  );
}

export function officeIssue(reg: number, n: string, line: number): StepIn {
  return step(
    `s${n}-issue`,
    n,
    "office_clerk",
    t(
      "Көрсетілетін қызметті берушінің кеңсе қызметкері мемлекеттік көрсетілетін қызмет нәтижесін тіркейді және көрсетілетін қызметті алушыға береді",
      "Сотрудник канцелярии услугодателя регистрирует результат оказания государственной услуги и выдает его услугополучателю",
      "The provider's office clerk registers the result and issues it to the applicant",
    ),
    D.min30,
    OUT.officeIssued,
    s(ref(reg, `p. 6, sub-p. ${n}`), line, line, Q.min30),
  );
}

export function officeRefuse(reg: number, line: number): StepIn {
  return step(
    "s2-refuse",
    "2",
    "office_clerk",
    t(
      "Көрсетілетін қызметті берушінің кеңсе қызметкері өтінішті қабылдаудан бас тартады",
      "Сотрудник канцелярии услугодателя отказывает в приеме заявления",
      "The provider's office clerk refuses to accept the application",
    ),
    D.min30,
    t("Өтінішті қабылдаудан бас тарту", "Отказ в приеме заявления", "Application refused"),
    s(ref(reg, "p. 6, sub-p. 2"), line, line, Q.min30),
    { next: "end" },
  );
}

// ---- the simplified portal chain (regulations 2–8)

/** Portal sub-p. 1: the applicant sends an EDS-certified e-request; `form` names the standard's annex, if any. */
export function portalSubmit(reg: number, line: number, form: Text | null): StepIn {
  const f =
    form === null ? { kk: "", ru: "", en: "" } : { kk: ` ${form.kk}`, ru: ` ${form.ru}`, en: ` ${form.en}` };
  return step(
    "p1-submit",
    "1",
    "applicant",
    t(
      `Көрсетілетін қызметті алушы порталда тіркеледі және ЭЦҚ куәландырылған электрондық құжат нысанындағы сұранысты (электрондық сұраныс)${f.kk} жолдайды`,
      `Услугополучатель регистрируется на портале и направляет запрос в форме электронного документа, удостоверенного его ЭЦП (электронный запрос)${f.ru}`,
      `The applicant registers on the portal and sends a request in the form of an electronic document certified by the applicant's EDS (e-request)${f.en}`,
    ),
    null,
    OUT.portalSent,
    s(ref(reg, "p. 9, sub-p. 1"), line),
    { outputDocument: "application" },
  );
}

/** "стандарттың N-қосымшасына сәйкес" in three languages. */
export function standardAnnexForm(kkAnnexes: string, annexes: string): Text {
  return t(
    `стандарттың ${kkAnnexes} сәйкес`,
    `согласно приложению(-ям) ${annexes} к стандарту`,
    `on the form of annex(es) ${annexes} to the standard`,
  );
}

export function portalRegister(reg: number, n: string, line: number, q: "min15" | "min30"): StepIn {
  return step(
    `p${n}-register`,
    n,
    "responsible_executor",
    t(
      'Көрсетілетін қызметті берушінің орындаушысы электрондық сұранысты тіркейді, көрсетілетін қызметті алушының "жеке кабинетіне" электрондық сұраныстың қабылданған күні мен уақытын көрсете отырып, хабарлама жолдайды',
      "Исполнитель услугодателя регистрирует электронный запрос и направляет в «личный кабинет» услугополучателя уведомление с указанием даты и времени приема электронного запроса",
      "The provider's executor registers the e-request and posts a notice to the applicant's personal account stating the date and time the e-request was received",
    ),
    D[q],
    OUT.register,
    s(ref(reg, `p. 9, sub-p. ${n}`), line, line, Q[q]),
    { outputDocument: "notification" },
  );
}

export function portalAssign(reg: number, n: string, line: number): StepIn {
  const st = headAssign(reg, n, line, `p. 9, sub-p. ${n}`);
  return { ...st, id: `p${n}-assign` };
}

export function portalSign(reg: number, n: string, line: number, what: Text): StepIn {
  const st = headSign(reg, n, line, what, "executor", `p. 9, sub-p. ${n}`);
  return { ...st, id: `p${n}-sign` };
}

export function portalSendResult(
  reg: number,
  n: string,
  line: number,
  q: "min15" | "min30",
  what: Text = t(
    "мемлекеттік көрсетілетін қызмет нәтижесін",
    "результат оказания государственной услуги",
    "the result",
  ),
): StepIn {
  return step(
    `p${n}-send-result`,
    n,
    "responsible_executor",
    t(
      `Көрсетілетін қызметті берушінің орындаушысы ${what.kk} тіркейді және көрсетілетін қызметті алушының "жеке кабинетіне" жолдайды`,
      `Исполнитель услугодателя регистрирует ${what.ru} и направляет в «личный кабинет» услугополучателя`,
      `The provider's executor registers ${what.en} and sends it to the applicant's personal account`,
    ),
    D[q],
    OUT.toCabinet,
    s(ref(reg, `p. 9, sub-p. ${n}`), line, line, Q[q]),
  );
}

// ---- procedure titles

export function procTitle(channel: "sc" | "portal" | "office"): Text {
  switch (channel) {
    case "sc":
      return t(
        "Мемлекеттік корпорация арқылы жүгінгенде",
        "При обращении через Государственную корпорацию",
        "Application through the State Corporation",
      );
    case "portal":
      return t("Портал арқылы жүгінгенде", "При обращении через портал", "Application through the portal");
    case "office":
      return t(
        "Көрсетілетін қызметті берушінің кеңсесіне жүгінгенде",
        "При обращении в канцелярию услугодателя",
        "Application at the provider's office",
      );
  }
}

// ---- the executor's work and the head's signature, by kind of result

export const PREP = {
  certificate: {
    action: t(
      "Көрсетілетін қызметті берушінің орындаушысы құжаттарды қарайды және анықтаманы немесе дәлелді бас тартуды дайындайды",
      "Исполнитель услугодателя рассматривает документы и готовит справку или мотивированный отказ",
      "The provider's executor reviews the documents and prepares the certificate or a reasoned refusal",
    ),
    output: t(
      "Анықтаманы немесе дәлелді бас тартуды көрсетілетін қызметті берушінің басшысына ұсыну",
      "Передача справки или мотивированного отказа руководителю услугодателя",
      "Certificate or reasoned refusal passed to the provider's head",
    ),
    doc: "certificate",
    sign: t(
      "анықтамаға немесе дәлелді бас тартуға",
      "справку или мотивированный отказ",
      "the certificate or the reasoned refusal",
    ),
  },
  decision: {
    action: t(
      "Көрсетілетін қызметті берушінің орындаушысы құжаттарды қарайды және шешімнің жобасын немесе дәлелді бас тартуды дайындайды",
      "Исполнитель услугодателя рассматривает документы и готовит проект решения или мотивированный отказ",
      "The provider's executor reviews the documents and prepares the draft decision or a reasoned refusal",
    ),
    output: t(
      "Шешімнің жобасын немесе дәлелді бас тартуды көрсетілетін қызметті берушінің басшысына ұсыну",
      "Передача проекта решения или мотивированного отказа руководителю услугодателя",
      "Draft decision or reasoned refusal passed to the provider's head",
    ),
    doc: "decision",
    sign: t(
      "шешімге немесе дәлелді бас тартуға",
      "решение или мотивированный отказ",
      "the decision or the reasoned refusal",
    ),
  },
} as const satisfies Record<string, { action: Text; output: Text; doc: DocumentKind; sign: Text }>;
export type PrepKind = keyof typeof PREP;

export function executorPrepare(
  reg: number,
  id: string,
  n: string,
  rest: string,
  line: number,
  kind: PrepKind,
  q: QKey,
): StepIn {
  const p = PREP[kind];
  return step(id, n, "responsible_executor", p.action, D[q], p.output, s(ref(reg, rest), line, line, Q[q]), {
    outputDocument: p.doc,
  });
}

/** The State Corporation flow of regulations 3–5: sub-pp. 1–9 of p. 6, with the refusal to accept at the end. */
export function scChain(
  reg: number,
  l: {
    submit: number;
    accept: number;
    consent: number;
    transfer: number;
    register: number;
    assign: number;
    prepare: number;
    sign: number;
    send: number;
    issue: number;
  },
  kind: PrepKind,
  q: QKey,
  refusalAnnex: number,
): StepIn[] {
  return [
    scSubmit(reg, l.submit),
    scCheckPackage(reg, l.accept),
    scAccept(reg, l.accept, l.accept),
    scConsent(reg, l.consent),
    scTransfer(reg, l.transfer),
    clerkRegister(reg, "4", l.register),
    headAssign(reg, "5", l.assign),
    executorPrepare(reg, "s6-prepare", "6", "p. 6, sub-p. 6", l.prepare, kind, q),
    headSign(reg, "7", l.sign, PREP[kind].sign, "clerk"),
    clerkSendToSc(reg, "8", l.send),
    scIssue(reg, "9", l.issue),
    scRefuse(reg, l.accept, refusalAnnex),
  ];
}

/** The simplified portal flow: sub-pp. 1–6 of p. 9. */
export function portalChain(
  reg: number,
  l: { submit: number; register: number; assign: number; prepare: number; sign: number; send: number },
  form: Text | null,
  kind: PrepKind,
  q: QKey,
  clerkMinutes: "min15" | "min30",
): StepIn[] {
  return [
    portalSubmit(reg, l.submit, form),
    portalRegister(reg, "2", l.register, clerkMinutes),
    portalAssign(reg, "3", l.assign),
    executorPrepare(reg, "p4-prepare", "4", "p. 9, sub-p. 4", l.prepare, kind, q),
    portalSign(reg, "5", l.sign, PREP[kind].sign),
    portalSendResult(reg, "6", l.send, clerkMinutes),
  ];
}

/** The provider-office flow of regulation 7: sub-pp. 1–6 of p. 6, with the refusal to accept at the end. */
export function officeChain(
  reg: number,
  l: {
    submit: number;
    accept: number;
    consent: number;
    assign: number;
    prepare: number;
    sign: number;
    issue: number;
  },
  kind: PrepKind,
  q: QKey,
): StepIn[] {
  return [
    officeSubmit(reg, l.submit),
    officeCheckPackage(reg, l.accept),
    officeAccept(reg, l.accept),
    officeConsent(reg, l.consent),
    headAssign(reg, "3", l.assign),
    executorPrepare(reg, "s4-prepare", "4", "p. 6, sub-p. 4", l.prepare, kind, q),
    headSign(reg, "5", l.sign, PREP[kind].sign, "clerk"),
    { ...officeIssue(reg, "6", l.issue), next: "end" },
    officeRefuse(reg, l.accept),
  ];
}
