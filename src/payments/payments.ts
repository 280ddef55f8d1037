/**
 * Payment assignments, the coefficients an administrator sets, and the
 * monthly accrual run. Amount of a month = coefficient × МРП of that month's
 * year (index-table.ts), in tiyn. Our acts give no amounts (seed 002 digest:
 * "no amounts, formulas or periods"), so every coefficient is configuration
 * with the source the administrator names.
 *
 * A month is paid when the ground holds on at least one of its days: from
 * the month of `starts_on` to the month the ground ends (the 18th birthday,
 * the placement's end, the term's end) — our rule, not the acts'. Months
 * missed earlier are paid as arrears; months paid after a ground that was
 * recorded late are recovered (a negative accrual). One accrual per
 * (assignment, month, kind) is a unique key: running twice, or two
 * processes at once, pays once.
 */
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import { isValidIin } from "../iin/index.ts";
import { addDays, addYears, isIsoDate } from "../registries/dates.ts";
import type { Database, PaymentAccrualsTable, PaymentAssignmentsTable } from "../store/tables.ts";
import { paymentBadInput } from "./errors.ts";
import { mrpOf } from "./index-table.ts";

export const PAYMENT_TYPES = [
  "guardian-allowance",
  "patronage-payment",
  "foster-family-placement",
  "adoption-one-time-payment",
  "child-benefit-under-18",
  "targeted-social-assistance",
  "rural-specialist-fuel-assistance",
  "disabled-child-home-education",
  "nuclear-test-victims",
] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];
/** Paid once, in the month of `starts_on`. */
export const ONE_TIME: readonly PaymentType[] = ["adoption-one-time-payment", "nuclear-test-victims"];
/** Paid while the child is under 18. */
export const UNTIL_18: readonly PaymentType[] = [
  "guardian-allowance",
  "patronage-payment",
  "foster-family-placement",
  "child-benefit-under-18",
  "disabled-child-home-education",
];

export type AssignmentRow = Selectable<PaymentAssignmentsTable>;
export type AccrualRow = Selectable<PaymentAccrualsTable>;
type Db = Kysely<Database> | Transaction<Database>;

const m = (kk: string, ru: string, en: string) => ({ kk, ru, en });
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function setCoefficient(
  db: Db,
  input: {
    type: PaymentType;
    effectiveFrom: string;
    coefficient: number;
    source: string;
    setBy: string;
    at: Date;
  },
): Promise<void> {
  if (!(PAYMENT_TYPES as readonly string[]).includes(input.type))
    throw paymentBadInput("type", m("түрі белгісіз", "неизвестный вид", "unknown type"));
  if (!isIsoDate(input.effectiveFrom))
    throw paymentBadInput("effectiveFrom", m("күн қате", "неверная дата", "not a valid date"));
  if (!Number.isFinite(input.coefficient) || input.coefficient < 0 || input.coefficient > 100_000)
    throw paymentBadInput(
      "coefficient",
      m("коэффициент қате", "неверный коэффициент", "not a valid coefficient"),
    );
  if (input.source.trim() === "")
    throw paymentBadInput("source", m("дереккөз қажет", "нужен источник", "a source is required"));
  const values = {
    coefficient_e4: Math.round(input.coefficient * 10_000),
    source: input.source,
    set_by: input.setBy,
    set_at: input.at,
  };
  await db
    .insertInto("payment_coefficients")
    .values({ payment_type: input.type, effective_from: input.effectiveFrom, ...values })
    .onConflict((oc) => oc.columns(["payment_type", "effective_from"]).doUpdateSet(values))
    .execute();
}

export interface AssignInput {
  type: PaymentType;
  caseId: string | null;
  recipientIin: string;
  recipientName: string;
  childIin: string | null;
  childBirthDate: string | null;
  regionCode: string;
  bankBic: string;
  account: string;
  startsOn: string;
  termEndsOn: string | null;
  at: Date;
}

