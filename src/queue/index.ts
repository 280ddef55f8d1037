/** The State Corporation's electronic queue and the desk's returned results. */
export { QUEUE_ERROR_CODES, type QueueErrorCode, queueError } from "./errors.ts";
export {
  type BranchInfo,
  type BranchService,
  board,
  branchServices,
  CallInput,
  callNext,
  type DayStats,
  type DeskView,
  dayStats,
  deskView,
  FinishInput,
  finishService,
  KIOSK_TICKETS_PER_MINUTE,
  type Limits,
  localDay,
  markNoShow,
  operatorBranch,
  type QueueDeps,
  type ServiceStats,
  startService,
  TakeInput,
  type TicketView,
  takeTicket,
  ticketStatus,
} from "./queue.ts";
export { isHandOut, type ReturnedResult, returnedResults } from "./returns.ts";
export type { TicketStatus } from "./tables.ts";
