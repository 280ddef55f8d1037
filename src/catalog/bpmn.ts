/**
 * BPMN 2.0 export of a regulation version, with diagram interchange, so that
 * the "business-process handbook" annexes the acts' text lost can be opened
 * in bpmn.io again. One pool per procedure (channel), one lane per actor, a
 * task per step with its duration and source in the documentation, an
 * exclusive gateway per decision. The layout runs left to right: a step's
 * column is its longest path from the start, steps of one role that share a
 * column stack in rows of that role's lane, and flows are routed around the
 * shapes (`layoutProcedure`, `route`).
 */
import { CHANNEL_LABELS, ROLE_LABELS } from "./labels.ts";
import { durationText } from "./render-text.ts";
import type { Procedure, RegulationVersion, Service, Step } from "./schema.ts";
import { stepTarget, successors } from "./term-check.ts";
import type { Lang, Role } from "./vocabulary.ts";

const NS = {
  bpmn: "http://www.omg.org/spec/BPMN/20100524/MODEL",
  bpmndi: "http://www.omg.org/spec/BPMN/20100524/DI",
  dc: "http://www.omg.org/spec/DD/20100524/DC",
  di: "http://www.omg.org/spec/DD/20100524/DI",
};

/** Left strips of a pool: the participant's name, then each lane's name (as bpmn.io draws them). */
const LABEL_STRIP = 30;
const LEFT = 2 * LABEL_STRIP;
/** A column of the grid; shapes are centred in it, the space between them carries the vertical runs of flows. */
const COLUMN = 200;
/** A row of a lane: a corridor above the shapes for horizontal runs, the shape, room for a gateway's label. */
const ROW = 170;
const CORRIDOR = 12;
const SHAPE_TOP = 25;
const TASK = { w: 160, h: 100 };
const GATEWAY = 50;
const EVENT = 36;
const POOL_GAP = 40;
/** Labels on the diagram (`labels: "short"`) are cut at a word near these lengths; the documentation keeps all. */
const SHORT_TASK = 110;
const SHORT_GATEWAY = 80;

const AUTOMATED: ReadonlySet<Role> = new Set(["portal", "information_system"]);
const YES = { kk: "иә", ru: "да", en: "yes" };
const NO = { kk: "жоқ", ru: "нет", en: "no" };
const UNSTATED = {
  kk: "мерзімі актіде көрсетілмеген",
  ru: "срок в акте не указан",
  en: "duration not stated in the act",
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** XML ids: NCName, unique in the document. */
function xmlId(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_.-]/g, "_")).join("_");
}

/** The id of a step's task or gateway in the export (what a viewer reports when it is clicked). */
export function bpmnElementId(procedureId: string, step: Pick<Step, "id" | "kind">): string {
  return xmlId(step.kind === "decision" ? "Gateway" : "Task", procedureId, step.id);
}

/** A text cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:—–-]+$/, "")}…`;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Node {
  id: string;
  box: Box;
  /** Grid position: column, and the top of its row (for the corridor above it). */
  column: number;
  rowTop: number;
}

/** Where each step stands: its column (longest path from the start, back edges ignored) and its row in its lane. */
export interface Layout {
  lanes: Role[];
  /** Rows per lane. */
  rows: number[];
  columns: number[];
  rowOf: number[];
  /** Column of the end event. */
  endColumn: number;
  /** Edges that go back against the flow (a loop), as [from, to] step indexes. */
  backEdges: [number, number][];
}