export async function assignPayment(db: Db, input: AssignInput): Promise<AssignmentRow> {
  if (!(PAYMENT_TYPES as readonly string[]).includes(input.type))
    throw paymentBadInput("type", m("түрі белгісіз", "неизвестный вид", "unknown type"));
  if (!isValidIin(input.recipientIin))
    throw paymentBadInput("recipientIin", m("ЖСН жарамсыз", "недействительный ИИН", "not a valid IIN"));
  if (!isIsoDate(input.startsOn))
    throw paymentBadInput("startsOn", m("күн қате", "неверная дата", "not a valid date"));
  if (UNTIL_18.includes(input.type) && !isIsoDate(input.childBirthDate))
    throw paymentBadInput(
      "childBirthDate",
      m("баланың туған күні қажет", "нужна дата рождения ребёнка", "the child's birth date is required"),
    );
  if (!/^[A-Z0-9]{8,11}$/.test(input.bankBic))
    throw paymentBadInput("bankBic", m("БСК қате", "неверный БИК", "not a valid BIC"));
  if (!/^KZ[0-9A-Z]{18}$/.test(input.account))
    throw paymentBadInput("account", m("IBAN қате", "неверный IBAN", "not a valid KZ IBAN"));
  if (input.termEndsOn !== null && (!isIsoDate(input.termEndsOn) || input.termEndsOn < input.startsOn))
    throw paymentBadInput("termEndsOn", m("мерзім қате", "неверный срок", "not a valid term"));
  return db
    .insertInto("payment_assignments")
    .values({
      id: randomUUID(),
      payment_type: input.type,
      case_id: input.caseId,
      recipient_iin: input.recipientIin,
      recipient_name: input.recipientName.trim(),
      child_iin: input.childIin,
      child_birth_date: input.childBirthDate,
      region_code: input.regionCode,
      bank_bic: input.bankBic,
      account: input.account,
      starts_on: input.startsOn,
      term_ends_on: input.termEndsOn,
      placement_ended_on: null,
      assigned_at: input.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The ground ends (placement ended, guardianship terminated): later months stop, months paid after it are recovered. */
export async function endGround(db: Db, assignmentId: string, endedOn: string): Promise<void> {
  if (!isIsoDate(endedOn))
    throw paymentBadInput("endedOn", m("күн қате", "неверная дата", "not a valid date"));
  await db
    .updateTable("payment_assignments")
    .set({ placement_ended_on: endedOn })
    .where("id", "=", assignmentId)
    .execute();
}

/** The first day on which the ground no longer holds, or null. */
export function groundEnd(a: AssignmentRow): string | null {
  const ends: string[] = [];
  if (UNTIL_18.includes(a.payment_type as PaymentType) && a.child_birth_date)
    ends.push(addYears(a.child_birth_date, 18));
  if (a.term_ends_on) ends.push(addDays(a.term_ends_on, 1));
  if (a.placement_ended_on) ends.push(addDays(a.placement_ended_on, 1));
  return ends.length === 0 ? null : (ends.sort()[0] ?? null);
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, mo] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && mo <= tm)) {
    out.push(`${y}-${String(mo).padStart(2, "0")}`);
    mo++;
    if (mo === 13) {
      mo = 1;
      y++;
    }
  }
  return out;
}

/** Whether month `month` (YYYY-MM) is payable for the assignment. */
export function payable(a: AssignmentRow, month: string): boolean {
  const first = `${month}-01`;
  if (a.starts_on.slice(0, 7) > month) return false;
  if (ONE_TIME.includes(a.payment_type as PaymentType)) return a.starts_on.slice(0, 7) === month;
  const end = groundEnd(a);
  return end === null || end > first;
}

async function coefficientFor(db: Db, type: string, month: string) {
  return db
    .selectFrom("payment_coefficients")
    .selectAll()
    .where("payment_type", "=", type)
    .where("effective_from", "<=", `${month}-31`)
    .orderBy("effective_from", "desc")
    .executeTakeFirst();
}

export interface RunResult {
  month: string;
  accrued: number;
  recovered: number;
  /** Assignments skipped because no coefficient is configured for their type. */
  unconfigured: string[];
}

