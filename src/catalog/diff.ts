/**
 * What changed between two regulation versions of a service, computed from the catalogue's data: the
 * terms (per channel and variant), the channels, the documents per channel, the refusal grounds, and
 * each procedure's steps with their deadlines and roles. Only changes are listed; every change carries
 * the element before and after, so each side's legal source can be shown.
 *
 * Elements are matched by their key where the data have one (a term's channel and variant, a channel,
 * a procedure's channel and variant). Documents, grounds and steps are renamed freely between acts
 * ("s1-submit" in a regional regulation is "submit" in the national rules), so they are matched by an
 * order-preserving alignment that maximises similarity: the same id, the same words of the English text
 * (the catalogue's common language), the same role, the same number.
 */
import type { z } from "zod";
import type {
  ChannelSpec as ChannelSchema,
  CitedText,
  Duration,
  RefusalGround,
  RegulationVersion,
  RequiredDocument,
  Step,
  Term,
  Text,
} from "./schema.ts";
import type { Channel } from "./vocabulary.ts";

type ChannelSpec = z.infer<typeof ChannelSchema>;

export type Change<T, F extends string = string> =
  | { kind: "added"; after: T }
  | { kind: "removed"; before: T }
  | { kind: "changed"; before: T; after: T; fields: F[] };

export type TermField = "duration" | "condition" | "acceptanceDayExcluded";
export type ChannelField = "condition";
export type DocumentField = "title" | "condition" | "presentation" | "variant";
export type GroundField = "n" | "text" | "provision" | "variant";
export type StepField = "kind" | "actor" | "action" | "duration" | "output" | "check";
export type RefField = "text";

export interface ProcedureDiff {
  channel: Channel;
  variant?: string;
  /** The procedure ids on each side (absent where the procedure is added or removed). */
  before?: string;
  after?: string;
  kind: "added" | "removed" | "changed";
  steps: Change<Step, StepField>[];
  /** Steps matched with nothing to report. */
  unchangedSteps: number;
}

export interface VersionDiff {
  from: string;
  to: string;
  terms: Change<Term, TermField>[];
  channels: Change<ChannelSpec, ChannelField>[];
  documents: { channel: Channel; changes: Change<RequiredDocument, DocumentField>[] }[];
  documentsRef: Change<CitedText, RefField>[];
  refusalGrounds: Change<RefusalGround, GroundField>[];
  refusalGroundsRef: Change<CitedText, RefField>[];
  procedures: ProcedureDiff[];
  /** Nothing of the above changed. */
  same: boolean;
}

// ------------------------------------------------------------ comparison

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
const sameText = (a: Text | null | undefined, b: Text | null | undefined) =>
  (a === null || a === undefined) === (b === null || b === undefined) &&
  (!a || !b || (norm(a.kk) === norm(b.kk) && norm(a.ru) === norm(b.ru) && norm(a.en) === norm(b.en)));
const sameDuration = (a: Duration | null, b: Duration | null) =>
  a === null || b === null ? a === b : a.value === b.value && a.unit === b.unit;

function fieldsOf<T, F extends string>(a: T, b: T, checks: Record<F, (a: T, b: T) => boolean>): F[] {
  return (Object.keys(checks) as F[]).filter((f) => !checks[f](a, b));
}

const TERM_CHECKS: Record<TermField, (a: Term, b: Term) => boolean> = {
  duration: (a, b) => sameDuration(a.duration, b.duration),
  condition: (a, b) => sameText(a.condition, b.condition),
  acceptanceDayExcluded: (a, b) => Boolean(a.acceptanceDayExcluded) === Boolean(b.acceptanceDayExcluded),
};
const CHANNEL_CHECKS: Record<ChannelField, (a: ChannelSpec, b: ChannelSpec) => boolean> = {
  condition: (a, b) => sameText(a.condition, b.condition),
};
const DOCUMENT_CHECKS: Record<DocumentField, (a: RequiredDocument, b: RequiredDocument) => boolean> = {
  title: (a, b) => sameText(a.title, b.title),
  condition: (a, b) => sameText(a.condition, b.condition),
  presentation: (a, b) => a.presentation === b.presentation,
  variant: (a, b) => a.variant === b.variant,
};
const GROUND_CHECKS: Record<GroundField, (a: RefusalGround, b: RefusalGround) => boolean> = {
  n: (a, b) => a.n === b.n,
  text: (a, b) => sameText(a.text, b.text),
  provision: (a, b) => a.provision === b.provision,
  variant: (a, b) => a.variant === b.variant,
};
const STEP_CHECKS: Record<StepField, (a: Step, b: Step) => boolean> = {
  kind: (a, b) => a.kind === b.kind,
  actor: (a, b) => a.actor === b.actor,
  action: (a, b) => sameText(a.action, b.action),
  duration: (a, b) => sameDuration(a.duration, b.duration),
  output: (a, b) => sameText(a.output, b.output),
  check: (a, b) => a.check === b.check,
};
const REF_CHECKS: Record<RefField, (a: CitedText, b: CitedText) => boolean> = {
  text: (a, b) => sameText(a.text, b.text),
};

