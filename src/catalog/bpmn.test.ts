import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { BpmnModdle, type ModdleElement } from "bpmn-moddle";
import { validateXML } from "xmllint-wasm";
import { bpmnElementId, escapeXml, layoutProcedure, shorten, toBpmn } from "./bpmn.ts";
import { loadCatalog } from "./catalog.ts";
import { successors } from "./term-check.ts";

const XSD_DIR = new URL("../../test/fixtures/bpmn-xsd/", import.meta.url);
const xsd = (name: string) => ({ fileName: name, contents: readFileSync(new URL(name, XSD_DIR), "utf8") });
const schema = xsd("BPMN20.xsd");
const preload = ["Semantic.xsd", "BPMNDI.xsd", "DC.xsd", "DI.xsd"].map(xsd);

const catalog = loadCatalog();

describe("BPMN 2.0 export restores the business-process handbooks", () => {
  for (const service of catalog) {
    for (const version of service.versions) {
      test(`${service.code}@${version.id} (${version.source.seed} ${version.source.ref}): valid against BPMN20.xsd and opens in bpmn.io`, async () => {
        const xml = toBpmn(service, version, "kk");
        const result = await validateXML({
          xml: { fileName: "export.bpmn", contents: xml },
          schema,
          preload,
        });
        assert.deepEqual(
          result.errors.map((e) => e.message),
          [],
          "libxml2 validation against the OMG schema",
        );
        // bpmn-moddle is the model layer of bpmn.io: no warnings means the modeler opens it as drawn.
        const moddle = new BpmnModdle();
        const { rootElement, warnings } = await moddle.fromXML(xml);
        assert.deepEqual(
          warnings.map((w) => w.message),
          [],
        );
        const roots = rootElement.rootElements as ModdleElement[];
        const processes = roots.filter((e) => e.$type === "bpmn:Process") as Array<
          ModdleElement & { flowElements: ModdleElement[]; laneSets: Array<{ lanes: unknown[] }> }
        >;
        assert.equal(processes.length, version.procedures.length, "one process per procedure");
        for (const [i, procedure] of version.procedures.entries()) {
          const proc = processes[i]!;
          const elements = proc.flowElements;
          const actors = new Set(procedure.steps.map((s) => s.actor));
          assert.equal(proc.laneSets[0]!.lanes.length, actors.size, "a lane per actor");
          const decisions = procedure.steps.filter((s) => s.kind === "decision").length;
          assert.equal(
            elements.filter((e) => e.$type === "bpmn:ExclusiveGateway").length,
            decisions,
            "a gateway per decision",
          );
          const tasks = elements.filter(
            (e) => e.$type === "bpmn:UserTask" || e.$type === "bpmn:ServiceTask",
          ).length;
          assert.equal(tasks, procedure.steps.length - decisions, "a task per step");
        }
      });
    }
  }
});

interface Di {
  $type: string;
  bpmnElement: { id: string; $type: string; flowNodeRef?: { id: string }[] };
  bounds?: { x: number; y: number; width: number; height: number };
  waypoint?: { x: number; y: number }[];
}

type Rect = { x: number; y: number; width: number; height: number };
const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x &&
  r.y >= outer.y &&
  r.x + r.width <= outer.x + outer.width &&
  r.y + r.height <= outer.y + outer.height;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Does the axis-parallel segment p→q pass through the inside of r (touching its border is fine)? */
const crosses = (p: { x: number; y: number }, q: { x: number; y: number }, r: Rect) => {
  const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x1 < r.x + r.width && x2 > r.x && y1 < r.y + r.height && y2 > r.y;
};

