/**
 * The legal sources of the complaint procedure, cited as the catalogue cites
 * (`{seed, ref, lines, quote}`); `complaints.test.ts` checks every quote is in
 * its lines. Seed 003 is MES order No. 414 of 3 October 2022; list item 1
 * restates p. 38 of the Rules of accreditation of adoption agencies (MES order
 * No. 513 of 9 December 2014). It is the only complaint paragraph in our acts
 * with terms; the regulations of seed 001 refer to "section 3 of the Standard"
 * (e.g. seed 001, Regulation 1 p. 12, lines 309–313), which is not among our sources.
 *
 * The act's text is damaged in the seed at lines 187–188: "Заңның 25-бабының
 * сәйкес ... 52-тармағына (бес)" is "Заңның 25-бабының 2-тармағына сәйкес ...
 * 5 (бес)" (Law on state services, art. 25 p. 2; 5 working days), which is how
 * the digest (domain/seed-003a.md) reads it too.
 */
import type { Source } from "../catalog/schema.ts";

/** MES order No. 513 of 9 December 2014, as restated by order No. 414 (seed 003, list item 1). */
const RULES = "Adoption-agency accreditation Rules";

export const SOURCES = {
  /** A complaint goes to the head of the provider or to the review body (quality assessment and control). */
  filing: {
    seed: "003",
    ref: `${RULES} p. 38, part 1`,
    lines: [170, 174],
    quote:
      "мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға (бұдан әрі – шағымды қарайтын орган) беріледі",
  },
  /** The provider forwards a complaint to the review body within 3 working days of its receipt. */
  forward: {
    seed: "003",
    ref: `${RULES} p. 38, part 4`,
    lines: [179, 181],
    quote:
      "шағым келіп түскен күннен бастап 3 (үш) жұмыс күнінен кешіктірмей оны шағымды қарайтын органға жібереді",
  },
  /** …unless within those 3 working days it satisfies the complaint's demands in full. */
  satisfiedInFull: {
    seed: "003",
    ref: `${RULES} p. 38, part 5`,
    lines: [182, 185],
    quote:
      "3 (үш) жұмыс күні ішінде шағымда көрсетілген талаптарды толық қанағаттандыратын шешім не әкімшілік әрекет қабылдаса, шағымды қарайтын органға шағым жібермейді",
  },
  /** A complaint addressed to the provider is reviewed within 5 working days of its registration (Law art. 25 p. 2). */
  providerReview: {
    seed: "003",
    ref: `${RULES} p. 38, part 6`,
    lines: [186, 188],
    quote: "Көрсетілетін қызметті берушінің атына келіп түскен көрсетілетін қызметті алушының шағымы",
  },
  /** A complaint addressed to the review body is reviewed within 15 working days of its registration. */
  reviewBodyReview: {
    seed: "003",
    ref: `${RULES} p. 38, part 7`,
    lines: [189, 190],
    quote: "шағымы тіркелген күнінен бастап 15 (он бес) жұмыс күні ішінде қаралуға жатады",
  },
} satisfies Record<string, Source>;
