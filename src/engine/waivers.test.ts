/**
 * Documents the acts require "only if the information system has no record" (`waivedIfRecord`): intake
 * asks the state databases (the bundled ones over this database) and the record decides. One test per
 * marked document of the catalogue, named with its act and paragraph, plus the rules around it.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { findService, findVersion } from "../catalog/lookup.ts";
import type { RegulationVersion, RequiredDocument } from "../catalog/schema.ts";
import type { Channel } from "../catalog/vocabulary.ts";
import type { Actor } from "../core/actor.ts";
import { isQyzmetError } from "../core/errors.ts";
import { localStateDatabases } from "../statedb/local.ts";
import type { StateDatabases } from "../statedb/ports.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { checkWaivers, submitApplication } from "./index.ts";
import { engineFixture, type Fixture, testIin } from "./testing.ts";

async function rejects(p: Promise<unknown>, code: string): Promise<Record<string, unknown>> {
  let details: Record<string, unknown> = {};
  await assert.rejects(p, (e) => {
    if (!isQyzmetError(e)) throw e;
    assert.equal(e.code, code, JSON.stringify(e.details));
    details = { ...e.details };
    return true;
  });
  return details;
}

/** Every marked document of the catalogue: the service, its version in force and the document. */
function markedDocuments(f: Fixture): { code: string; version: RegulationVersion; doc: RequiredDocument }[] {
  return f.deps.catalog.flatMap((s) =>
    s.versions.flatMap((version) =>
      version.standard.documents
        .filter((d) => d.waivedIfRecord)
        .map((doc) => ({ code: s.code, version, doc })),
    ),
  );
}

const CHANNEL_PREFERENCE: Channel[] = ["provider_office", "state_corporation", "portal"];

