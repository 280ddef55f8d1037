/**
 * Privacy (issue 9, item 6): every staff read of a case holding a child's
 * data — the case, its documents, its receipt, a document's PDF — is in the
 * access log with who read it; lists and exports never carry a full IIN
 * unless the role needs it (the bank register, administrators only).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openWorld, type World } from "./fixture.ts";

describe("privacy", () => {
  let world: World;
  let childCase: string;
  let applicantIins: string[] = [];

  before(async () => {
    world = await openWorld({ citizens: 1, officeCases: 2 });
    childCase = world.officeCases[0] ?? "";
    const rows = await world.store.db
      .selectFrom("cases")
      .select(["applicant_iin", "has_child_data"])
      .where("id", "in", [...world.officeCases, ...[...world.citizenCases.values()].flat()])
      .execute();
    applicantIins = rows.map((r) => r.applicant_iin);
    assert.ok(
      rows.some((r) => r.has_child_data),
      "an office case holds a child's data",
    );
  });
  after(async () => world?.close());

  it("every staff read of a child's data is in the access log", async () => {
    const doc = await world.store.db
      .selectFrom("documents")
      .innerJoin("cases", "cases.id", "documents.case_id")
      .select(["documents.id", "cases.id as caseId", "cases.provider_id"])
      .where("cases.has_child_data", "=", true)
      .executeTakeFirst();
    const reads = [
      { url: `/api/v1/cases/${childCase}`, caseId: childCase, action: "case.read" },
      { url: `/api/v1/cases/${childCase}/documents`, caseId: childCase, action: "case.documents" },
      { url: `/api/v1/cases/${childCase}/receipt.pdf`, caseId: childCase, action: "case.receipt" },
      ...(doc
        ? [{ url: `/api/v1/documents/${doc.id}/pdf`, caseId: doc.caseId, action: "document.read" }]
        : []),
    ];
    for (const login of ["ast-d01-edu.clerk", "ast-d01-edu.head", "ast.supervisor"]) {
      for (const r of reads) {
        const before = await world.store.db
          .selectFrom("access_log")
          .select((eb) => eb.fn.max("id").as("id"))
          .executeTakeFirst();
        const res = await world.app.inject({ method: "GET", url: r.url, headers: await world.staff(login) });
        assert.equal(res.statusCode, 200, `${login} ${r.url}: ${res.body.slice(0, 200)}`);
        const logged = await world.store.db
          .selectFrom("access_log")
          .selectAll()
          .where("id", ">", String(before?.id ?? 0))
          .execute();
        assert.ok(
          logged.some(
            (l) => l.staff_id === login && l.case_id === r.caseId && l.allowed && l.action === r.action,
          ),
          `${login} reading ${r.url} is logged as ${r.action}: ${JSON.stringify(logged)}`,
        );
      }
    }
    console.log(`privacy: ${reads.length} kinds of child-data read × 3 roles, each in the access log`);
  });

  it("lists and exports mask IINs; the bank register (with full IINs) is for administrators only", async () => {
    const year = new Date().getUTCFullYear();
    const exports = [
      { login: "ast-d01-edu.clerk", url: "/api/v1/cases?limit=200" },
      { login: "ast-d01-edu.clerk", url: `/api/v1/journal?provider=AST-D01-EDU&year=${year}` },
      { login: "ast-d01-edu.clerk", url: "/api/v1/journal?provider=AST-D01-EDU&year=2026" },
      { login: "ast-d01-edu.head", url: `/api/v1/journal/outgoing?provider=AST-D01-EDU&year=2026` },
      { login: "ast-d01-edu.head", url: "/api/v1/tasks/mine" },
      { login: "ast-d01-edu.head", url: "/api/v1/notifications" },
      { login: "ast.supervisor", url: "/api/v1/cases?limit=200" },
      { login: "ast.supervisor", url: "/api/v1/supervision/overdue?region=astana" },
      { login: "ast.supervisor", url: "/api/v1/complaints" },
      { login: "kz.supervisor", url: "/api/v1/registries/children" },
    ];
    let checked = 0;
    for (const e of exports) {
      const res = await world.app.inject({ method: "GET", url: e.url, headers: await world.staff(e.login) });
      assert.ok(res.statusCode === 200, `${e.login} ${e.url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      for (const iin of applicantIins)
        assert.ok(!res.body.includes(iin), `${e.url} shows a full IIN to ${e.login}`);
      checked++;
    }
    for (const login of ["ast-d01-edu.clerk", "ast.supervisor", "kz.supervisor"]) {
      const res = await world.app.inject({
        method: "GET",
        url: "/api/v1/payments/registers/2026-03/HSBKKZKX",
        headers: await world.staff(login),
      });
      assert.equal(res.statusCode, 403, `${login} may not export the bank register: ${res.body}`);
    }
    const admin = await world.app.inject({
      method: "GET",
      url: "/api/v1/payments/registers/2026-03/HSBKKZKX",
      headers: await world.staff("admin"),
    });
    assert.equal(admin.statusCode, 200, admin.body);
    console.log(`privacy: ${checked} lists/exports without a full IIN; bank register refused to 3 roles`);
  });
});
