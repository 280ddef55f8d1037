/**
 * Group commit for registrations. Requests that arrive while a registration
 * transaction is in flight wait for it to end and are then written together,
 * in one transaction: one statement claims every gap-free number they need,
 * and their rows (cases, first tasks, events, outbox, notifications) go in as
 * one statement of multi-row INSERTs (src/store/deferred.ts). A request that finds
 * the database idle is written at once, alone, so nothing waits for company.
 *
 * Each request is still all-or-nothing and answered only after its commit.
 * When a shared transaction fails — one request's duplicate key, a rule the
 * write finds broken, a lost connection — it is rolled back and every request
 * of the group is written again alone, so each gets its own answer; rolled
 * back numbers are given back, so the register stays gap-free.
 */
import type { Kysely, Transaction } from "kysely";
import { transaction } from "../store/deferred.ts";
import type { Database } from "../store/tables.ts";
import { allocateNumbers, type NumberClaim } from "./numbers.ts";

export interface GroupedWrite<R> {
  /** The gap-free numbers the write needs, claimed for it before it runs. */
  numbers: readonly NumberClaim[];
  /** Writes inside the shared transaction with the claimed numbers (in the order of `numbers`). */
  write(trx: Transaction<Database>, numbers: readonly number[]): Promise<R>;
}

interface Pending {
  job: GroupedWrite<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** At most this many writes share a transaction (a failed group is redone one by one, so keep it small). */
const MAX_GROUP = 32;
/**
 * Groups in flight at once, each in its own transaction on its own connection: while one waits for
 * the database, the next is written. Their number claims lock counter rows in key order, so two
 * groups claiming the same counter queue behind each other and never deadlock.
 */
const LANES = 2;

/** What a committer has done since it was made: for tests and the benchmark. */
export interface GroupCommitStats {
  /** Transactions committed (a group, or one redone alone). */
  transactions: number;
  /** Writes committed. */
  writes: number;
  /** Groups that failed and were redone one by one. */
  redone: number;
}

class Committer {
  private readonly queue: Pending[] = [];
  private lanes = 0;
  readonly stats: GroupCommitStats = { transactions: 0, writes: 0, redone: 0 };

  constructor(private readonly db: Kysely<Database>) {}

  submit<R>(job: GroupedWrite<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (v: unknown) => void, reject });
      if (this.lanes < LANES) void this.lane();
    });
  }

  /** Commits what is waiting, group after group, until nothing is. */
  private async lane(): Promise<void> {
    this.lanes++;
    try {
      while (this.queue.length > 0) await this.settle(this.queue.splice(0, MAX_GROUP));
    } finally {
      this.lanes--;
    }
  }

  private async settle(group: Pending[]): Promise<void> {
    try {
      const results = await this.commit(group);
      this.count(group.length);
      group.forEach((p, i) => {
        p.resolve(results[i]);
      });
    } catch (error) {
      if (group.length === 1) {
        (group[0] as Pending).reject(error);
        return;
      }
      // Someone's write failed and took the group down: each alone, for its own answer.
      this.stats.redone++;
      for (const p of group) {
        try {
          const [result] = await this.commit([p]);
          this.count(1);
          p.resolve(result);
        } catch (own) {
          p.reject(own);
        }
      }
    }
  }

  private count(writes: number): void {
    this.stats.transactions++;
    this.stats.writes += writes;
  }

  private commit(group: readonly Pending[]): Promise<unknown[]> {
    return transaction(this.db, async (trx) => {
      const numbers = await allocateNumbers(
        trx,
        group.flatMap((p) => p.job.numbers),
      );
      const results: unknown[] = [];
      let at = 0;
      for (const p of group) {
        const mine = numbers.slice(at, at + p.job.numbers.length);
        at += p.job.numbers.length;
        results.push(await p.job.write(trx, mine));
      }
      return results;
    });
  }
}

const committers = new WeakMap<Kysely<Database>, Committer>();

function committerOf(db: Kysely<Database>): Committer {
  let committer = committers.get(db);
  if (!committer) {
    committer = new Committer(db);
    committers.set(db, committer);
  }
  return committer;
}

/** Writes `job` in the next registration transaction on `db`, shared with whoever else is waiting. */
export function commitGrouped<R>(db: Kysely<Database>, job: GroupedWrite<R>): Promise<R> {
  return committerOf(db).submit(job);
}

/** A copy of the counts of `db`'s committer. */
export function groupCommitStats(db: Kysely<Database>): GroupCommitStats {
  return { ...committerOf(db).stats };
}
