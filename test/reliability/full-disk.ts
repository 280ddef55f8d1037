/**
 * A full disk for one throwaway database, without touching the shared cluster's own disk: its tables
 * and indexes are moved to a tablespace on a small tmpfs, which `fill()` then occupies to the last
 * byte (PostgreSQL's WAL stays on the cluster's disk, as on a server whose data volume fills up).
 * Needs root (mount, chown) and a PostgreSQL on this machine; `fullDiskSkip` says why not otherwise.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmdirSync, rmSync, statfsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import type { Database } from "../../src/store/tables.ts";

/** false when the test can run; else the reason it is skipped. */
export function fullDiskSkip(cluster: URL | null): string | false {
  if (!cluster) return "needs TEST_DATABASE_URL (PostgreSQL)";
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(cluster.hostname))
    return "needs a PostgreSQL on this machine (its tablespace is a local tmpfs)";
  if (process.getuid?.() !== 0) return "needs root (mount -t tmpfs, chown)";
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
  } catch {
    return "needs the postgres system user (who owns the tablespace's folder)";
  }
  return false;
}

export interface FullDisk {
  /** Occupies every free byte of the tablespace's volume. */
  fill(): void;
  /** Frees what `fill` took. */
  free(): void;
  /** Free bytes on the volume now. */
  available(): number;
  /** Drops the tablespace (after the database that used it) and unmounts the volume. */
  remove(): Promise<void>;
}

/**
 * Mounts a tmpfs of `sizeMb`, makes it a tablespace and moves every table and index of the database
 * behind `db` there. Throws (with the command's message) when the machine does not allow a mount.
 */
export async function fullDiskFor(cluster: URL, db: Kysely<Database>, sizeMb = 256): Promise<FullDisk> {
  const dir = mkdtempSync(join(tmpdir(), "qyzmet-full-disk-"));
  const name = `rel_full_${process.pid}_${randomBytes(3).toString("hex")}`;
  const filler = join(dir, "filler");
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeMb}m`, "tmpfs", dir]);
  const unmount = () => {
    execFileSync("umount", [dir]);
    rmdirSync(dir);
  };
  try {
    execFileSync("chown", ["postgres:postgres", dir]);
    const admin = new pg.Client({ connectionString: cluster.href });
    await admin.connect();
    try {
      await admin.query(`CREATE TABLESPACE ${name} LOCATION '${dir}'`);
    } finally {
      await admin.end();
    }
    await sql.raw(`ALTER TABLE ALL IN TABLESPACE pg_default SET TABLESPACE ${name}`).execute(db);
    await sql.raw(`ALTER INDEX ALL IN TABLESPACE pg_default SET TABLESPACE ${name}`).execute(db);
  } catch (error) {
    unmount();
    throw error;
  }
  const free = () => {
    for (let i = 0; i < 10; i++) rmSync(`${filler}-${i}`, { force: true });
  };
  const available = () => {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  };
  return {
    fill() {
      // PostgreSQL may take a page between the measure and the allocation: fill what is left again.
      for (let i = 0; i < 10 && available() > 0; i++) {
        try {
          execFileSync("fallocate", ["-l", String(available()), `${filler}-${i}`], { stdio: "ignore" });
        } catch {
          rmSync(`${filler}-${i}`, { force: true });
        }
      }
    },
    free,
    available,
    async remove() {
      free();
      const admin = new pg.Client({ connectionString: cluster.href });
      await admin.connect();
      try {
        await admin.query(`DROP TABLESPACE IF EXISTS ${name}`);
      } finally {
        await admin.end();
      }
      unmount();
    },
  };
}
