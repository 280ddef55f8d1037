/**
 * Typed errors: a stable code and a message in Kazakh, Russian and English.
 * The API maps them to application/problem+json; the CLI prints them and exits 2.
 */
export interface Messages {
  kk: string;
  ru: string;
  en: string;
}

export class QyzmetError extends Error {
  readonly code: string;
  readonly messages: Messages;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, messages: Messages, details: Record<string, unknown> = {}) {
    super(messages.en);
    this.name = "QyzmetError";
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

export function isQyzmetError(value: unknown): value is QyzmetError {
  return value instanceof QyzmetError;
}
