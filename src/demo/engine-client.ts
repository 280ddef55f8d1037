/** The autopilot's client over the engine's functions (no HTTP). */
import { staffActorById } from "../auth/index.ts";
import type { StaffActor } from "../core/actor.ts";
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

export function engineClient(deps: EngineDeps, clock: { now: number }): Client {
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
    setNow(ms) {
      clock.now = ms;
    },
    now: () => clock.now,
  };
}
