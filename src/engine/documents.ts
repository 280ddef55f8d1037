/**
 * A request for missing documents or data: the executor (or head) asks the
 * applicant, naming the standard's documents or describing what is missing.
 * It is recorded on the case and in its history and sent to the applicant;
 * the term runs on (none of our acts suspends it for such a request).
 */

import { z } from "zod";
import type { Actor } from "../core/actor.ts";
import { transaction } from "../store/deferred.ts";
import type { CaseRow } from "../store/tables.ts";
import { parse, recordEvent } from "./actions.ts";
import { lockForProviderAction, requireStaff } from "./authority.ts";
import { type EngineDeps, rulesOf } from "./context.ts";
import { engineError } from "./errors.ts";
import { notify } from "./notify.ts";
import { publish } from "./stages.ts";

export const DocumentRequestInput = z.strictObject({
  /** Documents of the standard's list, by id. */
  documents: z.array(z.string().min(1).max(100)).max(50).default([]),
  /** What is missing, in words (data, a clearer copy, …). */
  text: z.string().trim().min(1).max(5000),
});

export interface DocumentRequest {
  at: string;
  by: string;
  documents: { id: string; title: { kk: string; ru: string; en: string } }[];
  text: string;
}

export async function requestDocuments(
  deps: EngineDeps,
  actor: Actor,
  caseId: string,
  raw: unknown,
): Promise<CaseRow> {
  const input = parse(DocumentRequestInput, raw);
  requireStaff(actor);
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const c = await lockForProviderAction(trx, actor, caseId);
    const rules = rulesOf(deps.catalog, c);
    const known = new Map(rules.version.standard.documents.map((d) => [d.id, d]));
    const documents = input.documents.map((id) => {
      const d = known.get(id);
      if (!d) throw engineError("DOCUMENT_UNKNOWN", { id });
      return { id, title: d.title };
    });
    const request: DocumentRequest = {
      at: now.toISOString(),
      by: actor.staffId,
      documents,
      text: input.text,
    };
    const outputs = c.outputs as Record<string, unknown>;
    const requests = [...((outputs.documentRequests as DocumentRequest[] | undefined) ?? []), request];
    const updated = await trx
      .updateTable("cases")
      .set({
        outputs: JSON.stringify({ ...outputs, documentRequests: requests }),
        updated_at: now,
        revision: c.revision + 1,
      })
      .where("id", "=", c.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(trx, updated, actor, now, "documents.requested", { ...request });
    const list = (lang: "kk" | "ru" | "en") =>
      [...documents.map((d) => d.title[lang]), input.text].join("; ");
    await notify(trx, [
      {
        citizenIin: c.applicant_iin,
        caseId: c.id,
        kind: "documents.requested",
        text: {
          kk: `Қызмет беруші құжаттарды (мәліметтерді) ұсынуды сұрайды: ${list("kk")}`,
          ru: `Услугодатель просит представить документы (сведения): ${list("ru")}`,
          en: `The provider asks you to submit documents (data): ${list("en")}`,
        },
        at: now,
      },
    ]);
    await publish(trx, updated, rules, "documents_requested", now);
    return updated;
  });
}
