/**
 * The register of guardianship orders. A relative (or step-parent) who takes
 * guardianship or a foster child without the psychological training must
 * complete it within one calendar year of taking the child (Marriage and
 * Family Code art. 122 p. 1, as the guardianship standard restates it):
 * `training_due` = order date + 1 year, with reminders (reminders.ts).
 */
import { randomUUID } from "node:crypto";
import type { Selectable, Transaction } from "kysely";
import { lockById } from "../store/lock.ts";
import type { Database, GuardianshipOrdersTable } from "../store/tables.ts";
import { checkIin } from "./candidates.ts";
import { addYears, isIsoDate } from "./dates.ts";
import { badInput, m, notFound, wrongState } from "./errors.ts";

export type GuardianshipOrderRow = Selectable<GuardianshipOrdersTable>;

/** Years a relative has to complete the training (art. 122 p. 1). */
export const RELATIVE_TRAINING_YEARS = 1;

export interface OrderInput {
  number: string;
  providerId: string;
  childId: string;
  guardianIin: string;
  form: "guardianship" | "foster";
  orderDate: string;
  relativeWithoutTraining: boolean;
}

export async function registerOrder(
  trx: Transaction<Database>,
  input: OrderInput,
): Promise<GuardianshipOrderRow> {
  const number = typeof input.number === "string" ? input.number.trim() : "";
  if (number === "" || number.length > 60)
    throw badInput("number", m("бұйрық нөмірі қажет", "нужен номер приказа", "the order number is required"));
  const guardianIin = checkIin("guardianIin", input.guardianIin);
  if (input.form !== "guardianship" && input.form !== "foster")
    throw badInput(
      "form",
      m("guardianship немесе foster", "guardianship или foster", "guardianship or foster"),
    );
  if (!isIsoDate(input.orderDate))
    throw badInput("orderDate", m("күн қате", "неверная дата", "not a valid date"));
  const child = await trx
    .selectFrom("registry_children")
    .select("id")
    .where("id", "=", input.childId)
    .executeTakeFirst();
  if (!child) throw notFound("child", input.childId);
  const provider = await trx
    .selectFrom("providers")
    .select("id")
    .where("id", "=", input.providerId)
    .executeTakeFirst();
  if (!provider) throw badInput("providerId", m("орган белгісіз", "неизвестный орган", "unknown provider"));
  return trx
    .insertInto("guardianship_orders")
    .values({
      id: randomUUID(),
      number,
      provider_id: input.providerId,
      child_id: input.childId,
      guardian_iin: guardianIin,
      form: input.form,
      order_date: input.orderDate,
      relative_without_training: input.relativeWithoutTraining === true,
      training_due:
        input.relativeWithoutTraining === true ? addYears(input.orderDate, RELATIVE_TRAINING_YEARS) : null,
      training_done_on: null,
      ended_on: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Records the completed training (the certificate's date). */
export async function recordTraining(
  trx: Transaction<Database>,
  orderId: string,
  doneOn: string,
): Promise<GuardianshipOrderRow & { late: boolean }> {
  const o = await lockById(trx, "guardianship_orders", orderId);
  if (!o) throw notFound("guardianship order", orderId);
  if (o.training_due === null || o.training_done_on !== null)
    throw wrongState(m("даярлық талап етілмейді", "подготовка не ожидается", "no training is pending"), {
      orderId,
    });
  if (!isIsoDate(doneOn) || doneOn < o.order_date)
    throw badInput("doneOn", m("күн қате", "неверная дата", "not a valid date"));
  const row = await trx
    .updateTable("guardianship_orders")
    .set({ training_done_on: doneOn })
    .where("id", "=", orderId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...row, late: doneOn > o.training_due };
}
