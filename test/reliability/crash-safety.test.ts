/**
 * Crash safety (issue 9, item 1): a load generator submits portal and office
 * applications to a real `qyzmet serve` process on PostgreSQL while the
 * process is killed with SIGKILL at random moments and restarted. Afterwards
 * every acknowledged application exists exactly once, no step or event was
 * recorded twice, every gateway message was delivered once, deadlines are
 * intact and `qyzmet audit verify` passes.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { openStore, type Store } from "../../src/store/index.ts";
import { FULL, SEED } from "./fixture.ts";
import { assertIntegrity, integrity, jobMaker, Load, principals, settled } from "./load.ts";
import { freePort, type Scratch, ServerProcess, scratchDatabase, sleep, testCluster } from "./processes.ts";

const KILLS = FULL ? 24 : 3;
const cluster = testCluster();

describe("crash safety: SIGKILL under load", {
  skip: cluster ? false : "needs TEST_DATABASE_URL (PostgreSQL)",
}, () => {
  let scratch: Scratch;
  let server: ServerProcess;
  let store: Store;

  before(async () => {
    assert.ok(cluster);
    scratch = await scratchDatabase(cluster, "crash");
    server = new ServerProcess(await freePort(), {
      DATABASE_URL: scratch.url,
      QYZMET_PKI_DIR: scratch.pkiDir,
    });
    server.start();
    await server.healthy(180_000);
    store = await openStore({ url: scratch.url });
  });
  after(async () => {
    await server?.stop();
    await store?.close();
    await scratch?.drop();
  });

  it(`every acknowledged application exists once after ${KILLS} kills`, async () => {
    const who = await principals(server.url, store.db, scratch.pkiDir);
    const label = `crash-${process.pid}`;
    const load = new Load(() => [server.url], jobMaker(who, label), label);
    // Kill moments: mostly while serving, sometimes while still starting up.
    const moments = fc.sample(fc.tuple(fc.integer({ min: 150, max: 2_500 }), fc.boolean()), {
      numRuns: KILLS,
      seed: SEED,
    });
    let done = false;
    const running = load.run(() => done, 4);
    const started = Date.now();
    for (const [waitMs, whileStarting] of moments) {
      if (!whileStarting) await server.healthy();
      await sleep(whileStarting ? waitMs / 5 : waitMs);
      await server.kill();
      server.start();
    }
    await server.healthy();
    await sleep(1_000);
    done = true;
    await running;
    const loadS = (Date.now() - started) / 1000;
    await load.drain();
    await settled(store.db);
    console.log(
      `crash safety: load ${loadS.toFixed(1)} s, drained and settled ${((Date.now() - started) / 1000 - loadS).toFixed(1)} s later`,
    );
    const figures = await integrity(store.db, load, scratch.url);
    console.log(
      `crash safety: ${server.kills} kills survived in ${Math.round((Date.now() - started) / 1000)} s; ` +
        `${load.sent} requests (${load.retried} retries, ${load.unanswered} unanswered); ` +
        `acknowledged ${figures.acknowledged}, found ${figures.found}, duplicates ${figures.duplicates}, ` +
        `steps twice ${figures.stepsTwice}, gateway undelivered ${figures.gatewayUndelivered}, ` +
        `delivered twice ${figures.gatewayDeliveredTwice}, monitoring twice ${figures.monitoringTwice}, ` +
        `deadlines broken ${figures.deadlinesBroken}, audit verify exit ${figures.auditExit}`,
    );
    assert.equal(server.kills, KILLS);
    assert.ok(figures.acknowledged > KILLS, "the load went on between kills");
    assertIntegrity(figures, load);
  });
});
