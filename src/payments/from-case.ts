/**
 * A paying service's decision becomes payment assignments: `assignFromCase`
 * runs in the closing transaction (the engine's afterClose hook, through
 * `registryAfterClose`). What the case carries, and where it comes from:
 *  - the recipient: the applicant (IIN and name of the case's `applicant`);
 *  - the children: the case's `children` (IIN when given, birth date — always
 *    given at intake), one assignment per child where the rule is per child;
 *    a child's payment whose case names no child waits for one ("child");
 *  - the account: the form's structured `bankAccount` {bic, iban}, checked at
 *    intake (engine/intake-input.ts); without it the assignment waits for the
 *    account ("account") and the run reports it;
 *  - the start: the day the application was registered, or of the decision
 *    (PAYMENT_RULES[type].starts); the end follows from the data: the child's
 *    18th birthday, the decision's term (entered by staff: "term").
 * Nothing here branches on a service code: PAYMENT_RULES is the table.
 */
import type { Transaction } from "kysely";
import { isBic, isKzIban } from "../core/bank-account.ts";
import { isValidIin } from "../iin/index.ts";
import { isIsoDate, localDate } from "../registries/dates.ts";
import type { CaseRow, Database } from "../store/tables.ts";
import { type AssignmentRow, assignPayment } from "./payments.ts";
import { isPaymentType, PAYMENT_RULES } from "./rules.ts";

interface CaseChild {
  iin?: string;
  fullName?: string;
  birthDate?: string;
}

/** The applicant's name as the case holds it (Person: surname, given name, patronymic). */
export function applicantName(c: Pick<CaseRow, "applicant" | "applicant_iin">): string {
  const a = c.applicant as {
    fullName?: string;
    surname?: string;
    givenName?: string;
    patronymic?: string;
  } | null;
  const name = a?.fullName ?? [a?.surname, a?.givenName, a?.patronymic].filter(Boolean).join(" ");
  return name.trim() !== "" ? name.trim() : c.applicant_iin;
}

/** The form's bank account, when it is well formed (intake refuses a malformed one). */
function accountOf(form: Record<string, unknown>): { bic: string; iban: string } | null {
  const b = form.bankAccount as { bic?: unknown; iban?: unknown } | undefined;
  return b && isBic(b.bic) && isKzIban(b.iban) ? { bic: b.bic, iban: b.iban } : null;
}

/**
 * The assignments of an issued case of a paying service (none for another service or
 * another outcome). Idempotent: a case already assigned gets nothing new.
 */
export async function assignFromCase(trx: Transaction<Database>, c: CaseRow): Promise<AssignmentRow[]> {
  if (c.status !== "issued" || !isPaymentType(c.service_code)) return [];
  const type = c.service_code;
  const rule = PAYMENT_RULES[type];
  const already = await trx
    .selectFrom("payment_assignments")
    .select("id")
    .where("case_id", "=", c.id)
    .where("payment_type", "=", type)
    .executeTakeFirst();
  if (already) return [];
  const decidedAt = c.ended_at ?? c.updated_at;
  const startsOn = localDate(rule.starts === "decision" ? decidedAt : c.submitted_at);
  const account = accountOf((c.form ?? {}) as Record<string, unknown>);
  const source = {
    sources: rule.sources,
    accountDocument: rule.accountDocument,
    note: rule.note,
    caseId: c.id,
  };
  const children = ((c.children ?? []) as CaseChild[]).filter((ch) => isIsoDate(ch.birthDate));
  const slots: { index: number | null; child: CaseChild | null }[] = rule.perChild
    ? children.length > 0
      ? children.map((child, index) => ({ index, child }))
      : [{ index: null, child: null }]
    : [{ index: null, child: null }];
  const out: AssignmentRow[] = [];
  for (const { index, child } of slots) {
    const birth = child?.birthDate ?? null;
    out.push(
      await assignPayment(trx, {
        type,
        caseId: c.id,
        caseChild: index,
        recipientIin: c.applicant_iin,
        recipientName: applicantName(c),
        childIin: child?.iin && isValidIin(child.iin) ? child.iin : null,
        // A birth date after the start cannot be the child's (assignPayment refuses it): wait for staff.
        childBirthDate: birth !== null && birth <= startsOn ? birth : null,
        regionCode: c.region_code,
        bankBic: account?.bic ?? null,
        account: account?.iban ?? null,
        startsOn,
        termEndsOn: null,
        source,
        at: decidedAt,
      }),
    );
  }
  return out;
}
