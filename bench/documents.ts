/**
 * Result documents generated and signed per second (issue 7): for cases
 * waiting on the head's order, the whole path a head's click takes —
 * `prepareDocument` (read the case, render the PDF with the embedded font and
 * QR code, number it, store it) then an RSA-2048 CMS signature over the bytes
 * and `signDocument` (verify chain, validity, CRL, IIN/BIN/role; store) — one
 * document after another, on PostgreSQL. Baselines in the same run: rendering
 * alone (no database, no signature), and the cryptography alone (CMS sign +
 * verify of the same bytes), so the report says where the time goes.
 *
 * Run: node --import tsx bench/documents.ts   (npm run bench:documents)
 * Knobs: BENCH_DOCUMENTS (200), BENCH_PG_URL.
 */
import { findService, findVersion } from "../src/catalog/lookup.ts";
import { caStaffKeys, signBase64 } from "../src/demo/staff-keys.ts";
import {
  buildModel,
  caSealKeys,
  type DocumentsDeps,
  documentIssuer,
  prepareDocument,
  renderPdf,
  signDocument,
} from "../src/documents/index.ts";
import { sampleContext } from "../src/documents/testing.ts";
import { completeStep, submitApplication } from "../src/engine/index.ts";
import { engineFixture, fullPackage, testIin } from "../src/engine/testing.ts";
import { createCa, makeCrl, signCms, verifyCms } from "../src/pki/index.ts";
import { migrate, openStore } from "../src/store/index.ts";
import { databaseUrl, envNumber, log, recreateDatabase, report, round, summarise } from "./support.ts";

const N = envNumber("BENCH_DOCUMENTS", 200);
const DB = "qyzmet_bench_documents";

async function main() {
  await recreateDatabase(DB);
  const store = await openStore({ url: databaseUrl(DB), poolSize: 4 });
  await migrate(store);
  const f = await engineFixture(store, "abai", "B");
  const ca = await createCa({ notBefore: new Date("2025-01-01T00:00:00Z") });
  const crl = await makeCrl(ca, []);
  const docs: DocumentsDeps = {
    db: store.db,
    catalog: f.deps.catalog,
    now: f.deps.now,
    trust: { roots: [ca.certificate], crls: async () => [crl] },
    seals: caSealKeys(ca),
    publicUrl: "https://qyzmet.example.kz",
  };
  f.deps.issuer = documentIssuer(docs);
  const edu = f.providers.district_education_department as string;
  const sc = f.providers.state_corporation_branch as string;
  const version = findVersion(findService(f.deps.catalog, "guardianship-establishment"), "national-2022");
  const executor = f.staff(edu, "responsible_executor");
  const head = f.staff(edu, "head");
  const key = await caStaffKeys(ca).keyFor(head, { bin: "000000000000", name: edu });

  log(`setting up ${N} cases at the head's order`);
  const cases: string[] = [];
  for (let i = 0; i < N; i++) {
    const { case: c } = await submitApplication(f.deps, f.staff(sc, "state_corporation_operator"), {
      idempotencyKey: `bench-doc-${i}`,
      serviceCode: "guardianship-establishment",
      channel: "state_corporation",
      regionCode: "abai",
      providerId: edu,
      applicant: { iin: testIin("1987-04-04", "f", 10 + i), surname: "Сейітова", givenName: "Әсел" },
      children: [{ fullName: "Нұрланұлы Ғалым", birthDate: "2018-04-01" }],
      documents: fullPackage(version, "state_corporation"),
    });
    await completeStep(f.deps, executor, c.id, { stepId: "no-refusal-grounds", answer: "yes" });
    cases.push(c.id);
  }

  // Baseline 1: rendering alone.
  const sample = sampleContext("order");
  await renderPdf(buildModel(sample, "kk")); // fonts loaded
  const renderMs: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  const r0 = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    bytes = await renderPdf(buildModel({ ...sample, number: `B-${i}` }, "kk"));
    renderMs.push(performance.now() - t);
  }
  const renderS = (performance.now() - r0) / 1000;

  // Baseline 2: the cryptography alone (CMS sign + full verification) over the same bytes.
  const cryptoMs: number[] = [];
  const c0 = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    const cms = await signCms(bytes, key.privateKey, key.certificate, {
      chain: key.chain,
      signingTime: f.deps.now(),
    });
    await verifyCms(cms, bytes, { trustedRoots: [ca.certificate], crls: [crl], at: f.deps.now() });
    cryptoMs.push(performance.now() - t);
  }
  const cryptoS = (performance.now() - c0) / 1000;

  // Measured: prepare (render + number + store) → sign → verify and record, per case.
  log("measuring prepare + sign");
  const fullMs: number[] = [];
  let size = 0;
  const f0 = performance.now();
  for (const id of cases) {
    const t = performance.now();
    const doc = await prepareDocument(docs, head, id, { purpose: "result" });
    const signature = await signBase64(key, doc.pdf, f.deps.now());
    await signDocument(docs, head, doc.id, { signature });
    fullMs.push(performance.now() - t);
    size += doc.pdf.length;
  }
  const fullS = (performance.now() - f0) / 1000;
  const signed = await store.db
    .selectFrom("documents")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("status", "=", "signed")
    .executeTakeFirstOrThrow();
  await store.close();

  const perSecond = (n: number, s: number) => round(n / s, 1);
  report("documents", {
    documents: N,
    database: "postgresql",
    measured: {
      what: "prepareDocument + CMS signature + signDocument, one at a time",
      perSecond: perSecond(N, fullS),
      latencyMs: summarise(fullMs),
      averagePdfBytes: Math.round(size / N),
      signedInDatabase: Number(signed.n),
    },
    baselines: {
      renderOnly: { perSecond: perSecond(N, renderS), latencyMs: summarise(renderMs) },
      cryptoOnly: {
        what: "CMS sign + verify, RSA-2048",
        perSecond: perSecond(N, cryptoS),
        latencyMs: summarise(cryptoMs),
      },
    },
    ratio: {
      fullVsRenderOnly: round(renderS / fullS, 2),
      fullVsCryptoOnly: round(cryptoS / fullS, 2),
    },
  });
}

await main();
