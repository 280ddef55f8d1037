/**
 * `catalog lint`: checks every version against the schema, against the text
 * of its act (sources exist, quotes are there, durations are what the quotes
 * say), for structural soundness (step references, channels, variants,
 * overlapping versions) and for step durations that exceed the term. The
 * acts' own contradictions are warnings; everything else is an error.
 */
import { collectCatalog } from "./catalog.ts";
import type { SeedVersion } from "./data/build.ts";
import { textStates } from "./duration-words.ts";
import type { Duration, RegulationVersion, Service, Source } from "./schema.ts";
import { quoteFound, seedLines } from "./seed-text.ts";
import { exceedingPaths } from "./term-check.ts";

export interface LintFinding {
  level: "error" | "warning";
  service: string;
  version: string;
  /** Where in the version: "procedures.portal.steps.p3". */
  at: string;
  message: string;
  sources: Source[];
}

export interface LintReport {
  findings: LintFinding[];
  errors: number;
  warnings: number;
  versions: number;
  services: number;
}

function isSource(value: unknown): value is Source {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.seed === "string" && typeof v.ref === "string" && Array.isArray(v.lines);
}

/** Every Source inside a value, with its path. */
function* sourcesIn(value: unknown, path: string): Generator<[string, Source]> {
  if (isSource(value)) {
    yield [path, value];
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const id = typeof item === "object" && item !== null && "id" in item ? String(item.id) : String(i);
      yield* sourcesIn(item, `${path}[${id}]`);
    }
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* sourcesIn(item, path ? `${path}.${key}` : key);
  }
}

function checkSources(
  version: RegulationVersion,
  add: (at: string, message: string, s: Source) => void,
): void {
  for (const [at, source] of sourcesIn(version, "")) {
    const [from, to] = source.lines;
    const count = seedLines(source.seed).length;
    if (from > to || to > count) {
      add(at, `lines ${from}-${to} are outside seed ${source.seed} (${count} lines)`, source);
    } else if (source.quote !== undefined && !quoteFound(source.seed, from, to, source.quote)) {
      add(at, `quote not found in seed ${source.seed} lines ${from}-${to}: "${source.quote}"`, source);
    }
  }
}

function checkDurations(
  version: RegulationVersion,
  add: (at: string, message: string, s: Source) => void,
): void {
  const stated = (at: string, what: string, duration: Duration, source: Source) => {
    const shown = `${duration.value} ${duration.unit}`;
    if (source.quote === undefined) add(at, `${what} ${shown} has no quote of the act`, source);
    else if (!textStates(source.quote, duration)) {
      add(at, `${what} ${shown} is not what the quote says: "${source.quote}"`, source);
    }
  };
  version.standard.terms.forEach((term, i) => {
    stated(`standard.terms[${i}]`, "term", term.duration, term.source);
  });
  for (const procedure of version.procedures) {
    for (const step of procedure.steps) {
      if (step.duration)
        stated(`procedures.${procedure.id}.steps.${step.id}`, "duration", step.duration, step.source);
    }
  }
}

