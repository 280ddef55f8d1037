/** Staff authentication (passwords, sessions, lockout) and authorisation (roles, case scope). */
export { hashPassword, verifyPassword } from "./password.ts";
export { type CaseScopeFacts, caseInScope, hasRole, requireRole } from "./scope.ts";
export {
  hashToken,
  LOCK_AFTER_FAILURES,
  LOCK_DURATION_MS,
  purgeExpiredSessions,
  resolveSession,
  SESSION_LIFETIME_MS,
  type SignInInput,
  type SignInResult,
  signIn,
  signOut,
  signOutEverywhere,
  staffActorById,
  toStaffActor,
} from "./sessions.ts";
