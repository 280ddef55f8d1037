/**
 * The registries (src/registries) and payments (src/payments): the republican
 * data bank of children and candidates, placements, adoption agencies with
 * their incidents, guardianship orders with the relatives' training term,
 * reminders; payment assignments, the coefficients an administrator sets, and
 * the accruals of the monthly run. One accrual per (assignment, month, kind) is
 * a unique key, so two runs at once still pay once.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("registry_children")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("iin", "text", (c) => c.unique())
    .addColumn("full_name", "text", (c) => c.notNull())
    .addColumn("birth_date", "text", (c) => c.notNull())
    .addColumn("sex", "text", (c) => c.notNull().check(sql`sex IN ('m', 'f')`))
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .check(
          sql`status IN ('available_adoption', 'available_guardianship', 'available_foster', 'available_patronage', 'placed', 'returned')`,
        ),
    )
    .addColumn("profile", "jsonb", (c) => c.notNull())
    .addColumn("registered_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("registry_children_region")
    .on("registry_children")
    .columns(["region_code", "status"])
    .execute();

  await db.schema
    .createTable("registry_candidates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("iin", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind IN ('adopter', 'guardian', 'foster_family', 'patronage_educator')`),
    )
    .addColumn("full_name", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("provider_id", "text", (c) => c.references("providers.id"))
    .addColumn("conclusion", "text", (c) => c.notNull().check(sql`conclusion IN ('positive', 'negative')`))
    .addColumn("conclusion_case_id", "text", (c) => c.references("cases.id"))
    .addColumn("concluded_on", "text", (c) => c.notNull())
    .addColumn("valid_until", "text")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("registry_candidates_iin_kind", ["iin", "kind"])
    .execute();

  await db.schema
    .createTable("registry_placements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("child_id", "text", (c) => c.notNull().references("registry_children.id"))
    .addColumn("candidate_id", "text", (c) => c.notNull().references("registry_candidates.id"))
    .addColumn("form", "text", (c) =>
      c.notNull().check(sql`form IN ('adoption', 'guardianship', 'foster', 'patronage')`),
    )
    .addColumn("stage", "text", (c) => c.notNull().check(sql`stage IN ('selected', 'placed', 'ended')`))
    .addColumn("selected_at", "timestamptz", (c) => c.notNull())
    .addColumn("placed_on", "text")
    .addColumn("ended_on", "text")
    .addColumn("document", "text")
    .addColumn("case_id", "text", (c) => c.references("cases.id"))
    .execute();
  // At most one live placement (selected or placed) per child.
  await sql`CREATE UNIQUE INDEX registry_placements_live ON registry_placements (child_id)
    WHERE stage IN ('selected', 'placed')`.execute(db);

  await db.schema
    .createTable("adoption_agencies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("accredited_on", "text", (c) => c.notNull())
    .addColumn("expires_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status IN ('accredited', 'withdrawn')`))
    .addColumn("undertakings", "jsonb", (c) => c.notNull())
    .addColumn("case_id", "text", (c) => c.references("cases.id"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("agency_incidents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("agency_id", "text", (c) => c.notNull().references("adoption_agencies.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull())
    .addColumn("reported_at", "timestamptz", (c) => c.notNull())
    .addColumn("late", "boolean", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("guardianship_orders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("provider_id", "text", (c) => c.notNull().references("providers.id"))
    .addColumn("child_id", "text", (c) => c.notNull().references("registry_children.id"))
    .addColumn("guardian_iin", "text", (c) => c.notNull())
    .addColumn("form", "text", (c) => c.notNull().check(sql`form IN ('guardianship', 'foster')`))
    .addColumn("order_date", "text", (c) => c.notNull())
    .addColumn("relative_without_training", "boolean", (c) => c.notNull())
    .addColumn("training_due", "text")
    .addColumn("training_done_on", "text")
    .addColumn("ended_on", "text")
    .addUniqueConstraint("guardianship_orders_number", ["provider_id", "number"])
    .execute();

  await db.schema
    .createTable("registry_reminders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("text", "jsonb", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addUniqueConstraint("registry_reminders_once", ["kind", "subject_id", "due_on"])
    .execute();

  await db.schema
    .createTable("registry_settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "jsonb", (c) => c.notNull())
    .addColumn("set_by", "text", (c) => c.notNull())
    .addColumn("set_at", "timestamptz", (c) => c.notNull())
    .execute();

  // ---- payments
  await db.schema
    .createTable("payment_coefficients")
    .addColumn("payment_type", "text", (c) => c.notNull())
    .addColumn("effective_from", "text", (c) => c.notNull())
    .addColumn("coefficient_e4", "integer", (c) => c.notNull().check(sql`coefficient_e4 >= 0`))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("set_by", "text", (c) => c.notNull())
    .addColumn("set_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("payment_coefficients_pk", ["payment_type", "effective_from"])
    .execute();

  await db.schema
    .createTable("payment_assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("payment_type", "text", (c) => c.notNull())
    .addColumn("case_id", "text", (c) => c.references("cases.id"))
    .addColumn("recipient_iin", "text", (c) => c.notNull())
    .addColumn("recipient_name", "text", (c) => c.notNull())
    .addColumn("child_iin", "text")
    .addColumn("child_birth_date", "text")
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("bank_bic", "text", (c) => c.notNull())
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("term_ends_on", "text")
    .addColumn("placement_ended_on", "text")
    .addColumn("assigned_at", "timestamptz", (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX payment_assignments_case ON payment_assignments (case_id, payment_type, child_iin)
    WHERE case_id IS NOT NULL`.execute(db);

  await db.schema
    .createTable("payment_accruals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("assignment_id", "text", (c) => c.notNull().references("payment_assignments.id"))
    .addColumn("for_month", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind IN ('regular', 'recovery')`))
    .addColumn("run_month", "text", (c) => c.notNull())
    .addColumn("arrears", "boolean", (c) => c.notNull())
    .addColumn("amount_tiyn", "integer", (c) => c.notNull())
    .addColumn("basis", "jsonb", (c) => c.notNull())
    .addColumn("bank_bic", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("payment_accruals_once", ["assignment_id", "for_month", "kind"])
    .execute();
  await db.schema
    .createIndex("payment_accruals_run")
    .on("payment_accruals")
    .columns(["run_month", "bank_bic"])
    .execute();
}
