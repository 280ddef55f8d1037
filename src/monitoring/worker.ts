/**
 * A background loop that delivers the outbox every `intervalMs`. Runs never
 * overlap within one process: the next run is scheduled only after the last
 * one ended. Several processes may each run one; the database keeps them apart.
 */

import type { Kysely } from "kysely";
import { startPeriodic } from "../core/periodic.ts";
import type { Database } from "../store/tables.ts";
import {
  type BatchSender,
  DEFAULT_BATCH_SIZE,
  DEFAULT_LEASE_MS,
  type DeliveryReport,
  deliverPending,
  type Sender,
} from "./delivery.ts";

export interface DeliveryWorkerOptions {
  send: Sender;
  /** The whole batch at once, when the receiver takes it so (see `DeliverOptions.sendAll`). */
  sendAll?: BatchSender;
  intervalMs: number;
  /** The clock (default: the system clock). */
  now?: () => Date;
  /** Called with whatever a run threw (default: printed to stderr); the worker carries on. */
  onError?: (error: unknown) => void;
  /** Called after each batch. */
  onBatch?: (report: DeliveryReport) => void;
  batchSize?: number;
  leaseMs?: number;
}

export interface DeliveryWorker {
  /** Stops scheduling and waits for a run in progress to end. */
  stop(): Promise<void>;
}

/** Batches per run at most: a full batch is followed by another at once, up to this many. */
const MAX_BATCHES_PER_RUN = 100;

export function startDeliveryWorker(db: Kysely<Database>, options: DeliveryWorkerOptions): DeliveryWorker {
  const { send, sendAll, intervalMs } = options;
  const now = options.now ?? (() => new Date());
  const onError =
    options.onError ??
    ((error: unknown) => {
      console.error("monitoring delivery failed:", error);
    });
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  return startPeriodic(
    async (stopped) => {
      for (let i = 0; i < MAX_BATCHES_PER_RUN && !stopped(); i++) {
        const report = await deliverPending(db, {
          send,
          ...(sendAll ? { sendAll } : {}),
          now: now(),
          batchSize,
          leaseMs,
        });
        options.onBatch?.(report);
        if (report.claimed < batchSize) break;
      }
    },
    intervalMs,
    onError,
  );
}
