/**
 * Finding services and versions, and resolving the version in force:
 * an application is judged by the regulation in force in its region on the
 * day it was registered. A regional regulation in force there and then wins;
 * otherwise the national rules apply.
 */
import { QyzmetError } from "../core/errors.ts";
import { isRegionCode, type RegionCode } from "./regions.ts";
import type { Catalog, RegulationVersion, Service } from "./schema.ts";

export function findService(catalog: Catalog, code: string): Service {
  const service = catalog.find((s) => s.code === code);
  if (!service) {
    throw new QyzmetError(
      "SERVICE_UNKNOWN",
      {
        kk: `"${code}" кодты мемлекеттік қызмет каталогта жоқ`,
        ru: `Государственной услуги с кодом "${code}" нет в каталоге`,
        en: `There is no state service with code "${code}" in the catalogue`,
      },
      { code },
    );
  }
  return service;
}

export function findVersion(service: Service, id: string): RegulationVersion {
  const version = service.versions.find((v) => v.id === id);
  if (!version) {
    const known = service.versions.map((v) => v.id).join(", ");
    throw new QyzmetError(
      "VERSION_UNKNOWN",
      {
        kk: `"${service.code}" қызметінің "${id}" нұсқасы жоқ (бар нұсқалар: ${known})`,
        ru: `У услуги "${service.code}" нет версии "${id}" (есть: ${known})`,
        en: `Service "${service.code}" has no version "${id}" (versions: ${known})`,
      },
      { code: service.code, version: id },
    );
  }
  return version;
}

/** The newest of some versions: the one that took effect last. */
export function newestVersion(versions: readonly RegulationVersion[]): RegulationVersion {
  return versions.reduce((a, b) => (b.effective.from > a.effective.from ? b : a));
}

/** The newest version of a service (by effective date). */
export function latestVersion(service: Service): RegulationVersion {
  return newestVersion(service.versions);
}

function inForce(version: RegulationVersion, date: string): boolean {
  return version.effective.from <= date && (version.effective.to === null || date < version.effective.to);
}

/** A real calendar date written YYYY-MM-DD (2020-02-30 is not). */
export function isIsoDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * The version of `code` in force in `region` on `date` (ISO YYYY-MM-DD).
 * Throws REGION_UNKNOWN, DATE_INVALID, SERVICE_UNKNOWN or VERSION_NOT_IN_FORCE.
 */
export function resolveVersion(
  catalog: Catalog,
  code: string,
  region: string,
  date: string,
): RegulationVersion {
  if (!isRegionCode(region)) {
    throw new QyzmetError(
      "REGION_UNKNOWN",
      {
        kk: `"${region}" өңірі белгісіз`,
        ru: `Неизвестный регион "${region}"`,
        en: `Unknown region "${region}"`,
      },
      { region },
    );
  }
  if (!isIsoDate(date)) {
    throw new QyzmetError(
      "DATE_INVALID",
      {
        kk: `"${date}" күні дұрыс емес (ЖЖЖЖ-АА-КК пішімі керек)`,
        ru: `Неверная дата "${date}" (нужен формат ГГГГ-ММ-ДД)`,
        en: `Invalid date "${date}" (expected YYYY-MM-DD)`,
      },
      { date },
    );
  }
  const service = findService(catalog, code);
  const candidates = service.versions.filter((v) => inForce(v, date));
  const regional = candidates.filter((v) => v.issuer.region === (region as RegionCode));
  const national = candidates.filter((v) => v.issuer.region === null);
  const winner = regional[0] ?? national[0];
  if (!winner) {
    throw new QyzmetError(
      "VERSION_NOT_IN_FORCE",
      {
        kk: `${date} күні ${region} өңірінде "${code}" қызметінің қолданыстағы регламенті жоқ`,
        ru: `На ${date} в регионе ${region} нет действующего регламента услуги "${code}"`,
        en: `No regulation of "${code}" is in force in ${region} on ${date}`,
      },
      { code, region, date },
    );
  }
  return winner;
}
