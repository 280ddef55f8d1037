/** Citizens' personal-cabinet accounts: registration with an SMS code, sign-in, sessions, OTPs, the SMS outbox. */
export {
  CITIZEN_SESSION_LIFETIME_MS,
  type CitizenSession,
  type CitizenSignInInput,
  type ConfirmInput,
  confirmRegistration,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordAcceptable,
  type RegisterInput,
  register,
  resolveCitizenSession,
  signInCitizen,
  signOutCitizen,
} from "./accounts.ts";
export {
  type CitizenCaseDetail,
  type CitizenCaseSummary,
  type CitizenNotification,
  citizenCase,
  citizenCaseRole,
  citizenCases,
  citizenNotifications,
} from "./cabinet.ts";
export {
  type CitizenComplaint,
  COMPLAINT_TEXT_MAX,
  COMPLAINT_TEXT_MIN,
  citizenCaseComplaints,
  citizenComplaints,
  type FileComplaintInput,
  fileCitizenComplaint,
} from "./complaints.ts";
export {
  checkOtp,
  consumeOtp,
  type IssuedOtp,
  type IssueOtpInput,
  issueOtp,
  OTP_LIFETIME_MS,
  OTP_MAX_ATTEMPTS,
  OTP_PURPOSES,
  OTP_RATE_LIMIT,
  OTP_RATE_WINDOW_MS,
  type OtpPurpose,
  otpWasCode,
  type VerifyOtpInput,
  verifyOtp,
} from "./otp.ts";
export {
  lastCodeSentTo,
  lastSmsTo,
  normalisePhone,
  type SmsMessage,
  type StoredSms,
  sendSms,
} from "./sms.ts";
