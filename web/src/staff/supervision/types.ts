/** What the supervision API answers (src/api/routes/supervision.ts), as the dashboard reads it. */
import type { Text3 } from "../../ui.tsx";

export interface Period {
  from: string;
  to: string;
  fromDay: string;
  toDay: string;
}

export interface OnTime {
  closed: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
  overdueNow: number;
}

export interface Summary {
  regionCode: string | null;
  now: string;
  period: Period;
  figures: OnTime;
  delivery: {
    pending: number;
    failed: number;
    delivered: number;
    oldestUndeliveredAt: string | null;
    technicalFailures: number;
  };
}

export interface Options {
  regionCode: string | null;
  regions: Array<{ code: string; name: Text3 }>;
  providers: Array<{ id: string; name: Text3; kind: string }>;
  services: Array<{ code: string; title: Text3 }>;
  channels: string[];
}

export interface GroupRow extends OnTime {
  key: string;
  name: Text3 | null;
}

export interface TrendRow {
  start: string;
  registered: number;
  closed: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
}

export interface OverdueTask {
  taskId: string;
  caseId: string;
  incomingNumber: string | null;
  serviceCode: string;
  channel: string;
  providerId: string;
  providerName: Text3;
  applicantIinMasked: string;
  caseDeadline: string | null;
  stepId: string;
  role: string;
  orgId: string;
  orgName: Text3;
  holder: { staffId: string; fullName: string; login: string } | null;
  heldSince: string;
  dueAt: string;
  overdueMs: number;
  overdueWorkingMs: number;
  markedAt: string | null;
}

export interface ComplaintRow {
  id: string;
  number: string;
  caseId: string | null;
  incomingNumber: string | null;
  serviceCode: string | null;
  providerId: string;
  providerName: Text3;
  complainantIinMasked: string;
  reviewer: string;
  status: string;
  registeredAt: string;
  forwardDue: string;
  reviewDue: string;
  forwardedAt: string | null;
  decidedAt: string | null;
  overdue: "forward" | "review" | null;
}

export interface Undelivered {
  messageId: string;
  topic: string;
  caseId: string | null;
  incomingNumber: string | null;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
}