function checkStructure(
  version: RegulationVersion,
  add: (at: string, message: string, s: Source) => void,
): void {
  const variants = new Set(version.variants.map((v) => v.id));
  const channels = new Set(version.standard.channels.map((c) => c.channel));
  const variantOk = (at: string, variant: string | undefined, source: Source) => {
    if (variant !== undefined && !variants.has(variant)) add(at, `unknown variant "${variant}"`, source);
  };
  const unique = <T extends { id: string; source: Source }>(items: readonly T[], at: string) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) add(`${at}.${item.id}`, `duplicate id "${item.id}"`, item.source);
      seen.add(item.id);
    }
  };

  unique(version.procedures, "procedures");
  unique(version.standard.documents, "standard.documents");
  unique(version.standard.results, "standard.results");
  unique(
    version.contradictions.map((c) => ({ id: c.id, source: c.sources[0]! })),
    "contradictions",
  );
  for (const [i, t] of version.standard.terms.entries())
    variantOk(`standard.terms[${i}]`, t.variant, t.source);
  for (const d of version.standard.documents) variantOk(`standard.documents.${d.id}`, d.variant, d.source);
  for (const r of version.standard.results) variantOk(`standard.results.${r.id}`, r.variant, r.source);
  for (const g of version.standard.refusalGrounds)
    variantOk(`standard.refusalGrounds.${g.n}`, g.variant, g.source);
  if (!version.standard.results.some((r) => r.kind !== "reasoned_refusal")) {
    add("standard.results", "no result document other than a refusal is declared", version.source);
  }
  const grounds = new Set<string>();
  for (const g of version.standard.refusalGrounds) {
    const key = `${g.variant ?? ""}#${g.n}`;
    if (grounds.has(key)) add(`standard.refusalGrounds.${g.n}`, `duplicate ground number ${g.n}`, g.source);
    grounds.add(key);
  }
  const procIds = new Set(version.procedures.map((p) => p.id));
  for (const c of version.contradictions) {
    if (c.procedure !== undefined && !procIds.has(c.procedure)) {
      add(`contradictions.${c.id}`, `names unknown procedure "${c.procedure}"`, c.sources[0]!);
    }
  }

  for (const procedure of version.procedures) {
    const at = `procedures.${procedure.id}`;
    variantOk(at, procedure.variant, procedure.source);
    if (!channels.has(procedure.channel)) {
      add(at, `channel "${procedure.channel}" is not among the standard's channels`, procedure.source);
    }
    unique(procedure.steps, `${at}.steps`);
    const ids = new Set(procedure.steps.map((s) => s.id));
    const target = (stepAt: string, ref: string | undefined, what: string, source: Source) => {
      if (ref !== undefined && ref !== "end" && !ids.has(ref))
        add(stepAt, `${what} points to unknown step "${ref}"`, source);
    };
    for (const step of procedure.steps) {
      const stepAt = `${at}.steps.${step.id}`;
      target(stepAt, step.next, "next", step.source);
      target(stepAt, step.ifNo, "ifNo", step.source);
      if (step.kind === "decision" && step.ifNo === undefined)
        add(stepAt, "a decision needs ifNo", step.source);
      if (step.kind === "task" && step.ifNo !== undefined)
        add(stepAt, "only a decision has ifNo", step.source);
      const automated = step.actor === "portal" || step.actor === "information_system";
      if (step.kind === "decision" && automated && step.check === undefined)
        add(stepAt, "an information system's decision needs the named check it runs", step.source);
      if (step.check !== undefined && !(step.kind === "decision" && automated))
        add(stepAt, "only an information system's decision runs a check", step.source);
    }
  }
}

/** A one-time password, as the act's Kazakh text names it (line breaks and spacing vary). */
const OTP_WORDING = /бір\s+рет(?:тік|\s+пайдаланатын)\s+(?:құпия\s*сөз|пароль)/iu;

/**
 * The portal's certification: stated only with a portal channel, and stated wherever the act's own
 * portal application (a portal document or the applicant's portal step, in Kazakh) names a one-time
 * password beside the EDS, so that the portal does not refuse what the act allows.
 */
function checkCertification(
  version: RegulationVersion,
  add: (at: string, message: string, s: Source) => void,
): void {
  const stated = version.standard.portalCertification;
  const portal = version.standard.channels.some((c) => c.channel === "portal");
  if (stated && !portal)
    add("standard.portalCertification", "stated for a version without the portal channel", stated.source);
  if (stated && stated.source.quote === undefined)
    add("standard.portalCertification", "has no quote of the act", stated.source);
  if (stated && !stated.methods.includes("eds"))
    add("standard.portalCertification", "the acts name the EDS on every portal", stated.source);
  if (!portal || stated?.methods.includes("otp")) return;
  const said = [
    ...version.standard.documents
      .filter((d) => d.channels.includes("portal"))
      .map((d) => ({ at: `standard.documents.${d.id}`, text: d.title.kk, source: d.source })),
    ...version.procedures
      .filter((p) => p.channel === "portal")
      .flatMap((p) =>
        p.steps
          .filter((s) => s.actor === "applicant")
          .map((s) => ({ at: `procedures.${p.id}.steps.${s.id}`, text: s.action.kk, source: s.source })),
      ),
  ].find((x) => OTP_WORDING.test(x.text));
  if (said)
    add(
      said.at,
      'the act allows a one-time password on the portal: state standard.portalCertification ["eds", "otp"]',
      said.source,
    );
}

