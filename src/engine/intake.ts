/**
 * Intake on every channel. The application is checked against the regulation
 * version in force in the region on the day of registration: the channel, the
 * provider's competence, who may accept it, and the package against the
 * standard's list for that channel. A complete package is registered (gap-free
 * incoming number, receipt) and walked to its first task; an incomplete one
 * is refused at acceptance with a receipt naming the missing documents.
 * The same idempotency key never makes two cases.
 */

import { createHash, randomUUID } from "node:crypto";
import type { Insertable, Kysely } from "kysely";
import { z } from "zod";
import { formatLocal } from "../calendar/index.ts";
import { resolveVersion } from "../catalog/lookup.ts";
import {
  type RegulationVersion,
  type RequiredDocument,
  type Step,
  WAIVER_RECORDS,
} from "../catalog/schema.ts";
import { Channel } from "../catalog/vocabulary.ts";
import { type Actor, actorId } from "../core/actor.ts";
import { isQyzmetError, QyzmetError } from "../core/errors.ts";
import { inputIssues } from "../core/input.ts";
import { appendEvent, canonicalJson } from "../history/index.ts";
import { isValidIin } from "../iin/iin.ts";
import type { StateDbSource } from "../statedb/ports.ts";
import { type Coalescer, coalescerFor } from "../store/coalesce.ts";
import { deferInsert } from "../store/deferred.ts";
import type { CaseRow, CasesTable, Database, ProviderRow, Text3 } from "../store/tables.ts";
import { type EngineDeps, ms, serviceOf } from "./context.ts";
import { caseDeadline, caseTerm, termStart } from "./deadlines.ts";
import { engineError } from "./errors.ts";
import { commitGrouped } from "./group-commit.ts";
import { IntakeInput } from "./intake-input.ts";
import { notify } from "./notify.ts";
import { formatNumber, localYear } from "./numbers.ts";
import { noBranchKind } from "./procedure.ts";
import { publish } from "./stages.ts";
import { REGISTERED_TEXT } from "./texts.ts";
import { type PublicWaiverAnswer, publicAnswer, resolveWaivers } from "./waivers.ts";
import { type Outcome, walkFrom } from "./walk.ts";

/** Roles whose steps the accepting person performs at the desk, per channel. */
const INTAKE_ROLES: Record<Channel, readonly string[]> = {
  provider_office: ["office_clerk"],
  educational_organisation: ["office_clerk"],
  state_corporation: ["state_corporation_operator", "state_corporation_back_office"],
  akim_office: ["akim_specialist", "akim_executor"],
  portal: [],
};

/** Law on State Services, art. 20 p. 2: an incomplete or expired package is refused at acceptance. */
export const NOT_ACCEPTED_RULE = {
  text: {
    kk: "«Мемлекеттік көрсетілетін қызметтер туралы» Заңның 20-бабының 2-тармағы: құжаттар топтамасы толық болмаған не қолданылу мерзімі өткен құжаттар ұсынылған жағдайда өтінішті қабылдаудан бас тартылады",
    ru: "Закон «О государственных услугах», ст. 20 п. 2: в приёме отказывается при неполном пакете документов либо документах с истёкшим сроком действия",
    en: "Law on State Services, art. 20 p. 2: an application with an incomplete package or expired documents is refused at acceptance",
  },
};

export interface Receipt {
  kind: "receipt" | "refusal_to_accept_receipt";
  number: string;
  at: string;
  service: string;
  /** The State Corporation branch (or office) that accepted or refused: number, name and address (003 annex 7). */
  office: string;
  officeName: Text3;
  officeAddress: Text3;
  employee: string | null;
  applicant: { iin: string; name: string };
  documents: { id: string; title: RequiredDocument["title"] }[];
  missing: { id: string; title: RequiredDocument["title"] }[];
  /** Not handed in: the state database holds the record the act accepts instead (`waivedIfRecord`). */
  obtained: { id: string; title: RequiredDocument["title"]; system: StateDbSource }[];
  deadline: string | null;
  copies: number;
}

export interface IntakeResult {
  case: CaseRow;
  created: boolean;
  receipt: Receipt;
}

function badInput(issues: unknown): QyzmetError {
  return engineError("INPUT_INVALID", { issues });
}

