/** The autopilot's client over the engine's functions (no HTTP). */
import { staffActorById } from "../auth/index.ts";
import type { StaffActor } from "../core/actor.ts";
import { type DocumentsDeps, prepareDocument, signDocument } from "../documents/index.ts";
import {
  completeStep,
  decideAfterHearing,
  type EngineDeps,
  recordHearing,
  sendPreliminaryRefusal,
  submitApplication,
} from "../engine/index.ts";
import type { CaseRow } from "../store/tables.ts";
import type { CaseInfo, Client, Who } from "./autopilot.ts";
import { type StaffKeys, signBase64 } from "./staff-keys.ts";

/** How results get signed: the documents capability and the heads' keys. */
export interface EngineSigning {
  documents: DocumentsDeps;
  keys: StaffKeys;
}

export function engineClient(deps: EngineDeps, clock: { now: number }, signing?: EngineSigning): Client {
  const actorFor = async (who: Who): Promise<StaffActor> => {
    const rows = await deps.db
      .selectFrom("staff")
      .select(["id", "roles"])
      .where("provider_id", "=", who.orgId)
      .orderBy("id")
      .execute();
    const row = rows.find((r) => (r.roles as string[]).includes(who.role));
    const actor = row ? await staffActorById(deps.db, row.id) : null;
    if (!actor) throw new Error(`no ${who.role} at ${who.orgId}`);
    return actor;
  };
  const info = async (c: CaseRow): Promise<CaseInfo> => {
    const t = await deps.db
      .selectFrom("tasks")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("done_at", "is", null)
      .executeTakeFirst();
    return {
      id: c.id,
      status: c.status,
      cursor: c.cursor,
      deadline: c.deadline ? c.deadline.getTime() : null,
      termStart: c.term_start.getTime(),
      submittedAt: c.submitted_at.getTime(),
      openTask: t
        ? {
            id: t.id,
            stepId: t.step_id,
            role: t.role,
            orgId: t.org_id,
            startedAt: t.started_at.getTime(),
            dueAt: t.due_at.getTime(),
          }
        : null,
    };
  };
  const byId = async (id: string) =>
    info(await deps.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow());
  return {
    async submit(who, body) {
      const actor = who === "portal" ? { kind: "system" as const, name: "gateway" } : await actorFor(who);
      return info((await submitApplication(deps, actor, body)).case);
    },
    get: (id) => byId(id),
    complete: async (id, who, body) => info(await completeStep(deps, await actorFor(who), id, body)),
    preliminaryRefusal: async (id, who, body) => {
      await sendPreliminaryRefusal(deps, await actorFor(who), id, body);
      return byId(id);
    },
    hearing: async (id, who, body) => {
      await recordHearing(deps, await actorFor(who), id, body);
      return byId(id);
    },
    decide: async (id, who, body) => {
      await decideAfterHearing(deps, await actorFor(who), id, body);
      return byId(id);
    },
    async signResult(caseId, purpose) {
      if (!signing)
        throw new Error(`case ${caseId}: its ${purpose} must be signed, and no signing is configured`);
      const c = await deps.db
        .selectFrom("cases")
        .select("provider_id")
        .where("id", "=", caseId)
        .executeTakeFirstOrThrow();
      const head = await actorFor({ orgId: c.provider_id, role: "head" });
      const doc = await prepareDocument(signing.documents, head, caseId, { purpose });
      const provider = await deps.db
        .selectFrom("providers")
        .select(["bin", "name"])
        .where("id", "=", c.provider_id)
        .executeTakeFirstOrThrow();
      const key = await signing.keys.keyFor(head, { bin: provider.bin, name: provider.name.ru });
      const signature = await signBase64(key, doc.pdf, deps.now());
      await signDocument(signing.documents, head, doc.id, { signature });
    },
    setNow(ms) {
      clock.now = ms;
    },
    now: () => clock.now,
  };
}
