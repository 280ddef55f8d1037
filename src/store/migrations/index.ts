/** Every migration, in order. A shipped migration never changes; add a new file. */
import type { Migration } from "kysely";
import * as core from "./0001-core.ts";
import * as refusalWarning from "./0002-refusal-warning.ts";
import * as taskRegion from "./0003-task-region.ts";
import * as citizens from "./0004-citizens.ts";
import * as signedRequests from "./0005-signed-requests.ts";
import * as statedb from "./0006-statedb.ts";
import * as gateway from "./0007-gateway.ts";
import * as signedRequestPending from "./0008-signed-request-pending.ts";
import * as registries from "./0010-registries.ts";
import * as documents from "./0011-documents.ts";
import * as paymentsAssign from "./0012-payments-assign.ts";
import * as queue from "./0013-queue.ts";
import * as representativesOralmanNobd from "./0014-representatives-oralman-nobd.ts";
import * as supervision from "./0016-supervision.ts";
import * as otpCertification from "./0017-otp-certification.ts";
import * as complaintSubject from "./0018-complaint-subject.ts";

export const MIGRATIONS: Record<string, Migration> = {
  "0001-core": core,
  "0002-refusal-warning": refusalWarning,
  "0003-task-region": taskRegion,
  "0004-citizens": citizens,
  "0005-signed-requests": signedRequests,
  "0006-statedb": statedb,
  "0007-gateway": gateway,
  "0008-signed-request-pending": signedRequestPending,
  "0010-registries": registries,
  "0011-documents": documents,
  "0012-payments-assign": paymentsAssign,
  "0013-queue": queue,
  "0014-representatives-oralman-nobd": representativesOralmanNobd,
  "0016-supervision": supervision,
  "0017-otp-certification": otpCertification,
  "0018-complaint-subject": complaintSubject,
};
