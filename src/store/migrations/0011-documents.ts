/**
 * Outgoing documents (src/documents): every result and reasoned refusal as the
 * exact PDF bytes that were signed, its SHA-256, the detached CMS signature and
 * who signed, with the provider's gap-free outgoing number. Once written, the
 * bytes, hash and number never change (trigger): a document is prepared,
 * signed, or cancelled (kept in the journal, its number never reused), and never
 * deleted.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("provider_id", "text", (c) => c.notNull().references("providers.id"))
    .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose IN ('result', 'refusal')`))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull().check(sql`lang IN ('kk', 'ru', 'en')`))
    .addColumn("number", "text", (c) => c.notNull().unique())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("title", "jsonb", (c) => c.notNull())
    .addColumn("facts", "jsonb", (c) => c.notNull())
    .addColumn("pdf", "bytea", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status IN ('prepared', 'signed', 'cancelled')`))
    .addColumn("signature", "bytea")
    .addColumn("signer", "jsonb")
    .addColumn("signed_at", "timestamptz")
    .addColumn("sealed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("prepared_at", "timestamptz", (c) => c.notNull())
    .addColumn("prepared_by", "text", (c) => c.notNull())
    .addUniqueConstraint("documents_provider_year_seq", ["provider_id", "year", "seq"])
    .execute();
  await db.schema.createIndex("documents_case").on("documents").columns(["case_id", "status"]).execute();
  await sql`CREATE UNIQUE INDEX documents_one_signed ON documents (case_id, purpose) WHERE status = 'signed'`.execute(
    db,
  );
  // The signed bytes, their hash and the number are fixed once written; a signed document stays signed.
  await sql`CREATE FUNCTION qyzmet_documents_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'documents are never deleted' USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF NEW.pdf IS DISTINCT FROM OLD.pdf OR NEW.sha256 IS DISTINCT FROM OLD.sha256
         OR NEW.number IS DISTINCT FROM OLD.number OR NEW.case_id IS DISTINCT FROM OLD.case_id
         OR (OLD.status = 'signed' AND (NEW.status <> 'signed' OR NEW.signature IS DISTINCT FROM OLD.signature))
         OR OLD.status = 'cancelled' THEN
        RAISE EXCEPTION 'an issued document does not change' USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER documents_guard BEFORE UPDATE OR DELETE ON documents
      FOR EACH ROW EXECUTE FUNCTION qyzmet_documents_guard()`.execute(db);
  await sql`CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
      FOR EACH STATEMENT EXECUTE FUNCTION qyzmet_append_only()`.execute(db);
}
