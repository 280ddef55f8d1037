/**
 * Loads the catalogue: groups the seeds' versions by service, validates every
 * version with the zod schemas and derives each service's titles from its
 * newest version.
 */
import { QyzmetError } from "../core/errors.ts";
import type { SeedVersion } from "./data/build.ts";
import { ALL_VERSIONS } from "./data/index.ts";
import { newestVersion } from "./lookup.ts";
import { type Catalog, RegulationVersion, type Service } from "./schema.ts";
import { SERVICES } from "./services.ts";

export interface CatalogIssue {
  service: string;
  version: string;
  path: string;
  message: string;
}

/** Thrown when the data do not satisfy the schema; `issues` lists every problem. */
export class CatalogInvalidError extends QyzmetError {
  constructor(readonly issues: CatalogIssue[]) {
    super(
      "CATALOG_INVALID",
      {
        kk: `Каталог деректері жарамсыз: ${issues.length} қате`,
        ru: `Данные каталога некорректны: ошибок ${issues.length}`,
        en: `The catalogue data are invalid: ${issues.length} problem(s)`,
      },
      { issues },
    );
  }
}

/**
 * Validates and groups the versions. Returns the valid part and every problem,
 * so that lint can check what is valid while reporting what is not.
 */
export function collectCatalog(input: readonly SeedVersion[] = ALL_VERSIONS): {
  catalog: Catalog;
  issues: CatalogIssue[];
} {
  const issues: CatalogIssue[] = [];
  const byService = new Map<string, RegulationVersion[]>();
  const known = new Set(SERVICES.map((s) => s.code));

  for (const { service, version } of input) {
    const id = typeof version.id === "string" ? version.id : "?";
    if (!known.has(service)) {
      issues.push({ service, version: id, path: "service", message: "unknown service code" });
      continue;
    }
    const parsed = RegulationVersion.safeParse(version);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ service, version: id, path: issue.path.join("."), message: issue.message });
      }
      continue;
    }
    const list = byService.get(service) ?? [];
    if (list.some((v) => v.id === parsed.data.id)) {
      issues.push({ service, version: id, path: "id", message: "duplicate version id" });
    }
    list.push(parsed.data);
    byService.set(service, list);
  }

  const catalog: Service[] = [];
  for (const { code, sphere, lifeSituations } of SERVICES) {
    const versions = (byService.get(code) ?? []).sort((a, b) =>
      a.effective.from.localeCompare(b.effective.from),
    );
    if (versions.length === 0) {
      issues.push({ service: code, version: "-", path: "versions", message: "service has no version" });
      continue;
    }
    const latest = newestVersion(versions);
    catalog.push({
      code,
      sphere,
      lifeSituations: [...lifeSituations],
      titles: latest.titleInAct,
      ruTitle: latest.source.seed === "004" ? "official" : "translation",
      versions,
    });
  }
  return { catalog, issues };
}

/** The catalogue of `input`; throws CatalogInvalidError if any version is invalid or any service has none. */
export function buildCatalog(input: readonly SeedVersion[] = ALL_VERSIONS): Catalog {
  const { catalog, issues } = collectCatalog(input);
  if (issues.length > 0) throw new CatalogInvalidError(issues);
  return catalog;
}

let cached: Catalog | undefined;

/** The validated catalogue, built once per process. */
export function loadCatalog(): Catalog {
  cached ??= buildCatalog();
  return cached;
}
