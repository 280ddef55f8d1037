/**
 * What the database benchmarks share: progress on stderr, the result as JSON on
 * stdout and in test-results/bench/<name>.json, percentiles, throwaway
 * databases on the local PostgreSQL, the `qyzmet serve` child process with its
 * resident memory read from /proc, and running a command such as pgbench.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** An environment knob: a positive number, or the default. */
export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

export const round = (x: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** The p-th percentile (0–100) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarise(values: readonly number[]): {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
} {
  return {
    runs: values.length,
    p50Ms: round(percentile(values, 50)),
    p95Ms: round(percentile(values, 95)),
    p99Ms: round(percentile(values, 99)),
  };
}

/** Prints the result and keeps a copy under test-results/bench/. */
export function report(name: string, result: unknown): void {
  const json = JSON.stringify(result, null, 2);
  const dir = join(ROOT, "test-results", "bench");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${json}\n`);
  console.log(json);
}

// ------------------------------------------------------------------ PostgreSQL

/** The local PostgreSQL's maintenance URL (BENCH_PG_URL; default the postgres user over TCP). */
export const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The URL of another database on the same server. */
export function databaseUrl(database: string): string {
  const url = new URL(PG_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Connection flags for the PostgreSQL client tools (pgbench, psql). */
export function pgToolArgs(): string[] {
  const url = new URL(PG_URL);
  const args = ["-h", url.hostname, "-p", url.port || "5432"];
  if (url.username) args.push("-U", decodeURIComponent(url.username));
  return args;
}

export async function withMaintenance<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops (closing its connections) and creates a database, so every run starts alike. */
export async function recreateDatabase(name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name: ${name}`);
  await withMaintenance(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** Writes dirty buffers out so one measurement does not pay for the previous one's checkpoint. */
export async function checkpoint(): Promise<void> {
  await withMaintenance(async (client) => {
    await client.query("CHECKPOINT");
  });
}

// ------------------------------------------------------------------ processes

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(command: string, args: readonly string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export interface MemoryStatus {
  /** Resident now (VmRSS), MiB. */
  rssMb: number;
  /** Peak resident over the process's life (VmHWM), MiB. */
  hwmMb: number;
}

/** VmRSS and VmHWM of a process, from /proc/<pid>/status (Linux). */
export function memoryOf(pid: number): MemoryStatus {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
    return Number(m[1]);
  };
  return { rssMb: round(kib("VmRSS") / 1024, 1), hwmMb: round(kib("VmHWM") / 1024, 1) };
}

/** CPU seconds a process has used in user and in kernel mode, from /proc/<pid>/stat. */
export function cpuSecondsOf(pid: number): { user: number; system: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the command name: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
  return { user: Number(fields[11]) / CLOCK_TICKS, system: Number(fields[12]) / CLOCK_TICKS };
}
const CLOCK_TICKS = 100;

/** Busy and total jiffies of the whole machine, from /proc/stat. */
export function machineJiffies(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

/** Samples a process's VmRSS every `everyMs` and keeps the largest. */
export class RssSampler {
  #timer: NodeJS.Timeout | undefined;
  peakMb = 0;
  samples = 0;

  constructor(
    private readonly pid: number,
    private readonly everyMs = 100,
  ) {}

  start(): this {
    this.#sample();
    this.#timer = setInterval(() => this.#sample(), this.everyMs);
    return this;
  }

  stop(): number {
    clearInterval(this.#timer);
    this.#sample();
    return this.peakMb;
  }

  #sample(): void {
    try {
      const { rssMb } = memoryOf(this.pid);
      this.samples++;
      if (rssMb > this.peakMb) this.peakMb = rssMb;
    } catch {
      // the process has gone; keep what was seen
    }
  }
}

export interface ServerProcess {
  /** http://127.0.0.1:<port> (no trailing slash). */
  origin: string;
  pid: number;
  /** Seconds from spawn until it listened (includes migration and seeding an empty database). */
  startSeconds: number;
  memory(): MemoryStatus;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** postgres://… ; absent: PGlite in memory (`--memory`). */
  databaseUrl?: string;
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** Give up waiting for it to listen after this long (default 180 s). */
  timeoutMs?: number;
  /** Options for node itself, e.g. --cpu-prof. */
  nodeArgs?: readonly string[];
}

/** Spawns `qyzmet serve --port 0` (as `npm start` runs it) and waits for its "running at" line. */
export function spawnServer(options: ServeOptions): Promise<ServerProcess> {
  const args = [
    ...(options.nodeArgs ?? []),
    join(ROOT, "bin", "qyzmet.js"),
    "serve",
    "--port",
    "0",
    "--host",
    "127.0.0.1",
  ];
  if (!options.databaseUrl) args.push("--memory");
  const env: NodeJS.ProcessEnv = { ...process.env, QYZMET_LOG_LEVEL: "warn", ...options.env };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) return Promise.reject(new Error("could not spawn qyzmet serve"));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.stderr?.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) log(`server: ${line}`);
  });
  return new Promise((resolve, reject) => {
    let buffered = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("qyzmet serve did not start in time"));
    }, options.timeoutMs ?? 180_000);
    const early = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`qyzmet serve exited (${code}) before listening`));
    };
    child.once("exit", early);
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      let nl = buffered.indexOf("\n");
      while (nl >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        nl = buffered.indexOf("\n");
        if (line.trim()) log(`server: ${line}`);
        const m = /running at (http:\/\/\S+?)\/? /.exec(line);
        if (m?.[1]) {
          clearTimeout(timer);
          child.off("exit", early);
          resolve({
            origin: m[1],
            pid,
            startSeconds: round((performance.now() - started) / 1000, 1),
            memory: () => memoryOf(pid),
            async stop() {
              if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
              const timeout = setTimeout(() => child.kill("SIGKILL"), 15_000);
              await exited;
              clearTimeout(timeout);
            },
          });
        }
      }
    });
  });
}
