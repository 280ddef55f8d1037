/**
 * Step durations and terms against the acts: every one, titled with its source.
 * Each is checked twice: its quote is found in the cited lines of the seed,
 * and the number and unit read back out of the quote are the catalogue's.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadCatalog } from "./catalog.ts";
import { textStates } from "./duration-words.ts";
import type { Duration, Source } from "./schema.ts";
import { quoteFound } from "./seed-text.ts";
import { formatDuration } from "./term-check.ts";

function checkAgainstAct(duration: Duration, source: Source) {
  assert.ok(source.quote, "a duration is quoted from the act");
  assert.ok(
    quoteFound(source.seed, source.lines[0], source.lines[1], source.quote),
    `quote at lines ${source.lines.join("-")}`,
  );
  assert.ok(textStates(source.quote, duration), `"${source.quote}" states ${formatDuration(duration)}`);
}

const where = (s: Source) => `${s.seed} ${s.ref} (lines ${s.lines[0]}–${s.lines[1]})`;

for (const service of loadCatalog()) {
  for (const version of service.versions) {
    describe(`${service.code}@${version.id}`, () => {
      for (const term of version.standard.terms) {
        test(`${where(term.source)}: term on ${term.channel ?? "every channel"} is ${formatDuration(term.duration)}`, () =>
          checkAgainstAct(term.duration, term.source));
      }
      for (const procedure of version.procedures) {
        for (const step of procedure.steps) {
          const { duration } = step;
          if (!duration) continue;
          test(`${where(step.source)}: ${procedure.channel} step ${step.n ?? step.id} (${step.actor}) takes ${formatDuration(duration)}`, () =>
            checkAgainstAct(duration, step.source));
        }
      }
    });
  }
}
