/**
 * The language of a request: `?lang=kk|ru|en`, else the first of kk/ru/en in
 * Accept-Language (by quality, then order), else Kazakh, the state language.
 */
import type { FastifyRequest } from "fastify";
import { Lang } from "../catalog/vocabulary.ts";

export const DEFAULT_LANG: Lang = "kk";

function asLang(value: unknown): Lang | null {
  const parsed = Lang.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The preferred of kk/ru/en in an Accept-Language header, or null. */
export function langFromAcceptLanguage(header: string | undefined): Lang | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", quality, index };
    })
    .filter((r) => Number.isFinite(r.quality) && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) {
    const lang = asLang(range.primary);
    if (lang) return lang;
  }
  return null;
}

/** The language to answer `request` in (a bad `?lang=` is ignored here; routes that take it validate it). */
export function requestLang(request: FastifyRequest): Lang {
  const query = request.query;
  if (typeof query === "object" && query !== null && "lang" in query) {
    const lang = asLang(query.lang);
    if (lang) return lang;
  }
  const header = request.headers["accept-language"];
  return langFromAcceptLanguage(Array.isArray(header) ? header.join(",") : header) ?? DEFAULT_LANG;
}
