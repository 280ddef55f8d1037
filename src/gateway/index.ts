/**
 * The e-government gateway (ШЭП): gateway messages, a transactional outbox
 * delivered at least once with back-off, idempotent receipt by `messageId`,
 * and a hash-chained, signed message log. See README.md.
 */
export {
  appendLog,
  type Checkpoint,
  type CheckpointVerification,
  checkpointBytes,
  GENESIS,
  type LogBreak,
  type LogEntry,
  type LogRow,
  type LogSigner,
  type LogVerification,
  logHash,
  signLogHead,
  verifyGatewayLog,
  verifyLogCheckpoints,
} from "./log.ts";
export {
  badGatewayMessage,
  canonicalBody,
  DELIVERY_STATES,
  type GatewayDeliveryState,
  type GatewayLogEvent,
  type GatewayMessage,
  gatewayMessageSchema,
  LOG_EVENTS,
  parseGatewayMessage,
} from "./message.ts";
export {
  type InboxItem,
  localInbox,
  markProcessed,
  type Received,
  type ReceiveOptions,
  receiveMessage,
  takeInbox,
} from "./receive.ts";
export {
  backoffMs,
  DEFAULT_BATCH_SIZE,
  DEFAULT_LEASE_MS,
  DEFAULT_MAX_ATTEMPTS,
  type DeliverGatewayOptions,
  type DeliveryResult,
  deliverGateway,
  type GatewayDeliveryReport,
  type GatewayReceiver,
  messageConflict,
  type PermanentRefusal,
  type Sent,
  sendMessage,
} from "./send.ts";
export { type MessageSigner, signatureVerifier, signMessage, verifyMessage } from "./signature.ts";
export { type GatewayStatus, gatewayStatus } from "./status.ts";
export { type GatewayWorker, type GatewayWorkerOptions, startGatewayWorker } from "./worker.ts";