/** Documents the applicant must hand in on this channel (not those the provider fetches itself). */
export function requiredDocuments(
  version: RegulationVersion,
  channel: Channel,
  variant: string | null,
): RequiredDocument[] {
  return version.standard.documents.filter(
    (d) =>
      d.channels.includes(channel) &&
      (d.variant === undefined || d.variant === variant) &&
      d.presentation !== "fetched_by_provider",
  );
}

/** The service, the regulation version in force in the region today, and the variant asked for. */
function inForce(
  deps: EngineDeps,
  input: { serviceCode: string; regionCode: string; variant?: string | undefined },
  now: Date,
) {
  const service = serviceOf(deps.catalog, input.serviceCode);
  let version: RegulationVersion;
  try {
    version = resolveVersion(deps.catalog, service.code, input.regionCode, formatLocal(ms(now)).slice(0, 10));
  } catch (error) {
    if (isQyzmetError(error) && error.code === "VERSION_NOT_IN_FORCE")
      throw new QyzmetError(error.code, error.messages, error.details, 422);
    throw error;
  }
  const variant = input.variant ?? null;
  if (version.variants.length > 0 && !version.variants.some((v) => v.id === variant))
    throw engineError("VARIANT_REQUIRED", { variants: version.variants.map((v) => v.id) });
  if (version.variants.length === 0 && variant !== null)
    throw badInput([{ path: "variant", message: "no variants" }]);
  return { service, version, variant };
}

const iin = z.string().regex(/^\d{12}$/, "12 digits");

/** Who the portal form or the desk's checklist asks about, before the application is sent. */
export const WaiverQuery = z
  .strictObject({
    serviceCode: z.string().min(1).max(100),
    channel: Channel,
    variant: z.string().min(1).max(60).optional(),
    regionCode: z.string().min(1).max(60),
    applicant: z.strictObject({ iin }),
    children: z
      .array(z.strictObject({ iin: iin.optional() }))
      .max(20)
      .default([]),
  })
  .meta({ id: "WaiverQuery" });
export type WaiverQuery = z.infer<typeof WaiverQuery>;

export interface WaiverCheck {
  versionId: string;
  /** Each document of this channel that the act waives when the state database has the record. */
  documents: PublicWaiverAnswer[];
}

/**
 * Which documents the state databases make unnecessary for this applicant and these children, as
 * intake would decide now (the same lookups; nothing is written). Who may ask is the caller's check.
 */
export async function checkWaivers(deps: EngineDeps, raw: unknown): Promise<WaiverCheck> {
  const parsed = WaiverQuery.safeParse(raw);
  if (!parsed.success) throw badInput(inputIssues(parsed.error));
  const q = parsed.data;
  for (const [path, value] of [
    ["applicant.iin", q.applicant.iin],
    ...q.children.flatMap((c, i) => (c.iin ? [[`children.${i}.iin`, c.iin]] : [])),
  ] as [string, string][])
    if (!isValidIin(value)) throw engineError("IIN_INVALID", { path, iin: value });
  const now = deps.now();
  const { version, variant } = inForce(deps, q, now);
  const documents = requiredDocuments(version, q.channel, variant);
  const answers = await resolveWaivers(
    deps.stateDatabases?.(deps.db) ?? null,
    documents,
    { applicantIin: q.applicant.iin, children: q.children },
    formatLocal(ms(now)).slice(0, 10),
  );
  return {
    versionId: version.id,
    documents: answers.map((a) =>
      publicAnswer(a, (documents.find((d) => d.id === a.document) as RequiredDocument).title),
    ),
  };
}

/** The request's shape and IINs, its idempotency key and the hash of the rest (what a replay must repeat). */
function parseIntake(raw: unknown) {
  const parsed = IntakeInput.safeParse(raw);
  if (!parsed.success) throw badInput(inputIssues(parsed.error));
  const input = parsed.data;
  for (const [path, iin] of [
    ["applicant.iin", input.applicant.iin],
    ...(input.representative ? [["representative.iin", input.representative.iin]] : []),
    ...input.children.flatMap((c, i) => (c.iin ? [[`children.${i}.iin`, c.iin]] : [])),
  ] as [string, string][]) {
    if (!isValidIin(iin)) throw engineError("IIN_INVALID", { path, iin });
  }
  const { idempotencyKey, ...request } = input;
  const requestHash = createHash("sha256").update(canonicalJson(request)).digest("hex");
  return { input, idempotencyKey, requestHash };
}

