/**
 * Test fixtures for the engine: a small organisation in one region (every
 * provider kind, staff in every role), a controllable clock, and staff actors.
 */

import { defaultCalendar, parseLocalDateTime } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import type { RegulationVersion } from "../catalog/schema.ts";
import type { Channel } from "../catalog/vocabulary.ts";
import type { StaffActor, StaffRole } from "../core/actor.ts";
import { nextIin } from "../iin/iin.ts";
import type { Store } from "../store/index.ts";
import { type EngineDeps, PASSING_AUTOMATION } from "./context.ts";
import { requiredDocuments } from "./intake.ts";

const t3 = (s: string) => JSON.stringify({ kk: s, ru: s, en: s });

export const PROVIDER_KINDS = [
  ["EDU", "district_education_department"],
  ["REDU", "regional_education_department"],
  ["ESP", "district_employment_social_department"],
  ["RESP", "regional_employment_social_department"],
  ["EC", "employment_centre"],
  ["AKIM", "akim_office"],
  ["SCH", "education_organisation"],
  ["AKIMAT", "local_executive_body"],
  ["SC", "state_corporation_branch"],
  ["CPCR", "ministry_committee"],
] as const;

const ROLES_BY_KIND: Record<string, StaffRole[]> = {
  akim_office: ["akim", "akim_specialist", "office_clerk"],
  state_corporation_branch: ["state_corporation_operator"],
};
const DEPARTMENT: StaffRole[] = ["office_clerk", "head", "responsible_executor", "department_head"];

/** A valid synthetic IIN for tests. */
export function testIin(birthDate = "1990-01-15", sex: "m" | "f" = "f", serial = 1): string {
  return nextIin({ birthDate, sex, serial }).iin;
}

export interface Fixture {
  deps: EngineDeps;
  region: string;
  providers: Record<string, string>;
  staff: (providerId: string, role: StaffRole, n?: number) => StaffActor;
  setNow: (local: string) => void;
  advance: (ms: number) => void;
}

/** Inserts the organisation of `region` (ids prefixed by `prefix`) and returns engine deps on a controllable clock. */
export async function engineFixture(store: Store, region = "abai", prefix = "T"): Promise<Fixture> {
  const catalog = loadCatalog();
  const calendar = defaultCalendar();
  let now = parseLocalDateTime("2026-03-02T10:00");
  const deps: EngineDeps = {
    db: store.db,
    calendar,
    catalog,
    now: () => new Date(now),
    automation: PASSING_AUTOMATION,
  };
  await store.admin
    .insertInto("regions")
    .values({ code: region, kato: "100000000", name: t3(region) })
    .onConflict((o) => o.doNothing())
    .execute();
  await store.admin
    .insertInto("districts")
    .values({ id: `${prefix}-d1`, region_code: region, kato: "100010000", name: t3("district") })
    .onConflict((o) => o.doNothing())
    .execute();
  const providers: Record<string, string> = {};
  const actors = new Map<string, StaffActor>();
  let serial = 1;
  for (const [code, kind] of PROVIDER_KINDS) {
    const id = `${prefix}-${code}`;
    providers[kind] = id;
    await store.admin
      .insertInto("providers")
      .values({
        id,
        kind,
        region_code: region,
        district_id: `${prefix}-d1`,
        bin: "000000000000",
        name: t3(id),
        address: t3("address"),
      })
      .onConflict((o) => o.doNothing())
      .execute();
    for (const role of ROLES_BY_KIND[kind] ?? DEPARTMENT) {
      for (const n of [1, 2]) {
        const login = `${id.toLowerCase()}.${role}${n}`;
        const next = nextIin({ birthDate: "1985-05-17", sex: n === 1 ? "m" : "f", serial });
        serial = next.serial + 1;
        const iin = next.iin;
        await store.admin
          .insertInto("staff")
          .values({
            id: login,
            login,
            password_hash: "x",
            full_name: login,
            iin,
            provider_id: id,
            region_code: region,
            roles: JSON.stringify([role]),
          })
          .onConflict((o) => o.doNothing())
          .execute();
        actors.set(`${id}/${role}/${n}`, {
          kind: "staff",
          staffId: login,
          login,
          fullName: login,
          iin,
          roles: [role],
          providerId: id,
          regionCode: region,
        });
      }
    }
  }
  return {
    deps,
    region,
    providers,
    staff(providerId, role, n = 1) {
      const a = actors.get(`${providerId}/${role}/${n}`);
      if (!a) throw new Error(`no ${role} at ${providerId}`);
      return a;
    },
    setNow(local) {
      now = parseLocalDateTime(local);
    },
    advance(ms) {
      now += ms;
    },
  };
}

/** Every document the applicant hands in on the channel (and variant): a complete package. */
export function fullPackage(
  version: RegulationVersion,
  channel: Channel,
  variant: string | null = null,
): { id: string }[] {
  return requiredDocuments(version, channel, variant).map((d) => ({ id: d.id }));
}
