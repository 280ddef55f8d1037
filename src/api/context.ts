/**
 * What every route can reach, typed by declaration merging: `app.deps` (the
 * server's dependencies), `request.actor` (the signed-in staff member, from the
 * session cookie) and the route option `config.csrf`.
 */
import type { Kysely } from "kysely";
import type { Calendar } from "../calendar/index.ts";
import type { Catalog } from "../catalog/schema.ts";
import type { StaffActor } from "../core/actor.ts";
import type { SealKeys } from "../documents/seal.ts";
import type { Automation } from "../engine/index.ts";
import type { Trust } from "../portal/trust.ts";
import type { StateDatabases } from "../statedb/ports.ts";
import type { Store } from "../store/index.ts";
import type { Database } from "../store/tables.ts";

export interface ApiDeps {
  readonly store: Store;
  readonly calendar: Calendar;
  readonly catalog: Catalog;
  /** The clock of the server; tests pass a fixed one. */
  readonly now: () => Date;
  /** Session cookies without `Secure` everywhere (QYZMET_INSECURE_COOKIES=1); see auth.ts. */
  readonly insecureCookies: boolean;
  /** The largest request body accepted, in bytes. */
  readonly bodyLimit: number;
  /** The automated decisions of procedures (state-database checks). */
  readonly automation: Automation;
  /** The state databases intake asks for documents waived by a record; null: none (such documents are handed in). */
  readonly stateDatabases: ((db: Kysely<Database>) => StateDatabases) | null;
  /** Bearer token of the e-government gateway's port (portal requests); null: the port is closed. */
  readonly gatewayToken: string | null;
  /** Trusted roots and CRLs for citizens' EDS signatures; null: signed applications answer 503. */
  readonly trust: Trust | null;
  /** The built web app (index.html and assets, `vite build`); null: not served. */
  readonly webRoot: string | null;
  /** Demo-only helpers (demo citizens with key files, the SMS outbox); null outside the demo. */
  readonly demo: DemoDeps | null;
  /** The providers' seals for fully automated results; null: such results cannot be issued. */
  readonly seals: SealKeys | null;
  /** Public base URL of this server, printed in documents' QR codes (`<url>/verify/<id>`). */
  readonly publicUrl: string;
}

export interface DemoDeps {
  /** The folder of the demo citizens' key files, `<IIN>.p12`. */
  readonly keyDir: string;
  /** The test CA that issues demo key files on first request (`GET /api/v1/demo/key-file`); absent: none issued. */
  readonly keyFiles?: DemoKeyFiles;
}

import type { DemoKeyFiles } from "../demo/demo-keys.ts";

declare module "fastify" {
  interface FastifyInstance {
    deps: ApiDeps;
  }
  interface FastifyRequest {
    /** The staff member of the session cookie (routes under /api/ only); null when not signed in. */
    actor: StaffActor | null;
  }
  interface FastifyContextConfig {
    /** `false`: a state-changing route that needs no X-Qyzmet-CSRF header (sign-in only). */
    csrf?: boolean;
  }
}
