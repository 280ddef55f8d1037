/**
 * `qyzmet serve [--port 8080] [--host 127.0.0.1] [--memory] [--data-dir ./data/pglite]`:
 * opens the database (PostgreSQL when DATABASE_URL is set, else the embedded
 * PGlite), migrates it, fills an empty one with the demo, and serves the API
 * until SIGINT/SIGTERM, which close it gracefully (in-flight requests finish).
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import { engineDeps } from "../api/routes/cases.ts";
import { buildServer } from "../api/server.ts";
import { type Calendar, defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import type { Catalog } from "../catalog/schema.ts";
import { type DemoSigning, seedDemoCases } from "../demo/cases.ts";
import { demoKeyFiles } from "../demo/demo-keys.ts";
import {
  DEMO_KEY_PASSWORD,
  demoSigning,
  ensureCa,
  issueDemoKeyFiles,
  writeDemoHeadKeyFiles,
} from "../demo/key-files.ts";
import { caSealKeys } from "../documents/index.ts";
import { type EngineDeps, startDeadlineWorker } from "../engine/index.ts";
import { PORTAL_RECEIVER } from "../engine/portal-response.ts";
import { localInbox, startGatewayWorker } from "../gateway/index.ts";
import {
  httpSender,
  type OutboundMessage,
  receive,
  receiveAll,
  type Sender,
  startDeliveryWorker,
} from "../monitoring/index.ts";
import { DEMO_PASSWORD } from "../org/demo-org.ts";
import { seedOrganisation } from "../org/seed.ts";
import { pkiDir } from "../pki/store.ts";
import { providerWorkstations } from "../portal/workstation.ts";
import { stateDbAutomation } from "../statedb/automation.ts";
import { generatePopulation } from "../statedb/population.ts";
import { migrate, openStore, type Store, type StoreOptions } from "../store/index.ts";
import { EXIT, type Io, parse, usageError } from "./io.ts";

/** What a demo seeder gets. */
export interface DemoContext {
  store: Store;
  catalog: Catalog;
  calendar: Calendar;
  now: Date;
  /** The CA the demo's results are signed under (heads' keys, providers' seals). */
  signing: DemoSigning;
}

/**
 * Fills the database with demo data. `serve` runs the seeders, in order, on an
 * empty database; `db seed --demo` runs them on demand, so each must be
 * idempotent (a second run changes nothing). The result, if an object of
 * counts, is printed.
 */
export interface DemoSeeder {
  name: string;
  seed(context: DemoContext): Promise<unknown>;
}

/** The demo, in order: the organisation and population, then cases in every state. */
export const DEMO_SEEDERS: readonly DemoSeeder[] = [
  // Prints the rows this run added (all 0 when the organisation is already there).
  { name: "organisation", seed: async ({ store }) => (await seedOrganisation(store.db)).inserted },
  {
    // Families, civil records, guardianships, powers of attorney: what the automated checks consult.
    name: "population",
    seed: async ({ store }) => {
      const done = await store.db.selectFrom("civil_records").select("id").limit(1).executeTakeFirst();
      return done ? { persons: 0 } : generatePopulation(store.db, { size: 5_000, seed: 1 });
    },
  },
  {
    name: "cases",
    seed: async ({ store, catalog, calendar, now, signing }) =>
      seedDemoCases({ db: store.db, calendar, catalog }, now, signing),
  },
];

/** The demo staff member the start-up message suggests. */
export const DEMO_LOGIN = "kzo-d01-edu.clerk";

// ------------------------------------------------------------------ database selection

export interface DatabaseOptions {
  /** postgres://… (default: DATABASE_URL). */
  url?: string;
  /** PGlite in memory: nothing is kept. */
  memory?: boolean;
  /** PGlite directory (default ./data/pglite). */
  dataDir?: string;
}

/** parseArgs options shared by `serve` and `db`. */
export const DATABASE_FLAGS = {
  memory: { type: "boolean" },
  "data-dir": { type: "string" },
} as const;

