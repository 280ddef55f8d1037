/**
 * Complaints about a provider's decision, action or inaction: registration
 * with a gap-free number, the legal terms (forward 3 wd; review 5 or 15 wd),
 * forwarding, decision, and the overdue lists. See complaints.ts.
 */
export {
  COMPLAINT_STATUSES,
  type ComplaintDecision,
  type ComplaintStatus,
  type ComplaintSubject,
  DECISIONS,
  type DecideInput,
  type DecisionRecord,
  decideComplaint,
  FILED_VIA,
  type FiledVia,
  type ForwardInput,
  forwardComplaint,
  isOpen,
  MAX_TEXT,
  OPEN_STATUSES,
  REVIEWERS,
  type RegisterComplaintInput,
  type Reviewer,
  registerComplaint,
  SUBJECTS,
  TERMS,
} from "./complaints.ts";
export { badInput as complaintBadInput, type ComplaintErrorCode } from "./errors.ts";
export {
  type ComplaintFilter,
  listComplaints,
  missedDuty,
  type OverdueComplaint,
  overdueComplaints,
} from "./queries.ts";
export {
  type ComplaintAction,
  type ComplaintActorRef,
  complaintNoticeText,
  recordComplaintChange,
} from "./record.ts";
export { SOURCES } from "./sources.ts";
