/**
 * Bad input, the same way in every capability: zod's issues as `{path, message}` in the typed
 * error's details, which each capability raises with its own stable code.
 */
import type { z } from "zod";

export interface InputIssue {
  path: string;
  message: string;
}

/** zod's issues with dotted paths, each prefixed (e.g. "request.") when the input sits inside something. */
export function inputIssues(error: z.ZodError, prefix = ""): InputIssue[] {
  return error.issues.map((i) => ({ path: `${prefix}${i.path.join(".")}`, message: i.message }));
}

/** The parsed value, or the error `fail` builds from the issues (thrown). */
export function parseInput<T>(schema: z.ZodType<T>, raw: unknown, fail: (issues: InputIssue[]) => Error): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw fail(inputIssues(r.error));
  return r.data;
}