// ------------------------------------------------------------ similarity

const STOP = new Set(
  "the and for with from that this which are was were has have its into under his her their per not any all".split(
    " ",
  ),
);

/** Word stems of an English text: lower case, three letters or more, cut to six letters. */
export function stems(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z]{3,}|\d+/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6)),
  );
}

/** Jaccard similarity of two texts' stems, 0…1. */
export function similarity(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

/**
 * Order-preserving alignment of two lists that maximises the summed score (a weighted longest common
 * subsequence); pairs scoring 0 never match. Returns the matched index pairs and the unmatched indices.
 */
export function align<A, B>(
  before: readonly A[],
  after: readonly B[],
  score: (a: A, b: B) => number,
): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const n = before.length;
  const m = after.length;
  const s: number[][] = before.map((a) => after.map((b) => score(a, b)));
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const here = s[i]![j]!;
      best[i]![j] = Math.max(
        best[i + 1]![j]!,
        best[i]![j + 1]!,
        here > 0 ? here + best[i + 1]![j + 1]! : Number.NEGATIVE_INFINITY,
      );
    }
  }
  const pairs: [number, number][] = [];
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = s[i]![j]!;
    if (here > 0 && best[i]![j] === here + best[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) {
      removed.push(i++);
    } else {
      added.push(j++);
    }
  }
  while (i < n) removed.push(i++);
  while (j < m) added.push(j++);
  return { pairs, removed, added };
}

/** Changes of two aligned lists, in the newer list's order (removed elements where they stood). */
function listChanges<T, F extends string>(
  before: readonly T[],
  after: readonly T[],
  score: (a: T, b: T) => number,
  checks: Record<F, (a: T, b: T) => boolean>,
): { changes: Change<T, F>[]; unchanged: number } {
  const { pairs, removed, added } = align(before, after, score);
  const rows: { at: number; change: Change<T, F> | null }[] = [];
  const matchedAt = new Map(pairs.map(([i, j]) => [i, j]));
  for (const [i, j] of pairs) {
    const fields = fieldsOf(before[i]!, after[j]!, checks);
    rows.push({
      at: j,
      change: fields.length > 0 ? { kind: "changed", before: before[i]!, after: after[j]!, fields } : null,
    });
  }
  for (const j of added) rows.push({ at: j, change: { kind: "added", after: after[j]! } });
  for (const i of removed) {
    // Place a removed element just before the newer element that follows its old place.
    let next = after.length;
    for (let k = i + 1; k < before.length; k++) {
      const j = matchedAt.get(k);
      if (j !== undefined) {
        next = j;
        break;
      }
    }
    rows.push({ at: next - 0.5, change: { kind: "removed", before: before[i]! } });
  }
  rows.sort((a, b) => a.at - b.at);
  const changes = rows.map((r) => r.change).filter((c): c is Change<T, F> => c !== null);
  return { changes, unchanged: rows.filter((r) => r.change === null).length };
}

/** Changes of elements matched by a key. */
function keyedChanges<T, F extends string>(
  before: readonly T[],
  after: readonly T[],
  key: (t: T) => string,
  checks: Record<F, (a: T, b: T) => boolean>,
): Change<T, F>[] {
  const old = new Map<string, T[]>();
  for (const t of before) old.set(key(t), [...(old.get(key(t)) ?? []), t]);
  const changes: Change<T, F>[] = [];
  for (const t of after) {
    const candidates = old.get(key(t)) ?? [];
    const match = candidates.shift();
    if (!match) {
      changes.push({ kind: "added", after: t });
      continue;
    }
    const fields = fieldsOf(match, t, checks);
    if (fields.length > 0) changes.push({ kind: "changed", before: match, after: t, fields });
  }
  for (const rest of old.values()) for (const t of rest) changes.push({ kind: "removed", before: t });
  return changes;
}

