/**
 * Intake throughput: portal requests through the gateway port
 * (POST /api/v1/gateway/portal-requests), over real HTTP with keep-alive, to a
 * `qyzmet serve` child process, so the server's memory is its own. Measured
 * against pgbench's built-in TPC-B-like transaction on the same PostgreSQL in
 * the same run; then the same load against the embedded PGlite (`serve
 * --memory`), reported as it is. Prints JSON.
 *
 * Run: node --import tsx bench/intake.ts   (npm run bench:intake)
 * Knobs: BENCH_CLIENTS (8), BENCH_DURATION_S (20), BENCH_WARMUP_S (5), BENCH_PGBENCH_SCALE (10),
 *   BENCH_PGBENCH_DURATION_S (= BENCH_DURATION_S), BENCH_PGLITE_DURATION_S (= BENCH_DURATION_S; 0 skips),
 *   BENCH_SERVICE (school-meals), BENCH_PROVIDERS (all: spread over every district; 1: one provider),
 *   BENCH_PG_URL (postgres://postgres@127.0.0.1:5432/postgres), BENCH_CPU_PROFILE_DIR (the server writes a
 *   V8 CPU profile there).
 */
import http from "node:http";
import { sql } from "kysely";
import { formatLocal } from "../src/calendar/index.ts";
import { loadCatalog } from "../src/catalog/catalog.ts";
import { findService, resolveVersion } from "../src/catalog/lookup.ts";
import { REGIONS } from "../src/catalog/regions.ts";
import { requiredDocuments } from "../src/engine/intake.ts";
import type { IntakeInput } from "../src/engine/intake-input.ts";
import { nextIin } from "../src/iin/iin.ts";
import { listDistricts, providersForService } from "../src/org/index.ts";
import { openStore } from "../src/store/index.ts";
import {
  checkpoint,
  cpuSecondsOf,
  databaseUrl,
  envNumber,
  log,
  type MemoryStatus,
  machineJiffies,
  percentile,
  pgToolArgs,
  RssSampler,
  recreateDatabase,
  report,
  round,
  runCommand,
  spawnServer,
} from "./support.ts";

const CLIENTS = envNumber("BENCH_CLIENTS", 8);
const DURATION_S = envNumber("BENCH_DURATION_S", 20);
const WARMUP_S = envNumber("BENCH_WARMUP_S", 5);
const PGBENCH_SCALE = envNumber("BENCH_PGBENCH_SCALE", 10);
const PGBENCH_DURATION_S = envNumber("BENCH_PGBENCH_DURATION_S", DURATION_S);
const PGLITE_DURATION_S =
  process.env.BENCH_PGLITE_DURATION_S === "0" ? 0 : envNumber("BENCH_PGLITE_DURATION_S", DURATION_S);
const SERVICE = process.env.BENCH_SERVICE ?? "school-meals";
const ONE_PROVIDER = process.env.BENCH_PROVIDERS === "1";
/** A directory: the server runs with --cpu-prof and writes its profile there on exit. */
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR;
const TARGET_RATIO = 0.3;
const GATEWAY_TOKEN = "bench-gateway-token-0123456789abcdef";
const APP_DB = "qyzmet_bench";
const PGBENCH_DB = "pgbench_ref";

// ------------------------------------------------------------------ the reference: pgbench

