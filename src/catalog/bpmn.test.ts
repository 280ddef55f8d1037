import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { BpmnModdle, type ModdleElement } from "bpmn-moddle";
import { validateXML } from "xmllint-wasm";
import { toBpmn } from "./bpmn.ts";
import { loadCatalog } from "./catalog.ts";

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