/** The grid of a procedure: lanes per role (in order of first appearance), columns left to right by the flow. */
export function layoutProcedure(procedure: Procedure): Layout {
  const steps = procedure.steps;
  const lanes = [...new Set(steps.map((s) => s.actor))];
  const next = steps.map((_, i) => successors(procedure, i));
  // Back edges: those closing a cycle in a depth-first walk from the first step.
  const state = steps.map(() => 0); // 0 new, 1 on the stack, 2 done
  const backEdges: [number, number][] = [];
  const walk = (i: number) => {
    state[i] = 1;
    for (const j of next[i]!) {
      if (state[j] === 1) backEdges.push([i, j]);
      else if (state[j] === 0) walk(j);
    }
    state[i] = 2;
  };
  for (let i = 0; i < steps.length; i++) if (state[i] === 0) walk(i);
  const isBack = (i: number, j: number) => backEdges.some(([a, b]) => a === i && b === j);
  // Longest path from the start over the forward edges (Kahn's order).
  const indegree = steps.map(() => 0);
  next.forEach((js, i) => {
    for (const j of js) if (!isBack(i, j)) indegree[j]!++;
  });
  const columns = steps.map(() => 1);
  const queue = steps.map((_, i) => i).filter((i) => indegree[i] === 0);
  while (queue.length > 0) {
    const i = queue.shift()!;
    for (const j of next[i]!) {
      if (isBack(i, j)) continue;
      columns[j] = Math.max(columns[j]!, columns[i]! + 1);
      if (--indegree[j]! === 0) queue.push(j);
    }
  }
  // Steps sharing a lane and a column stack in rows of that lane, in the act's order.
  const rowOf = steps.map(() => 0);
  const taken = new Map<string, number>();
  steps.forEach((s, i) => {
    const key = `${s.actor}/${columns[i]}`;
    rowOf[i] = taken.get(key) ?? 0;
    taken.set(key, rowOf[i]! + 1);
  });
  const rows = lanes.map((role) =>
    Math.max(1, ...steps.map((s, i) => (s.actor === role ? rowOf[i]! + 1 : 1))),
  );
  const endColumn = Math.max(...columns) + 1;
  return { lanes, rows, columns, rowOf, endColumn, backEdges };
}

function documentation(step: Step, lang: Lang): string {
  const time = step.duration ? durationText(step.duration, lang) : UNSTATED[lang];
  const parts = [step.action[lang], time];
  if (step.output) parts.push(step.output[lang]);
  parts.push(`${step.source.seed} ${step.source.ref}`);
  return parts.join(" — ");
}

interface PoolXml {
  participant: string;
  process: string;
  shapes: string[];
  height: number;
}

export interface BpmnOptions {
  /** "short": the diagram's labels cut to a readable length (the documentation keeps the whole text). */
  labels?: "full" | "short";
}

type Point = [number, number];