/**
 * Every other check of intake that needs no write: the version in force, the channel, the
 * provider's competence, who accepts it, the package. Throws the typed error of the first failure.
 */
async function checkIntake(deps: EngineDeps, actor: Actor, parsed: ReturnType<typeof parseIntake>) {
  const { input, idempotencyKey, requestHash } = parsed;
  const now = deps.now();
  const { service, version, variant } = inForce(deps, input, now);
  const procedure = version.procedures.find(
    (p) => p.channel === input.channel && (p.variant === undefined || p.variant === variant),
  );
  if (!version.standard.channels.some((c) => c.channel === input.channel) || !procedure)
    throw engineError("CHANNEL_NOT_ALLOWED", {
      channel: input.channel,
      allowed: version.standard.channels.map((c) => c.channel),
      versionId: version.id,
    });

  const provider = await providerRow(deps.db, input.providerId);
  if (!provider) throw engineError("PROVIDER_NOT_FOUND", { providerId: input.providerId });
  const national = provider.kind === "ministry_committee";
  if (
    !(version.standard.provider.kinds as readonly string[]).includes(provider.kind) ||
    (!national && provider.region_code !== input.regionCode)
  )
    throw engineError("PROVIDER_NOT_COMPETENT", {
      providerId: provider.id,
      kinds: version.standard.provider.kinds,
      regionCode: input.regionCode,
    });
  const office = await intakeOffice(
    deps,
    actor,
    input.channel,
    provider,
    input.applicant.iin,
    input.representative?.iin,
  );

  // The package against the standard's list for this channel.
  const required = requiredDocuments(version, input.channel, variant);
  const known = new Map(version.standard.documents.map((d) => [d.id, d]));
  for (const d of input.documents) if (!known.has(d.id)) throw engineError("DOCUMENT_UNKNOWN", { id: d.id });
  for (const id of input.notApplicable) {
    const d = known.get(id);
    if (!d) throw engineError("DOCUMENT_UNKNOWN", { id });
    if (!d.condition) throw engineError("DOCUMENT_NOT_WAIVABLE", { id });
    // The record decides, unless the act leaves another case the applicant declares ("not married").
    if (d.waivedIfRecord && !d.waivedIfRecord.declarable)
      throw engineError("DOCUMENT_WAIVED_BY_RECORD", {
        id,
        record: d.waivedIfRecord.record,
        system: WAIVER_RECORDS[d.waivedIfRecord.record],
        source: d.waivedIfRecord.source,
      });
  }
  const presented = new Set(input.documents.map((d) => d.id));
  const declared = new Set(input.notApplicable);
  // Documents the act requires only when the state database has no record: asked for, not declared.
  const lookups = await resolveWaivers(
    deps.stateDatabases?.(deps.db) ?? null,
    required.filter((d) => !presented.has(d.id) && !declared.has(d.id)),
    { applicantIin: input.applicant.iin, children: input.children },
    formatLocal(ms(now)).slice(0, 10),
  );
  const obtained = new Set(lookups.filter((a) => a.status === "obtained").map((a) => a.document));
  const unanswered = new Set(lookups.filter((a) => a.status === "unavailable").map((a) => a.document));
  const missing = required.filter(
    (d) => !presented.has(d.id) && !declared.has(d.id) && !obtained.has(d.id) && !unanswered.has(d.id),
  );
  if (missing.length > 0 && input.channel === "portal")
    // The portal's form does not let a request go without its required attachments.
    throw engineError("INPUT_INVALID", {
      missing: missing.map((d) => d.id),
      ...(unanswered.size > 0 ? { unavailable: [...unanswered] } : {}),
    });
  if (missing.length === 0 && unanswered.size > 0)
    // The package is complete unless a record the database cannot tell about now is missing: neither
    // accepted (the document may be required) nor refused for it (it may not be). Nothing is written.
    throw engineError("STATE_DB_UNAVAILABLE", {
      documents: [...unanswered],
      systems: [...new Set(lookups.filter((a) => a.status === "unavailable").map((a) => a.system))],
    });

  return {
    input,
    idempotencyKey,
    requestHash,
    now,
    service,
    version,
    variant,
    procedure,
    provider,
    office,
    required,
    presented,
    missing,
    lookups,
  };
}