/** --memory or --data-dir choose PGlite even when DATABASE_URL is set; otherwise DATABASE_URL wins. */
/** The database the `--memory` / `--data-dir` flags (else DATABASE_URL, else ./data/pglite) select. */
export function storeOptionsFromFlags(values: {
  memory?: boolean | undefined;
  "data-dir"?: string | undefined;
}): StoreOptions {
  return storeOptions({
    memory: values.memory ?? false,
    ...(values["data-dir"] === undefined ? {} : { dataDir: values["data-dir"] }),
  });
}

export function storeOptions(options: DatabaseOptions, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  if (options.url) return { url: options.url };
  if (options.memory) return { memory: true };
  if (options.dataDir) return { dataDir: options.dataDir };
  const url = env.DATABASE_URL;
  return url ? { url } : { dataDir: "data/pglite" };
}

/** Where the data live, for messages (never the credentials of a URL). */
export function describeDatabase(options: StoreOptions): string {
  if (options.url) {
    try {
      const url = new URL(options.url);
      return `PostgreSQL at ${url.host}${url.pathname}`;
    } catch {
      return "PostgreSQL";
    }
  }
  return options.memory ? "PGlite in memory" : `PGlite in ${options.dataDir ?? "data/pglite"}`;
}

export async function openMigrated(options: StoreOptions): Promise<{ store: Store; applied: string[] }> {
  const store = await openStore(options);
  try {
    return { store, applied: await migrate(store) };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** No staff yet: nothing has been seeded or set up. */
export async function isEmptyDatabase(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom("staff").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

function describeResult(result: unknown): string {
  if (typeof result !== "object" || result === null) return "";
  const counts = Object.entries(result).filter(
    (entry): entry is [string, number] => typeof entry[1] === "number",
  );
  return counts.length === 0 ? "" : `: ${counts.map(([k, v]) => `${k} ${v}`).join(", ")}`;
}

export async function runSeeders(
  seeders: readonly DemoSeeder[],
  context: DemoContext,
  io: Io,
): Promise<void> {
  for (const seeder of seeders) {
    const result = await seeder.seed(context);
    io.out(`Seeded the demo ${seeder.name}${describeResult(result)}`);
  }
}

// ------------------------------------------------------------------ the server

export interface StartOptions extends DatabaseOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Seeders for an empty database (default DEMO_SEEDERS). */
  seeders?: readonly DemoSeeder[];
  logger?: FastifyServerOptions["logger"];
  io?: Io;
  env?: NodeJS.ProcessEnv;
  /**
   * The server's clock (default: the system's): the API, the demo seeding and the background workers
   * read it. Tests move it (e.g. past a task's due time, then run the deadline scan); `serve` never sets it.
   */
  clock?: () => Date;
}

export interface RunningServer {
  /** http://host:port/ */
  url: string;
  app: FastifyInstance;
  store: Store;
  /** Stops accepting, lets in-flight requests finish, closes the database. */
  close(): Promise<void>;
}

const silentIo: Io = { out: () => {}, err: () => {} };

function hostInUrl(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

/** Where serve keeps the test CA for these database options: QYZMET_PKI_DIR, `<dir>-pki` beside a chosen --data-dir, else ./data/pki. */
export function demoPkiDir(dbOptions: StoreOptions, env: NodeJS.ProcessEnv = process.env): string {
  const custom = dbOptions.dataDir !== undefined && dbOptions.dataDir !== join("data", "pglite");
  return env.QYZMET_PKI_DIR ?? (custom ? `${dbOptions.dataDir}-pki` : pkiDir({}));
}

/** Opens, migrates, seeds if empty and listens; prints where it runs. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const io = options.io ?? silentIo;
  const env = options.env ?? process.env;
  const dbOptions = storeOptions(options, env);
  const clock = options.clock ?? (() => new Date());
  const { store } = await openMigrated(dbOptions);
  try {
    const catalog = loadCatalog();
    const calendar = defaultCalendar();
    // The test certification authority: portal requests and result documents are verified against it
    // (QYZMET_PKI_DIR). ./data/pki by default; `<dir>-pki` beside a chosen --data-dir; a throwaway one for --memory.
    const pki = {
      dir: options.memory ? mkdtempSync(join(tmpdir(), "qyzmet-pki-")) : demoPkiDir(dbOptions, env),
    };
    const createdCa = await ensureCa(pki);
    if (createdCa) io.out(`Created the test certification authority in ${pki.dir}`);
    const signing = await demoSigning(pki.dir);
    if (await isEmptyDatabase(store)) {
      await runSeeders(
        options.seeders ?? DEMO_SEEDERS,
        { store, catalog, calendar, now: clock(), signing },
        io,
      );
    }
    const automation = stateDbAutomation(store.db, (step) => step.check);
    // Key files the demo's people sign with; existing files are kept (each function skips them).
    const citizenKeys = await issueDemoKeyFiles(store.db, pki);
    if (citizenKeys.length > 0)
      io.out(`Demo signing keys (password ${DEMO_KEY_PASSWORD}): ${join(pki.dir, "keys")}/<IIN>.p12`);
    const headKeys = await writeDemoHeadKeyFiles(store.db, signing, join(pki.dir, "keys", "staff"));
    if (headKeys.length > 0)
      io.out(
        `Heads' signing keys (password ${DEMO_KEY_PASSWORD}): ${join(pki.dir, "keys", "staff")}/<login>.p12`,
      );
    // The demo's helpers (demo citizens with key files, the SMS outbox) only on the demo data.
    const demo = await store.db
      .selectFrom("staff")
      .select("id")
      .where("login", "=", DEMO_LOGIN)
      .executeTakeFirst();
    const app = await buildServer({
      store,
      // Every other demo user's key file is issued on first request (GET /api/v1/demo/key-file, README.md).
      demo: demo ? { keyDir: join(pki.dir, "keys"), keyFiles: demoKeyFiles(store.db, pki) } : null,
      catalog,
      calendar,
      trust: signing.trust,
      seals: caSealKeys(signing.ca),
      // Automated decisions ask the state databases (the bundled synthetic ones) by the step's named check.
      automation,
      logger: options.logger ?? false,
      now: clock,
      insecureCookies: env.QYZMET_INSECURE_COOKIES === "1",
    });
    const host = options.host ?? "127.0.0.1";
    try {
      await app.listen({ port: options.port ?? 8080, host });
    } catch (error) {
      await app.close();
      throw listenError(error, host, options.port ?? 8080);
    }
    const address = app.server.address();
    const port = typeof address === "object" && address !== null ? address.port : (options.port ?? 8080);
    const url = `http://${hostInUrl(host)}:${port}/`;
    io.out(`Qyzmet is running at ${url} (database: ${describeDatabase(dbOptions)})`);
    io.out(`API documentation: ${url}docs`);
    if (demo) {
      io.out(`Demo sign-in: login ${DEMO_LOGIN}, password ${DEMO_PASSWORD}`);
      io.out(`Citizen portal: ${url} (demo citizens and their SMS codes are shown on its sign-in page)`);
    }
    // Background work, safe with several server processes on one PostgreSQL (FOR UPDATE SKIP LOCKED).
    // The same engine as the API's: results are issued signed (the gateway's workstations close automated cases).
    const engine: EngineDeps = { ...engineDeps(app), now: clock };
    const deadlines = startDeadlineWorker(engine, Number(env.QYZMET_DEADLINE_SCAN_MS ?? 60_000), (error) =>
      app.log.error({ err: error }, "deadline scan failed"),
    );
    const monitoringUrl = env.QYZMET_MONITORING_URL;
    // Without a configured endpoint, stages go to the bundled receiver's store in this database.
    const send: Sender = monitoringUrl
      ? httpSender(monitoringUrl, { timeoutMs: 10_000 })
      : async (message) => {
          await receive(store.db, message.payload, clock());
        };
    const delivery = startDeliveryWorker(store.db, {
      send,
      // The bundled receiver takes a batch in one statement.
      ...(monitoringUrl
        ? {}
        : {
            sendAll: async (messages: readonly OutboundMessage[]) => {
              await receiveAll(
                store.db,
                messages.map((m) => m.payload),
                clock(),
              );
            },
          }),
      now: clock,
      intervalMs: Number(env.QYZMET_MONITORING_INTERVAL_MS ?? 5_000),
      // How long a claimed batch is held before another process may retry it (default 60 s).
      ...(env.QYZMET_MONITORING_LEASE_MS ? { leaseMs: Number(env.QYZMET_MONITORING_LEASE_MS) } : {}),
      // PGlite is one connection: small batches let requests in between (a batch of 50 held it ~1.2 s).
      batchSize: store.kind === "pglite" ? 5 : 50,
      onError: (error) => app.log.error({ err: error }, "monitoring delivery failed"),
    });
    // The e-government gateway: portal requests not delivered at once reach the providers' workstations here.
    const gateway = startGatewayWorker(store.db, {
      receivers: {
        ...(await providerWorkstations({ db: store.db, engine })),
        // Results going back to the portal land in its gateway inbox: the citizen's cabinet.
        [PORTAL_RECEIVER]: localInbox(store.db),
      },
      intervalMs: Number(env.QYZMET_GATEWAY_INTERVAL_MS ?? 5_000),
      now: clock,
      batchSize: store.kind === "pglite" ? 5 : 50,
      onError: (error) => app.log.error({ err: error }, "gateway delivery failed"),
    });
    let closing: Promise<void> | undefined;
    return {
      url,
      app,
      store,
      close() {
        closing ??= Promise.all([deadlines.stop(), delivery.stop(), gateway.stop()])
          .then(() => app.close())
          .then(() => store.close())
          .then(() => {
            if (options.memory) rmSync(pki.dir, { recursive: true, force: true });
          });
        return closing;
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function listenError(error: unknown, host: string, port: number): unknown {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (code === "EADDRINUSE" || code === "EADDRNOTAVAIL" || code === "EACCES") {
    const where = `${hostInUrl(host)}:${port}`;
    return usageError(
      `Cannot listen on ${where} (${String(code)}): choose another --port or --host`,
      `Не удаётся слушать ${where} (${String(code)}): укажите другой --port или --host`,
      `${where} мекенжайын тыңдау мүмкін емес (${String(code)}): басқа --port немесе --host таңдаңыз`,
      { host, port },
    );
  }
  return error;
}

function portOption(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw usageError(
      `Invalid port "${value}" (0–65535)`,
      `Неверный порт "${value}" (0–65535)`,
      `"${value}" порты дұрыс емес (0–65535)`,
    );
  }
  return port;
}

export async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    port: { type: "string" },
    host: { type: "string" },
    ...DATABASE_FLAGS,
  });
  if (positionals.length > 0) {
    throw usageError(
      `Unexpected argument "${positionals[0]}"`,
      `Лишний аргумент "${positionals[0]}"`,
      `Артық аргумент "${positionals[0]}"`,
    );
  }
  const running = await startServer({
    port: portOption(values.port),
    host: values.host ?? "127.0.0.1",
    memory: values.memory ?? false,
    ...(values["data-dir"] === undefined ? {} : { dataDir: values["data-dir"] }),
    // Warnings and errors only by default, so the terminal shows the messages above; request logs
    // (JSON, pino) with QYZMET_LOG_LEVEL=info.
    logger: { level: process.env.QYZMET_LOG_LEVEL ?? "warn" },
    io,
  });
  await new Promise<void>((resolve, reject) => {
    // A second signal while closing ends the process at once.
    const forceExit = (signal: NodeJS.Signals) => process.exit(signal === "SIGINT" ? 130 : 143);
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      process.on("SIGINT", forceExit);
      process.on("SIGTERM", forceExit);
      io.out(`${signal}: closing Qyzmet…`);
      running
        .close()
        .finally(() => {
          process.off("SIGINT", forceExit);
          process.off("SIGTERM", forceExit);
        })
        .then(resolve, reject);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  io.out("Qyzmet stopped.");
  return EXIT.ok;
}
