/**
 * Reminders the registries owe: an accredited agency, from `REMINDER_LEAD_DAYS`
 * before its extension deadline (expiry − 30 calendar days, Rules p. 19); a
 * guardian whose training is pending, from 30 calendar days before the year ends. Each
 * reminder is written once per subject and due date (a unique key), also when
 * two servers run the scan at once; a notification goes with it.
 */
import { randomUUID } from "node:crypto";
import type { Insertable, Selectable, Transaction } from "kysely";
import type { Database, RegistryRemindersTable } from "../store/tables.ts";
import { extensionDueOn } from "./agencies.ts";
import { addDays, localDate } from "./dates.ts";
import { cite, SOURCES } from "./sources.ts";

export type ReminderRow = Selectable<RegistryRemindersTable>;

/** How many calendar days ahead of a due date the reminder goes out (configuration, not law). */
export const REMINDER_LEAD_DAYS = 14;

/** Writes the reminders due at `at`; returns those written now (not those written before). */
export async function scanReminders(trx: Transaction<Database>, at: Date): Promise<ReminderRow[]> {
  const today = localDate(at);
  const horizon = addDays(today, REMINDER_LEAD_DAYS);
  const out: ReminderRow[] = [];
  const agencies = await trx
    .selectFrom("adoption_agencies")
    .select(["id", "name", "expires_on"])
    .where("status", "=", "accredited")
    .where("expires_on", ">=", today)
    .execute();
  for (const a of agencies) {
    const due = extensionDueOn(a.expires_on);
    if (due > horizon) continue;
    const row = await writeOnce(trx, {
      kind: "agency.extension",
      subject_id: a.id,
      due_on: due,
      created_at: at,
      text: JSON.stringify({
        kk: `${a.name}: аккредиттеу ${a.expires_on} аяқталады; ұзарту туралы өтінішті ${due} дейін беру керек`,
        ru: `${a.name}: аккредитация истекает ${a.expires_on}; заявление о продлении — не позднее ${due}`,
        en: `${a.name}: accreditation expires on ${a.expires_on}; apply for extension by ${due}`,
      }),
      source: cite(SOURCES.extensionDeadline),
    });
    if (row) out.push(row);
  }
  const orders = await trx
    .selectFrom("guardianship_orders")
    .select(["id", "number", "guardian_iin", "training_due"])
    .where("training_due", "is not", null)
    .where("training_done_on", "is", null)
    .where("ended_on", "is", null)
    .where("training_due", "<=", addDays(today, 30))
    .execute();
  for (const o of orders) {
    const due = o.training_due ?? today;
    const row = await writeOnce(trx, {
      kind: "guardianship.training",
      subject_id: o.id,
      due_on: due,
      created_at: at,
      text: JSON.stringify({
        kk: `Бұйрық ${o.number}: психологиялық даярлықтан ${due} дейін өту керек`,
        ru: `Приказ ${o.number}: психологическую подготовку нужно пройти до ${due}`,
        en: `Order ${o.number}: the psychological training is due by ${due}`,
      }),
      source: cite(SOURCES.relativesTraining),
    });
    if (row) {
      out.push(row);
      await trx
        .insertInto("notifications")
        .values({
          staff_id: null,
          citizen_iin: o.guardian_iin,
          case_id: null,
          kind: row.kind,
          text: JSON.stringify(row.text),
          created_at: at,
          read_at: null,
        })
        .execute();
    }
  }
  return out;
}

async function writeOnce(
  trx: Transaction<Database>,
  values: Omit<Insertable<RegistryRemindersTable>, "id">,
): Promise<ReminderRow | undefined> {
  return trx
    .insertInto("registry_reminders")
    .values({ id: randomUUID(), ...values })
    .onConflict((oc) => oc.columns(["kind", "subject_id", "due_on"]).doNothing())
    .returningAll()
    .executeTakeFirst();
}
