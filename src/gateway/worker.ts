/**
 * A background loop that delivers the gateway outbox every `intervalMs` and,
 * given the operator's key, signs the log head after each run that logged
 * something. Runs never overlap within one process (the next is scheduled
 * after the last ended); several processes may each run one — the leases keep
 * them apart.
 */

import type { Kysely } from "kysely";
import { startPeriodic } from "../core/periodic.ts";
import type { Database } from "../store/tables.ts";
import { type LogSigner, signLogHead } from "./log.ts";
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_LEASE_MS,
  DEFAULT_MAX_ATTEMPTS,
  deliverGateway,
  type GatewayDeliveryReport,
  type GatewayReceiver,
} from "./send.ts";

export interface GatewayWorkerOptions {
  receivers: Readonly<Record<string, GatewayReceiver>>;
  intervalMs: number;
  /** The clock (default: the system clock). */
  now?: () => Date;
  /** Signs a checkpoint of the log head after each run that delivered, failed or stopped something. */
  checkpointSigner?: LogSigner;
  /** Called with whatever a run threw (default: printed to stderr); the worker carries on. */
  onError?: (error: unknown) => void;
  onBatch?: (report: GatewayDeliveryReport) => void;
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
}

export interface GatewayWorker {
  /** Stops scheduling and waits for a run in progress to end. */
  stop(): Promise<void>;
}

const MAX_BATCHES_PER_RUN = 100;

export function startGatewayWorker(db: Kysely<Database>, options: GatewayWorkerOptions): GatewayWorker {
  const { receivers, intervalMs } = options;
  const now = options.now ?? (() => new Date());
  const onError =
    options.onError ??
    ((error: unknown) => {
      console.error("gateway delivery failed:", error);
    });
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  return startPeriodic(
    async (stopped) => {
      let claimed = 0;
      for (let i = 0; i < MAX_BATCHES_PER_RUN && !stopped(); i++) {
        const report = await deliverGateway(db, { receivers, now: now(), batchSize, leaseMs, maxAttempts });
        options.onBatch?.(report);
        claimed += report.claimed;
        if (report.claimed < batchSize) break;
      }
      if (claimed > 0 && options.checkpointSigner) await signLogHead(db, options.checkpointSigner, now());
    },
    intervalMs,
    onError,
  );
}
