/**
 * The first schema: organisation, cases and tasks, history, monitoring outbox,
 * complaints. Later changes are new files; a shipped migration never changes.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  const now = sql`now()`;
  // ---- org
  await db.schema
    .createTable("regions")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("kato", "text", (c) => c.notNull())
    .addColumn("name", "jsonb", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("districts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("kato", "text", (c) => c.notNull())
    .addColumn("name", "jsonb", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("providers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("district_id", "text", (c) => c.references("districts.id"))
    .addColumn("bin", "text", (c) => c.notNull())
    .addColumn("name", "jsonb", (c) => c.notNull())
    .addColumn("address", "jsonb", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("providers_region").on("providers").columns(["region_code", "kind"]).execute();
  await db.schema
    .createTable("staff")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("login", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("full_name", "text", (c) => c.notNull())
    .addColumn("iin", "text", (c) => c.notNull())
    .addColumn("provider_id", "text", (c) => c.references("providers.id"))
    .addColumn("region_code", "text", (c) => c.references("regions.code"))
    .addColumn("roles", "jsonb", (c) => c.notNull())
    .addColumn("failed_logins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", "timestamptz")
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("staff_provider").on("staff").column("provider_id").execute();
  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("staff_id", "text", (c) => c.notNull().references("staff.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("citizens")
    .addColumn("iin", "text", (c) => c.primaryKey())
    .addColumn("surname", "text", (c) => c.notNull())
    .addColumn("given_name", "text", (c) => c.notNull())
    .addColumn("patronymic", "text")
    .addColumn("birth_date", "text", (c) => c.notNull())
    .addColumn("sex", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("district_id", "text")
    .addColumn("phone", "text")
    .addColumn("address", "text", (c) => c.notNull())
    .execute();

  // ---- engine
  await db.schema
    .createTable("number_sequences")
    .addColumn("provider_id", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("last", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("number_sequences_pk", ["provider_id", "year", "kind"])
    .execute();
  await db.schema
    .createTable("cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("incoming_number", "text", (c) => c.unique())
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("service_code", "text", (c) => c.notNull())
    .addColumn("version_id", "text", (c) => c.notNull())
    .addColumn("procedure_id", "text", (c) => c.notNull())
    .addColumn("variant", "text")
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("district_id", "text")
    .addColumn("provider_id", "text", (c) => c.notNull().references("providers.id"))
    .addColumn("intake_office_id", "text", (c) => c.references("providers.id"))
    .addColumn("applicant_iin", "text", (c) => c.notNull())
    .addColumn("applicant", "jsonb", (c) => c.notNull())
    .addColumn("representative", "jsonb")
    .addColumn("children", "jsonb", (c) => c.notNull())
    .addColumn("form", "jsonb", (c) => c.notNull())
    .addColumn("documents", "jsonb", (c) => c.notNull())
    .addColumn("has_child_data", "boolean", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("cursor", "text")
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull())
    .addColumn("term_start", "timestamptz", (c) => c.notNull())
    .addColumn("deadline", "timestamptz")
    .addColumn("term", "jsonb", (c) => c.notNull())
    .addColumn("outputs", "jsonb", (c) => c.notNull())
    .addColumn("preliminary_refusal", "jsonb")
    .addColumn("hearing", "jsonb")
    .addColumn("outcome", "jsonb")
    .addColumn("clock", "jsonb", (c) => c.notNull())
    .addColumn("ended_at", "timestamptz")
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("cases_provider_status")
    .on("cases")
    .columns(["provider_id", "status"])
    .execute();
  await db.schema
    .createIndex("cases_region_deadline")
    .on("cases")
    .columns(["region_code", "deadline"])
    .execute();
  await db.schema.createIndex("cases_applicant").on("cases").column("applicant_iin").execute();
  await db.schema
    .createTable("tasks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("step_id", "text", (c) => c.notNull())
    .addColumn("step_n", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("org_id", "text", (c) => c.notNull().references("providers.id"))
    .addColumn("assignee_id", "text", (c) => c.references("staff.id"))
    .addColumn("started_at", "timestamptz", (c) => c.notNull())
    .addColumn("due_at", "timestamptz", (c) => c.notNull())
    .addColumn("done_at", "timestamptz")
    .addColumn("done_by", "text")
    .addColumn("outcome", "text")
    .addColumn("overdue_at", "timestamptz")
    .addColumn("overdue_holder_id", "text")
    .execute();
  await db.schema.createIndex("tasks_case").on("tasks").column("case_id").execute();
  // The inbox: open tasks of an organisation and role, by due time.
  await sql`CREATE INDEX tasks_open_inbox ON tasks (org_id, role, due_at) WHERE done_at IS NULL`.execute(db);
  // The overdue scan: open tasks past due not yet marked.
  await sql`CREATE INDEX tasks_open_due ON tasks (due_at) WHERE done_at IS NULL AND overdue_at IS NULL`.execute(
    db,
  );
  await db.schema
    .createTable("notifications")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("staff_id", "text")
    .addColumn("citizen_iin", "text")
    .addColumn("case_id", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("read_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("notifications_staff")
    .on("notifications")
    .columns(["staff_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("notifications_citizen")
    .on("notifications")
    .columns(["citizen_iin", "created_at"])
    .execute();

  // ---- history
  await db.schema
    .createTable("events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_role", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addUniqueConstraint("events_case_seq", ["case_id", "seq"])
    .execute();
  await db.schema
    .createTable("access_log")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("staff_id", "text")
    .addColumn("citizen_iin", "text")
    .addColumn("case_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("allowed", "boolean", (c) => c.notNull())
    .addColumn("detail", "jsonb", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("access_log_case").on("access_log").columns(["case_id", "at"]).execute();
  // Append-only, whoever connects: history rows are never changed or removed.
  await sql`CREATE FUNCTION qyzmet_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`.execute(
    db,
  );
  for (const table of ["events", "access_log"]) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION qyzmet_append_only()`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION qyzmet_append_only()`.execute(db);
  }

  // ---- monitoring
  await db.schema
    .createTable("outbox")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("message_id", "text", (c) => c.notNull().unique())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("case_id", "text")
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull())
    .addColumn("delivered_at", "timestamptz")
    .addColumn("last_error", "text")
    .execute();
  await sql`CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL`.execute(db);
  await db.schema
    .createTable("technical_failures")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("error", "text", (c) => c.notNull())
    .addColumn("protocol", "jsonb", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("monitoring_inbox")
    .addColumn("message_id", "text", (c) => c.primaryKey())
    .addColumn("received_at", "timestamptz", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .execute();

  // ---- complaints
  await db.schema
    .createTable("complaints")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("number", "text", (c) => c.notNull().unique())
    .addColumn("case_id", "text", (c) => c.references("cases.id"))
    .addColumn("provider_id", "text", (c) => c.notNull().references("providers.id"))
    .addColumn("complainant_iin", "text", (c) => c.notNull())
    .addColumn("complainant_name", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("reviewer", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("registered_at", "timestamptz", (c) => c.notNull())
    .addColumn("forward_due", "timestamptz", (c) => c.notNull())
    .addColumn("review_due", "timestamptz", (c) => c.notNull())
    .addColumn("forwarded_at", "timestamptz")
    .addColumn("decided_at", "timestamptz")
    .addColumn("decision", "jsonb")
    .execute();
}
