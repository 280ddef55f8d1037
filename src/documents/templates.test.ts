/**
 * Every template in Kazakh and Russian: the PDF's text, extracted back with
 * pdf.js, has the Kazakh letters and the key fields; the bytes are the same
 * for the same input; a PNG of the first page goes to test-results/documents/
 * (pdftoppm from poppler-utils, which .ci/run installs).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, test } from "node:test";
import { renderPdf } from "./pdf.ts";
import { extractText } from "./pdf-text.ts";
import { buildModel } from "./templates.ts";
import { sampleContext } from "./testing.ts";
import { TEMPLATE_KINDS } from "./texts.ts";

const KAZAKH_LETTERS = ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"];
const OUT = "test-results/documents";
const hasPdftoppm = spawnSync("pdftoppm", ["-v"]).error === undefined;

describe("document templates", () => {
  mkdirSync(OUT, { recursive: true });
  for (const kind of TEMPLATE_KINDS)
    for (const lang of ["kk", "ru"] as const)
      test(`${kind} (${lang}): text, key fields, deterministic bytes, page image`, async () => {
        const ctx = sampleContext(kind);
        const model = buildModel(ctx, lang);
        const pdf = await renderPdf(model);
        assert.deepEqual(
          await renderPdf(buildModel(sampleContext(kind), lang)),
          pdf,
          "same input, same bytes",
        );
        writeFileSync(`${OUT}/${kind}-${lang}.pdf`, pdf);
        const text = (await extractText(pdf)).replace(/\s+/g, " ").toLowerCase();
        if (lang === "kk")
          for (const l of KAZAKH_LETTERS) assert.ok(text.includes(l), `Kazakh letter ${l} in the text`);
        for (const field of [model.heading, ctx.number, ctx.applicant.iin, ctx.provider.bin, model.date])
          assert.ok(text.includes(field.toLowerCase()), `${field} in the text`);
        assert.ok(text.includes(ctx.id), "the document id (verification) is printed");
        if (lang === "kk") assert.ok(text.includes("жсн"), "Kazakh labels");
        else assert.ok(text.includes("иин"), "Russian labels");
        if (hasPdftoppm) {
          const r = spawnSync("pdftoppm", [
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            `${OUT}/${kind}-${lang}.pdf`,
            `${OUT}/${kind}-${lang}`,
          ]);
          assert.equal(r.status, 0, String(r.stderr));
        }
      });

  test("refusal-to-accept receipt carries the fields of 003 annex 7 (Guardianship Rules annex 3): office address, service, missing documents, two copies, employee, executor, applicant, date", async () => {
    const ctx = sampleContext("refusal_to_accept_receipt");
    const text = (await extractText(await renderPdf(buildModel(ctx, "kk")))).replace(/\s+/g, " ");
    for (const s of [
      "Заңының 20",
      "2-тармағын",
      ctx.office?.address.kk ?? "",
      ctx.service.title.kk,
      ctx.missing[0]?.kk ?? "",
      "2 данада",
      "Қызметкердің қолы",
      "Орындаушының Т.А.Ә.",
      "Қабылдаушының Т.А.Ә.",
    ])
      assert.ok(text.includes(s), `${s} in the receipt`);
  });

  test("a reasoned refusal cites the standard's numbered grounds with their provision and source", async () => {
    const ctx = sampleContext("reasoned_refusal");
    const text = (await extractText(await renderPdf(buildModel(ctx, "ru")))).replace(/\s+/g, " ");
    assert.ok(text.includes("(2) несоответствие услугополучателя"));
    assert.ok(text.includes("Marriage and Family Code, art. 91 p. 4"));
    assert.ok(text.includes("статьёй 25 Закона «О государственных услугах»"), "the way to appeal");
  });
});
