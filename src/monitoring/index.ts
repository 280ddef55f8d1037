/**
 * Monitoring: the transactional outbox and its delivery to the state-services
 * monitoring information system, with technical-problem protocols on failure
 * and the bundled receiver's idempotent storage. See README.md.
 */
export {
  type BatchSender,
  backoffMs,
  DEFAULT_BATCH_SIZE,
  DEFAULT_LEASE_MS,
  type DeliverOptions,
  type DeliveryReport,
  deliverPending,
  describeError,
  type OutboundMessage,
  type Sender,
  technicalProtocol,
} from "./delivery.ts";
export { type HttpSenderOptions, httpSender } from "./http.ts";
export {
  type Enqueued,
  type EnqueueInput,
  enqueue,
  publishStage,
  STAGE_TOPIC,
  type StageInput,
  type StageMessage,
  stageMessage,
} from "./outbox.ts";
export { receive, receiveAll } from "./receiver.ts";
export { SOURCES } from "./sources.ts";
export { type OutboxStatus, outboxStatus } from "./status.ts";
export { type DeliveryWorker, type DeliveryWorkerOptions, startDeliveryWorker } from "./worker.ts";
