import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadCatalog } from "./catalog.ts";
import { align, diffVersions, similarity } from "./diff.ts";
import type { RegulationVersion } from "./schema.ts";

const catalog = loadCatalog();
const service = (code: string) => catalog.find((s) => s.code === code)!;
const clone = (v: RegulationVersion): RegulationVersion => structuredClone(v);

describe("structural diff of regulation versions", () => {
  test("a version against itself: nothing changed", () => {
    for (const s of catalog)
      for (const v of s.versions) {
        const d = diffVersions(v, v);
        assert.equal(d.same, true, `${s.code}@${v.id}`);
        assert.equal(d.procedures.length + d.terms.length + d.documents.length + d.refusalGrounds.length, 0);
      }
  });

  test("edits of a version are found, each with its fields, and nothing else", () => {
    const before = service("guardianship-establishment").versions.at(-1)!;
    const after = clone(before);
    after.id = "edited";
    after.standard.terms[0]!.duration = { value: 15, unit: "working_days" };
    const dropped = after.standard.documents.findIndex((d) => d.id === "sc-income-information");
    after.standard.documents.splice(dropped, 1);
    after.standard.refusalGrounds[2]!.text = {
      kk: "Жаңа негіз",
      ru: "Новое основание",
      en: "A wholly new refusal ground about unrelated matters",
    };
    const proc = after.procedures[0]!;
    const order = proc.steps.find((s) => s.id === "issue-order")!;
    order.duration = { value: 6, unit: "working_days" };
    order.actor = "department_head";

    const d = diffVersions(before, after);
    assert.equal(d.same, false);
    assert.deepEqual(
      d.terms.map((c) => c.kind === "changed" && [c.fields, c.before.duration.value, c.after.duration.value]),
      [[["duration"], 19, 15]],
    );
    assert.deepEqual(
      d.documents.map((x) => [x.channel, x.changes.map((c) => c.kind === "removed" && c.before.id)]),
      [["state_corporation", ["sc-income-information"]]],
    );
    // A rewritten ground is no longer the same ground: the old one removed, the new one added.
    assert.deepEqual(d.refusalGrounds.map((c) => c.kind).sort(), ["added", "removed"]);
    assert.equal(d.procedures.length, 1);
    const p = d.procedures[0]!;
    assert.equal(p.kind, "changed");
    assert.equal(p.unchangedSteps, proc.steps.length - 1);
    assert.deepEqual(
      p.steps.map((c) => c.kind === "changed" && [c.after.id, c.fields]),
      [["issue-order", ["actor", "duration"]]],
    );
  });

  test("renamed steps and documents are matched by their words and role, and report what differs", () => {
    const before = service("school-meals").versions.at(-1)!;
    const after = clone(before);
    for (const s of after.procedures[0]!.steps) s.id = `renamed-${s.id}`;
    for (const doc of after.standard.documents) doc.id = `renamed-${doc.id}`;
    after.procedures[0]!.steps[2]!.duration = { value: 1, unit: "working_days" };
    const d = diffVersions(before, after);
    assert.equal(d.documents.length, 0, "documents matched by title");
    assert.deepEqual(
      d.procedures[0]!.steps.map((c) => c.kind === "changed" && c.fields),
      [["duration"]],
    );
  });

  test("kyzylorda-2018 → national-2022 of guardianship-establishment: the national standard brings its own term, documents and grounds", () => {
    const [a, b] = service("guardianship-establishment").versions as [RegulationVersion, RegulationVersion];
    const d = diffVersions(a, b);
    assert.deepEqual(
      d.terms.map((c) => c.kind === "added" && `${c.after.duration.value} ${c.after.duration.unit}`),
      ["19 working_days"],
    );
    assert.equal(d.refusalGrounds.length, 20);
    assert.ok(d.refusalGrounds.every((c) => c.kind === "added"));
    assert.deepEqual(
      d.documentsRef.map((c) => c.kind),
      ["removed"],
      "the regional act only referred to the standard's list",
    );
    const channels = d.documents.map((x) => x.channel);
    assert.deepEqual(channels, ["state_corporation", "portal"]);
    const sc = d.procedures.find((p) => p.channel === "state_corporation")!;
    assert.equal(sc.kind, "changed");
    const added = sc.steps.filter((c) => c.kind === "added").map((c) => c.kind === "added" && c.after.id);
    assert.ok(added.includes("preliminary-refusal") && added.includes("hearing"), added.join(","));
    // The first step (the applicant files) is the same step in both, reworded.
    assert.deepEqual(sc.steps[0]!.kind === "changed" && [sc.steps[0]!.before.id, sc.steps[0]!.after.id], [
      "s1-submit",
      "submit-application",
    ]);
  });

  test("channels added and procedures added: rural-school-transport gains the school and the portal", () => {
    const [a, b] = service("rural-school-transport").versions as [RegulationVersion, RegulationVersion];
    const d = diffVersions(a, b);
    assert.deepEqual(
      d.channels.map((c) => `${c.kind}:${c.kind === "removed" ? c.before.channel : c.after.channel}`),
      ["added:educational_organisation", "added:portal"],
    );
    assert.deepEqual(
      d.procedures.filter((p) => p.kind === "added").map((p) => p.channel),
      ["educational_organisation", "portal"],
    );
  });

  test("align keeps order and maximises similarity; similarity is word-stem Jaccard", () => {
    assert.equal(similarity("Registers the application", "registered applications"), 1);
    assert.equal(similarity("alpha beta", "gamma delta"), 0);
    const { pairs, removed, added } = align(["a", "b", "c", "d"], ["b", "x", "d"], (x, y) =>
      x === y ? 1 : 0,
    );
    assert.deepEqual(pairs, [
      [1, 0],
      [3, 2],
    ]);
    assert.deepEqual(removed, [0, 2]);
    assert.deepEqual(added, [1]);
  });
});
