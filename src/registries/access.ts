/**
 * Who may see what in the data bank (adoption secrecy). Pure functions; the
 * queries in bank.ts and candidates.ts filter by them and log every access.
 *
 *  - Staff of a guardianship body (education department of a district or
 *    region, or the Ministry's committee) in the roles that work the cases
 *    (head, responsible executor, department head) see full records of their
 *    region; the committee sees the republic.
 *  - Supervisors see full records of their region (no region: the republic).
 *  - Everyone else on the staff (clerks, State Corporation operators, akims,
 *    administrators) sees nothing: their work does not need it.
 *  - A citizen sees anonymised profiles of available children only while they
 *    hold a positive, unexpired conclusion of the kind that matches the form
 *    of placement (Rules of registering persons wishing to adopt p. 11), and
 *    of candidates only their own record.
 */
import type { StaffActor, StaffRole } from "../core/actor.ts";

export const CANDIDATE_KINDS = ["adopter", "guardian", "foster_family", "patronage_educator"] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export const CHILD_STATUSES = [
  "available_adoption",
  "available_guardianship",
  "available_foster",
  "available_patronage",
  "placed",
  "returned",
] as const;
export type ChildStatus = (typeof CHILD_STATUSES)[number];

/** The status a candidate of each kind may look for. */
export const AVAILABLE_FOR: Record<CandidateKind, ChildStatus> = {
  adopter: "available_adoption",
  guardian: "available_guardianship",
  foster_family: "available_foster",
  patronage_educator: "available_patronage",
};

export const GUARDIANSHIP_BODY_KINDS = [
  "district_education_department",
  "regional_education_department",
  "ministry_committee",
] as const;
export const CASEWORK_ROLES: readonly StaffRole[] = ["head", "responsible_executor", "department_head"];

export interface StaffViewer {
  kind: "staff";
  actor: StaffActor;
  /** The kind of the actor's provider (null: none). */
  providerKind: string | null;
}

export interface CitizenViewer {
  kind: "citizen";
  iin: string;
}

export type Viewer = StaffViewer | CitizenViewer;

/** A candidate's standing as the access rules need it. */
export interface Standing {
  kind: string;
  conclusion: "positive" | "negative";
  valid_until: string | null;
}

/** The regions whose full records a staff viewer sees: "all", a list of one, or none. */
export function staffRegions(v: StaffViewer): "all" | string[] {
  const { actor } = v;
  if (actor.roles.includes("supervisor")) return actor.regionCode === null ? "all" : [actor.regionCode];
  const casework = actor.roles.some((r) => CASEWORK_ROLES.includes(r));
  const body =
    v.providerKind !== null && (GUARDIANSHIP_BODY_KINDS as readonly string[]).includes(v.providerKind);
  if (!casework || !body) return [];
  if (v.providerKind === "ministry_committee") return "all";
  return actor.regionCode === null ? [] : [actor.regionCode];
}

export function staffSeesRegion(v: StaffViewer, regionCode: string): boolean {
  const regions = staffRegions(v);
  return regions === "all" || regions.includes(regionCode);
}

/** Whether a standing is a positive conclusion in force on `today`. */
export function inForce(s: Standing, today: string): boolean {
  return s.conclusion === "positive" && (s.valid_until === null || s.valid_until >= today);
}

/** The child statuses a citizen may browse (anonymised), given their standings. */
export function browsableStatuses(standings: readonly Standing[], today: string): ChildStatus[] {
  const out = new Set<ChildStatus>();
  for (const s of standings) {
    if (inForce(s, today) && (CANDIDATE_KINDS as readonly string[]).includes(s.kind))
      out.add(AVAILABLE_FOR[s.kind as CandidateKind]);
  }
  return [...out];
}

export type ChildView = "full" | "anonymised" | "none";

/** How a viewer may see a child. `live`: the child has a selection or placement in progress. */
export function childView(
  v: Viewer,
  child: { region_code: string; status: string },
  standings: readonly Standing[],
  today: string,
  live = false,
): ChildView {
  if (v.kind === "staff") return staffSeesRegion(v, child.region_code) ? "full" : "none";
  if (live) return "none";
  return (browsableStatuses(standings, today) as string[]).includes(child.status) ? "anonymised" : "none";
}

/** Whether a viewer may see a candidate's record. */
export function candidateVisible(v: Viewer, candidate: { iin: string; region_code: string }): boolean {
  if (v.kind === "citizen") return v.iin === candidate.iin;
  return staffSeesRegion(v, candidate.region_code);
}
