/**
 * Real server processes for the crash, several-node and database-fault tests:
 * a throwaway database on the test PostgreSQL, `node bin/qyzmet.js serve`
 * children (killed with SIGKILL, restarted), a TCP proxy in front of
 * PostgreSQL that can be cut (the database "goes away" for the servers, not
 * for the other engineers' tests on the same cluster), and the load
 * generator's HTTP client.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin", "qyzmet.js");

/** The cluster of TEST_DATABASE_URL, or null (these tests need PostgreSQL: PGlite is one process). */
export function testCluster(): URL | null {
  const url = process.env.TEST_DATABASE_URL;
  return url ? new URL(url) : null;
}

export interface Scratch {
  /** postgres://…/<name> of the new database. */
  url: string;
  name: string;
  pkiDir: string;
  drop(): Promise<void>;
}

/** A new database (and PKI folder) for one test file; `drop()` removes both. */
export async function scratchDatabase(cluster: URL, label: string): Promise<Scratch> {
  const name = `rel_${label}_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: cluster.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(cluster.href);
  url.pathname = `/${name}`;
  const pkiDir = mkdtempSync(join(tmpdir(), `qyzmet-${label}-pki-`));
  return {
    url: url.href,
    name,
    pkiDir,
    async drop() {
      const c = new pg.Client({ connectionString: cluster.href });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      rmSync(pkiDir, { recursive: true, force: true });
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const GATEWAY_TOKEN = "reliability-gateway-token-000000";

/** One `qyzmet serve` child on a fixed port; start / kill / restart it as often as you like. */
export class ServerProcess {
  child: ChildProcess | null = null;
  readonly url: string;
  starts = 0;
  kills = 0;
  private output = "";

  constructor(
    readonly port: number,
    readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  start(): void {
    this.starts++;
    const child = spawn(process.execPath, [BIN, "serve", "--port", String(this.port)], {
      cwd: ROOT,
      env: {
        ...process.env,
        QYZMET_INSECURE_COOKIES: "1",
        QYZMET_GATEWAY_TOKEN: GATEWAY_TOKEN,
        QYZMET_LOG_LEVEL: "error",
        QYZMET_DEADLINE_SCAN_MS: "500",
        QYZMET_GATEWAY_INTERVAL_MS: "300",
        QYZMET_MONITORING_INTERVAL_MS: "300",
        QYZMET_GATEWAY_LEASE_MS: "3000",
        QYZMET_MONITORING_LEASE_MS: "3000",
        ...this.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.child = child;
  }

  /** Waits until /health answers 200 (or throws after `timeoutMs`, with the child's output). */
  async healthy(timeoutMs = 120_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.child && this.child.exitCode !== null)
        throw new Error(`serve exited with ${this.child.exitCode}:\n${this.output}`);
      try {
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200) return;
      } catch {
        // not up yet
      }
      await sleep(100);
    }
    throw new Error(`serve did not become healthy in ${timeoutMs} ms:\n${this.output}`);
  }

  /** SIGKILL: no handler runs, in-flight requests and transactions are cut. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.kills++;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGKILL");
    await gone;
    this.child = null;
  }

  /** SIGTERM and wait (the graceful stop). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await gone;
    clearTimeout(timer);
    this.child = null;
  }

  log(): string {
    return this.output;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `qyzmet <args>` against a database; resolves with the exit code and output. */
export function qyzmet(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 10_000_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, out: `${stdout}${stderr}` });
      },
    );
  });
}

/**
 * A TCP proxy to PostgreSQL that can be cut: `cut()` resets every open
 * connection and refuses new ones (as a stopped server does), `restore()`
 * accepts again. The servers under test connect through it.
 */
export class DbProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private down = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async listen(): Promise<void> {
    this.port = this.port || (await freePort());
    this.server = net.createServer((client) => {
      if (this.down) {
        client.resetAndDestroy();
        return;
      }
      const upstream = net.connect(this.targetPort, this.targetHost);
      this.sockets.add(client);
      this.sockets.add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, "127.0.0.1", () => resolve()));
  }

  /** The database "stops": open connections are reset, new ones refused. */
  cut(): void {
    this.down = true;
    for (const s of this.sockets) s.resetAndDestroy();
    this.sockets.clear();
  }

  restore(): void {
    this.down = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The URL of `scratch` reached through the proxy. */
export function viaProxy(scratch: Scratch, proxy: DbProxy): string {
  const url = new URL(scratch.url);
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  return url.href;
}

export interface Answer {
  status: number;
  body: string;
  headers: Headers;
}

/** One HTTP request; a network failure (server killed, refused) is status 0. */
export async function request(
  base: string,
  method: "GET" | "POST",
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
): Promise<Answer> {
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    return { status: res.status, body: await res.text(), headers: res.headers };
  } catch {
    return { status: 0, body: "", headers: new Headers() };
  }
}

export function cookieOf(answer: Answer, name: string): string {
  const set = answer.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!set) throw new Error(`no ${name} cookie in ${answer.status} ${answer.body}`);
  return set.split(";")[0] ?? "";
}

export function readKeyFile(pkiDir: string, iin: string): Uint8Array {
  return new Uint8Array(readFileSync(join(pkiDir, "keys", `${iin}.p12`)));
}
