/**
 * Every failure leaves the server as application/problem+json (problems.ts):
 * QyzmetErrors with their own code and status, request validation as 400
 * BAD_REQUEST with the issues, Fastify's body errors as MALFORMED_JSON /
 * UNSUPPORTED_MEDIA_TYPE / BODY_TOO_LARGE, unknown routes as ROUTE_NOT_FOUND,
 * an unreachable database as 503 DATABASE_UNAVAILABLE (with Retry-After),
 * and anything else as 500 INTERNAL — logged, with nothing of it in the answer.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Lang } from "../catalog/vocabulary.ts";
import { isQyzmetError, type Messages } from "../core/errors.ts";
import { isDatabaseUnavailable } from "../store/unavailable.ts";
import { logDenial } from "./denials.ts";
import { requestLang } from "./lang.ts";
import { apiError, INTERNAL, PROBLEM_CONTENT_TYPE, problemBody, problemMessages } from "./problems.ts";

interface Classified {
  code: string;
  status: number;
  messages: Messages;
  details?: Readonly<Record<string, unknown>>;
}

export interface ValidationIssue {
  /** body, querystring, params or headers. */
  in: string;
  /** Path inside that part of the request, e.g. ["login"]. */
  path: string[];
  message: string;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function validationIssues(error: unknown): ValidationIssue[] | null {
  const validation = field(error, "validation");
  if (!Array.isArray(validation)) return null;
  const context = field(error, "validationContext");
  const location = typeof context === "string" ? context : "request";
  return validation.map((item: unknown) => {
    const pointer = field(item, "instancePath");
    const message = field(item, "message");
    return {
      in: location,
      path: typeof pointer === "string" ? pointer.split("/").filter((p) => p !== "") : [],
      message: typeof message === "string" ? message : "invalid",
    };
  });
}

function headerText(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value.join(", ") : (value ?? "");
  return text === "" ? "—" : text.slice(0, 100);
}

function classify(error: unknown, request: FastifyRequest): Classified | null {
  if (isQyzmetError(error)) {
    return { code: error.code, status: error.status, messages: error.messages, details: error.details };
  }
  const issues = validationIssues(error);
  if (issues) {
    return {
      code: "BAD_REQUEST",
      status: 400,
      messages: problemMessages("BAD_REQUEST", { count: issues.length }),
      details: { issues },
    };
  }
  const fastifyCode = field(error, "code");
  const fromCatalogue = (e: ReturnType<typeof apiError>): Classified => ({
    code: e.code,
    status: e.status,
    messages: e.messages,
    details: e.details,
  });
  switch (fastifyCode) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return fromCatalogue(apiError("MALFORMED_JSON"));
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return fromCatalogue(
        apiError("UNSUPPORTED_MEDIA_TYPE", { contentType: headerText(request.headers["content-type"]) }),
      );
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return fromCatalogue(
        apiError("BODY_TOO_LARGE", {
          limit: request.routeOptions.bodyLimit ?? request.server.deps.bodyLimit,
        }),
      );
  }
  // PostgreSQL down, restarting or unreachable: the transaction did not commit, so nothing was written.
  if (isDatabaseUnavailable(error))
    return {
      ...fromCatalogue(apiError("DATABASE_UNAVAILABLE")),
      details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    };
  const status = field(error, "statusCode");
  if (typeof status === "number" && status >= 400 && status < 500) {
    const rejected = apiError("REQUEST_REJECTED");
    return { code: rejected.code, status, messages: rejected.messages };
  }
  return null;
}

/** What a 503 DATABASE_UNAVAILABLE tells clients to wait before retrying. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

function sendProblem(reply: FastifyReply, lang: Lang, problem: Classified): FastifyReply {
  // A throttled request (AUTH_LOCKED …) or an unavailable database says when to come back.
  const retryAfter = problem.details?.retryAfterSeconds;
  if ((problem.status === 429 || problem.status === 503) && typeof retryAfter === "number")
    reply.header("retry-after", String(retryAfter));
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(problemBody({ ...problem, lang }));
}

/**
 * Fastify's `frameworkErrors`: a URL the router cannot even decode (bad percent-encoding, a path
 * parameter over the length limit) is answered as a problem too, before any route or hook runs.
 */
export function frameworkErrors(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const code = field(error, "code");
  const problem =
    code === "FST_ERR_BAD_URL" || code === "FST_ERR_MAX_PARAM_LENGTH"
      ? fromProblem(apiError("MALFORMED_URL"))
      : (classify(error, request) ?? INTERNAL);
  // The query was not parsed (the URL could not be): read ?lang= from the raw URL.
  const asked = /[?&]lang=(kk|ru|en)(?:&|$)/.exec(request.raw.url ?? "")?.[1] as Lang | undefined;
  sendProblem(reply, asked ?? requestLang(request), problem);
}

function fromProblem(e: ReturnType<typeof apiError>): Classified {
  return { code: e.code, status: e.status, messages: e.messages, details: e.details };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const lang = requestLang(request);
    const problem = classify(error, request);
    if (problem) {
      if (problem.status >= 500) request.log.error({ err: error }, "request failed");
      if (!(isQyzmetError(error) && error.accessLogged)) await logDenial(request, problem);
      return sendProblem(reply, lang, problem);
    }
    request.log.error({ err: error }, "unexpected error");
    return sendProblem(reply, lang, INTERNAL);
  });

  app.setNotFoundHandler((request) => {
    const path = (request.url.split("?")[0] ?? "").slice(0, 200);
    throw apiError("ROUTE_NOT_FOUND", { method: request.method, path });
  });
}