function pool(
  version: RegulationVersion,
  procedure: Procedure,
  top: number,
  lang: Lang,
  options: BpmnOptions,
): PoolXml {
  const pid = xmlId("Process", procedure.id);
  const steps = procedure.steps;
  const grid = layoutProcedure(procedure);
  const { lanes } = grid;
  const laneTops: number[] = [];
  let y = top;
  for (const rows of grid.rows) {
    laneTops.push(y);
    y += rows * ROW;
  }
  const height = y - top;
  const width = LEFT + (grid.endColumn + 1) * COLUMN;
  const cellX = (column: number) => LEFT + column * COLUMN;
  const rowTopOf = (role: Role, row: number) => laneTops[lanes.indexOf(role)]! + row * ROW;
  const place = (id: string, column: number, rowTop: number, w: number, h: number): Node => ({
    id,
    column,
    rowTop,
    box: { x: cellX(column) + (COLUMN - w) / 2, y: rowTop + SHAPE_TOP + (TASK.h - h) / 2, w, h },
  });

  const first = steps[0]!;
  const start = place(xmlId("Start", procedure.id), 0, rowTopOf(first.actor, grid.rowOf[0]!), EVENT, EVENT);
  const nodes: Node[] = steps.map((s, i) => {
    const size = s.kind === "decision" ? GATEWAY : undefined;
    return place(
      bpmnElementId(procedure.id, s),
      grid.columns[i]!,
      rowTopOf(s.actor, grid.rowOf[i]!),
      size ?? TASK.w,
      size ?? TASK.h,
    );
  });
  // The end event stands in the lane of the right-most step that ends the process.
  const enders = steps
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) =>
      s.kind === "decision"
        ? stepTarget(procedure, i, s.next) === undefined || stepTarget(procedure, i, s.ifNo) === undefined
        : stepTarget(procedure, i, s.next) === undefined,
    )
    .sort((a, b) => grid.columns[b.i]! - grid.columns[a.i]!);
  const lastIndex = enders[0]?.i ?? steps.length - 1;
  const endRole = steps[lastIndex]!.actor;
  const end = place(
    xmlId("End", procedure.id),
    grid.endColumn,
    rowTopOf(endRole, grid.rowOf[lastIndex]!),
    EVENT,
    EVENT,
  );

  const elements: string[] = [];
  const flows: Array<{ id: string; from: Node; to: Node; name?: string }> = [];
  const flow = (from: Node, to: Node, name?: string) =>
    flows.push({
      id: xmlId("Flow", procedure.id, String(flows.length + 1)),
      from,
      to,
      ...(name ? { name } : {}),
    });

  flow(start, nodes[0]!);
  steps.forEach((s, i) => {
    const node = nodes[i]!;
    const to = (ref: string | undefined) => {
      const target = stepTarget(procedure, i, ref);
      return target === undefined ? end : nodes[target]!;
    };
    if (s.kind === "decision") {
      flow(node, to(s.next), YES[lang]);
      flow(node, to(s.ifNo), NO[lang]);
    } else {
      flow(node, to(s.next));
    }
  });

  const short = options.labels === "short";
  const incoming = (n: Node) =>
    flows.filter((f) => f.to === n).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`);
  const outgoing = (n: Node) =>
    flows.filter((f) => f.from === n).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`);
  elements.push(`<bpmn:startEvent id="${start.id}">${outgoing(start).join("")}</bpmn:startEvent>`);
  steps.forEach((s, i) => {
    const n = nodes[i]!;
    const full = `${s.n ? `${s.n}. ` : ""}${s.action[lang]}`;
    const name = escapeXml(short ? shorten(full, s.kind === "decision" ? SHORT_GATEWAY : SHORT_TASK) : full);
    const doc = `<bpmn:documentation>${escapeXml(documentation(s, lang))}</bpmn:documentation>`;
    const tag =
      s.kind === "decision" ? "exclusiveGateway" : AUTOMATED.has(s.actor) ? "serviceTask" : "userTask";
    elements.push(
      `<bpmn:${tag} id="${n.id}" name="${name}">${doc}${incoming(n).join("")}${outgoing(n).join("")}</bpmn:${tag}>`,
    );
  });
  elements.push(`<bpmn:endEvent id="${end.id}">${incoming(end).join("")}</bpmn:endEvent>`);
  for (const f of flows) {
    const name = f.name ? ` name="${escapeXml(f.name)}"` : "";
    elements.push(
      `<bpmn:sequenceFlow id="${f.id}"${name} sourceRef="${f.from.id}" targetRef="${f.to.id}" />`,
    );
  }

  const laneXml = lanes.map((role) => {
    const refs = steps
      .map((s, i) => (s.actor === role ? nodes[i]!.id : undefined))
      .filter((id): id is string => id !== undefined);
    if (role === first.actor) refs.unshift(start.id);
    if (role === endRole) refs.push(end.id);
    const name = escapeXml(ROLE_LABELS[role][lang]);
    return `<bpmn:lane id="${xmlId("Lane", procedure.id, role)}" name="${name}">${refs.map((r) => `<bpmn:flowNodeRef>${r}</bpmn:flowNodeRef>`).join("")}</bpmn:lane>`;
  });

  const bounds = (b: Box) => `<dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" />`;
  const label = (b: Box) => `<bpmndi:BPMNLabel>${bounds(b)}</bpmndi:BPMNLabel>`;
  const participantId = xmlId("Participant", procedure.id);
  const shapes: string[] = [
    `<bpmndi:BPMNShape id="${participantId}_di" bpmnElement="${participantId}" isHorizontal="true">${bounds({ x: 0, y: top, w: width, h: height })}</bpmndi:BPMNShape>`,
  ];
  lanes.forEach((role, i) => {
    const id = xmlId("Lane", procedure.id, role);
    shapes.push(
      `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}" isHorizontal="true">${bounds({ x: LABEL_STRIP, y: laneTops[i]!, w: width - LABEL_STRIP, h: grid.rows[i]! * ROW })}</bpmndi:BPMNShape>`,
    );
  });
  for (const [i, n] of [start, ...nodes, end].entries()) {
    const step = i >= 1 && i <= steps.length ? steps[i - 1] : undefined;
    // A gateway's question sits under it, as wide as its column.
    const gatewayLabel =
      step?.kind === "decision"
        ? label({ x: cellX(n.column) + 10, y: n.box.y + n.box.h + 6, w: COLUMN - 20, h: 60 })
        : "";
    shapes.push(
      `<bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"${step?.kind === "decision" ? ' isMarkerVisible="true"' : ""}>${bounds(n.box)}${gatewayLabel}</bpmndi:BPMNShape>`,
    );
  }
  for (const f of flows) {
    const points = route(f.from, f.to, cellX);
    const waypoints = points.map(([px, py]) => `<di:waypoint x="${px}" y="${py}" />`).join("");
    // A gateway's "yes"/"no" stands just after the gateway, on the flow's first run.
    const [p0, p1] = points as [Point, Point];
    const flowLabel = f.name
      ? label(
          p0[1] === p1[1]
            ? { x: p0[0] + 4, y: p0[1] - 20, w: 30, h: 14 }
            : { x: p0[0] + 4, y: Math.min(p0[1], p1[1]) + 2, w: 30, h: 14 },
        )
      : "";
    shapes.push(
      `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${waypoints}${flowLabel}</bpmndi:BPMNEdge>`,
    );
  }

  const variant = procedure.variant ? version.variants.find((v) => v.id === procedure.variant) : undefined;
  const title = `${CHANNEL_LABELS[procedure.channel][lang]}${variant ? ` (${variant.title[lang]})` : ""}`;
  return {
    participant: `<bpmn:participant id="${participantId}" name="${escapeXml(title)}" processRef="${pid}" />`,
    process:
      `<bpmn:process id="${pid}" name="${escapeXml(procedure.title[lang])}" isExecutable="false">` +
      `<bpmn:documentation>${escapeXml(`${procedure.source.seed} ${procedure.source.ref}`)}</bpmn:documentation>` +
      `<bpmn:laneSet id="${xmlId("LaneSet", procedure.id)}">${laneXml.join("")}</bpmn:laneSet>${elements.join("")}</bpmn:process>`,
    shapes,
    height: height + POOL_GAP,
  };
}