/** The act's words for "the information system has no record" (Kazakh, Russian). */
const ABSENCE = /болмаған|болмау|жоқ болса|отсутстви/i;

/**
 * A document waived by a record cites the act's condition: a quote (the schema requires one) that names the
 * absence of the system's data, on a document the applicant hands in, whose free-text condition says so too.
 */
function checkWaivers(
  version: RegulationVersion,
  add: (at: string, message: string, s: Source) => void,
): void {
  for (const d of version.standard.documents) {
    const w = d.waivedIfRecord;
    if (!w) continue;
    const at = `standard.documents.${d.id}.waivedIfRecord`;
    if (!w.source.quote || !ABSENCE.test(w.source.quote))
      add(at, "the waiver's quote does not state that the information system has no record", w.source);
    if (d.presentation === "fetched_by_provider")
      add(at, "a document the provider fetches itself is never asked for: no waiver needed", w.source);
    if (!d.condition) add(at, "a waived document states its condition (free text) for the reader", d.source);
    if (w.source.lines[0] < d.source.lines[0] || w.source.lines[1] > d.source.lines[1])
      add(at, "the waiver's lines lie outside the document's own paragraph", w.source);
  }
}

function checkTerms(version: RegulationVersion, add: (at: string, message: string, s: Source) => void): void {
  for (const finding of exceedingPaths(version)) {
    const acknowledged = version.contradictions.some(
      (c) => c.kind === "term_vs_steps" && c.procedure === finding.procedure.id,
    );
    if (!acknowledged) {
      add(
        `procedures.${finding.procedure.id}`,
        `steps take ${finding.total} but the term is ${finding.term} (path ${finding.path.join(" → ")}); ` +
          "fix the data or record the act's contradiction (kind term_vs_steps)",
        finding.termSource,
      );
    }
  }
}

/** Versions of one service from the same issuer must not be in force at the same time. */
function checkOverlaps(service: Service, add: (v: RegulationVersion, message: string) => void): void {
  const versions = service.versions;
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      const a = versions[i]!;
      const b = versions[j]!;
      if (a.issuer.region !== b.issuer.region) continue;
      const aEnd = a.effective.to ?? "9999-12-31";
      const bEnd = b.effective.to ?? "9999-12-31";
      if (a.effective.from < bEnd && b.effective.from < aEnd)
        add(b, `in force at the same time as version "${a.id}"`);
    }
  }
  for (const v of versions) {
    if (v.effective.to !== null && v.effective.to <= v.effective.from)
      add(v, "effective.to is not after effective.from");
  }
}

export function lintCatalog(input?: readonly SeedVersion[]): LintReport {
  const findings: LintFinding[] = [];
  const { catalog, issues } = collectCatalog(input);
  for (const issue of issues) {
    findings.push({
      level: "error",
      service: issue.service,
      version: issue.version,
      at: issue.path,
      message: `schema: ${issue.message}`,
      sources: [],
    });
  }

  let versions = 0;
  for (const service of catalog) {
    for (const version of service.versions) {
      versions++;
      const add = (at: string, message: string, source: Source) =>
        findings.push({
          level: "error",
          service: service.code,
          version: version.id,
          at,
          message,
          sources: [source],
        });
      checkSources(version, add);
      checkDurations(version, add);
      checkStructure(version, add);
      checkTerms(version, add);
      checkCertification(version, add);
      checkWaivers(version, add);
      for (const c of version.contradictions) {
        findings.push({
          level: "warning",
          service: service.code,
          version: version.id,
          at: `contradictions.${c.id}`,
          message: c.text.en,
          sources: c.sources,
        });
      }
    }
    checkOverlaps(service, (v, message) =>
      findings.push({
        level: "error",
        service: service.code,
        version: v.id,
        at: "effective",
        message,
        sources: [v.effective.source],
      }),
    );
  }
  return summarise(findings, versions, catalog.length);
}

function summarise(findings: LintFinding[], versions: number, services: number): LintReport {
  const errors = findings.filter((f) => f.level === "error").length;
  return { findings, errors, warnings: findings.length - errors, versions, services };
}

export function formatSource(s: Source): string {
  return `seed ${s.seed}, ${s.ref}, lines ${s.lines[0]}-${s.lines[1]}`;
}
