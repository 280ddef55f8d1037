/**
 * Whether an error means "the database cannot serve this right now" (refused,
 * reset or timed-out connections, a server shutting down or starting up, a
 * full disk or too many connections) as opposed to a wrong query or a broken
 * rule. The API answers those with 503 DATABASE_UNAVAILABLE: the transaction
 * did not commit, so nothing was written, and retrying later is right.
 */

/**
 * SQLSTATEs of class 08 (connection exception), 53 (insufficient resources: 53100 disk full, 53200 out
 * of memory, 53300 too many connections) and 57P01–57P03 (shutdown, crash, cannot connect now).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|53...|57P0[1-3])$/;
const UNAVAILABLE_ERRNO = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
// What `pg` throws without a code when a connection dies or cannot be made in time.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|read ECONNRESET/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const { code, message, errors, cause } = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)))
    return true;
  if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
  // Node's AggregateError (a host with several addresses) and wrapped causes.
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
