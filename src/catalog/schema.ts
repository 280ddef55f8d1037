/**
 * The catalogue model: services, their regulation versions, each version's
 * standard (what the law promises the applicant) and procedures (what the
 * provider does, step by step). Types are inferred from these zod schemas.
 *
 * Every number, document and ground carries a `Source`: the seed file, the
 * act's paragraph or annex, the line range and, where it matters, a verbatim
 * quote that `catalog lint` finds in the seed.
 */
import { z } from "zod";
import { REGION_CODES } from "./regions.ts";
import {
  AutomatedCheck,
  Channel,
  DocumentKind,
  DurationUnit,
  LifeSituation,
  ProviderKind,
  RenderingForm,
  Role,
  ScheduleId,
  SeedId,
  Sphere,
} from "./vocabulary.ts";

const nonEmpty = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "lower-case slug");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ISO date YYYY-MM-DD");

/** A user-facing string in Kazakh, Russian and English. */
export const Text = z
  .strictObject({ kk: nonEmpty, ru: nonEmpty, en: nonEmpty })
  .meta({ id: "Text", description: "A user-facing string in Kazakh, Russian and English" });
export type Text = z.infer<typeof Text>;

/** Where in the source acts a fact comes from. */
export const Source = z
  .strictObject({
    seed: SeedId,
    /** The act's own reference, in English: "Annex 2, p. 5, sub-p. 3", "Regulation 4, p. 5". */
    ref: nonEmpty,
    /** First and last line (1-based, inclusive) in the seed file. */
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    /** Verbatim text from those lines (whitespace may differ); lint checks it is there. */
    quote: nonEmpty.optional(),
  })
  .meta({ id: "Source", description: "Where in the source acts a fact comes from" });
export type Source = z.infer<typeof Source>;

export const Duration = z
  .strictObject({ value: z.number().positive(), unit: DurationUnit })
  .meta({ id: "Duration", description: "A period as the act states it" });
export type Duration = z.infer<typeof Duration>;

/** A free-text statement of the act, with its source. */
export const CitedText = z
  .strictObject({ text: Text, source: Source })
  .meta({ id: "CitedText", description: "A statement of the act with its source" });
export type CitedText = z.infer<typeof CitedText>;

// ---------------------------------------------------------------- standard

export const ProviderSpec = z.strictObject({
  kinds: z.array(ProviderKind).min(1),
  description: Text,
  source: Source,
});

export const ChannelSpec = z.strictObject({
  channel: Channel,
  /** E.g. "only where there is no provider at the applicant's place of residence". */
  condition: Text.optional(),
  source: Source,
});

export const Term = z
  .strictObject({
    /** null: the term applies to every channel of the version. */
    channel: Channel.nullable(),
    variant: slug.optional(),
    duration: Duration,
    /** When this term applies rather than another of the same channel. */
    condition: Text.optional(),
    /** The act says the day of acceptance (at the State Corporation) is not counted in the term. */
    acceptanceDayExcluded: z.boolean().optional(),
    source: Source,
  })
  .meta({ id: "Term", description: "The term of the service on a channel" });
export type Term = z.infer<typeof Term>;

export const QueueLimits = z.strictObject({
  channel: Channel,
  maxWaitMinutes: z.number().int().positive().nullable(),
  maxServiceMinutes: z.number().int().positive().nullable(),
  source: Source,
});

export const ResultDocument = z.strictObject({
  id: slug,
  kind: DocumentKind,
  title: Text,
  variant: slug.optional(),
  /** The annex of the act or standard that gives the form, e.g. "Standard annex 1". */
  form: nonEmpty.optional(),
  source: Source,
});
export type ResultDocument = z.infer<typeof ResultDocument>;

export const Schedule = z.strictObject({
  who: z.enum(["provider", "state_corporation", "portal", "akim_office"]),
  calendar: ScheduleId,
  text: Text,
  source: Source,
});

/** The state-database record whose existence replaces a document, and the database that holds it. */
export const WAIVER_RECORDS = {
  birth: "АХАЖ",
  marriage: "АХАЖ",
  death: "АХАЖ",
  guardianship: "guardianship",
  kandas: "Оралман",
} as const;
export type WaiverRecord = keyof typeof WAIVER_RECORDS;

/**
 * "Required only if the information system has no record": the document is not asked for when the
 * record exists, and intake looks it up itself (src/engine/waivers.ts) — the applicant does not declare it.
 */