/** The monthly accrual run for `month`. Idempotent; safe to run in two processes at once. */
export async function runMonth(db: Kysely<Database>, month: string, at: Date): Promise<RunResult> {
  if (!MONTH.test(month))
    throw paymentBadInput("month", m("ай ЖЖЖЖ-АА болуы керек", "месяц в виде ГГГГ-ММ", "a month YYYY-MM"));
  const result: RunResult = { month, accrued: 0, recovered: 0, unconfigured: [] };
  const assignments = await db
    .selectFrom("payment_assignments")
    .selectAll()
    .where("starts_on", "<=", `${month}-31`)
    .orderBy("id")
    .execute();
  for (const a of assignments) {
    await db.transaction().execute(async (trx) => {
      const paid = await trx
        .selectFrom("payment_accruals")
        .selectAll()
        .where("assignment_id", "=", a.id)
        .execute();
      for (const fm of monthsBetween(a.starts_on.slice(0, 7), month)) {
        const regular = paid.find((p) => p.for_month === fm && p.kind === "regular");
        if (payable(a, fm)) {
          if (regular) continue;
          const coef = await coefficientFor(trx, a.payment_type, fm);
          const index = mrpOf(Number(fm.slice(0, 4)));
          if (!coef || !index) {
            if (!result.unconfigured.includes(a.id)) result.unconfigured.push(a.id);
            continue;
          }
          const amount = Math.round((coef.coefficient_e4 * index.mrp) / 100);
          const row = await trx
            .insertInto("payment_accruals")
            .values({
              id: randomUUID(),
              assignment_id: a.id,
              for_month: fm,
              kind: "regular",
              run_month: month,
              arrears: fm < month,
              amount_tiyn: amount,
              basis: JSON.stringify({
                coefficient: coef.coefficient_e4 / 10_000,
                coefficientSource: coef.source,
                mrp: index.mrp,
                mrpLaw: index.law,
                mrpCertain: index.certain,
              }),
              bank_bic: a.bank_bic,
              created_at: at,
            })
            .onConflict((oc) => oc.columns(["assignment_id", "for_month", "kind"]).doNothing())
            .returning("id")
            .executeTakeFirst();
          if (row) result.accrued++;
        } else if (regular && !paid.some((p) => p.for_month === fm && p.kind === "recovery")) {
          const row = await trx
            .insertInto("payment_accruals")
            .values({
              id: randomUUID(),
              assignment_id: a.id,
              for_month: fm,
              kind: "recovery",
              run_month: month,
              arrears: false,
              amount_tiyn: -regular.amount_tiyn,
              basis: JSON.stringify({ recovers: regular.id, groundEnd: groundEnd(a) }),
              bank_bic: a.bank_bic,
              created_at: at,
            })
            .onConflict((oc) => oc.columns(["assignment_id", "for_month", "kind"]).doNothing())
            .returning("id")
            .executeTakeFirst();
          if (row) result.recovered++;
        }
      }
    });
  }
  return result;
}

export interface RegisterLine {
  assignmentId: string;
  recipientIin: string;
  recipientName: string;
  account: string;
  paymentType: string;
  forMonth: string;
  kind: string;
  amountTiyn: number;
}

/** The accruals of a run for one bank. */
export async function registerLines(db: Db, month: string, bankBic: string): Promise<RegisterLine[]> {
  const rows = await db
    .selectFrom("payment_accruals as p")
    .innerJoin("payment_assignments as a", "a.id", "p.assignment_id")
    .select([
      "p.assignment_id",
      "a.recipient_iin",
      "a.recipient_name",
      "a.account",
      "a.payment_type",
      "p.for_month",
      "p.kind",
      "p.amount_tiyn",
    ])
    .where("p.run_month", "=", month)
    .where("p.bank_bic", "=", bankBic)
    .orderBy("a.recipient_iin")
    .orderBy("p.for_month")
    .execute();
  return rows.map((r) => ({
    assignmentId: r.assignment_id,
    recipientIin: r.recipient_iin,
    recipientName: r.recipient_name,
    account: r.account,
    paymentType: r.payment_type,
    forMonth: r.for_month,
    kind: r.kind,
    amountTiyn: Number(r.amount_tiyn),
  }));
}

const money = (tiyn: number) =>
  `${tiyn < 0 ? "-" : ""}${Math.floor(Math.abs(tiyn) / 100)}.${String(Math.abs(tiyn) % 100).padStart(2, "0")}`;
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function registerCsv(lines: readonly RegisterLine[]): string {
  const head = "recipient_iin,recipient_name,account,payment_type,for_month,kind,amount_kzt";
  const body = lines.map((l) =>
    [l.recipientIin, l.recipientName, l.account, l.paymentType, l.forMonth, l.kind, money(l.amountTiyn)]
      .map(csvCell)
      .join(","),
  );
  return `${[head, ...body].join("\n")}\n`;
}

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The register as XML (documented in README.md). */
export function registerXml(month: string, bankBic: string, lines: readonly RegisterLine[]): string {
  const total = lines.reduce((s, l) => s + l.amountTiyn, 0);
  const items = lines
    .map(
      (l) =>
        `  <Payment recipientIin="${xml(l.recipientIin)}" account="${xml(l.account)}" type="${xml(l.paymentType)}" forMonth="${l.forMonth}" kind="${l.kind}" amount="${money(l.amountTiyn)}">${xml(l.recipientName)}</Payment>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<PaymentRegister month="${month}" bankBic="${xml(bankBic)}" count="${lines.length}" total="${money(total)}" currency="KZT">\n${items}\n</PaymentRegister>\n`;
}
