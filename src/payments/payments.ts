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
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { isBic, isKzIban } from "../core/bank-account.ts";
import { isValidIin } from "../iin/index.ts";
import { addDays, addYears, isIsoDate } from "../registries/dates.ts";
import { lockById } from "../store/lock.ts";
import type { Database, PaymentAccrualsTable, PaymentAssignmentsTable } from "../store/tables.ts";
import type { PaymentScope } from "./access.ts";
import { m, paymentBadInput, paymentNotFound, paymentWrongState } from "./errors.ts";
import { mrpOf } from "./index-table.ts";
import { isPaymentType, PAYMENT_RULES, PAYMENT_TYPES, type PaymentType } from "./rules.ts";

export { PAYMENT_TYPES, type PaymentType };
/** Paid once, in the month of `starts_on` (from PAYMENT_RULES). */
export const ONE_TIME: readonly PaymentType[] = PAYMENT_TYPES.filter(
  (t) => PAYMENT_RULES[t].schedule === "once",
);
/** Paid while the child is under 18 (from PAYMENT_RULES). */
export const UNTIL_18: readonly PaymentType[] = PAYMENT_TYPES.filter((t) => PAYMENT_RULES[t].untilAge === 18);

export type AssignmentRow = Selectable<PaymentAssignmentsTable>;
export type AccrualRow = Selectable<PaymentAccrualsTable>;
type Db = Kysely<Database> | Transaction<Database>;

/** What an assignment may wait for before it is paid. */
export const PENDING = ["account", "child", "term"] as const;
export type Pending = (typeof PENDING)[number];

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const NOT_A_DATE = m("күн қате", "неверная дата", "not a valid date");
const UNKNOWN_TYPE = m("түрі белгісіз", "неизвестный вид", "unknown type");

function checkType(type: unknown): PaymentType {
  if (!isPaymentType(type)) throw paymentBadInput("type", UNKNOWN_TYPE);
  return type;
}

export function checkMonth(month: unknown): string {
  if (typeof month !== "string" || !MONTH.test(month))
    throw paymentBadInput("month", m("ай ЖЖЖЖ-АА болуы керек", "месяц в виде ГГГГ-ММ", "a month YYYY-MM"));
  return month;
}

export function checkBic(bic: unknown, field = "bankBic"): string {
  if (!isBic(bic)) throw paymentBadInput(field, m("БСК қате", "неверный БИК", "not a valid BIC"));
  return bic;
}

function checkAccount(account: unknown): string {
  if (!isKzIban(account))
    throw paymentBadInput(
      "account",
      m(
        "IBAN қате",
        "неверный IBAN (формат или контрольные цифры)",
        "not a valid KZ IBAN (format or check digits)",
      ),
    );
  return account;
}

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
  checkType(input.type);
  if (!isIsoDate(input.effectiveFrom)) throw paymentBadInput("effectiveFrom", NOT_A_DATE);
  if (
    typeof input.coefficient !== "number" ||
    !Number.isFinite(input.coefficient) ||
    input.coefficient < 0 ||
    input.coefficient > 100_000
  )
    throw paymentBadInput(
      "coefficient",
      m("коэффициент қате", "неверный коэффициент", "not a valid coefficient"),
    );
  if (typeof input.source !== "string" || input.source.trim() === "" || input.source.length > 500)
    throw paymentBadInput("source", m("дереккөз қажет", "нужен источник", "a source is required"));
  const values = {
    coefficient_e4: Math.round(input.coefficient * 10_000),
    source: input.source.trim(),
    set_by: input.setBy,
    set_at: input.at,
  };
  await db
    .insertInto("payment_coefficients")
    .values({ payment_type: input.type, effective_from: input.effectiveFrom, ...values })
    .onConflict((oc) => oc.columns(["payment_type", "effective_from"]).doUpdateSet(values))
    .execute();
}

