/**
 * Reading the organisation: regions, districts, providers, staff, citizens.
 * Other capabilities call these functions, never the tables.
 */
import { type Kysely, type Selectable, sql } from "kysely";
import { z } from "zod";
import { StaffRole } from "../core/actor.ts";
import { QyzmetError } from "../core/errors.ts";
import type {
  CitizensTable,
  Database,
  DistrictsTable,
  ProvidersTable,
  RegionsTable,
} from "../store/tables.ts";
import {
  type Citizen,
  type District,
  OrgKind,
  type Provider,
  type Region,
  type StaffMember,
} from "./model.ts";

/** Kinds whose providers act for the whole republic, wherever they sit. */
export const REPUBLIC_KINDS: readonly OrgKind[] = ["ministry_committee"];

const Roles = z.array(StaffRole);

function toRegion(r: Selectable<RegionsTable>): Region {
  return { code: r.code, kato: r.kato, name: r.name };
}

function toDistrict(r: Selectable<DistrictsTable>): District {
  return { id: r.id, regionCode: r.region_code, kato: r.kato, name: r.name };
}

function toProvider(r: Selectable<ProvidersTable>): Provider {
  return {
    id: r.id,
    kind: OrgKind.parse(r.kind),
    regionCode: r.region_code,
    districtId: r.district_id,
    bin: r.bin,
    name: r.name,
    address: r.address,
  };
}

function toCitizen(r: Selectable<CitizensTable>): Citizen {
  return {
    iin: r.iin,
    surname: r.surname,
    givenName: r.given_name,
    patronymic: r.patronymic,
    birthDate: r.birth_date,
    sex: r.sex,
    regionCode: r.region_code,
    districtId: r.district_id,
    phone: r.phone,
    address: r.address,
  };
}

export async function listRegions(db: Kysely<Database>): Promise<Region[]> {
  return (await db.selectFrom("regions").selectAll().orderBy("code").execute()).map(toRegion);
}

export async function getDistrict(db: Kysely<Database>, id: string): Promise<District | null> {
  const row = await db.selectFrom("districts").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toDistrict(row) : null;
}

export async function listDistricts(db: Kysely<Database>, regionCode?: string): Promise<District[]> {
  let q = db.selectFrom("districts").selectAll();
  if (regionCode !== undefined) q = q.where("region_code", "=", regionCode);
  return (await q.orderBy("id").execute()).map(toDistrict);
}

export async function getProvider(db: Kysely<Database>, id: string): Promise<Provider | null> {
  const row = await db.selectFrom("providers").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toProvider(row) : null;
}

export interface ProviderFilter {
  regionCode?: string;
  /** A district id; `null`: region-level (and republic-level) providers only. */
  districtId?: string | null;
  kinds?: readonly OrgKind[];
}

export async function listProviders(db: Kysely<Database>, filter: ProviderFilter = {}): Promise<Provider[]> {
  if (filter.kinds && filter.kinds.length === 0) return [];
  let q = db.selectFrom("providers").selectAll();
  if (filter.regionCode !== undefined) q = q.where("region_code", "=", filter.regionCode);
  if (filter.districtId === null) q = q.where("district_id", "is", null);
  else if (filter.districtId !== undefined) q = q.where("district_id", "=", filter.districtId);
  if (filter.kinds) q = q.where("kind", "in", [...filter.kinds]);
  return (await q.orderBy("id").execute()).map(toProvider);
}

export interface ServiceProviderQuery {
  regionCode: string;
  /** The applicant's district, when known. */
  districtId: string | null;
  /** The provider kinds the service's standard names. */
  kinds: readonly OrgKind[];
}

/**
 * Who renders a service for an applicant: the providers of the given kinds in
 * the applicant's district; if there are none, those at region level; if none
 * either, the republic-level ones (a ministry committee). Throws
 * ORG_UNKNOWN_DISTRICT when the district is not one of the region's.
 */
export async function providersForService(
  db: Kysely<Database>,
  query: ServiceProviderQuery,
): Promise<Provider[]> {
  const { regionCode, districtId, kinds } = query;
  if (kinds.length === 0) return [];
  if (districtId !== null) {
    const district = await getDistrict(db, districtId);
    if (!district || district.regionCode !== regionCode) throw unknownDistrict(districtId, regionCode);
    const local = await listProviders(db, { regionCode, districtId, kinds });
    if (local.length > 0) return local;
  }
  const regional = await listProviders(db, { regionCode, districtId: null, kinds });
  if (regional.length > 0) return regional;
  const republic = kinds.filter((k) => REPUBLIC_KINDS.includes(k));
  return republic.length > 0 ? listProviders(db, { districtId: null, kinds: republic }) : [];
}

function unknownDistrict(districtId: string, regionCode: string): QyzmetError {
  return new QyzmetError(
    "ORG_UNKNOWN_DISTRICT",
    {
      kk: `«${districtId}» ауданы «${regionCode}» өңірінде жоқ.`,
      ru: `Района «${districtId}» нет в регионе «${regionCode}».`,
      en: `There is no district "${districtId}" in region "${regionCode}".`,
    },
    { districtId, regionCode },
    400,
  );
}

export async function getCitizen(db: Kysely<Database>, iin: string): Promise<Citizen | null> {
  const row = await db.selectFrom("citizens").selectAll().where("iin", "=", iin).executeTakeFirst();
  return row ? toCitizen(row) : null;
}

const staffColumns = [
  "id",
  "login",
  "full_name",
  "iin",
  "provider_id",
  "region_code",
  "roles",
  "active",
] as const;

function toStaffMember(r: {
  id: string;
  login: string;
  full_name: string;
  iin: string;
  provider_id: string | null;
  region_code: string | null;
  roles: string[];
  active: boolean;
}): StaffMember {
  return {
    id: r.id,
    login: r.login,
    fullName: r.full_name,
    iin: r.iin,
    providerId: r.provider_id,
    regionCode: r.region_code,
    roles: Roles.parse(r.roles),
    active: r.active,
  };
}

export async function getStaff(db: Kysely<Database>, id: string): Promise<StaffMember | null> {
  const row = await db.selectFrom("staff").select(staffColumns).where("id", "=", id).executeTakeFirst();
  return row ? toStaffMember(row) : null;
}

export interface StaffFilter {
  providerId?: string;
  regionCode?: string;
  role?: StaffRole;
  /** Default true: active staff only. */
  activeOnly?: boolean;
}

/** Staff of a provider (or region) holding a role, by id: the candidates for a task. */
export async function listStaff(db: Kysely<Database>, filter: StaffFilter = {}): Promise<StaffMember[]> {
  let q = db.selectFrom("staff").select(staffColumns);
  if (filter.providerId !== undefined) q = q.where("provider_id", "=", filter.providerId);
  if (filter.regionCode !== undefined) q = q.where("region_code", "=", filter.regionCode);
  if (filter.role !== undefined) q = q.where(sql<boolean>`roles @> ${JSON.stringify([filter.role])}::jsonb`);
  if (filter.activeOnly !== false) q = q.where("active", "=", true);
  return (await q.orderBy("id").execute()).map(toStaffMember);
}
