/**
 * BPMN 2.0 export of a regulation version, with diagram interchange, so that
 * the "business-process handbook" annexes the acts' text lost can be opened
 * in bpmn.io again. One pool per procedure (channel), one lane per actor, a
 * task per step with its duration and source in the documentation, an
 * exclusive gateway per decision.
 */
import { CHANNEL_LABELS, ROLE_LABELS } from "./labels.ts";
import { durationText } from "./render-text.ts";
import type { Procedure, RegulationVersion, Service, Step } from "./schema.ts";
import { stepTarget } from "./term-check.ts";
import type { Lang, Role } from "./vocabulary.ts";

const NS = {
  bpmn: "http://www.omg.org/spec/BPMN/20100524/MODEL",
  bpmndi: "http://www.omg.org/spec/BPMN/20100524/DI",
  dc: "http://www.omg.org/spec/DD/20100524/DC",
  di: "http://www.omg.org/spec/DD/20100524/DI",
};

const LANE_HEIGHT = 140;
const LANE_LABEL = 30;
const COLUMN = 170;
const TASK = { w: 120, h: 80 };
const GATEWAY = 50;
const EVENT = 36;
const POOL_GAP = 40;

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

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Node {
  id: string;
  box: Box;
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

function pool(procedure: Procedure, top: number, lang: Lang): PoolXml {
  const pid = xmlId("Process", procedure.id);
  const steps = procedure.steps;
  const lanes = [...new Set(steps.map((s) => s.actor))];
  const laneOf = (role: Role) => lanes.indexOf(role);
  const width = LANE_LABEL + (steps.length + 2) * COLUMN;
  const height = lanes.length * LANE_HEIGHT;
  const laneTop = (role: Role) => top + laneOf(role) * LANE_HEIGHT;
  const column = (c: number) => LANE_LABEL + c * COLUMN + 20;

  const first = steps[0]!;
  const last = steps[steps.length - 1]!;
  const start: Node = {
    id: xmlId("Start", procedure.id),
    box: { x: column(0) + 40, y: laneTop(first.actor) + (LANE_HEIGHT - EVENT) / 2, w: EVENT, h: EVENT },
  };
  const end: Node = {
    id: xmlId("End", procedure.id),
    box: {
      x: column(steps.length + 1) + 40,
      y: laneTop(last.actor) + (LANE_HEIGHT - EVENT) / 2,
      w: EVENT,
      h: EVENT,
    },
  };
  const nodes: Node[] = steps.map((s, i) => {
    const size = s.kind === "decision" ? { w: GATEWAY, h: GATEWAY } : TASK;
    return {
      id: xmlId(s.kind === "decision" ? "Gateway" : "Task", procedure.id, s.id),
      box: {
        x: column(i + 1) + (TASK.w - size.w) / 2,
        y: laneTop(s.actor) + (LANE_HEIGHT - size.h) / 2,
        ...size,
      },
    };
  });

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

  const incoming = (n: Node) =>
    flows.filter((f) => f.to === n).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`);
  const outgoing = (n: Node) =>
    flows.filter((f) => f.from === n).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`);
  elements.push(`<bpmn:startEvent id="${start.id}">${outgoing(start).join("")}</bpmn:startEvent>`);
  steps.forEach((s, i) => {
    const n = nodes[i]!;
    const name = escapeXml(`${s.n ? `${s.n}. ` : ""}${s.action[lang]}`);
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
    if (role === last.actor) refs.push(end.id);
    const name = escapeXml(ROLE_LABELS[role][lang]);
    return `<bpmn:lane id="${xmlId("Lane", procedure.id, role)}" name="${name}">${refs.map((r) => `<bpmn:flowNodeRef>${r}</bpmn:flowNodeRef>`).join("")}</bpmn:lane>`;
  });

  const bounds = (b: Box) => `<dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" />`;
  const participantId = xmlId("Participant", procedure.id);
  const shapes: string[] = [
    `<bpmndi:BPMNShape id="${participantId}_di" bpmnElement="${participantId}" isHorizontal="true">${bounds({ x: 0, y: top, w: width, h: height })}</bpmndi:BPMNShape>`,
  ];
  lanes.forEach((role, i) => {
    const id = xmlId("Lane", procedure.id, role);
    shapes.push(
      `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}" isHorizontal="true">${bounds({ x: LANE_LABEL, y: top + i * LANE_HEIGHT, w: width - LANE_LABEL, h: LANE_HEIGHT })}</bpmndi:BPMNShape>`,
    );
  });
  for (const n of [start, ...nodes, end]) {
    shapes.push(
      `<bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}">${bounds(n.box)}</bpmndi:BPMNShape>`,
    );
  }
  for (const f of flows) {
    const a = f.from.box;
    const b = f.to.box;
    const sx = a.x + a.w;
    const sy = a.y + a.h / 2;
    const tx = b.x;
    const ty = b.y + b.h / 2;
    const points =
      sy === ty && tx > sx
        ? [
            [sx, sy],
            [tx, ty],
          ]
        : tx > sx
          ? [
              [sx, sy],
              [(sx + tx) / 2, sy],
              [(sx + tx) / 2, ty],
              [tx, ty],
            ]
          : [
              [a.x + a.w / 2, a.y + a.h],
              [a.x + a.w / 2, top + height - 10],
              [b.x + b.w / 2, top + height - 10],
              [b.x + b.w / 2, b.y + b.h],
            ];
    const waypoints = points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join("");
    shapes.push(`<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${waypoints}</bpmndi:BPMNEdge>`);
  }

  const title = `${CHANNEL_LABELS[procedure.channel][lang]}${procedure.variant ? ` (${procedure.variant})` : ""}`;
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

/** BPMN 2.0 XML (with DI) of every procedure of a version. */
export function toBpmn(service: Service, version: RegulationVersion, lang: Lang = "en"): string {
  const pools: PoolXml[] = [];
  let top = 0;
  for (const p of version.procedures) {
    const built = pool(p, top, lang);
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