/** The coefficients set, per type and effective date. */
export async function listCoefficients(db: Db) {
  const rows = await db
    .selectFrom("payment_coefficients")
    .selectAll()
    .orderBy("payment_type")
    .orderBy("effective_from")
    .execute();
  return rows.map((r) => ({
    type: r.payment_type,
    effectiveFrom: r.effective_from,
    coefficient: r.coefficient_e4 / 10_000,
    source: r.source,
    setBy: r.set_by,
    setAt: r.set_at,
  }));
}

export interface AssignInput {
  type: PaymentType;
  caseId: string | null;
  /** The child's index in the case's `children` (null: none). */
  caseChild?: number | null;
  recipientIin: string;
  recipientName: string;
  childIin: string | null;
  /** Null for a child's payment: the assignment waits for the child ("child"). */
  childBirthDate: string | null;
  regionCode: string;
  /** Both null: the assignment waits for the account ("account"). */
  bankBic: string | null;
  account: string | null;
  startsOn: string;
  /** Null where the type's term is set by the decision: the assignment waits for it ("term"). */
  termEndsOn: string | null;
  /** The legal source of the entry that assigned it. */
  source?: Record<string, unknown> | null;
  at: Date;
}

/** What the assignment still waits for, from the type's rule and the data given. */
function pendingOf(
  type: PaymentType,
  a: { account: string | null; childBirthDate: string | null; termEndsOn: string | null },
): Pending[] {
  const rule = PAYMENT_RULES[type];
  const out: Pending[] = [];
  if (a.account === null) out.push("account");
  if (rule.perChild && a.childBirthDate === null) out.push("child");
  if (rule.term === "decision" && a.termEndsOn === null) out.push("term");
  return out;
}