export const RecordWaiver = z
  .strictObject({
    /**
     * The record: birth, marriage or death (АХАЖ — a marriage record also answers for "marriage or
     * divorce": the port has no divorce records), a guardianship in force (the guardianship data), an
     * entry in the "Oralman" base (kandas).
     */
    record: z.enum(Object.keys(WAIVER_RECORDS) as [WaiverRecord, ...WaiverRecord[]]),
    /**
     * Whose record: the applicant; every child named in the application (each needs an IIN); the
     * applicant's spouse (from the applicant's marriage record); the child's other parent (the parent of
     * the child's birth record who is not the applicant).
     */
    of: z.enum(["applicant", "child", "spouse", "other_parent"]),
    /**
     * The act also requires the document when the event took place outside Kazakhstan ("…не Қазақстан
     * Республикасынан тыс жерде"): a record registered abroad does not waive it.
     */
    unlessAbroad: z.boolean().optional(),
    /**
     * Another case in which the document does not apply and which no record shows (e.g. "the applicant is
     * not married"): the applicant may still declare it (`notApplicable`). Absent: only the record decides.
     */
    declarable: Text.optional(),
    /** The act's words that the document is required only when the system has no record (quote required). */
    source: Source.extend({ quote: nonEmpty }),
  })
  .meta({
    id: "RecordWaiver",
    description: "A document the act requires only when the state information system has no record",
  });
export type RecordWaiver = z.infer<typeof RecordWaiver>;

