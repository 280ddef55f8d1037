/** The citizen's portal: applications signed with an EDS. See README.md. */
export { edsNotConfigured, edsReplay, otpIinMismatch, otpNotAllowed } from "./errors.ts";
export { acceptOtpApplication, type OtpApplicationInput } from "./otp-request.ts";
export {
  acceptSignedApplication,
  type SignatureFacts,
  type SignedApplicationDeps,
  type SignedApplicationInput,
  type SignedApplicationResult,
  signatureOfCase,
} from "./signed-request.ts";
export { type Trust, trustFromPkiDir } from "./trust.ts";
export { PORTAL_SENDER, providerWorkstation, providerWorkstations } from "./workstation.ts";
