/**
 * The legal sources of the monitoring duty, cited as the catalogue cites
 * (`{seed, ref, lines, quote}`); `monitoring.test.ts` checks every quote is in
 * its lines. Seed 003 is MES order No. 414 of 3 October 2022; list item 3
 * restates p. 16-1 of the Rules of MES order No. 158 of 24 April 2020
 * ("Establishing guardianship or trusteeship"). The same duty is repeated in
 * every rule of the order (the "N-1" paragraphs, e.g. accreditation Rules p. 27,
 * lines 154–166); 16-1 is the one we cite.
 */
import type { Source } from "../catalog/schema.ts";

/** MES order No. 158 of 24 April 2020, as restated by order No. 414 (seed 003, list item 3). */
const RULES = "Guardianship-establishment Rules";

export const SOURCES = {
  /** The provider enters every stage of the service into the state-services monitoring information system. */
  stageEntry: {
    seed: "003",
    ref: `${RULES} p. 16-1, part 1`,
    lines: [439, 442],
    quote:
      "мемлекеттік қызмет көрсету сатысы туралы мемлекеттік қызметтер көрсету мониторингінің ақпараттық жүйесіне деректерді енгізуді қамтамасыз етеді",
  },
  /** When the system fails, the provider immediately informs its ICT-infrastructure unit. */
  failureNotice: {
    seed: "003",
    ref: `${RULES} p. 16-1, part 2`,
    lines: [443, 445],
    quote:
      "Ақпараттық жүйе істен шыққан кезде көрсетілетін қызметті беруші анықталған сәттен бастап дереу көрсетілетін қызметті берушінің ақпараттық-коммуникациялық инфрақұрылымға жауапты құрылымдық бөлімшесінің қызметкерін хабардар етеді",
  },
  /** The ICT employee draws up a technical-problem protocol, which the provider signs. */
  protocol: {
    seed: "003",
    ref: `${RULES} p. 16-1, part 3`,
    lines: [449, 451],
    quote: "техникалық проблема туралы хаттама жасайды және оған көрсетілетін қызметті беруші қол қояды",
  },
} satisfies Record<string, Source>;