/**
 * Checks an application as intake would, writing nothing: what the portal runs before it sends a
 * request through the gateway, so that a request the provider would refuse is refused at once.
 */
export async function validateApplication(deps: EngineDeps, actor: Actor, raw: unknown): Promise<void> {
  const parsed = parseIntake(raw);
  if (await findByKey(deps, parsed.idempotencyKey, parsed.requestHash)) return;
  await checkIntake(deps, actor, parsed);
}

export interface SubmitOptions {
  /**
   * How the request was certified where a channel certifies it (the portal: an EDS or a one-time
   * password); recorded in the registration event's payload as given.
   */
  certification?: Record<string, unknown>;
}

export async function submitApplication(
  deps: EngineDeps,
  actor: Actor,
  raw: unknown,
  options: SubmitOptions = {},
): Promise<IntakeResult> {
  const parsed = parseIntake(raw);
  let checked: Awaited<ReturnType<typeof checkIntake>>;
  try {
    checked = await checkIntake(deps, actor, parsed);
  } catch (error) {
    // A replay is answered with the case its first request made, whatever the checks say today.
    const existing = await findByKey(deps, parsed.idempotencyKey, parsed.requestHash);
    if (existing) return existing;
    throw error;
  }
  const {
    input,
    idempotencyKey,
    requestHash,
    now,
    service,
    version,
    variant,
    procedure,
    provider,
    office,
    required,
    presented,
    missing,
    lookups,
  } = checked;
  const acceptedAt = now;
  const start = termStart(deps.calendar, input.channel, ms(acceptedAt));
  const term = caseTerm(version, procedure, input.channel, variant);
  const deadline = missing.length > 0 ? null : caseDeadline(deps.calendar, term, procedure, start);
  const passThrough = new Set(INTAKE_ROLES[input.channel]);
  const refusalDecision = procedure.steps.find(
    (s) => s.kind === "decision" && passThrough.has(s.actor) && noBranchKind(procedure, s) === "not_accepted",
  );

  const year = localYear(now);
  const accepted = missing.length === 0;
  const officeId = office.officeId ?? provider.id;
  // The incoming register's next number when accepted; else the refusal receipts' of the office.
  const claim = accepted
    ? { orgId: provider.id, year, kind: "incoming" }
    : { orgId: officeId, year, kind: "refusal_receipt" };

  try {
    return await commitGrouped(deps.db, {
      numbers: [claim],
      write: async (trx, [seq]) => {
        const incoming = accepted ? formatNumber(provider.id, year, seq as number) : null;
        const receiptNumber = incoming ?? formatNumber(officeId, year, seq as number, "R");
        const receipt: Receipt = {
          kind: accepted ? "receipt" : "refusal_to_accept_receipt",
          number: receiptNumber,
          at: now.toISOString(),
          service: service.code,
          office: officeId,
          officeName: (office.row ?? provider).name as Text3,
          officeAddress: (office.row ?? provider).address as Text3,
          employee: actor.kind === "staff" ? actor.fullName : null,
          applicant: {
            iin: input.applicant.iin,
            name: [input.applicant.surname, input.applicant.givenName, input.applicant.patronymic]
              .filter(Boolean)
              .join(" "),
          },
          documents: required.filter((d) => presented.has(d.id)).map((d) => ({ id: d.id, title: d.title })),
          missing: missing.map((d) => ({ id: d.id, title: d.title })),
          obtained: lookups
            .filter((a) => a.status === "obtained")
            .map((a) => ({
              id: a.document,
              title: (required.find((d) => d.id === a.document) as RequiredDocument).title,
              system: a.system,
            })),
          deadline: deadline === null ? null : new Date(deadline).toISOString(),
          copies: 2,
        };
        const id = randomUUID();
        const row = {
          id,
          incoming_number: incoming,
          idempotency_key: idempotencyKey,
          request_hash: requestHash,
          service_code: service.code,
          version_id: version.id,
          procedure_id: procedure.id,
          variant,
          channel: input.channel,
          region_code: input.regionCode,
          district_id: input.districtId ?? provider.district_id,
          provider_id: provider.id,
          intake_office_id: office.officeId,
          applicant_iin: input.applicant.iin,
          applicant: JSON.stringify(input.applicant),
          representative: input.representative ? JSON.stringify(input.representative) : null,
          children: JSON.stringify(input.children),
          form: JSON.stringify(input.form),
          documents: JSON.stringify(input.documents),
          has_child_data: input.children.length > 0 || service.sphere === "family_children",
          status: "in_progress",
          cursor: null,
          submitted_at: now,
          term_start: new Date(start),
          deadline: deadline === null ? null : new Date(deadline),
          term: JSON.stringify(term),
          outputs: JSON.stringify({ receipt }),
          preliminary_refusal: null,
          hearing: null,
          outcome: null,
          clock: JSON.stringify([]),
          ended_at: null,
          revision: 1,
          created_at: now,
          updated_at: now,
        };
        // Written with the group's other rows at commit; the walk below gives it its first task's cursor.
        if (!deferInsert(trx, "cases", row)) await trx.insertInto("cases").values(row).execute();
        let c = storedCase(row);
        await appendEvent(
          trx,
          {
            caseId: id,
            at: now,
            actorId: actorId(actor),
            actorRole: actor.kind === "staff" ? (actor.roles[0] ?? "staff") : actor.kind,
            action: accepted ? "case.registered" : "case.not_accepted",
            payload: {
              requestHash,
              serviceCode: service.code,
              versionId: version.id,
              procedureId: procedure.id,
              channel: input.channel,
              incomingNumber: incoming,
              receipt: receipt.number,
              missing: missing.map((d) => ({ id: d.id, source: d.source })),
              // What the state databases answered for documents waived by a record (README of src/statedb).
              ...(lookups.length > 0 ? { recordLookups: lookups } : {}),
              termStart: new Date(start).toISOString(),
              deadline: receipt.deadline,
              term,
              ...(options.certification ? { certification: options.certification } : {}),
            },
          },
          { newChain: true },
        );
        const rules = { service, version, procedure };
        if (accepted) {
          await publish(trx, c, rules, "registered", now, { deadline: receipt.deadline });
          await notify(trx, [
            {
              citizenIin: input.applicant.iin,
              caseId: id,
              kind: "case.registered",
              text: REGISTERED_TEXT(incoming ?? ""),
              at: now,
            },
          ]);
        }
        if (!accepted)
          // Law on State Services art. 20 p. 2: refused at acceptance, naming what is missing.
          c.outcome = {
            kind: "not_accepted",
            missingDocuments: missing.map((d) => d.id),
            at: now.toISOString(),
          } satisfies Outcome;
        const first = procedure.steps[0] as Step;
        if (accepted || refusalDecision) {
          c = await walkFrom(
            trx,
            deps,
            {
              c,
              rules,
              now,
              actor,
              passThrough,
              intakeAnswer: (step) =>
                noBranchKind(procedure, step) === "not_accepted" ? (accepted ? "yes" : "no") : "yes",
            },
            first.id,
            office.kind,
          );
        } else {
          // The act has no acceptance check of its own on this channel: the Law's rule refuses the package.
          c = await walkFrom(trx, deps, { c, rules, now, actor, passThrough: new Set() }, "end", office.kind);
        }
        if (!accepted && c.status !== "refused_to_accept") {
          // The act's check led elsewhere; acceptance is still refused under the Law.
          throw new Error(`procedure ${procedure.id}: incomplete package did not end as refused_to_accept`);
        }
        return { case: c, created: true, receipt };
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "23505") {
      const again = await findByKey(deps, idempotencyKey, requestHash);
      if (again) return again;
    }
    throw error;
  }
}

/** The case row as the database gives it back: JSON columns parsed, defaults filled. */
function storedCase(row: Insertable<CasesTable>): CaseRow {
  const json = (v: string | null | undefined) => (v === null || v === undefined ? null : JSON.parse(v));
  return {
    ...(row as unknown as CaseRow),
    applicant: json(row.applicant),
    representative: json(row.representative),
    children: json(row.children),
    form: json(row.form),
    documents: json(row.documents),
    term: json(row.term),
    outputs: json(row.outputs),
    preliminary_refusal: json(row.preliminary_refusal),
    hearing: json(row.hearing),
    outcome: json(row.outcome),
    clock: json(row.clock),
    refusal_warned_at: null,
  };
}

const caseLookups = new WeakMap<Kysely<Database>, Coalescer<string, CaseRow>>();
const providerLookups = new WeakMap<Kysely<Database>, Coalescer<string, ProviderRow>>();

async function casesByKey(db: Kysely<Database>, keys: readonly string[]) {
  const rows = await db.selectFrom("cases").selectAll().where("idempotency_key", "in", keys).execute();
  return new Map(rows.map((r) => [r.idempotency_key, r]));
}

async function providersById(db: Kysely<Database>, ids: readonly string[]) {
  const rows = await db.selectFrom("providers").selectAll().where("id", "in", ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * How long a provider row read for intake is used again without reading it anew. Providers are
 * reference data: the organisation seed inserts them and nothing in the application changes them
 * (src/org), so this bounds how late an edit made outside the application is seen.
 */
const PROVIDER_ROW_TTL_MS = 60_000;
const providerRows = new WeakMap<Kysely<Database>, Map<string, { row: ProviderRow; readAt: number }>>();

async function providerRow(db: Kysely<Database>, id: string): Promise<ProviderRow | undefined> {
  let rows = providerRows.get(db);
  if (!rows) {
    rows = new Map();
    providerRows.set(db, rows);
  }
  const known = rows.get(id);
  if (known && Date.now() - known.readAt < PROVIDER_ROW_TTL_MS) return known.row;
  const row = await coalescerFor(providerLookups, db, providersById).get(id);
  if (row) rows.set(id, { row, readAt: Date.now() });
  return row;
}

/** The case an earlier request with this key made (concurrent requests' lookups share one query). */
async function findByKey(deps: EngineDeps, key: string, requestHash: string): Promise<IntakeResult | null> {
  const row = await coalescerFor(caseLookups, deps.db, casesByKey).get(key);
  if (!row) return null;
  if (row.request_hash !== requestHash) throw engineError("IDEMPOTENCY_KEY_REUSED", { caseId: row.id });
  const outputs = row.outputs as { receipt: Receipt };
  return { case: row, created: false, receipt: outputs.receipt };
}

/** Who may accept on this channel, and where: the office the package is handed in at. */
async function intakeOffice(
  deps: EngineDeps,
  actor: Actor,
  channel: Channel,
  provider: ProviderRow,
  applicantIin: string,
  representativeIin: string | undefined,
): Promise<{ officeId: string | null; kind: string | null; row?: ProviderRow }> {
  if (channel === "portal") {
    if (actor.kind === "system") return { officeId: null, kind: null };
    if (actor.kind === "citizen" && (actor.iin === applicantIin || actor.iin === representativeIin))
      return { officeId: null, kind: null };
    throw engineError("FORBIDDEN_ROLE", { channel });
  }
  if (actor.kind !== "staff" || !actor.providerId) throw engineError("FORBIDDEN_ROLE", { channel });
  const wanted: Record<Exclude<Channel, "portal">, { roles: string[]; kinds: string[] }> = {
    provider_office: { roles: ["office_clerk"], kinds: [] },
    educational_organisation: { roles: ["office_clerk"], kinds: ["education_organisation"] },
    state_corporation: { roles: ["state_corporation_operator"], kinds: ["state_corporation_branch"] },
    akim_office: { roles: ["akim_specialist", "office_clerk", "akim"], kinds: ["akim_office"] },
  };
  const rule = wanted[channel];
  if (!actor.roles.some((r) => rule.roles.includes(r)))
    throw engineError("FORBIDDEN_ROLE", { channel, roles: rule.roles });
  if (actor.providerId === provider.id && (rule.kinds.length === 0 || rule.kinds.includes(provider.kind)))
    return { officeId: null, kind: provider.kind };
  if (rule.kinds.length === 0) throw engineError("FORBIDDEN_SCOPE", { providerId: provider.id });
  const office = await deps.db
    .selectFrom("providers")
    .selectAll()
    .where("id", "=", actor.providerId)
    .executeTakeFirst();
  if (
    !office ||
    !rule.kinds.includes(office.kind) ||
    (provider.kind !== "ministry_committee" && office.region_code !== provider.region_code)
  )
    throw engineError("INTAKE_OFFICE_INVALID", { officeId: actor.providerId, channel });
  return { officeId: office.id, kind: office.kind, row: office };
}
