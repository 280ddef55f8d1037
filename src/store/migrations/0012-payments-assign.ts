/**
 * Payment assignments created by the paying services' decisions (src/payments,
 * issue 8): an assignment may wait for what the case did not carry — the bank
 * account (`bank_bic`, `account` null) or the child (`child_birth_date` null
 * for a child's payment) — listed in `pending`; the monthly run pays nothing
 * for it until staff complete it, then pays the months since `starts_on` as
 * arrears. `source` is the legal source of the entry that created it;
 * `case_child` the child's index in the case, so a case closing twice (or two
 * hooks at once) never assigns one child twice. An accrual keeps the account it
 * was paid to (`payment_accruals.account`), so a later change of account does
 * not rewrite a register already produced.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("payment_assignments")
    .alterColumn("bank_bic", (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable("payment_assignments")
    .alterColumn("account", (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable("payment_assignments")
    .addColumn("pending", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("source", "jsonb")
    .addColumn("case_child", "integer")
    .addColumn("completed_by", "text")
    .addColumn("completed_at", "timestamptz")
    .execute();
  await sql`ALTER TABLE payment_assignments ADD CONSTRAINT payment_assignments_account_pair
    CHECK ((bank_bic IS NULL) = (account IS NULL))`.execute(db);
  await sql`CREATE UNIQUE INDEX payment_assignments_case_child
    ON payment_assignments (case_id, payment_type, (COALESCE(case_child, -1)))
    WHERE case_id IS NOT NULL`.execute(db);
  await db.schema.alterTable("payment_accruals").addColumn("account", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("payment_accruals").dropColumn("account").execute();
  await sql`DROP INDEX payment_assignments_case_child`.execute(db);
  await sql`ALTER TABLE payment_assignments DROP CONSTRAINT payment_assignments_account_pair`.execute(db);
  await db.schema
    .alterTable("payment_assignments")
    .dropColumn("pending")
    .dropColumn("source")
    .dropColumn("case_child")
    .dropColumn("completed_by")
    .dropColumn("completed_at")
    .execute();
}