async function pgbench(): Promise<{
  tps: number;
  clients: number;
  threads: number;
  scale: number;
  durationS: number;
}> {
  await recreateDatabase(PGBENCH_DB);
  log(`pgbench -i -s ${PGBENCH_SCALE} ${PGBENCH_DB}`);
  const init = await runCommand("pgbench", [
    ...pgToolArgs(),
    "-i",
    "-q",
    "-s",
    String(PGBENCH_SCALE),
    PGBENCH_DB,
  ]);
  if (init.code !== 0) throw new Error(`pgbench -i failed: ${init.stderr}`);
  await checkpoint();
  const threads = Math.min(2, CLIENTS);
  log(`pgbench -c ${CLIENTS} -j ${threads} -T ${PGBENCH_DURATION_S} ${PGBENCH_DB}`);
  const run = await runCommand("pgbench", [
    ...pgToolArgs(),
    "-c",
    String(CLIENTS),
    "-j",
    String(threads),
    "-T",
    String(PGBENCH_DURATION_S),
    PGBENCH_DB,
  ]);
  if (run.code !== 0) throw new Error(`pgbench failed: ${run.stderr}`);
  const m = /^tps = ([\d.]+)/m.exec(run.stdout);
  if (!m?.[1]) throw new Error(`no tps in pgbench's output:\n${run.stdout}`);
  const tps = Number(m[1]);
  log(`pgbench: ${round(tps, 1)} TPS`);
  return {
    tps: round(tps, 1),
    clients: CLIENTS,
    threads,
    scale: PGBENCH_SCALE,
    durationS: PGBENCH_DURATION_S,
  };
}

// ------------------------------------------------------------------ the requests

interface Target {
  regionCode: string;
  districtId: string;
  providerId: string;
  variant: string | undefined;
  documents: { id: string }[];
}

/** Every district of every region where the service's version in force today takes portal requests. */
async function targetsFrom(url: string): Promise<{ targets: Target[]; versions: string[]; family: boolean }> {
  const catalog = loadCatalog();
  const service = findService(catalog, SERVICE);
  const today = formatLocal(Date.now()).slice(0, 10);
  const store = await openStore({ url, poolSize: 2 });
  const targets: Target[] = [];
  const versions = new Set<string>();
  try {
    for (const region of REGIONS) {
      let version: ReturnType<typeof resolveVersion>;
      try {
        version = resolveVersion(catalog, service.code, region.code, today);
      } catch {
        continue; // not in force in this region today
      }
      const procedure = version.procedures.find((p) => p.channel === "portal");
      if (!procedure) continue;
      versions.add(version.id);
      const variant = procedure.variant;
      const documents = requiredDocuments(version, "portal", variant ?? null).map((d) => ({ id: d.id }));
      for (const district of await listDistricts(store.db, region.code)) {
        const [provider] = await providersForService(store.db, {
          regionCode: region.code,
          districtId: district.id,
          kinds: [...version.standard.provider.kinds],
        });
        if (provider)
          targets.push({
            regionCode: region.code,
            districtId: district.id,
            providerId: provider.id,
            variant,
            documents,
          });
      }
    }
  } finally {
    await store.close();
  }
  if (targets.length === 0) throw new Error(`${SERVICE}: no region takes portal requests today (${today})`);
  return {
    targets: ONE_PROVIDER ? targets.slice(0, 1) : targets,
    versions: [...versions],
    family: service.sphere === "family_children",
  };
}

/** 20,000 valid, distinct applicant IINs (birth dates from 1970, both sexes). */
function applicantIins(): string[] {
  const out: string[] = [];
  const first = Date.UTC(1970, 0, 1);
  for (let k = 0; out.length < 20_000; k++) {
    const birthDate = new Date(first + (k % 10_000) * 86_400_000).toISOString().slice(0, 10);
    out.push(
      nextIin({ birthDate, sex: k % 2 === 0 ? "f" : "m", serial: 100 + Math.floor(k / 10_000) * 50 }).iin,
    );
  }
  return out;
}

function requestBody(
  run: string,
  i: number,
  t: Target,
  iin: string,
  family: boolean,
): Omit<IntakeInput, "form" | "notApplicable"> {
  return {
    idempotencyKey: `bench-${run}-${i}`,
    serviceCode: SERVICE,
    channel: "portal",
    ...(t.variant ? { variant: t.variant } : {}),
    regionCode: t.regionCode,
    districtId: t.districtId,
    providerId: t.providerId,
    applicant: { iin, surname: "Нұрланова", givenName: "Әйгерім", phone: "+77011234567" },
    children: family ? [{ fullName: "Нұрланов Ерасыл", birthDate: "2017-05-05" }] : [],
    documents: t.documents,
  };
}

