/**
 * Opens the database: PostgreSQL through `pg` when a URL is given, otherwise
 * the embedded PGlite (a directory under ./data, or memory for throwaway runs).
 *
 * Two Kysely handles share the driver:
 *  - `admin` runs as the connecting (migrator) role, which owns the schema;
 *  - `db` runs every connection as the application role (`SET ROLE`), which
 *    may read and append history but can neither update nor delete it.
 * Both see one schema through `search_path`, so tests get a fresh schema each.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { CompiledQuery, type DatabaseConnection, Kysely, Migrator, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { MIGRATIONS } from "./migrations/index.ts";
import { PGlitePool } from "./pglite-pool.ts";
import type { Database } from "./tables.ts";

export const APP_ROLE = "qyzmet_app";

export interface StoreOptions {
  /** postgres://… — PostgreSQL; absent: PGlite. */
  url?: string;
  /** PGlite data directory (default ./data/pglite); ignored with `memory` or `url`. */
  dataDir?: string;
  /** PGlite in memory. */
  memory?: boolean;
  /** Schema to live in (default `public`); created if missing. */
  schema?: string;
  /** Pool size for PostgreSQL (default 10). */
  poolSize?: number;
  /** Told when PostgreSQL drops an idle connection (default: ignored; the pool reconnects on next use). */
  onIdleError?: (error: Error) => void;
}

/** How long opening a PostgreSQL connection may take before the query fails as unavailable. */
export const CONNECT_TIMEOUT_MS = 5_000;

export interface Store {
  readonly db: Kysely<Database>;
  readonly admin: Kysely<Database>;
  readonly kind: "postgres" | "pglite";
  readonly schema: string;
  close(): Promise<void>;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

function setSession(schema: string, role: string | null) {
  const statements = [`SET search_path TO "${schema}"`, role ? `SET ROLE ${role}` : "RESET ROLE"];
  return async (connection: DatabaseConnection) => {
    for (const statement of statements) await connection.executeQuery(CompiledQuery.raw(statement));
  };
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? "public";
  if (!IDENT.test(schema)) throw new Error(`bad schema name: ${schema}`);
  if (options.url) {
    // A connection attempt gives up after 5 s (default: never), so a database that is down answers 503
    // instead of holding requests; an idle client that the server drops (restart, failover) emits
    // 'error' on its pool, which must be listened to or it ends the process.
    const poolOptions = { connectionString: options.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS };
    const appPool = new pg.Pool({ ...poolOptions, max: options.poolSize ?? 10 });
    const adminPool = new pg.Pool({ ...poolOptions, max: 2 });
    // A client checked out (between queries of a transaction, or held by Kysely) has no pool listener:
    // each client gets its own, so a reset connection fails its query instead of ending the process.
    const onError = options.onIdleError ?? (() => {});
    for (const pool of [appPool, adminPool]) {
      pool.on("error", onError);
      pool.on("connect", (client) => client.on("error", onError));
    }
    const admin = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: adminPool, onCreateConnection: setSession(schema, null) }),
    });
    await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(admin).catch(ignoreDuplicate);
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: appPool, onCreateConnection: setSession(schema, APP_ROLE) }),
    });
    return {
      db,
      admin,
      kind: "postgres",
      schema,
      async close() {
        await db.destroy();
        await admin.destroy();
      },
    };
  }
  let pglite: PGlite;
  if (options.memory) pglite = await PGlite.create();
  else {
    const dir = options.dataDir ?? "data/pglite";
    mkdirSync(dir, { recursive: true });
    pglite = await PGlite.create(dir);
  }
  const pool = new PGlitePool(pglite);
  const admin = new Kysely<Database>({
    dialect: new PostgresDialect({ pool, onReserveConnection: setSession(schema, null) }),
  });
  await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(admin);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool, onReserveConnection: setSession(schema, APP_ROLE) }),
  });
  return {
    db,
    admin,
    kind: "pglite",
    schema,
    async close() {
      await db.destroy();
      await admin.destroy();
      await pglite.close();
    },
  };
}

function ignoreDuplicate(error: unknown): void {
  // Two processes creating the same schema or role at once: one wins, the other sees 23505/42P06/42710.
  const code = (error as { code?: string }).code;
  if (code !== "23505" && code !== "42P06" && code !== "42710") throw error;
}

/** Brings the schema up to date and (re)grants the application role its rights. */
export async function migrate(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.admin,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableSchema: store.schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  await grantAppRole(store);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

async function grantAppRole(store: Store): Promise<void> {
  const { admin, schema } = store;
  await sql`DO $$ BEGIN CREATE ROLE ${sql.raw(APP_ROLE)} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`
    .execute(admin)
    .catch(ignoreDuplicate);
  const s = sql.id(schema);
  const role = sql.raw(APP_ROLE);
  await sql`GRANT USAGE ON SCHEMA ${s} TO ${role}`.execute(admin);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${role}`.execute(admin);
  await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${role}`.execute(admin);
  // History is append-only for the application: no UPDATE, DELETE or TRUNCATE.
  await sql`REVOKE UPDATE, DELETE, TRUNCATE ON ${s}.events, ${s}.access_log, ${s}.gateway_log, ${s}.gateway_log_checkpoints FROM ${role}`.execute(
    admin,
  );
}

/** Drops the store's schema (tests). */
export async function dropSchema(store: Store): Promise<void> {
  await sql`DROP SCHEMA IF EXISTS ${sql.id(store.schema)} CASCADE`.execute(store.admin);
}
