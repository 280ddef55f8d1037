/** `qyzmet catalog …`: list, show, export, lint, resolve. */
import { toBpmn } from "../catalog/bpmn.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { formatSource, lintCatalog } from "../catalog/lint.ts";
import { findService, findVersion, latestVersion, resolveVersion } from "../catalog/lookup.ts";
import { renderVersion } from "../catalog/render-text.ts";
import type { Lang } from "../catalog/vocabulary.ts";
import { EXIT, type Io, langOption, parse, usageError } from "./io.ts";

const OPTIONS = {
  lang: { type: "string" },
  version: { type: "string" },
  format: { type: "string" },
} as const;

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? "")].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell + " ".repeat(widths[c]! - [...cell].length)))
      .join("  ")
      .trimEnd(),
  );
}

function list(lang: Lang, io: Io): number {
  const rows = [["CODE", "TITLE", "VERSIONS", "CHANNELS"]];
  for (const service of loadCatalog()) {
    const channels = new Set(service.versions.flatMap((v) => v.standard.channels.map((c) => c.channel)));
    rows.push([
      service.code,
      service.titles[lang],
      `${service.versions.length}: ${service.versions.map((v) => v.id).join(", ")}`,
      [...channels].join(", "),
    ]);
  }
  for (const line of table(rows)) io.out(line);
  return EXIT.ok;
}

function needCode(positionals: string[], what: string): string {
  const code = positionals[0];
  if (code === undefined) {
    throw usageError(
      `${what} needs a service code (see "qyzmet catalog list")`,
      `Для ${what} нужен код услуги (см. "qyzmet catalog list")`,
      `${what} үшін қызмет коды керек ("qyzmet catalog list" қараңыз)`,
    );
  }
  return code;
}

function pickVersion(code: string, versionId: string | undefined) {
  const service = findService(loadCatalog(), code);
  return {
    service,
    version: versionId === undefined ? latestVersion(service) : findVersion(service, versionId),
  };
}

function lint(io: Io): number {
  const report = lintCatalog();
  for (const f of report.findings) {
    const where = `${f.service}@${f.version} ${f.at}`;
    io.out(`${f.level === "error" ? "error  " : "warning"} ${where}: ${f.message}`);
    for (const s of f.sources) io.out(`          ↳ ${formatSource(s)}${s.quote ? ` — "${s.quote}"` : ""}`);
  }
  io.out(
    `catalog lint: ${report.services} services, ${report.versions} versions, ` +
      `${report.errors} error(s), ${report.warnings} warning(s) (the acts' own contradictions)`,
  );
  return report.errors > 0 ? EXIT.problems : EXIT.ok;
}

export async function catalogCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, OPTIONS);
  const lang = langOption(values.lang);
  switch (sub) {
    case "list":
      return list(lang, io);
    case "show": {
      const { service, version } = pickVersion(needCode(positionals, "show"), values.version);
      for (const line of renderVersion(service, version, lang)) io.out(line);
      return EXIT.ok;
    }
    case "export": {
      if (values.format === "json") {
        io.out(JSON.stringify(loadCatalog(), null, 2));
        return EXIT.ok;
      }
      if (values.format === "bpmn") {
        const { service, version } = pickVersion(
          needCode(positionals, "export --format bpmn"),
          values.version,
        );
        io.out(toBpmn(service, version, lang));
        return EXIT.ok;
      }
      throw usageError(
        `Unknown or missing --format "${values.format ?? ""}" (use json or bpmn)`,
        `Неизвестный или отсутствующий --format "${values.format ?? ""}" (json или bpmn)`,
        `--format "${values.format ?? ""}" белгісіз немесе жоқ (json не bpmn)`,
      );
    }
    case "lint":
      return lint(io);
    case "resolve": {
      const [code, region, date] = positionals;
      if (code === undefined || region === undefined || date === undefined) {
        throw usageError(
          "resolve needs <code> <region> <YYYY-MM-DD>",
          "resolve: нужны <код> <регион> <ГГГГ-ММ-ДД>",
          "resolve: <код> <өңір> <ЖЖЖЖ-АА-КК> керек",
        );
      }
      const version = resolveVersion(loadCatalog(), code, region, date);
      io.out(
        `${code} ${version.id} — ${version.act.issuedBy[lang]}, ${version.act.kind} No. ${version.act.number} of ${version.act.date}`,
      );
      return EXIT.ok;
    }
    default:
      throw usageError(
        `Unknown catalog command "${sub ?? ""}" (list, show, export, lint, resolve)`,
        `Неизвестная команда каталога "${sub ?? ""}" (list, show, export, lint, resolve)`,
        `"${sub ?? ""}" каталог командасы белгісіз (list, show, export, lint, resolve)`,
      );
  }
}
