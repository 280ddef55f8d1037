/**
 * The republican data bank of orphans and children without parental care:
 * registration, status, region and placement history. Staff read full
 * records within their scope; a candidate with a positive conclusion in force
 * reads anonymised profiles of the children available for their form of
 * placement (Rules of registering persons wishing to adopt p. 11). Every read
 * is written to `access_log`, allowed or not.
 */
import { randomUUID } from "node:crypto";
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { accessLogged } from "../core/errors.ts";
import { logAccess } from "../history/index.ts";
import { lockById } from "../store/lock.ts";
import type { Database, RegistryChildrenTable, RegistryPlacementsTable } from "../store/tables.ts";
import {
  AVAILABLE_FOR,
  browsableStatuses,
  type CandidateKind,
  CHILD_STATUSES,
  type ChildStatus,
  childView,
  inForce,
  staffRegions,
  type Viewer,
} from "./access.ts";
import { type CandidateRow, checkIin, hasBankAccess, standingsOf } from "./candidates.ts";
import { addYears, isIsoDate, localDate } from "./dates.ts";
import { badInput, forbidden, m, noConclusion, notFound, ruleRefuses, wrongState } from "./errors.ts";
import { SOURCES } from "./sources.ts";

export type ChildRow = Selectable<RegistryChildrenTable>;
export type PlacementRow = Selectable<RegistryPlacementsTable>;
type Db = Kysely<Database> | Transaction<Database>;

export const PLACEMENT_FORMS = ["adoption", "guardianship", "foster", "patronage"] as const;
export type PlacementForm = (typeof PLACEMENT_FORMS)[number];
const FORM_OF: Record<CandidateKind, PlacementForm> = {
  adopter: "adoption",
  guardian: "guardianship",
  foster_family: "foster",
  patronage_educator: "patronage",
};

/** What a candidate sees of a child: no name, IIN or birth date. */
export interface AnonymisedChild {
  id: string;
  regionCode: string;
  status: string;
  sex: "m" | "f";
  /** Completed years on the day of reading. */
  age: number;
  profile: Record<string, unknown>;
}

export interface RegisterChildInput {
  iin: string | null;
  fullName: string;
  birthDate: string;
  sex: "m" | "f";
  regionCode: string;
  status: ChildStatus;
  /** Free description shown to candidates (health group, siblings, interests); never a name. */
  profile: Record<string, unknown>;
  at: Date;
}

