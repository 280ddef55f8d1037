/** The case engine: intake on every channel, steps under deadlines, refusals with hearings. */
export { AssignInput, assignTask, CompleteInput, completeStep } from "./actions.ts";
export { inScope } from "./authority.ts";
export {
  type Automation,
  type CaseRules,
  type EngineDeps,
  type IssuedDocument,
  PASSING_AUTOMATION,
  type ResultIssuer,
} from "./context.ts";
export { DocumentRequestInput, requestDocuments } from "./documents.ts";
export { ENGINE_ERROR_CODES, engineError } from "./errors.ts";
export { ExtendInput, extendTerm } from "./extension.ts";
export {
  checkWaivers,
  type IntakeResult,
  type Receipt,
  requiredDocuments,
  submitApplication,
  validateApplication,
  type WaiverCheck,
  WaiverQuery,
} from "./intake.ts";
export { IntakeInput } from "./intake-input.ts";
export { scanOverdue, startDeadlineWorker, type Worker, warnRefusalDeadlines } from "./overdue.ts";
export { type CaseView, getCase, inbox, journal, listCases, overdueInRegion } from "./queries.ts";
export {
  DecisionInput,
  decideAfterHearing,
  HearingInput,
  PreliminaryRefusalInput,
  recordHearing,
  sendPreliminaryRefusal,
} from "./refusal.ts";
export {
  type PublicWaiverAnswer,
  type RecordLookup,
  resolveWaivers,
  type WaiverAnswer,
  type WaiverStatus,
} from "./waivers.ts";
export { type CaseStatus, isOpen, type Outcome } from "./walk.ts";
