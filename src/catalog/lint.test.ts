import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { SeedVersion } from "./data/build.ts";
import { ALL_VERSIONS } from "./data/index.ts";
import { lintCatalog } from "./lint.ts";

/** The real catalogue with one version changed by `mutate`. */
function mutated(mutate: (v: SeedVersion["version"]) => void): SeedVersion[] {
  return ALL_VERSIONS.map((entry, i) => {
    if (i !== 0) return entry;
    const version = structuredClone(entry.version);
    mutate(version);
    return { service: entry.service, version };
  });
}

function errorsOf(input: SeedVersion[]) {
  return lintCatalog(input).findings.filter((f) => f.level === "error");
}

describe("catalog lint", () => {
  test("the catalogue passes: no errors, and every warning is a contradiction recorded from the acts", () => {
    const report = lintCatalog();
    assert.deepEqual(
      report.findings
        .filter((f) => f.level === "error")
        .map((f) => `${f.service}@${f.version} ${f.at}: ${f.message}`),
      [],
    );
    assert.ok(report.warnings > 0);
    for (const w of report.findings.filter((f) => f.level === "warning")) {
      assert.match(w.at, /^contradictions\./);
      assert.ok(w.sources.length > 0, "a contradiction cites the act");
    }
  });

  test("a quote that is not in the cited lines is an error", () => {
    const errors = errorsOf(
      mutated((v) => {
        v.procedures[0]!.steps[0]!.source.quote = "мұндай мәтін актіде жоқ";
      }),
    );
    assert.ok(errors.some((e) => /quote not found/.test(e.message)));
  });

  test("a duration that differs from its quote is an error", () => {
    const errors = errorsOf(
      mutated((v) => {
        const step = v.procedures.flatMap((p) => p.steps).find((s) => s.duration);
        assert.ok(step?.duration);
        step.duration = { value: step.duration.value + 7, unit: step.duration.unit };
      }),
    );
    assert.ok(errors.some((e) => /is not what the quote says/.test(e.message)));
  });

  test("lines outside the seed file are an error", () => {
    const errors = errorsOf(
      mutated((v) => {
        v.source.lines = [1, 999_999];
      }),
    );
    assert.ok(errors.some((e) => /outside seed/.test(e.message)));
  });

  test("a step pointing at a step that does not exist is an error", () => {
    const errors = errorsOf(
      mutated((v) => {
        v.procedures[0]!.steps[0]!.next = "no-such-step";
      }),
    );
    assert.ok(errors.some((e) => /unknown step "no-such-step"/.test(e.message)));
  });

  test("an information system's decision without its named check, or a check on a person's step, is an error", () => {
    const errors = errorsOf(
      mutated((v) => {
        for (const p of v.procedures)
          for (const s of p.steps) {
            if (s.check) delete s.check;
            else if (s.kind === "task" && s.actor !== "portal") s.check = "person-known";
          }
      }),
    );
    assert.ok(errors.some((e) => /needs the named check it runs/.test(e.message)));
    assert.ok(errors.some((e) => /only an information system's decision runs a check/.test(e.message)));
  });

  test("a procedure whose steps exceed the term without a recorded contradiction is an error", () => {
    const errors = errorsOf(
      mutated((v) => {
        v.contradictions = v.contradictions.filter((c) => c.kind !== "term_vs_steps");
        const p = v.procedures[0]!;
        const step = p.steps.find((s) => s.duration)!;
        v.standard.terms = [{ channel: null, duration: { value: 1, unit: "minutes" }, source: step.source }];
      }),
    );
    assert.ok(errors.some((e) => /steps take .* but the term is 1 minute/.test(e.message)));
  });

  test("a schema violation (unknown actor role) is an error", () => {
    const errors = errorsOf(
      mutated((v) => {
        (v.procedures[0]!.steps[0] as { actor: string }).actor = "janitor";
      }),
    );
    assert.ok(errors.some((e) => /^schema:/.test(e.message) && /actor/.test(e.at)));
  });

  test("two versions of one service from one issuer in force at the same time is an error", () => {
    const first = ALL_VERSIONS[0]!;
    const twin = structuredClone(first.version);
    twin.id = "twin-2099";
    const errors = errorsOf([...ALL_VERSIONS, { service: first.service, version: twin }]);
    assert.ok(errors.some((e) => /in force at the same time/.test(e.message)));
  });

  test("portal certification: an act naming a one-time password must be stated ['eds', 'otp'] (003 school-meals p. 8)", () => {
    const at = ALL_VERSIONS.findIndex(
      (e) => e.service === "school-meals" && e.version.id === "national-2022",
    );
    const change = (mutate: (v: SeedVersion["version"]) => void) =>
      ALL_VERSIONS.map((entry, i) => {
        if (i !== at) return entry;
        const version = structuredClone(entry.version);
        mutate(version);
        return { service: entry.service, version };
      });
    const dropped = errorsOf(
      change((v) => {
        delete v.standard.portalCertification;
      }),
    );
    assert.ok(
      dropped.some(
        (e) => e.at === "standard.documents.application-portal" && /one-time password/.test(e.message),
      ),
      JSON.stringify(dropped),
    );
    const unquoted = errorsOf(
      change((v) => {
        delete v.standard.portalCertification?.source.quote;
      }),
    );
    assert.ok(unquoted.some((e) => e.at === "standard.portalCertification" && /quote/.test(e.message)));
    const wrongQuote = errorsOf(
      change((v) => {
        if (v.standard.portalCertification) v.standard.portalCertification.source.quote = "жоқ мәтін";
      }),
    );
    assert.ok(wrongQuote.some((e) => /quote not found/.test(e.message)));
  });

  test("every document waived by a record (waivedIfRecord) cites its act: seed, paragraph and the act's words that the system has no record", () => {
    const waived = ALL_VERSIONS.flatMap((e) =>
      e.version.standard.documents.flatMap((d) =>
        d.waivedIfRecord ? [{ service: e.service, id: d.id, w: d.waivedIfRecord }] : [],
      ),
    );
    // Seed 003's lists: 19 documents of 7 services (src/catalog/data/seed-003/waivers.ts).
    assert.equal(waived.length, 19);
    for (const { service, id, w } of waived) {
      const at = `${service} ${id}`;
      assert.match(w.source.seed, /^\d{3}$/, at);
      assert.match(w.source.ref, /p\. \d/, `${at}: the paragraph`);
      assert.match(w.source.quote, /болмаған|отсутств/i, `${at}: the act's words`);
    }
  });

  test("a waiver without a quote is a schema error; one whose quote names no absence of a record is a lint error", () => {
    const index = ALL_VERSIONS.findIndex((e) =>
      e.version.standard.documents.some((x) => x.presentation !== "fetched_by_provider" && !x.waivedIfRecord),
    );
    const withDoc = (mutate: (d: SeedVersion["version"]["standard"]["documents"][number]) => void) =>
      ALL_VERSIONS.map((entry, i) => {
        if (i !== index) return entry;
        const version = structuredClone(entry.version);
        const d = version.standard.documents.find((x) => x.presentation !== "fetched_by_provider");
        assert.ok(d);
        mutate(d);
        return { service: entry.service, version };
      });
    const noQuote = errorsOf(
      withDoc((d) => {
        d.condition = { kk: "шарт", ru: "условие", en: "condition" };
        d.waivedIfRecord = {
          record: "birth",
          of: "child",
          source: { seed: d.source.seed, ref: d.source.ref, lines: d.source.lines },
        } as unknown as typeof d.waivedIfRecord;
      }),
    );
    assert.ok(noQuote.some((e) => /^schema:/.test(e.message) && /waivedIfRecord/.test(e.at)));
    const notAbsence = errorsOf(
      withDoc((d) => {
        d.condition = { kk: "шарт", ru: "условие", en: "condition" };
        d.waivedIfRecord = {
          record: "birth",
          of: "child",
          source: { ...d.source, quote: "өтініш" },
        };
      }),
    );
    assert.ok(
      notAbsence.some((e) => /does not state that the information system has no record/.test(e.message)),
      JSON.stringify(notAbsence),
    );
  });
});