export const RequiredDocument = z.strictObject({
  id: slug,
  title: Text,
  /** Channels on which this document is required. */
  channels: z.array(Channel).min(1),
  variant: slug.optional(),
  /** Condition under which it is required or waived ("only if the civil-registry system has no record"). */
  condition: Text.optional(),
  /** How it is presented: original, copy, original for check and return, electronic copy, obtained by the provider itself. */
  presentation: z
    .enum(["original", "copy", "original_for_check", "electronic_copy", "fetched_by_provider"])
    .optional(),
  /** Not required when the state database holds this record (looked up at intake, not declared). */
  waivedIfRecord: RecordWaiver.optional(),
  source: Source,
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

export const RefusalGround = z.strictObject({
  /** Number as in the act (sub-paragraph). */
  n: z.number().int().positive(),
  text: Text,
  variant: slug.optional(),
  /** The law the ground comes from, where the act names one ("Marriage and Family Code, art. 91 p. 4"). */
  provision: nonEmpty.optional(),
  source: Source,
});
export type RefusalGround = z.infer<typeof RefusalGround>;

/** How an application on the portal is certified: an EDS, or a one-time password sent by SMS. */
export const CertificationMethod = z.enum(["eds", "otp"]).meta({
  id: "CertificationMethod",
  description:
    "eds: signed with an electronic digital signature; otp: certified with a one-time password by SMS",
});
export type CertificationMethod = z.infer<typeof CertificationMethod>;

/**
 * The act's statement of how a portal application may be certified ("ЭЦҚ-мен немесе бір рет
 * пайдаланатын құпия сөзбен куәландырылған"). Stated only where the act says so; a version
 * without it takes applications with an EDS only.
 */
export const PortalCertification = z
  .strictObject({
    methods: z
      .array(CertificationMethod)
      .min(1)
      .refine((m) => new Set(m).size === m.length, "each method once"),
    /** Where the act says it; lint requires a quote and finds it in the seed. */
    source: Source,
  })
  .meta({
    id: "PortalCertification",
    description: "How a portal application may be certified, as the act states it",
  });
export type PortalCertification = z.infer<typeof PortalCertification>;

export const Standard = z
  .strictObject({
    provider: ProviderSpec,
    channels: z.array(ChannelSpec).min(1),
    terms: z.array(Term),
    queue: z.array(QueueLimits),
    forms: z.strictObject({ values: z.array(RenderingForm).min(1), source: Source }).nullable(),
    results: z.array(ResultDocument).min(1),
    /** How the result reaches the applicant, per the act. */
    delivery: z.array(CitedText),
    fee: z.strictObject({ free: z.boolean(), text: Text, source: Source }).nullable(),
    schedules: z.array(Schedule),
    documents: z.array(RequiredDocument),
    /** Where the list of documents lives when this act only refers to it. */
    documentsRef: CitedText.nullable(),
    refusalGrounds: z.array(RefusalGround),
    /** Where the refusal grounds live when this act only refers to them. */
    refusalGroundsRef: CitedText.nullable(),
    /** Other requirements (row 10 of a standard), cross-cutting rules the act states for this service. */
    otherRequirements: z.array(CitedText),
    /** Extensions of the term the act allows (e.g. "+1 month where an additional inquiry is needed"). */
    termExtensions: z
      .array(z.strictObject({ id: slug, duration: Duration, condition: Text, source: Source }))
      .optional(),
    /** How a portal application may be certified; absent: with an EDS only (the act names no alternative). */
    portalCertification: PortalCertification.optional(),
  })
  .meta({ id: "Standard", description: "What the law promises the applicant: the service standard" });
export type Standard = z.infer<typeof Standard>;

// -------------------------------------------------------------- procedure

const stepRef = z.union([slug, z.literal("end")]);

export const Step = z
  .strictObject({
    /** Unique within the procedure; referenced by `next` and `ifNo`. */
    id: slug,
    /** The act's own numbering: "1", "2", "P3", "C2". */
    n: nonEmpty.optional(),
    /** A task is work; a decision is a condition the act checks, with a "no" branch. */
    kind: z.enum(["task", "decision"]),
    actor: Role,
    /** For a decision: the question, phrased so that "yes" continues. */
    action: Text,
    /** null: the act states no duration for this step. */
    duration: Duration.nullable(),
    /** The step's result (Рәсімнің нәтижесі) or output document. */
    output: Text.nullable(),
    outputDocument: DocumentKind.optional(),
    /** The step that follows; default: the next in the list. "end" ends the process. */
    next: stepRef.optional(),
    /** Decision only: where the "no" answer leads. */
    ifNo: stepRef.optional(),
    /** The act says this step's time is not counted in the service term (day of acceptance at the State Corporation). */
    excludedFromTerm: z.boolean().optional(),
    /**
     * An automated decision: the named check the information system runs (src/statedb/automation.ts),
     * e.g. "guardianship-record-exists", "person-known", "eds-verified".
     */
    check: AutomatedCheck.optional(),
    source: Source,
  })
  .meta({ id: "Step", description: "One step of a procedure" });
export type Step = z.infer<typeof Step>;

export const Procedure = z
  .strictObject({
    id: slug,
    channel: Channel,
    variant: slug.optional(),
    title: Text,
    source: Source,
    steps: z.array(Step).min(1),
  })
  .meta({ id: "Procedure", description: "The steps of one channel (and variant), in the act's order" });
export type Procedure = z.infer<typeof Procedure>;

// ---------------------------------------------------------------- version

export const ActRef = z
  .strictObject({
    kind: z.enum(["order", "resolution"]),
    number: nonEmpty,
    date: isoDate,
    registration: z.strictObject({ number: nonEmpty, date: isoDate.nullable() }).nullable(),
    title: Text,
    /** The body that issued the act, e.g. "Minister of Enlightenment", "Kyzylorda regional akimat". */
    issuedBy: Text,
  })
  .meta({ id: "ActRef", description: "A legal act" });
export type ActRef = z.infer<typeof ActRef>;

export const Contradiction = z
  .strictObject({
    id: slug,
    /**
     * term_vs_steps: the steps of a procedure take longer than the term (lint computes these and
     *   requires each to be acknowledged here, naming the procedure);
     * internal: the act says two different things;
     * other: anything else worth a warning.
     */
    kind: z.enum(["term_vs_steps", "internal", "other"]),
    procedure: slug.optional(),
    text: Text,
    sources: z.array(Source).min(1),
  })
  .meta({ id: "Contradiction", description: "A contradiction of the act, recorded as the act states it" });
export type Contradiction = z.infer<typeof Contradiction>;

export const RegulationVersion = z
  .strictObject({
    id: slug,
    issuer: z.strictObject({
      kind: z.enum(["ministry", "regional_akimat"]),
      /** null for national rules; else the region whose akimat issued it. */
      region: z.enum(REGION_CODES).nullable(),
      name: Text,
    }),
    act: ActRef,
    /** Acts that amended or restated this one, as far as the seed says. */
    amendedBy: z.array(ActRef),
    /** The national standard that a regional regulation implements. */
    implementsStandard: CitedText.nullable(),
    effective: z.strictObject({
      from: isoDate,
      /** First day the version is no longer in force; null while in force. */
      to: isoDate.nullable(),
      /** How the dates were derived from the act ("10 calendar days after first publication on …"). */
      note: nonEmpty,
      source: Source,
    }),
    /** Where the version's text lies in its seed. */
    source: Source,
    /** The service's title as this act gives it. */
    titleInAct: Text,
    /** Sub-types of the service within this version (e.g. accreditation / extension). */
    variants: z.array(z.strictObject({ id: slug, title: Text })),
    standard: Standard,
    procedures: z.array(Procedure).min(1),
    contradictions: z.array(Contradiction),
  })
  .meta({ id: "RegulationVersion", description: "One regulation version of a service" });
export type RegulationVersion = z.infer<typeof RegulationVersion>;

export const Service = z
  .strictObject({
    code: slug,
    sphere: Sphere,
    /** The life situations the portal lists it under (our classification, not the acts'). */
    lifeSituations: z.array(LifeSituation).min(1),
    titles: Text,
    /** Whether the Russian title is the official one (from a Russian act) or our translation. */
    ruTitle: z.enum(["official", "translation"]),
    versions: z.array(RegulationVersion).min(1),
  })
  .meta({ id: "Service", description: "A state service and its regulation versions" });
export type Service = z.infer<typeof Service>;

export const Catalog = z.array(Service);
export type Catalog = z.infer<typeof Catalog>;
