/**
 * Typed errors: a stable code and a message in Kazakh, Russian and English.
 * The API maps them to application/problem+json with their `status`; the CLI
 * prints them and exits 2.
 */
export interface Messages {
  kk: string;
  ru: string;
  en: string;
}

/** What kind of failure, as HTTP would say it. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export class QyzmetError extends Error {
  readonly code: string;
  readonly messages: Messages;
  readonly details: Readonly<Record<string, unknown>>;
  /** 400 bad input (default), 401 not signed in, 403 not allowed, 404 unknown, 409 wrong state, 503 unavailable. */
  readonly status: ErrorStatus;
  /**
   * The code that refused it has already written the access log's entry (with more detail than the
   * API's generic `api.denied` entry), so the error handler does not log the attempt a second time.
   */
  accessLogged = false;

  constructor(
    code: string,
    messages: Messages,
    details: Record<string, unknown> = {},
    status: ErrorStatus = 400,
  ) {
    super(messages.en);
    this.name = "QyzmetError";
    this.code = code;
    this.messages = messages;
    this.details = details;
    this.status = status;
  }
}

/** Marks a refusal whose attempt the caller has already written to the access log. */
export function accessLogged<E extends QyzmetError>(error: E): E {
  error.accessLogged = true;
  return error;
}

export function isQyzmetError(value: unknown): value is QyzmetError {
  return value instanceof QyzmetError;
}
