/**
 * The load generator of the process tests and the integrity checks run after
 * it. Applications are portal requests signed with the demo citizens' key
 * files (`POST /api/v1/citizen/applications`) and office intakes by a clerk
 * (`POST /api/v1/cases`), each with its own idempotency key. An application
 * is acknowledged when a server answered 200/201/202; one that got no answer
 * (the server was killed, refused, timed out, 503) is retried with the very
 * same bytes until it is acknowledged.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { type Kysely, sql } from "kysely";
import { loadCatalog } from "../../src/catalog/catalog.ts";
import { resolveVersion } from "../../src/catalog/lookup.ts";
import { lastCodeSentTo } from "../../src/citizens/index.ts";
import { DEMO_KEY_PASSWORD } from "../../src/demo/key-files.ts";
import { fullPackage } from "../../src/engine/testing.ts";
import { nextIin } from "../../src/iin/iin.ts";
import { DEMO_PASSWORD } from "../../src/org/index.ts";
import { type KeyMaterial, readPkcs12, signCms } from "../../src/pki/index.ts";
import type { Database } from "../../src/store/tables.ts";
import { type Answer, cookieOf, qyzmet, readKeyFile, request, sleep } from "./processes.ts";

const catalog = loadCatalog();
const CSRF = { "x-qyzmet-csrf": "1" };
const PASSWORD = "Qyzmet2025";

export interface Job {
  key: string;
  kind: "portal" | "office";
  path: string;
  headers: Record<string, string>;
  body: unknown;
  tries: number;
}

interface Principal {
  iin: string;
  surname: string;
  givenName: string;
  cookie: string;
  key: KeyMaterial;
}

/** Signs the demo citizens up and in (SMS code read from the database) and the clerk in. */
export async function principals(base: string, db: Kysely<Database>, pkiDir: string) {
  const files = readdirSync(`${pkiDir}/keys`).filter((f) => f.endsWith(".p12"));
  const iins = files.map((f) => f.slice(0, 12));
  const people = await db
    .selectFrom("citizens")
    .selectAll()
    .where("iin", "in", iins)
    .orderBy("iin")
    .execute();
  const citizens: Principal[] = [];
  for (const p of people) {
    const phone = p.phone ?? "";
    const reg = await request(base, "POST", "/api/v1/citizen/register", {
      body: { iin: p.iin, password: PASSWORD, phone },
    });
    assert.equal(reg.status, 202, reg.body);
    const code = await lastCodeSentTo(db, phone);
    const ok = await request(base, "POST", "/api/v1/citizen/register/confirm", {
      body: { iin: p.iin, code },
    });
    assert.equal(ok.status, 201, ok.body);
    const signIn = await request(base, "POST", "/api/v1/citizen/sign-in", {
      body: { iin: p.iin, password: PASSWORD },
    });
    assert.equal(signIn.status, 200, signIn.body);
    citizens.push({
      iin: p.iin,
      surname: p.surname,
      givenName: p.given_name,
      cookie: cookieOf(signIn, "qyzmet_citizen"),
      key: await readPkcs12(readKeyFile(pkiDir, p.iin), DEMO_KEY_PASSWORD),
    });
  }
  const clerk = await request(base, "POST", "/api/v1/auth/sign-in", {
    body: { login: "kzo-d01-edu.clerk", password: DEMO_PASSWORD },
  });
  assert.equal(clerk.status, 200, clerk.body);
  const providers = await request(
    base,
    "GET",
    "/api/v1/services/guardianship-certificate/providers?region=kyzylorda&district=kzo-d01",
  );
  assert.equal(providers.status, 200, providers.body);
  const provider = (JSON.parse(providers.body) as { items: { id: string }[] }).items[0]?.id;
  assert.ok(provider, providers.body);
  return { citizens, clerkCookie: cookieOf(clerk, "qyzmet_session"), guardianshipProvider: provider };
}

export type Principals = Awaited<ReturnType<typeof principals>>;