describe("BPMN layout: a lane per role, left to right, flows around the shapes", () => {
  for (const service of catalog) {
    for (const version of service.versions) {
      test(`${service.code}@${version.id}: every shape in its role's lane, none overlapping, flows orthogonal and clear of other shapes`, async () => {
        const xml = toBpmn(service, version, "ru", { labels: "short" });
        const { rootElement } = await new BpmnModdle().fromXML(xml);
        const diagrams = rootElement.diagrams as Array<{ plane: { planeElement: Di[] } }>;
        const di = diagrams[0]!.plane.planeElement;
        const shapeOf = new Map(di.filter((d) => d.bounds).map((d) => [d.bpmnElement.id, d.bounds!]));
        for (const procedure of version.procedures) {
          const grid = layoutProcedure(procedure);
          const ids = procedure.steps.map((s) => bpmnElementId(procedure.id, s));
          const boxes = ids.map((id) => shapeOf.get(id));
          assert.ok(
            boxes.every((b) => b !== undefined),
            `${procedure.id}: a shape for every step`,
          );
          // Each step within the lane of its role.
          for (const [i, step] of procedure.steps.entries()) {
            const lane = shapeOf.get(`Lane_${procedure.id}_${step.actor}`);
            assert.ok(
              lane && inside(boxes[i]!, lane),
              `${procedure.id}.${step.id} inside lane ${step.actor}`,
            );
          }
          // No two shapes overlap.
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              assert.ok(
                !overlap(boxes[i]!, boxes[j]!),
                `${procedure.id}: ${procedure.steps[i]!.id} and ${procedure.steps[j]!.id} overlap`,
              );
          // Left to right: a step that follows another (not closing a loop) stands further right.
          for (const [i] of procedure.steps.entries())
            for (const j of successors(procedure, i)) {
              if (grid.backEdges.some(([a, b]) => a === i && b === j)) continue;
              assert.ok(
                boxes[j]!.x > boxes[i]!.x,
                `${procedure.id}: ${procedure.steps[j]!.id} right of ${procedure.steps[i]!.id}`,
              );
            }
        }
        // Every flow: orthogonal segments that do not pass through any shape but its own ends.
        const nodes = di.filter((d) => d.bounds && !/Participant|Lane/.test(d.bpmnElement.$type));
        const flows = (rootElement.rootElements as ModdleElement[])
          .flatMap((r: ModdleElement) =>
            r.$type === "bpmn:Process" ? (r.flowElements as ModdleElement[]) : [],
          )
          .filter((e: ModdleElement) => e.$type === "bpmn:SequenceFlow") as Array<
          ModdleElement & { id: string; sourceRef: { id: string }; targetRef: { id: string } }
        >;
        for (const f of flows) {
          const edge = di.find((d) => d.bpmnElement.id === f.id);
          const points = edge?.waypoint ?? [];
          assert.ok(points.length >= 2, `${f.id} has waypoints`);
          for (let k = 1; k < points.length; k++) {
            const p = points[k - 1]!;
            const q = points[k]!;
            assert.ok(p.x === q.x || p.y === q.y, `${f.id}: segment ${k} is horizontal or vertical`);
            for (const n of nodes) {
              if (n.bpmnElement.id === f.sourceRef.id || n.bpmnElement.id === f.targetRef.id) continue;
              assert.ok(!crosses(p, q, n.bounds!), `${f.id} crosses ${n.bpmnElement.id}`);
            }
          }
        }
      });
    }
  }

  test("labels: 'short' cuts long step names at a word with an ellipsis; the documentation keeps the whole text", () => {
    assert.equal(shorten("one two three", 20), "one two three");
    assert.equal(shorten("alpha beta gamma delta epsilon", 18), "alpha beta gamma…");
    const service = catalog.find((s) => s.code === "guardianship-establishment")!;
    const version = service.versions.at(-1)!;
    const step = version.procedures[0]!.steps.find((s) => s.action.kk.length > 150)!;
    const xml = toBpmn(service, version, "kk", { labels: "short" });
    const name = new RegExp(`id="${bpmnElementId(version.procedures[0]!.id, step)}" name="([^"]*)"`)
      .exec(xml)?.[1]
      ?.replace(/&quot;/g, '"');
    assert.ok(name && name.length <= 111 && name.endsWith("…"), name);
    assert.ok(xml.includes(escapeXml(step.action.kk)), "the whole text in the documentation");
  });

  test("a variant's pool is named by the variant's title in the page's language, not its id", () => {
    const service = catalog.find((s) => s.code === "adoption-agency-accreditation")!;
    const version = service.versions[0]!;
    const xml = toBpmn(service, version, "kk");
    const names = [...xml.matchAll(/<bpmn:participant [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(names.length > 0);
    for (const n of names) assert.doesNotMatch(n, /\((accreditation|extension)\)/);
    assert.ok(
      names.some((n) => n.includes(version.variants[0]!.title.kk)),
      names.join(" | "),
    );
  });
});
