/** The supervision capability: what a supervisor reads of the engine's work (queries.ts), and CSV. */
export { type Cell, type Column, csvField, toCsv } from "./csv.ts";
export { periodInvalid } from "./errors.ts";
export {
  type Bucket,
  bucketStarts,
  complaintsList,
  type Delivery,
  type Dimension,
  deliveryStatus,
  type GroupRow,
  localDay,
  localMidnight,
  type OnTime,
  type OverdueTask,
  overdueBy,
  overdueList,
  periodOf,
  type SupervisedComplaint,
  type SupervisionFilter,
  summary,
  supervisionScope,
  type TrendRow,
  trends,
  type UndeliveredMessage,
  undeliveredMessages,
} from "./queries.ts";
