/**
 * Documents the act requires only when the state database has no record (`waivedIfRecord`): before the
 * application is sent, the portal form and the desk's checklist ask the server which of them the state
 * databases make unnecessary for this applicant and these children (POST …/intake/waivers). Intake asks
 * again when the application arrives; its answer is the one that counts.
 */
import { useEffect, useState } from "react";
import { postJson } from "./api.ts";
import type { Channel } from "./api-types.ts";
import type { Text3 } from "./ui.tsx";

export interface WaiverAnswer {
  document: string;
  status: "obtained" | "required" | "unavailable";
  reason?: "no_record" | "registered_abroad" | "no_subject";
  /** The state database: АХАЖ, guardianship, Оралман. */
  system: string;
  declarable?: Text3;
}

export interface WaiverQuery {
  serviceCode: string;
  channel: Channel;
  variant?: string;
  regionCode: string;
  applicant: { iin: string };
  children: { iin?: string }[];
}

/** The locale key of the state database that holds a waiver's record (catalogue: WAIVER_RECORDS). */
export function systemKey(record: string): "civil" | "guardianship" | "oralman" {
  return record === "guardianship" ? "guardianship" : record === "kandas" ? "oralman" : "civil";
}

/**
 * The answers by document id; `state`: idle (nothing asked: no query), loading, done or failed (the
 * documents are then treated as required).
 */
export function useWaivers(
  path: string,
  query: WaiverQuery | null,
): { byId: Map<string, WaiverAnswer>; state: "idle" | "loading" | "done" | "failed" } {
  const [byId, setById] = useState<Map<string, WaiverAnswer>>(new Map());
  const [state, setState] = useState<"idle" | "loading" | "done" | "failed">("idle");
  const key = query ? JSON.stringify(query) : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the query, serialised
  useEffect(() => {
    if (!query) {
      setById(new Map());
      setState("idle");
      return;
    }
    let live = true;
    setState("loading");
    postJson<{ documents: WaiverAnswer[] }>(path, query).then(
      (r) => {
        if (!live) return;
        setById(new Map(r.documents.map((d) => [d.document, d])));
        setState("done");
      },
      () => {
        if (!live) return;
        setById(new Map());
        setState("failed");
      },
    );
    return () => {
      live = false;
    };
  }, [path, key]);
  return { byId, state };
}