/** Makes the n-th application: portal and office in turn. */
export function jobMaker(who: Principals, label: string) {
  const today = new Date().toISOString().slice(0, 10);
  const guardianship = resolveVersion(catalog, "guardianship-certificate", "kyzylorda", today);
  const meals = resolveVersion(catalog, "school-meals", "kyzylorda", today);
  return async (n: number): Promise<Job> => {
    const key = `${label}-${n}`;
    if (n % 2 === 0) {
      const c = who.citizens[(n / 2) % who.citizens.length];
      assert.ok(c);
      const text = JSON.stringify({
        idempotencyKey: key,
        serviceCode: "guardianship-certificate",
        channel: "portal",
        regionCode: "kyzylorda",
        districtId: "kzo-d01",
        providerId: who.guardianshipProvider,
        applicant: { iin: c.iin, surname: c.surname, givenName: c.givenName },
        documents: fullPackage(guardianship, "portal"),
      });
      const bytes = new TextEncoder().encode(text);
      const signature = await signCms(bytes, c.key.privateKey, c.key.certificate, {
        signingTime: new Date(),
        chain: c.key.chain,
      });
      return {
        key,
        kind: "portal",
        path: "/api/v1/citizen/applications",
        headers: { cookie: c.cookie, ...CSRF },
        body: {
          request: Buffer.from(bytes).toString("base64"),
          signature: Buffer.from(signature).toString("base64"),
        },
        tries: 0,
      };
    }
    return {
      key,
      kind: "office",
      path: "/api/v1/cases",
      headers: { cookie: who.clerkCookie, ...CSRF },
      body: {
        idempotencyKey: key,
        serviceCode: "school-meals",
        channel: "provider_office",
        regionCode: "kyzylorda",
        districtId: "kzo-d01",
        providerId: "KZO-D01-EDU",
        applicant: {
          iin: nextIin({ birthDate: "1986-04-04", sex: n % 4 === 1 ? "f" : "m", serial: 1000 + n }).iin,
          surname: "Сәрсенбаева",
          givenName: "Әйгерім",
        },
        children: [{ fullName: "Сәрсенбаев Нұрлан", birthDate: "2015-09-01" }],
        documents: fullPackage(meals, "provider_office"),
      },
      tries: 0,
    };
  };
}

export class Load {
  readonly acknowledged = new Map<string, { kind: Job["kind"]; status: number; caseId: string | null }>();
  readonly pending: Job[] = [];
  readonly refused: string[] = [];
  /** How many answers of each kind: "201", "503 DATABASE_UNAVAILABLE", "0" (no answer)… */
  readonly answers = new Map<string, number>();
  sent = 0;
  retried = 0;
  unanswered = 0;
  private n = 0;
  private turn = 0;

  constructor(
    private readonly servers: () => string[],
    private readonly make: (n: number) => Promise<Job>,
    /** The idempotency keys' prefix (jobMaker's label). */
    readonly label: string,
  ) {}

  private async send(job: Job): Promise<Answer> {
    const urls = this.servers();
    const base = urls[this.turn++ % urls.length] ?? "";
    this.sent++;
    if (job.tries++ > 0) this.retried++;
    return request(base, "POST", job.path, { headers: job.headers, body: job.body, timeoutMs: 20_000 });
  }

  private settle(job: Job, answer: Answer): void {
    const code = answer.status >= 400 ? (/"code":"([A-Z_]+)"/.exec(answer.body)?.[1] ?? "") : "";
    const kind = `${answer.status} ${code}`.trim();
    this.answers.set(kind, (this.answers.get(kind) ?? 0) + 1);
    if (answer.status === 200 || answer.status === 201 || answer.status === 202) {
      const body = JSON.parse(answer.body) as { case?: { id: string } | null };
      const prior = this.acknowledged.get(job.key);
      const caseId = body.case?.id ?? prior?.caseId ?? null;
      // A replay of an acknowledged application must name the same case.
      if (prior?.caseId && body.case?.id)
        assert.equal(body.case.id, prior.caseId, `${job.key} changed its case`);
      this.acknowledged.set(job.key, { kind: job.kind, status: answer.status, caseId });
      return;
    }
    if (answer.status === 0 || answer.status === 503 || answer.status === 502) {
      this.unanswered++;
      this.pending.push(job);
      return;
    }
    this.refused.push(`${job.key}: ${answer.status} ${answer.body.slice(0, 300)}`);
  }

  /** `workers` loops submitting (retries first) until `stop()` says so. */
  async run(stop: () => boolean, workers = 4, pauseMs = 20): Promise<void> {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (!stop()) {
          const job = this.pending.shift() ?? (await this.make(this.n++));
          this.settle(job, await this.send(job));
          if (this.pending.length > 0) await sleep(pauseMs * 5);
          else await sleep(pauseMs);
        }
      }),
    );
  }

  /** Retries every unacknowledged application until each is acknowledged (or `timeoutMs`). */
  async drain(timeoutMs = 120_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.pending.length > 0) {
      assert.ok(Date.now() < until, `${this.pending.length} applications never acknowledged`);
      const job = this.pending.shift();
      if (!job) break;
      this.settle(job, await this.send(job));
      if (this.pending.includes(job)) await sleep(200);
    }
  }
}

