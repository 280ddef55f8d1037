/**
 * The API from the browser: JSON in and out, problem+json errors as ApiError with the server's stable
 * code and its message in the page's language (`?lang=`), the CSRF header on every state change.
 */
import { currentLang } from "./i18n.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly details: unknown = null,
  ) {
    super(detail);
    this.name = "ApiError";
  }
}

function withLang(path: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}lang=${currentLang()}`;
}

async function answer<T>(res: Response): Promise<T> {
  const type = res.headers.get("content-type") ?? "";
  if (!res.ok) {
    if (type.includes("json")) {
      const body = (await res.json()) as { code?: string; detail?: string; details?: unknown };
      throw new ApiError(
        res.status,
        body.code ?? `HTTP_${res.status}`,
        body.detail ?? res.statusText,
        body.details,
      );
    }
    throw new ApiError(res.status, `HTTP_${res.status}`, res.statusText);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export async function getJson<T>(path: string): Promise<T> {
  return answer<T>(await fetch(withLang(path), { headers: { accept: "application/json" } }));
}

export async function postJson<T>(path: string, body: unknown): Promise<T & { httpStatus: number }> {
  const res = await fetch(withLang(path), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", "x-qyzmet-csrf": "1" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await answer<T>(res);
  return { ...(data as T), httpStatus: res.status };
}

export async function postBytes<T>(path: string, bytes: ArrayBuffer, type: string): Promise<T> {
  return answer<T>(
    await fetch(withLang(path), {
      method: "POST",
      headers: { "content-type": type, accept: "application/json", "x-qyzmet-csrf": "1" },
      body: bytes,
    }),
  );
}

export async function postEmpty(path: string): Promise<void> {
  await answer<void>(await fetch(withLang(path), { method: "POST", headers: { "x-qyzmet-csrf": "1" } }));
}
