/**
 * A `pg.Pool`-shaped adapter over one PGlite instance, so that Kysely's own
 * PostgresDialect drives the embedded database exactly as it drives a server.
 * PGlite is a single connection: the pool hands it to one holder at a time
 * (a FIFO mutex), so a Kysely transaction owns it from BEGIN to COMMIT.
 *
 * Written here instead of depending on `kysely-pglite`, which pulls a code
 * generator and a CLI framework (oclif, chokidar, …) into production installs.
 */
import type { PGlite } from "@electric-sql/pglite";
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";

export class PGlitePool implements PostgresPool {
  readonly #db: PGlite;
  #tail: Promise<void> = Promise.resolve();

  constructor(db: PGlite) {
    this.#db = db;
  }

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    await previous;
    const db = this.#db;
    let released = false;
    const client = {
      async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        const result = await db.query<R>(sql, parameters as unknown[]);
        const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "SELECT";
        return {
          command: command as PostgresQueryResult<R>["command"],
          rowCount: result.affectedRows ?? result.rows.length,
          rows: result.rows,
        };
      },
      release(): void {
        if (!released) {
          released = true;
          release();
        }
      },
    };
    return client as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.#tail;
  }
}