/** Waits until neither outbox holds anything still to deliver. */
export async function settled(db: Kysely<Database>, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await sql<{ g: number; m: number }>`
      SELECT (SELECT count(*)::int FROM gateway_outbox WHERE state IN ('ON_DELIVERY', 'NOT_DELIVERED')) g,
             (SELECT count(*)::int FROM outbox WHERE delivered_at IS NULL) m`.execute(db);
    const r = rows[0];
    if (r && r.g === 0 && r.m === 0) return;
    if (Date.now() > until) throw new Error(`not settled after ${timeoutMs} ms: ${JSON.stringify(r)}`);
    if (process.env.QYZMET_RELIABILITY_DEBUG) {
      const { rows: detail } =
        await sql`SELECT 'g' k, state, attempts, next_attempt_at, last_error FROM gateway_outbox WHERE state IN ('ON_DELIVERY', 'NOT_DELIVERED')
        UNION ALL SELECT 'm', topic, attempts, next_attempt_at, last_error FROM outbox WHERE delivered_at IS NULL LIMIT 5`.execute(
          db,
        );
      console.log(new Date().toISOString(), JSON.stringify(r), JSON.stringify(detail));
    }
    await sleep(300);
  }
}

export interface Figures {
  acknowledged: number;
  found: number;
  missing: string[];
  duplicates: number;
  stepsTwice: number;
  gatewayUndelivered: number;
  gatewayDeliveredTwice: number;
  monitoringTwice: number;
  deadlinesBroken: number;
  auditExit: number;
}

/** The invariants after a run: each acknowledged application once, no step twice, every message once. */
export async function integrity(db: Kysely<Database>, load: Load, databaseUrl: string): Promise<Figures> {
  const keys = [...load.acknowledged.keys()];
  const found = new Map<string, number>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom("cases")
      .select(["idempotency_key", (eb) => eb.fn.countAll<number>().as("n")])
      .where("idempotency_key", "in", keys.slice(i, i + 500))
      .groupBy("idempotency_key")
      .execute();
    for (const r of rows) found.set(r.idempotency_key ?? "", Number(r.n));
  }
  const one = (q: string) =>
    sql<{ n: number }>`${sql.raw(q)}`.execute(db).then((r) => Number(r.rows[0]?.n ?? 0));
  const figures: Figures = {
    acknowledged: keys.length,
    found: [...found.values()].filter((n) => n >= 1).length,
    missing: keys.filter((k) => !found.has(k)),
    duplicates:
      [...found.values()].filter((n) => n > 1).length +
      (await one(
        "SELECT count(*)::int n FROM (SELECT idempotency_key FROM cases GROUP BY 1 HAVING count(*) > 1) d",
      )),
    stepsTwice: await one(`SELECT count(*)::int n FROM (
        SELECT case_id, payload->>'stepId' FROM events WHERE action = 'step.completed' GROUP BY 1, 2 HAVING count(*) > 1
        UNION ALL SELECT case_id, action FROM events WHERE action IN ('case.registered', 'case.closed')
          GROUP BY 1, 2 HAVING count(*) > 1
        UNION ALL SELECT case_id, step_id FROM tasks GROUP BY 1, 2 HAVING count(*) > 1
        UNION ALL SELECT case_id, seq::text FROM events GROUP BY 1, 2 HAVING count(*) > 1) d`),
    gatewayUndelivered: await one(
      "SELECT count(*)::int n FROM gateway_outbox WHERE state <> 'DELIVERED' OR delivered_at IS NULL",
    ),
    gatewayDeliveredTwice: await one(`SELECT count(*)::int n FROM (
        SELECT message_id FROM gateway_log WHERE event = 'delivered' GROUP BY 1 HAVING count(*) > 1
        UNION ALL SELECT request_id FROM signed_requests s
          WHERE (SELECT count(*) FROM cases c WHERE c.idempotency_key = s.request_id) <> 1) d`),
    monitoringTwice: await one(
      "SELECT count(*)::int n FROM (SELECT message_id FROM monitoring_inbox GROUP BY 1 HAVING count(*) > 1) d",
    ),
    // The run's registered cases (the demo's refused-to-accept ones have no term).
    deadlinesBroken: await one(`SELECT count(*)::int n FROM cases
        WHERE idempotency_key LIKE '${load.label}-%' AND EXISTS (SELECT 1 FROM events e
          WHERE e.case_id = cases.id AND e.action = 'case.registered')
          AND (deadline IS NULL OR deadline <= term_start OR term_start < submitted_at - interval '1 day')`),
    auditExit: (await qyzmet(["audit", "verify"], { DATABASE_URL: databaseUrl })).code,
  };
  return figures;
}

export function assertIntegrity(f: Figures, load: Load): void {
  assert.deepEqual(load.refused, [], "no application was refused");
  assert.deepEqual(f.missing, [], "every acknowledged application exists");
  assert.equal(f.found, f.acknowledged);
  assert.equal(f.duplicates, 0, "no application twice");
  assert.equal(f.stepsTwice, 0, "no step, registration or event twice");
  assert.equal(f.gatewayUndelivered, 0, "every gateway message delivered");
  assert.equal(f.gatewayDeliveredTwice, 0, "every gateway message delivered once, each request one case");
  assert.equal(f.monitoringTwice, 0, "every monitoring stage received once");
  assert.equal(f.deadlinesBroken, 0, "every registered case has its deadline after its term start");
  assert.equal(f.auditExit, 0, "qyzmet audit verify passes");
}
