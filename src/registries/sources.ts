/**
 * The legal sources of the registries, cited as the catalogue cites
 * (`{seed, ref, lines, quote}`); `registries.test.ts` checks every quote is in
 * its lines. Seed 003 is MES order No. 414 of 3 October 2022, which restates
 * the Rules it amends: the adoption-agency accreditation Rules (MES order
 * No. 513 of 9 December 2014) and the Rules of registering persons wishing to
 * adopt (MES order No. 407 of 29 June 2016).
 */
import type { Source } from "../catalog/schema.ts";

const ACCREDITATION = "Adoption-agency accreditation Rules";
const CANDIDATES = "Rules of registering persons wishing to adopt";

export const SOURCES = {
  /** A positive conclusion registers the applicant as a candidate for adoption. */
  candidateRegistered: {
    seed: "003",
    ref: `${CANDIDATES} p. 11, part 1`,
    lines: [250, 257],
    quote: "оларды бала асырап алуға кандидаттар ретінде есепке қояды",
  },
  /** Only after a positive conclusion may the applicant see the data bank's children. */
  bankAccess: {
    seed: "003",
    ref: `${CANDIDATES} p. 11, last part`,
    lines: [271, 273],
    quote:
      "Көрсетілетін қызметті алушы оң қорытынды алғаннан кейін республикалық деректер банкіндегі жетім балалар",
  },
  /** The foster family's positive conclusion goes into the data bank (within 5 calendar days). */
  fosterBankEntry: {
    seed: "002",
    ref: "Kyzylorda regulation #11 (foster family), p. 5 sub-item 5)",
    lines: [1005, 1005],
    quote: "оң қорытынды алған көрсетілетін қызметті алушының деректерін жетім балалардың",
  },
  /** Extension of accreditation: apply no later than 30 calendar days before the term ends. */
  extensionDeadline: {
    seed: "003",
    ref: `${ACCREDITATION} p. 19`,
    lines: [127, 129],
    quote: "аккредиттеу мерзімі аяқталғанға дейін күнтізбелік отыз күннен кешіктірмей",
  },
  /** Refusal ground: the established number (quota) of accredited agencies is exceeded. */
  quota: {
    seed: "003",
    ref: `${ACCREDITATION}, Annex 2 (standard), refusal ground 9)`,
    lines: [1343, 1346],
    quote: "аккредиттелген агенттіктердің белгіленген санынан асуы",
  },
  /** The agency's undertaking to report a child's death, cruelty or abuse within 24 hours. */
  incident24h: {
    seed: "003",
    ref: `${ACCREDITATION}, Annex 2 (standard), documents, item 1-11)`,
    lines: [1122, 1134],
    quote: "бастап жиырма төрт сағат ішінде",
  },
  /** Relatives may take guardianship without psychological training if they complete it within one calendar year. */
  relativesTraining: {
    seed: "003",
    ref: "Guardianship establishment standard, documents (Marriage and Family Code art. 122 p. 1)",
    lines: [2800, 2818],
    quote: "күнтізбелік бір жыл ішінде даярлықтан өту шартымен",
  },
} satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

export const cite = (s: Source): string => `seed ${s.seed}, ${s.ref}, lines ${s.lines[0]}–${s.lines[1]}`;