/**
 * Orthogonal route of a flow that never crosses a shape: runs go vertically only in the free space
 * between columns and horizontally only in the corridor above a row's shapes.
 *  - next column, same height: straight;
 *  - forward: out of the right side to the space after the source's column, along the corridor of
 *    the target's row to the space before its column, in from the left;
 *  - back (a loop) or the same column: out of the top into the source row's corridor, back to the space
 *    before the target's column, in from the left.
 */
function route(a: Node, b: Node, cellX: (column: number) => number): Point[] {
  const ay = a.box.y + a.box.h / 2;
  const by = b.box.y + b.box.h / 2;
  const right = a.box.x + a.box.w;
  const gapAfter = cellX(a.column + 1);
  const gapBefore = cellX(b.column);
  const entry: Point = [b.box.x, by];
  if (b.column > a.column) {
    if (b.column === a.column + 1) {
      if (ay === by) return [[right, ay], entry];
      return [[right, ay], [gapAfter, ay], [gapAfter, by], entry];
    }
    const corridor = b.rowTop + CORRIDOR;
    return [[right, ay], [gapAfter, ay], [gapAfter, corridor], [gapBefore, corridor], [gapBefore, by], entry];
  }
  const mid = a.box.x + a.box.w / 2;
  const corridor = a.rowTop + CORRIDOR;
  return [[mid, a.box.y], [mid, corridor], [gapBefore, corridor], [gapBefore, by], entry];
}

/** BPMN 2.0 XML (with DI) of every procedure of a version. */
export function toBpmn(
  service: Service,
  version: RegulationVersion,
  lang: Lang = "en",
  options: BpmnOptions = {},
): string {
  const pools: PoolXml[] = [];
  let top = 0;
  for (const p of version.procedures) {
    const built = pool(version, p, top, lang, options);
    pools.push(built);
    top += built.height;
  }
  const collaboration = xmlId("Collaboration", service.code, version.id);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<bpmn:definitions xmlns:bpmn="${NS.bpmn}" xmlns:bpmndi="${NS.bpmndi}" xmlns:dc="${NS.dc}" xmlns:di="${NS.di}" ` +
      `id="${xmlId("Definitions", service.code, version.id)}" targetNamespace="https://qyzmet.kz/catalog/${service.code}/${version.id}" ` +
      `exporter="qyzmet" exporterVersion="1">`,
    `<bpmn:collaboration id="${collaboration}">` +
      `<bpmn:documentation>${escapeXml(`${service.titles[lang]} — ${version.act.issuedBy[lang]}, No. ${version.act.number}, ${version.act.date}`)}</bpmn:documentation>` +
      `${pools.map((p) => p.participant).join("")}</bpmn:collaboration>`,
    ...pools.map((p) => p.process),
    `<bpmndi:BPMNDiagram id="${xmlId("Diagram", service.code, version.id)}">`,
    `<bpmndi:BPMNPlane id="${xmlId("Plane", service.code, version.id)}" bpmnElement="${collaboration}">`,
    ...pools.flatMap((p) => p.shapes),
    "</bpmndi:BPMNPlane>",
    "</bpmndi:BPMNDiagram>",
    "</bpmn:definitions>",
  ].join("\n");
}
