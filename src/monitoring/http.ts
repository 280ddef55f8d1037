/**
 * A sender that POSTs each message's payload as JSON to the monitoring
 * system's endpoint. A non-2xx answer, a network error or a timeout is a
 * failure (the message is retried). The message id also travels in the
 * `Idempotency-Key` header, the topic in `X-Qyzmet-Topic`.
 */
import { QyzmetError } from "../core/errors.ts";
import type { OutboundMessage, Sender } from "./delivery.ts";

export interface HttpSenderOptions {
  /** Abort a request after this long (ms). */
  timeoutMs: number;
  /** Extra request headers (e.g. authorisation). */
  headers?: Readonly<Record<string, string>>;
}

function badSender(field: string, reason: string): QyzmetError {
  return new QyzmetError(
    "MONITORING_BAD_OPTIONS",
    {
      kk: `Жіберуші параметрі қате: ${field} — ${reason}`,
      ru: `Неверный параметр отправителя: ${field} — ${reason}`,
      en: `Bad sender option: ${field} — ${reason}`,
    },
    { field, reason },
    400,
  );
}

export function httpSender(url: string, options: HttpSenderOptions): Sender {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw badSender("url", "not a URL");
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") throw badSender("url", "not http(s)");
  const { timeoutMs } = options;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw badSender("timeoutMs", "not a positive integer");
  const extra = options.headers ?? {};
  return async (message: OutboundMessage): Promise<void> => {
    let response: Response;
    try {
      response = await fetch(target, {
        method: "POST",
        headers: {
          ...extra,
          "content-type": "application/json",
          "idempotency-key": message.messageId,
          "x-qyzmet-topic": message.topic,
        },
        body: JSON.stringify(message.payload),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
        throw new Error(`no answer from ${target.origin} within ${timeoutMs} ms`);
      }
      throw error;
    }
    if (response.ok) {
      await response.body?.cancel();
      return;
    }
    let body = "";
    try {
      body = (await response.text()).replace(/\s+/g, " ").trim().slice(0, 200);
    } catch {
      // The status says enough.
    }
    throw new Error(`HTTP ${response.status} from ${target.origin}${body ? `: ${body}` : ""}`);
  };
}
