/**
 * Extension of the term where the act allows one (e.g. +1 month for an
 * additional inquiry, 001 Annex 2 p. 3). The executor or the head extends it
 * once per rule, with a reason; the applicant is told the new deadline.
 */

import { z } from "zod";
import { formatLocal } from "../calendar/index.ts";
import type { Actor } from "../core/actor.ts";
import { transaction } from "../store/deferred.ts";
import type { CaseRow } from "../store/tables.ts";
import { parse, recordEvent } from "./actions.ts";
import { lockForProviderAction, requireStaff } from "./authority.ts";
import { type EngineDeps, ms, rulesOf } from "./context.ts";
import { engineError } from "./errors.ts";
import { notify } from "./notify.ts";
import { publish } from "./stages.ts";

export const ExtendInput = z.strictObject({
  /** The act's extension rule (catalogue `termExtensions[].id`). */
  rule: z.string().min(1).max(100),
  reason: z.string().trim().min(1).max(5000),
});

export interface ClockEntry {
  kind: "extend";
  rule: string;
  by: { value: number; unit: string };
  at: string;
  reason: string;
  from: string;
  to: string;
}

export async function extendTerm(
  deps: EngineDeps,
  actor: Actor,
  caseId: string,
  raw: unknown,
): Promise<CaseRow> {
  const input = parse(ExtendInput, raw);
  requireStaff(actor);
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const c = await lockForProviderAction(trx, actor, caseId);
    const rules = rulesOf(deps.catalog, c);
    const rule = rules.version.standard.termExtensions?.find((e) => e.id === input.rule);
    if (!rule || !c.deadline) throw engineError("NO_EXTENSION_RULE", { rule: input.rule });
    const clock = c.clock as ClockEntry[];
    if (clock.some((e) => e.kind === "extend" && e.rule === rule.id))
      throw engineError("TERM_ALREADY_EXTENDED", { rule: rule.id });
    const from = ms(c.deadline);
    const to = deps.calendar.add(from, rule.duration, "provider");
    const entry: ClockEntry = {
      kind: "extend",
      rule: rule.id,
      by: rule.duration,
      at: now.toISOString(),
      reason: input.reason,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    };
    const updated = await trx
      .updateTable("cases")
      .set({
        deadline: new Date(to),
        clock: JSON.stringify([...clock, entry]),
        updated_at: now,
        revision: c.revision + 1,
      })
      .where("id", "=", c.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(trx, updated, actor, now, "term.extended", { ...entry, source: rule.source });
    const day = formatLocal(to).slice(0, 10);
    await notify(trx, [
      {
        citizenIin: c.applicant_iin,
        caseId: c.id,
        kind: "term.extended",
        text: {
          kk: `Мемлекеттік қызмет көрсету мерзімі ұзартылды: ${day} дейін (${rule.condition.kk.toLowerCase()})`,
          ru: `Срок оказания государственной услуги продлён до ${day} (${rule.condition.ru.toLowerCase()})`,
          en: `The term of the state service was extended to ${day} (${rule.condition.en.toLowerCase()})`,
        },
        at: now,
      },
    ]);
    await publish(trx, updated, rules, "term_extended", now, { to: entry.to });
    return updated;
  });
}