/** Records an assignment; what is missing (account, child, term) is recorded as pending, what is given must be valid. */
export async function assignPayment(db: Db, input: AssignInput): Promise<AssignmentRow> {
  const type = checkType(input.type);
  if (!isValidIin(input.recipientIin))
    throw paymentBadInput("recipientIin", m("ЖСН жарамсыз", "недействительный ИИН", "not a valid IIN"));
  const name = typeof input.recipientName === "string" ? input.recipientName.trim() : "";
  if (name === "" || name.length > 700)
    throw paymentBadInput("recipientName", m("аты-жөні қажет", "нужно ФИО", "a full name is required"));
  if (!isIsoDate(input.startsOn)) throw paymentBadInput("startsOn", NOT_A_DATE);
  if (input.childIin !== null && !isValidIin(input.childIin))
    throw paymentBadInput("childIin", m("ЖСН жарамсыз", "недействительный ИИН", "not a valid IIN"));
  if (
    input.childBirthDate !== null &&
    (!isIsoDate(input.childBirthDate) || input.childBirthDate > input.startsOn)
  )
    throw paymentBadInput(
      "childBirthDate",
      m("баланың туған күні қате", "неверная дата рождения ребёнка", "not a valid birth date of the child"),
    );
  if ((input.bankBic === null) !== (input.account === null))
    throw paymentBadInput(
      "account",
      m("БСК мен IBAN бірге беріледі", "БИК и IBAN задаются вместе", "the BIC and the IBAN go together"),
    );
  if (input.bankBic !== null) checkBic(input.bankBic);
  if (input.account !== null) checkAccount(input.account);
  if (input.termEndsOn !== null && (!isIsoDate(input.termEndsOn) || input.termEndsOn < input.startsOn))
    throw paymentBadInput("termEndsOn", m("мерзім қате", "неверный срок", "not a valid term"));
  const region = await db
    .selectFrom("regions")
    .select("code")
    .where("code", "=", input.regionCode)
    .executeTakeFirst();
  if (!region)
    throw paymentBadInput("regionCode", m("өңір белгісіз", "неизвестный регион", "unknown region"));
  return db
    .insertInto("payment_assignments")
    .values({
      id: randomUUID(),
      payment_type: type,
      case_id: input.caseId,
      case_child: input.caseChild ?? null,
      recipient_iin: input.recipientIin,
      recipient_name: name,
      child_iin: input.childIin,
      child_birth_date: input.childBirthDate,
      region_code: input.regionCode,
      bank_bic: input.bankBic,
      account: input.account,
      starts_on: input.startsOn,
      term_ends_on: input.termEndsOn,
      placement_ended_on: null,
      assigned_at: input.at,
      pending: JSON.stringify(pendingOf(type, input)),
      source: input.source ? JSON.stringify(input.source) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface CompleteInput {
  /** The account paid to (given together); may also change the account of a complete assignment. */
  bankBic?: string;
  account?: string;
  /** The child, while the assignment waits for it. */
  childIin?: string | null;
  childBirthDate?: string;
  /** The end of the decision's term, while the assignment waits for it. */
  termEndsOn?: string;
  by: string;
  at: Date;
}

/**
 * Staff give what an assignment waits for: the next run pays the months since `starts_on`
 * as arrears. Child and term only while pending; the account at any time (a change of bank
 * applies to accruals from then on). Nothing changes unless every field given is valid.
 */
export async function completeAssignment(
  trx: Transaction<Database>,
  id: string,
  input: CompleteInput,
): Promise<AssignmentRow> {
  const a = await lockById(trx, "payment_assignments", id);
  if (!a) throw paymentNotFound(id);
  const pending = new Set(a.pending as Pending[]);
  const set: {
    bank_bic?: string;
    account?: string;
    child_iin?: string | null;
    child_birth_date?: string;
    term_ends_on?: string;
  } = {};
  if ((input.bankBic === undefined) !== (input.account === undefined))
    throw paymentBadInput(
      "account",
      m("БСК мен IBAN бірге беріледі", "БИК и IBAN задаются вместе", "the BIC and the IBAN go together"),
    );
  if (input.bankBic !== undefined && input.account !== undefined) {
    set.bank_bic = checkBic(input.bankBic);
    set.account = checkAccount(input.account);
    pending.delete("account");
  }
  if (input.childBirthDate !== undefined || input.childIin !== undefined) {
    if (!pending.has("child")) throw paymentWrongState(id, "child", [...pending]);
    if (!isIsoDate(input.childBirthDate) || input.childBirthDate > a.starts_on)
      throw paymentBadInput(
        "childBirthDate",
        m("баланың туған күні қате", "неверная дата рождения ребёнка", "not a valid birth date of the child"),
      );
    const childIin = input.childIin ?? null;
    if (childIin !== null && !isValidIin(childIin))
      throw paymentBadInput("childIin", m("ЖСН жарамсыз", "недействительный ИИН", "not a valid IIN"));
    set.child_birth_date = input.childBirthDate;
    set.child_iin = childIin;
    pending.delete("child");
  }
  if (input.termEndsOn !== undefined) {
    if (!pending.has("term")) throw paymentWrongState(id, "termEndsOn", [...pending]);
    if (!isIsoDate(input.termEndsOn) || input.termEndsOn < a.starts_on)
      throw paymentBadInput("termEndsOn", m("мерзім қате", "неверный срок", "not a valid term"));
    set.term_ends_on = input.termEndsOn;
    pending.delete("term");
  }
  if (Object.keys(set).length === 0)
    throw paymentBadInput("body", m("дерек берілмеген", "ничего не задано", "nothing given"));
  return trx
    .updateTable("payment_assignments")
    .set({
      ...set,
      pending: JSON.stringify(PENDING.filter((p) => pending.has(p))),
      completed_by: input.by,
      completed_at: input.at,
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface AssignmentFilter {
  type?: PaymentType;
  regionCode?: string;
  caseId?: string;
  /** true: only those waiting for something; false: only complete ones. */
  pending?: boolean;
  limit?: number;
}

/** Assignments by filter, within `scope` (all when not given). */
export async function listAssignments(
  db: Db,
  filter: AssignmentFilter = {},
  scope: PaymentScope = { kind: "all" },
): Promise<AssignmentRow[]> {
  let q = scoped(db, scope)
    .selectAll()
    .orderBy("assigned_at")
    .orderBy("id")
    .limit(Math.min(Math.max(filter.limit ?? 200, 1), 1000));
  if (filter.type) q = q.where("payment_type", "=", checkType(filter.type));
  if (filter.regionCode) q = q.where("region_code", "=", filter.regionCode);
  if (filter.caseId) q = q.where("case_id", "=", filter.caseId);
  if (filter.pending === true) q = q.where(sql<boolean>`jsonb_array_length(pending) > 0`);
  if (filter.pending === false) q = q.where(sql<boolean>`jsonb_array_length(pending) = 0`);
  return q.execute();
}

/** payment_assignments restricted to a scope (access.ts): a region, or the cases of one provider. */
function scoped(db: Db, scope: PaymentScope) {
  const q = db.selectFrom("payment_assignments");
  switch (scope.kind) {
    case "all":
      return q;
    case "region":
      return q.where("region_code", "=", scope.regionCode);
    case "provider":
      return q.where(
        "case_id",
        "in",
        db.selectFrom("cases").select("id").where("provider_id", "=", scope.providerId),
      );
    case "none":
      return q.where(sql<boolean>`false`);
  }
}

/** One assignment within `scope`, or null. */
export async function findAssignment(db: Db, id: string, scope: PaymentScope = { kind: "all" }) {
  return (await scoped(db, scope).selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

/** The ground ends (placement ended, guardianship terminated): later months stop, months paid after it are recovered. */
export async function endGround(db: Db, assignmentId: string, endedOn: string): Promise<void> {
  if (!isIsoDate(endedOn)) throw paymentBadInput("endedOn", NOT_A_DATE);
  const r = await db
    .updateTable("payment_assignments")
    .set({ placement_ended_on: endedOn })
    .where("id", "=", assignmentId)
    .executeTakeFirst();
  if (r.numUpdatedRows === 0n) throw paymentNotFound(assignmentId);
}

/** The first day on which the ground no longer holds, or null. */
export function groundEnd(a: AssignmentRow): string | null {
  const rule = isPaymentType(a.payment_type) ? PAYMENT_RULES[a.payment_type] : null;
  const ends: string[] = [];
  if (rule?.untilAge && a.child_birth_date) ends.push(addYears(a.child_birth_date, rule.untilAge));
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
  if (isPaymentType(a.payment_type) && PAYMENT_RULES[a.payment_type].schedule === "once")
    return a.starts_on.slice(0, 7) === month;
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
  /** Regular accruals written by this run (the month's and arrears). */
  accrued: number;
  /** Of those, for earlier months (arrears). */
  arrears: number;
  /** Negative accruals recovering months paid after the ground ended. */
  recovered: number;
  /** The signed sum written by this run, in tiyn. */
  totalTiyn: number;
  /** Assignments skipped because no coefficient (or no МРП) is configured for a month of their type. */
  unconfigured: string[];
  /** Assignments not paid because they wait for an account, a child or a term. */
  pending: { id: string; missing: string[] }[];
}

type Accrual = Omit<AccrualRow, "id" | "created_at" | "basis" | "account"> & {
  basis: Record<string, unknown>;
};

async function writeAccrual(
  trx: Transaction<Database>,
  a: AssignmentRow,
  x: Accrual,
  at: Date,
): Promise<boolean> {
  const row = await trx
    .insertInto("payment_accruals")
    .values({
      ...x,
      id: randomUUID(),
      basis: JSON.stringify(x.basis),
      account: a.account,
      created_at: at,
    })
    .onConflict((oc) => oc.columns(["assignment_id", "for_month", "kind"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** The monthly accrual run for `month`. Idempotent; safe to run in two processes at once. */
export async function runMonth(db: Kysely<Database>, month: string, at: Date): Promise<RunResult> {
  checkMonth(month);
  const result: RunResult = {
    month,
    accrued: 0,
    arrears: 0,
    recovered: 0,
    totalTiyn: 0,
    unconfigured: [],
    pending: [],
  };
  const assignments = await db
    .selectFrom("payment_assignments")
    .selectAll()
    .where("starts_on", "<=", `${month}-31`)
    .orderBy("id")
    .execute();
  for (const a of assignments) {
    const missing = a.pending as string[];
    if (missing.length > 0 || a.bank_bic === null) {
      result.pending.push({ id: a.id, missing: missing.length > 0 ? missing : ["account"] });
      continue;
    }
    const bic = a.bank_bic;
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
          const basis = {
            coefficient: coef.coefficient_e4 / 10_000,
            coefficientSource: coef.source,
            mrp: index.mrp,
            mrpLaw: index.law,
            mrpCertain: index.certain,
          };
          const x = { assignment_id: a.id, for_month: fm, kind: "regular" as const, run_month: month };
          if (
            await writeAccrual(
              trx,
              a,
              { ...x, arrears: fm < month, amount_tiyn: amount, basis, bank_bic: bic },
              at,
            )
          ) {
            result.accrued++;
            if (fm < month) result.arrears++;
            result.totalTiyn += amount;
          }
        } else if (regular && !paid.some((p) => p.for_month === fm && p.kind === "recovery")) {
          const x = { assignment_id: a.id, for_month: fm, kind: "recovery" as const, run_month: month };
          const basis = { recovers: regular.id, groundEnd: groundEnd(a) };
          const amount = -Number(regular.amount_tiyn);
          if (
            await writeAccrual(
              trx,
              a,
              { ...x, arrears: false, amount_tiyn: amount, basis, bank_bic: bic },
              at,
            )
          ) {
            result.recovered++;
            result.totalTiyn += amount;
          }
        }
      }
    });
  }
  return result;
}

/** Payments per type and month (`for_month`): regular count and sum, recoveries, in tiyn (issue 8 item 6). */
export async function paymentsByTypeAndMonth(
  db: Db,
  range: { from?: string; to?: string } = {},
  scope: PaymentScope = { kind: "all" },
): Promise<{ type: string; month: string; payments: number; paidTiyn: number; recoveredTiyn: number }[]> {
  let q = db
    .selectFrom("payment_accruals as p")
    .innerJoin("payment_assignments as a", "a.id", "p.assignment_id")
    .select([
      "a.payment_type",
      "p.for_month",
      sql<string>`count(*) FILTER (WHERE p.kind = 'regular')`.as("payments"),
      sql<string>`coalesce(sum(p.amount_tiyn) FILTER (WHERE p.kind = 'regular'), 0)`.as("paid"),
      sql<string>`coalesce(sum(p.amount_tiyn) FILTER (WHERE p.kind = 'recovery'), 0)`.as("recovered"),
    ])
    .groupBy(["a.payment_type", "p.for_month"])
    .orderBy("a.payment_type")
    .orderBy("p.for_month");
  if (scope.kind === "region") q = q.where("a.region_code", "=", scope.regionCode);
  else if (scope.kind !== "all") q = q.where(sql<boolean>`false`);
  if (range.from !== undefined) q = q.where("p.for_month", ">=", checkMonth(range.from));
  if (range.to !== undefined) q = q.where("p.for_month", "<=", checkMonth(range.to));
  return (await q.execute()).map((r) => ({
    type: r.payment_type,
    month: r.for_month,
    payments: Number(r.payments),
    paidTiyn: Number(r.paid),
    recoveredTiyn: Number(r.recovered),
  }));
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
  checkMonth(month);
  checkBic(bankBic, "bic");
  const rows = await db
    .selectFrom("payment_accruals as p")
    .innerJoin("payment_assignments as a", "a.id", "p.assignment_id")
    .select([
      "p.assignment_id",
      "a.recipient_iin",
      "a.recipient_name",
      sql<string>`coalesce(p.account, a.account, '')`.as("account"),
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