// ------------------------------------------------------------------ the load

/**
 * One POST over node:http, the body read whole. Not `fetch`: its per-request cost (undici's streams,
 * Headers, Response) was about 0.8 ms of CPU here, taken from the two cores the server and
 * PostgreSQL share; pgbench's client is C.
 */
function post(
  agent: http.Agent,
  url: URL,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

interface LoadResult {
  casesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  clients: number;
  durationS: number;
  requests: number;
  errorSamples: string[];
}

async function load(
  origin: string,
  targets: readonly Target[],
  family: boolean,
  durationS: number,
): Promise<LoadResult> {
  const url = new URL(`${origin}/api/v1/gateway/portal-requests`);
  const headers = { "content-type": "application/json", authorization: `Bearer ${GATEWAY_TOKEN}` };
  // One kept-alive connection per client, as pgbench holds one per client.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const iins = applicantIins();
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const t0 = performance.now();
  const measureFrom = t0 + WARMUP_S * 1000;
  const measureTo = measureFrom + durationS * 1000;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let next = 0;
  let created = 0;
  let errors = 0;
  const worker = async () => {
    while (performance.now() < measureTo) {
      const i = next++;
      const body = JSON.stringify(
        requestBody(run, i, targets[i % targets.length]!, iins[i % iins.length]!, family),
      );
      const start = performance.now();
      let ok = false;
      let problem = "";
      try {
        const res = await post(agent, url, headers, body);
        ok = res.status === 201;
        if (!ok) problem = `${res.status} ${res.text.slice(0, 300)}`;
      } catch (error) {
        problem = String(error);
      }
      const end = performance.now();
      if (!ok) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(problem);
      }
      if (ok && end >= measureFrom && end <= measureTo) {
        created++;
        latencies.push(end - start);
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  agent.destroy();
  return {
    casesPerSecond: round(created / durationS, 1),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    errors,
    clients: CLIENTS,
    durationS,
    requests: next,
    errorSamples,
  };
}

interface ServerFigures {
  startSeconds: number;
  rssBeforeLoadMb: number;
  peakRssDuringLoadMb: number;
  /** VmHWM: the peak over the process's life, start-up and demo seeding included. */
  peakRssMb: number;
  /** The server's CPU use during the load (warm-up included), in % of one core. */
  cpuPercentOfOneCore: number;
  /** The part of it spent in the kernel (sockets, memory). */
  cpuKernelPercentOfOneCore: number;
  /** This process's CPU use meanwhile (the HTTP clients), in % of one core. */
  loadGeneratorCpuPercentOfOneCore: number;
  /** The whole machine's CPU use meanwhile (server, PostgreSQL, load generator), in % of all cores. */
  machineBusyPercent: number;
}

async function intakeAgainst(
  label: string,
  databaseUrlOrMemory: string | null,
  targets: readonly Target[],
  family: boolean,
  durationS: number,
): Promise<{ load: LoadResult; server: ServerFigures }> {
  log(`${label}: starting qyzmet serve${databaseUrlOrMemory ? "" : " --memory"}`);
  const server = await spawnServer({
    ...(databaseUrlOrMemory ? { databaseUrl: databaseUrlOrMemory } : {}),
    env: { QYZMET_GATEWAY_TOKEN: GATEWAY_TOKEN },
    nodeArgs: [
      ...(CPU_PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", CPU_PROFILE_DIR] : []),
      ...(process.env.BENCH_PRELOAD ? ["--import", process.env.BENCH_PRELOAD] : []),
    ],
  });
  try {
    const before: MemoryStatus = server.memory();
    log(`${label}: listening at ${server.origin} after ${server.startSeconds} s, RSS ${before.rssMb} MiB`);
    if (databaseUrlOrMemory) await checkpoint();
    log(`${label}: ${CLIENTS} clients, ${WARMUP_S} s warm-up, ${durationS} s measured`);
    const sampler = new RssSampler(server.pid).start();
    const [cpu0, machine0, wall0] = [cpuSecondsOf(server.pid), machineJiffies(), performance.now()];
    const own0 = process.cpuUsage();
    const result = await load(server.origin, targets, family, durationS);
    const own = process.cpuUsage(own0);
    const [cpu1, machine1, wall1] = [cpuSecondsOf(server.pid), machineJiffies(), performance.now()];
    const peakDuring = sampler.stop();
    const wallS = (wall1 - wall0) / 1000;
    const after = server.memory();
    log(
      `${label}: ${result.casesPerSecond} cases/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors`,
    );
    for (const e of result.errorSamples) log(`${label}: error: ${e}`);
    return {
      load: result,
      server: {
        startSeconds: server.startSeconds,
        rssBeforeLoadMb: before.rssMb,
        peakRssDuringLoadMb: peakDuring,
        peakRssMb: after.hwmMb,
        cpuPercentOfOneCore: round(((cpu1.user + cpu1.system - cpu0.user - cpu0.system) / wallS) * 100, 1),
        cpuKernelPercentOfOneCore: round(((cpu1.system - cpu0.system) / wallS) * 100, 1),
        loadGeneratorCpuPercentOfOneCore: round(((own.user + own.system) / 1e6 / wallS) * 100, 1),
        machineBusyPercent: round(
          ((machine1.busy - machine0.busy) / (machine1.total - machine0.total)) * 100,
          1,
        ),
      },
    };
  } finally {
    await server.stop();
  }
}

// ------------------------------------------------------------------ the run

const reference = await pgbench();

await recreateDatabase(APP_DB);
const appUrl = databaseUrl(APP_DB);
// The server migrates the empty database and seeds the demo organisation; the targets are read from it.
const pgRun = await (async () => {
  log("PostgreSQL: starting qyzmet serve to seed the demo organisation");
  const seeding = await spawnServer({ databaseUrl: appUrl, env: { QYZMET_GATEWAY_TOKEN: GATEWAY_TOKEN } });
  await seeding.stop();
  const found = await targetsFrom(appUrl);
  log(
    `${SERVICE} (${found.versions.join(", ")}): ${found.targets.length} provider/district targets${ONE_PROVIDER ? " (one provider)" : ""}`,
  );
  const measured = await intakeAgainst("PostgreSQL", appUrl, found.targets, found.family, DURATION_S);
  const store = await openStore({ url: appUrl, poolSize: 1 });
  const rows = await store.db
    .selectFrom("cases")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("idempotency_key", "like", "bench-%")
    .executeTakeFirstOrThrow();
  await store.close();
  return { ...found, ...measured, casesInDatabase: rows.n };
})();

const pgliteRun =
  PGLITE_DURATION_S > 0
    ? await intakeAgainst("PGlite", null, pgRun.targets, pgRun.family, PGLITE_DURATION_S)
    : null;

const ratio = pgRun.load.casesPerSecond / reference.tps;
const { errorSamples, requests, ...intakeFigures } = pgRun.load;
report("intake", {
  benchmark: "portal intake through HTTP vs pgbench TPC-B-like",
  node: process.version,
  service: SERVICE,
  versions: pgRun.versions,
  providers: new Set(pgRun.targets.map((t) => t.providerId)).size,
  intake: { ...intakeFigures, warmupS: WARMUP_S, requests, casesInDatabase: pgRun.casesInDatabase },
  server: pgRun.server,
  pgbench: {
    tps: reference.tps,
    clients: reference.clients,
    threads: reference.threads,
    scale: reference.scale,
    durationS: reference.durationS,
  },
  ratio: round(ratio, 3),
  target: TARGET_RATIO,
  meets: ratio >= TARGET_RATIO,
  pglite: pgliteRun
    ? (({ errorSamples: _samples, ...figures }) => ({ ...figures, server: pgliteRun.server }))(pgliteRun.load)
    : null,
  errorSamples: [...errorSamples, ...(pgliteRun?.load.errorSamples ?? [])],
});