export async function registerChild(
  trx: Transaction<Database>,
  input: RegisterChildInput,
): Promise<ChildRow> {
  const iin = input.iin === null ? null : checkIin("iin", input.iin);
  const fullName = typeof input.fullName === "string" ? input.fullName.trim() : "";
  if (fullName === "" || fullName.length > 300)
    throw badInput("fullName", m("аты-жөні қажет", "нужно ФИО", "a full name is required"));
  if (!isIsoDate(input.birthDate) || input.birthDate > localDate(input.at))
    throw badInput("birthDate", m("туған күні қате", "неверная дата рождения", "not a valid birth date"));
  if (addYears(input.birthDate, 18) <= localDate(input.at))
    throw ruleRefuses(
      m("бала кәмелетке толған", "ребёнок достиг совершеннолетия", "the person is 18 or older"),
      {
        field: "birthDate",
      },
    );
  if (input.sex !== "m" && input.sex !== "f") throw badInput("sex", m("m немесе f", "m или f", "m or f"));
  if (!(CHILD_STATUSES as readonly string[]).includes(input.status) || input.status === "placed")
    throw badInput("status", m("мәртебе қате", "неверный статус", "not a registrable status"));
  const region = await trx
    .selectFrom("regions")
    .select("code")
    .where("code", "=", input.regionCode)
    .executeTakeFirst();
  if (!region) throw badInput("regionCode", m("өңір белгісіз", "неизвестный регион", "unknown region"));
  return trx
    .insertInto("registry_children")
    .values({
      id: randomUUID(),
      iin,
      full_name: fullName,
      birth_date: input.birthDate,
      sex: input.sex,
      region_code: input.regionCode,
      status: input.status,
      profile: JSON.stringify(input.profile ?? {}),
      registered_at: input.at,
      updated_at: input.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

function completedYears(birth: string, today: string): number {
  let years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  if (addYears(birth, years) > today) years--;
  return years;
}

export function anonymise(row: ChildRow, today: string): AnonymisedChild {
  return {
    id: row.id,
    regionCode: row.region_code,
    status: row.status,
    sex: row.sex,
    age: completedYears(row.birth_date, today),
    profile: row.profile,
  };
}

function who(viewer: Viewer) {
  return {
    staffId: viewer.kind === "staff" ? viewer.actor.staffId : null,
    citizenIin: viewer.kind === "citizen" ? viewer.iin : null,
  };
}

export interface ChildFilter {
  status?: ChildStatus;
  regionCode?: string;
}

/** Children with a selection or placement in progress. */
function liveIds(db: Db) {
  return db.selectFrom("registry_placements").select("child_id").where("stage", "in", ["selected", "placed"]);
}

/**
 * The children a viewer may see: staff get full rows of their scope; a
 * citizen gets anonymised profiles of children available for a form their
 * positive conclusion in force opens (none without one). Logged.
 */
export async function listChildren(
  db: Db,
  viewer: Viewer,
  filter: ChildFilter,
  at: Date,
): Promise<{ view: "full"; children: ChildRow[] } | { view: "anonymised"; children: AnonymisedChild[] }> {
  const today = localDate(at);
  let q = db.selectFrom("registry_children").selectAll().orderBy("region_code").orderBy("id");
  if (filter.status) q = q.where("status", "=", filter.status);
  if (filter.regionCode) q = q.where("region_code", "=", filter.regionCode);
  if (viewer.kind === "staff") {
    const regions = staffRegions(viewer);
    if (regions !== "all")
      q = regions.length === 0 ? q.where(sql<boolean>`false`) : q.where("region_code", "in", regions);
    const rows = await q.execute();
    await logAccess(db, {
      at,
      ...who(viewer),
      action: "registry.child.list",
      allowed: regions === "all" || regions.length > 0,
      detail: { childIds: rows.map((r) => r.id), filter },
    });
    return { view: "full", children: rows };
  }
  const statuses = browsableStatuses(await standingsOf(db, viewer.iin), today);
  const rows =
    statuses.length === 0
      ? []
      : await q.where("status", "in", statuses).where("id", "not in", liveIds(db)).execute();
  await logAccess(db, {
    at,
    ...who(viewer),
    action: "registry.child.list",
    allowed: statuses.length > 0,
    detail: { childIds: rows.map((r) => r.id), filter, anonymised: true, source: SOURCES.bankAccess.ref },
  });
  return { view: "anonymised", children: rows.map((r) => anonymise(r, today)) };
}

/** One child as the viewer may see it; refused (403) and logged when not. */
export async function getChild(
  db: Db,
  viewer: Viewer,
  id: string,
  at: Date,
): Promise<
  | { view: "full"; child: ChildRow; placements: PlacementRow[] }
  | { view: "anonymised"; child: AnonymisedChild }
> {
  const row = await db.selectFrom("registry_children").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("child", id);
  const today = localDate(at);
  const live = await liveIds(db).where("child_id", "=", id).executeTakeFirst();
  const standings = viewer.kind === "citizen" ? await standingsOf(db, viewer.iin) : [];
  const view = childView(viewer, row, standings, today, live !== undefined);
  await logAccess(db, {
    at,
    ...who(viewer),
    action: "registry.child.read",
    allowed: view !== "none",
    detail: { childId: id, view },
  });
  if (view === "none") throw accessLogged(forbidden("child", id));
  if (view === "anonymised") return { view, child: anonymise(row, today) };
  const placements = await db
    .selectFrom("registry_placements")
    .selectAll()
    .where("child_id", "=", id)
    .orderBy("selected_at")
    .execute();
  return { view, child: row, placements };
}

/**
 * A candidate on the portal browses the bank: anonymised profiles of the children their positive
 * conclusion in force opens. Without one (none, negative, expired): REGISTRY_NO_CONCLUSION (403).
 * Logged either way (by listChildren).
 */
export async function browseChildren(
  db: Db,
  iin: string,
  filter: ChildFilter,
  at: Date,
): Promise<AnonymisedChild[]> {
  const r = await listChildren(db, { kind: "citizen", iin }, filter, at);
  if (!(await hasBankAccess(db, iin, at))) throw accessLogged(noConclusion(SOURCES.bankAccess.ref));
  return r.view === "anonymised" ? r.children : [];
}

/** One child's anonymised profile for a candidate; 403 without a conclusion in force or outside it. Logged. */
export async function browseChild(db: Db, iin: string, id: string, at: Date): Promise<AnonymisedChild> {
  if (!(await hasBankAccess(db, iin, at))) {
    await logAccess(db, {
      at,
      citizenIin: iin,
      action: "registry.child.read",
      allowed: false,
      detail: { childId: id, view: "none", reason: "no conclusion in force" },
    });
    throw accessLogged(noConclusion(SOURCES.bankAccess.ref));
  }
  const r = await getChild(db, { kind: "citizen", iin }, id, at);
  if (r.view !== "anonymised") throw forbidden("child", id);
  return r.child;
}

async function lockChild(trx: Transaction<Database>, id: string): Promise<ChildRow> {
  const row = await lockById(trx, "registry_children", id);
  if (!row) throw notFound("child", id);
  return row;
}

/**
 * A candidate selects a child from the bank (the foster family service has the
 * candidate choose). Requires a positive conclusion in force of the matching
 * kind and the child available for that form; the child leaves the list of
 * available children at once (one live placement per child, a unique index).
 */
export async function selectChild(
  trx: Transaction<Database>,
  input: { candidateId: string; childId: string; at: Date; caseId?: string | null },
): Promise<PlacementRow> {
  const candidate = await lockById(trx, "registry_candidates", input.candidateId);
  if (!candidate) throw notFound("candidate", input.candidateId);
  const today = localDate(input.at);
  if (!inForce(candidate, today))
    throw ruleRefuses(
      m(
        "оң қорытынды жоқ немесе мерзімі өткен",
        "нет действующего положительного заключения",
        "no positive conclusion in force",
      ),
      { source: SOURCES.bankAccess.ref },
    );
  const kind = candidate.kind as CandidateKind;
  const child = await lockChild(trx, input.childId);
  const live = await liveIds(trx).where("child_id", "=", child.id).executeTakeFirst();
  if (child.status !== AVAILABLE_FOR[kind] || live)
    throw wrongState(
      m(
        "бала бұл нысан үшін қолжетімді емес",
        "ребёнок недоступен для этой формы устройства",
        "the child is not available for this form",
      ),
      { childId: child.id, status: child.status },
    );
  return trx
    .insertInto("registry_placements")
    .values({
      id: randomUUID(),
      child_id: child.id,
      candidate_id: candidate.id,
      form: FORM_OF[kind],
      stage: "selected",
      selected_at: input.at,
      placed_on: null,
      ended_on: null,
      document: null,
      case_id: input.caseId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The placement becomes an order or a contract: the child is `placed`. */
export async function confirmPlacement(
  trx: Transaction<Database>,
  placementId: string,
  input: { placedOn: string; document: string; at: Date; caseId?: string | null },
): Promise<PlacementRow> {
  const p = await lockById(trx, "registry_placements", placementId);
  if (!p) throw notFound("placement", placementId);
  if (p.stage !== "selected")
    throw wrongState(
      m("орналастыру таңдалмаған", "устройство не на стадии выбора", "the placement is not at selection"),
      { stage: p.stage },
    );
  if (!isIsoDate(input.placedOn))
    throw badInput("placedOn", m("күн қате", "неверная дата", "not a valid date"));
  const document = typeof input.document === "string" ? input.document.trim() : "";
  if (document === "" || document.length > 200)
    throw badInput(
      "document",
      m(
        "бұйрық не шарт нөмірі қажет",
        "нужен номер приказа или договора",
        "the order or contract number is required",
      ),
    );
  await lockChild(trx, p.child_id);
  await trx
    .updateTable("registry_children")
    .set({ status: "placed", updated_at: input.at })
    .where("id", "=", p.child_id)
    .execute();
  return trx
    .updateTable("registry_placements")
    .set({ stage: "placed", placed_on: input.placedOn, document, case_id: input.caseId ?? p.case_id })
    .where("id", "=", placementId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A selection withdrawn or a placement ended: the child is `returned` (staff then set a new available status). */
export async function endPlacement(
  trx: Transaction<Database>,
  placementId: string,
  input: { endedOn: string; at: Date },
): Promise<PlacementRow> {
  const p = await lockById(trx, "registry_placements", placementId);
  if (!p) throw notFound("placement", placementId);
  if (p.stage === "ended")
    throw wrongState(m("орналастыру аяқталған", "устройство уже прекращено", "already ended"), {
      stage: p.stage,
    });
  if (!isIsoDate(input.endedOn) || (p.placed_on !== null && input.endedOn < p.placed_on))
    throw badInput("endedOn", m("күн қате", "неверная дата", "not a valid date"));
  await lockChild(trx, p.child_id);
  await trx
    .updateTable("registry_children")
    .set({ status: "returned", updated_at: input.at })
    .where("id", "=", p.child_id)
    .execute();
  return trx
    .updateTable("registry_placements")
    .set({ stage: "ended", ended_on: input.endedOn })
    .where("id", "=", placementId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Staff make a registered child available for a form again (or for another form). */
export async function setChildStatus(
  trx: Transaction<Database>,
  childId: string,
  status: ChildStatus,
  at: Date,
): Promise<ChildRow> {
  if (!(CHILD_STATUSES as readonly string[]).includes(status) || status === "placed")
    throw badInput("status", m("мәртебе қате", "неверный статус", "not a settable status"));
  const child = await lockChild(trx, childId);
  const live = await liveIds(trx).where("child_id", "=", child.id).executeTakeFirst();
  if (live)
    throw wrongState(
      m(
        "баланың орналастыруы жүріп жатыр",
        "у ребёнка идёт устройство",
        "the child has a placement in progress",
      ),
      { childId },
    );
  return trx
    .updateTable("registry_children")
    .set({ status, updated_at: at })
    .where("id", "=", childId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type { CandidateRow };