function optionalChange<F extends string>(
  before: CitedText | null,
  after: CitedText | null,
  checks: Record<F, (a: CitedText, b: CitedText) => boolean>,
): Change<CitedText, F>[] {
  if (before && after) {
    const fields = fieldsOf(before, after, checks);
    return fields.length > 0 ? [{ kind: "changed", before, after, fields }] : [];
  }
  if (before) return [{ kind: "removed", before }];
  if (after) return [{ kind: "added", after }];
  return [];
}

const textScore = (a: Text, b: Text) => similarity(a.en, b.en);

const documentScore = (a: RequiredDocument, b: RequiredDocument) => {
  if (a.id === b.id) return 2;
  const sim = textScore(a.title, b.title);
  return sim >= 0.3 ? sim : 0;
};

const groundScore = (a: RefusalGround, b: RefusalGround) => {
  const sim = textScore(a.text, b.text);
  const sameNumber = a.n === b.n ? 0.2 : 0;
  return sim >= 0.25 ? sim + sameNumber : 0;
};

const stepScore = (a: Step, b: Step) => {
  const sim = textScore(a.action, b.action);
  const role = a.actor === b.actor ? 0.3 : 0;
  const id = a.id === b.id ? 1 : 0;
  const score = id + 0.7 * sim + role;
  // The same role alone is not a match: the words must say the same thing, more so across roles.
  return id > 0 || (role > 0 && sim >= 0.2) || sim >= 0.4 ? score : 0;
};

// ------------------------------------------------------------ the diff

/** Every change from version `a` to version `b` (normally the next one in force). */
export function diffVersions(a: RegulationVersion, b: RegulationVersion): VersionDiff {
  const sa = a.standard;
  const sb = b.standard;
  const terms = keyedChanges(
    sa.terms,
    sb.terms,
    (t) => `${t.channel ?? "*"}/${t.variant ?? ""}`,
    TERM_CHECKS,
  );
  const channels = keyedChanges(sa.channels, sb.channels, (c) => c.channel, CHANNEL_CHECKS);

  const allChannels = [
    ...new Set([...sb.channels.map((c) => c.channel), ...sa.channels.map((c) => c.channel)]),
  ];
  const documents = allChannels
    .map((channel) => {
      const of = (docs: readonly RequiredDocument[]) => docs.filter((d) => d.channels.includes(channel));
      const { changes } = listChanges(of(sa.documents), of(sb.documents), documentScore, DOCUMENT_CHECKS);
      return { channel, changes };
    })
    .filter((d) => d.changes.length > 0);

  const refusalGrounds = listChanges(
    sa.refusalGrounds,
    sb.refusalGrounds,
    groundScore,
    GROUND_CHECKS,
  ).changes;

  const procedures: ProcedureDiff[] = [];
  const key = (p: { channel: string; variant?: string }) => `${p.channel}/${p.variant ?? ""}`;
  const older = new Map(a.procedures.map((p) => [key(p), p]));
  for (const p of b.procedures) {
    const q = older.get(key(p));
    older.delete(key(p));
    const base = { channel: p.channel, ...(p.variant ? { variant: p.variant } : {}) };
    if (!q) {
      procedures.push({
        ...base,
        after: p.id,
        kind: "added",
        steps: p.steps.map((s) => ({ kind: "added", after: s })),
        unchangedSteps: 0,
      });
      continue;
    }
    const { changes, unchanged } = listChanges(q.steps, p.steps, stepScore, STEP_CHECKS);
    if (changes.length > 0)
      procedures.push({
        ...base,
        before: q.id,
        after: p.id,
        kind: "changed",
        steps: changes,
        unchangedSteps: unchanged,
      });
  }
  for (const q of older.values()) {
    procedures.push({
      channel: q.channel,
      ...(q.variant ? { variant: q.variant } : {}),
      before: q.id,
      kind: "removed",
      steps: q.steps.map((s) => ({ kind: "removed", before: s })),
      unchangedSteps: 0,
    });
  }

  const documentsRef = optionalChange(sa.documentsRef, sb.documentsRef, REF_CHECKS);
  const refusalGroundsRef = optionalChange(sa.refusalGroundsRef, sb.refusalGroundsRef, REF_CHECKS);
  const same =
    terms.length +
      channels.length +
      documents.length +
      documentsRef.length +
      refusalGrounds.length +
      refusalGroundsRef.length +
      procedures.length ===
    0;
  return {
    from: a.id,
    to: b.id,
    terms,
    channels,
    documents,
    documentsRef,
    refusalGrounds,
    refusalGroundsRef,
    procedures,
    same,
  };
}