describe("documents waived by a state-database record (waivedIfRecord)", () => {
  let store: Store;
  let f: Fixture;
  let edu: string;
  let sc: string;
  let serial = 100;
  before(async () => {
    store = await openTestStore();
    f = await engineFixture(store, "abai", "W");
    f.deps.stateDatabases = (db) => localStateDatabases(db, { now: f.deps.now });
    edu = f.providers.district_education_department as string;
    sc = f.providers.state_corporation_branch as string;
  });
  after(async () => store.close());

  const person = (birthDate: string, sex: "m" | "f") => testIin(birthDate, sex, serial++);
  let recordNo = 1;
  const civil = async (
    kind: "birth" | "marriage" | "death",
    person_iin: string,
    other_iin: string | null,
    father_iin: string | null = null,
    region_code = "abai",
  ) => {
    const n = recordNo++;
    await store.admin
      .insertInto("civil_records")
      .values({
        id: `w-${n}`,
        kind,
        person_iin,
        other_iin,
        father_iin,
        registered_on: "2015-06-01",
        record_number: `W-${kind}-${n}`,
        region_code,
      })
      .execute();
  };

  /** A family: the applicant (mother), the father, a child; with the records the waiver asks for, or none. */
  async function family(withRecords: {
    birth?: boolean;
    marriage?: boolean;
    fatherDead?: boolean;
    region?: string;
  }) {
    const mother = person("1988-02-03", "f");
    const father = person("1986-07-08", "m");
    const child = person("2015-05-20", "m");
    if (withRecords.birth) await civil("birth", child, mother, father, withRecords.region);
    if (withRecords.marriage) await civil("marriage", father, mother, null, withRecords.region);
    if (withRecords.fatherDead) await civil("death", father, null);
    return { mother, father, child };
  }

  const actorFor = (channel: Channel): Actor =>
    channel === "state_corporation"
      ? f.staff(sc, "state_corporation_operator")
      : channel === "portal"
        ? { kind: "system", name: "gateway" }
        : f.staff(edu, "office_clerk");

  /** The package of the channel without `without` (every other document handed in). */
  function application(
    code: string,
    version: RegulationVersion,
    channel: Channel,
    key: string,
    people: { mother: string; child: string },
    without: string[],
    extra: Record<string, unknown> = {},
  ) {
    const documents = version.standard.documents
      .filter((d) => d.channels.includes(channel) && d.presentation !== "fetched_by_provider")
      .filter((d) => !without.includes(d.id))
      .map((d) => ({ id: d.id }));
    return {
      idempotencyKey: key,
      serviceCode: code,
      channel,
      regionCode: "abai",
      providerId: edu,
      applicant: { iin: people.mother, surname: "Омарова", givenName: "Гүлнар" },
      children: [{ iin: people.child, fullName: "Омаров Ерлан", birthDate: "2015-05-20" }],
      documents,
      ...extra,
    };
  }

  const recordsFor = (doc: RequiredDocument) => {
    const w = doc.waivedIfRecord;
    assert.ok(w);
    return w.record === "birth"
      ? { birth: true }
      : w.record === "marriage"
        ? { marriage: true }
        : { birth: true, fatherDead: true };
  };

  it("covers every marked document of the catalogue (19, seed 003)", () => {
    assert.equal(markedDocuments(f).length, 19);
  });

  it("every marked document: record exists → not asked for, obtained from АХАЖ and recorded; no record → refused at acceptance (portal: INPUT_INVALID) naming it", async (t) => {
    for (const { code, version, doc } of markedDocuments(f)) {
      const w = doc.waivedIfRecord;
      assert.ok(w);
      const channel = CHANNEL_PREFERENCE.find((c) => doc.channels.includes(c));
      assert.ok(channel, `${code} ${doc.id}: a channel`);
      await t.test(
        `${code} ${doc.id}: seed ${w.source.seed}, ${w.source.ref} — ${w.record} of the ${w.of} on record → not required; none → required`,
        async () => {
          // Other documents waived by a record are handed in: only this one is left out.
          const withRecord = await family(recordsFor(doc));
          const ok = await submitApplication(
            f.deps,
            actorFor(channel),
            application(code, version, channel, `w-ok-${code}-${doc.id}`, withRecord, [doc.id]),
          );
          assert.equal(ok.receipt.kind, "receipt", JSON.stringify(ok.receipt.missing));
          assert.equal(ok.case.status === "refused_to_accept", false);
          assert.deepEqual(
            ok.receipt.obtained.map((o) => [o.id, o.system]),
            [[doc.id, "АХАЖ"]],
          );
          assert.ok(!ok.receipt.missing.some((m) => m.id === doc.id));
          const event = await store.db
            .selectFrom("events")
            .select(["action", "payload"])
            .where("case_id", "=", ok.case.id)
            .orderBy("seq")
            .executeTakeFirstOrThrow();
          assert.equal(event.action, "case.registered");
          const lookups = (event.payload as { recordLookups?: { document: string; status: string }[] })
            .recordLookups;
          assert.deepEqual(
            lookups?.map((l) => [l.document, l.status]),
            [[doc.id, "obtained"]],
          );

          const none = await family({});
          const input = application(code, version, channel, `w-no-${code}-${doc.id}`, none, [doc.id]);
          if (channel === "portal") {
            const details = await rejects(
              submitApplication(f.deps, actorFor(channel), input),
              "INPUT_INVALID",
            );
            assert.deepEqual(details.missing, [doc.id]);
          } else {
            const refused = await submitApplication(f.deps, actorFor(channel), input);
            assert.equal(refused.receipt.kind, "refusal_to_accept_receipt");
            assert.equal(refused.case.status, "refused_to_accept");
            assert.deepEqual(
              refused.receipt.missing.map((m) => m.id),
              [doc.id],
            );
            assert.deepEqual(refused.receipt.obtained, []);
          }
        },
      );
    }
  });

  const meals = () => findVersion(findService(f.deps.catalog, "school-meals"), "national-2022");

  it("school-meals birth-certificate (003 Standard p. 8 (provider), sub-p. 3): the applicant cannot declare it not applicable — the record decides (DOCUMENT_WAIVED_BY_RECORD)", async () => {
    const p = await family({ birth: true });
    const details = await rejects(
      submitApplication(
        f.deps,
        actorFor("provider_office"),
        application("school-meals", meals(), "provider_office", "waiver-na-1", p, ["birth-certificate"], {
          notApplicable: ["birth-certificate"],
        }),
      ),
      "DOCUMENT_WAIVED_BY_RECORD",
    );
    assert.equal(details.system, "АХАЖ");
  });

  it("school-meals marriage-or-divorce-certificate (003 Standard p. 8 (provider), sub-p. 4): no marriage on record, the applicant declares never having married — accepted", async () => {
    const p = await family({});
    const r = await submitApplication(
      f.deps,
      actorFor("provider_office"),
      application(
        "school-meals",
        meals(),
        "provider_office",
        "waiver-na-2",
        p,
        ["marriage-or-divorce-certificate"],
        {
          notApplicable: ["marriage-or-divorce-certificate"],
        },
      ),
    );
    assert.equal(r.receipt.kind, "receipt");
    assert.deepEqual(r.receipt.obtained, []);
  });

  it("school-meals birth-certificate (003 Standard p. 8 (provider), sub-p. 3, '…не Қазақстан Республикасынан тыс жерде туған'): a birth registered abroad does not waive it", async () => {
    const p = await family({ birth: true, region: "XX-abroad" });
    const r = await submitApplication(
      f.deps,
      actorFor("provider_office"),
      application("school-meals", meals(), "provider_office", "w-abroad", p, ["birth-certificate"]),
    );
    assert.equal(r.receipt.kind, "refusal_to_accept_receipt");
    assert.deepEqual(
      r.receipt.missing.map((m) => m.id),
      ["birth-certificate"],
    );
  });

  it("school-meals birth-certificate: a child named without an IIN cannot be looked up — the certificate is required", async () => {
    const p = await family({ birth: true });
    const input = application("school-meals", meals(), "provider_office", "w-no-iin", p, [
      "birth-certificate",
    ]);
    input.children = [{ fullName: "Омаров Ерлан", birthDate: "2015-05-20" } as (typeof input.children)[0]];
    const r = await submitApplication(f.deps, actorFor("provider_office"), input);
    assert.deepEqual(
      r.receipt.missing.map((m) => m.id),
      ["birth-certificate"],
    );
  });

  describe("the state database does not answer", () => {
    const down: StateDatabases = new Proxy({} as StateDatabases, {
      get: () =>
        new Proxy(
          {},
          {
            get: () => async () => {
              throw new Error("gateway timeout");
            },
          },
        ),
    });

    it("school-meals birth-certificate not handed in: neither accepted nor refused — 503 STATE_DB_UNAVAILABLE, nothing written", async () => {
      const p = await family({ birth: true });
      const deps = { ...f.deps, stateDatabases: () => down };
      const before = await store.db
        .selectFrom("cases")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      const details = await rejects(
        submitApplication(
          deps,
          actorFor("provider_office"),
          application("school-meals", meals(), "provider_office", "w-down-1", p, ["birth-certificate"]),
        ),
        "STATE_DB_UNAVAILABLE",
      );
      assert.deepEqual(details.documents, ["birth-certificate"]);
      assert.deepEqual(details.systems, ["АХАЖ"]);
      const afterCount = await store.db
        .selectFrom("cases")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n));
    });

    it("handed in, the document needs no lookup: accepted", async () => {
      const p = await family({});
      const deps = { ...f.deps, stateDatabases: () => down };
      const r = await submitApplication(
        deps,
        actorFor("provider_office"),
        application("school-meals", meals(), "provider_office", "w-down-2", p, []),
      );
      assert.equal(r.receipt.kind, "receipt");
    });

    it("another document certainly missing: refused naming only that one (the unanswered one is not claimed missing)", async () => {
      const p = await family({});
      const deps = { ...f.deps, stateDatabases: () => down };
      const r = await submitApplication(
        deps,
        actorFor("provider_office"),
        application("school-meals", meals(), "provider_office", "w-down-3", p, [
          "birth-certificate",
          "application",
        ]),
      );
      assert.equal(r.receipt.kind, "refusal_to_accept_receipt");
      assert.deepEqual(
        r.receipt.missing.map((m) => m.id),
        ["application"],
      );
    });

    it("no state databases configured: the same as not answering", async () => {
      const p = await family({ birth: true });
      const { stateDatabases: _, ...deps } = f.deps;
      await rejects(
        submitApplication(
          deps,
          actorFor("provider_office"),
          application("school-meals", meals(), "provider_office", "w-down-4", p, ["birth-certificate"]),
        ),
        "STATE_DB_UNAVAILABLE",
      );
    });
  });

  it("the pre-check (checkWaivers) answers what intake will: obtained for the family on record, required otherwise", async () => {
    const p = await family({ birth: true });
    const q = {
      serviceCode: "school-meals",
      channel: "portal",
      regionCode: "abai",
      applicant: { iin: p.mother },
      children: [{ iin: p.child }],
    };
    const yes = await checkWaivers(f.deps, q);
    assert.deepEqual(
      yes.documents.map((d) => [d.document, d.status, d.system]),
      [
        ["birth-certificate-portal", "obtained", "АХАЖ"],
        ["marriage-or-divorce-certificate-portal", "required", "АХАЖ"],
      ],
    );
    assert.equal(yes.documents[1]?.reason, "no_record");
    assert.equal(yes.documents[1]?.declarable?.en, "The applicant has never been married");
    const other = await family({});
    const no = await checkWaivers(f.deps, {
      ...q,
      applicant: { iin: other.mother },
      children: [{ iin: other.child }],
    });
    assert.deepEqual(
      no.documents.map((d) => d.status),
      ["required", "required"],
    );
  });

  it("minor-property-certificates consent-or-no-care-proof (003 List annex 5, row 8, sub-p. 3): the other parent's death on record (АХАЖ) replaces it", async () => {
    const p = await family({ birth: true, fatherDead: true });
    const r = await checkWaivers(f.deps, {
      serviceCode: "minor-property-certificates",
      channel: "portal",
      regionCode: "abai",
      applicant: { iin: p.mother },
      children: [{ iin: p.child }],
    });
    const consent = r.documents.find((d) => d.document === "consent-or-no-care-proof");
    assert.equal(consent?.status, "obtained");
    const alive = await family({ birth: true });
    const r2 = await checkWaivers(f.deps, {
      serviceCode: "minor-property-certificates",
      channel: "portal",
      regionCode: "abai",
      applicant: { iin: alive.mother },
      children: [{ iin: alive.child }],
    });
    assert.equal(r2.documents.find((d) => d.document === "consent-or-no-care-proof")?.status, "required");
  });
});
