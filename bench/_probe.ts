import { staffActorById } from "../src/auth/index.ts";
import { defaultCalendar } from "../src/calendar/index.ts";
import { loadCatalog } from "../src/catalog/catalog.ts";
import { PASSING_AUTOMATION } from "../src/engine/index.ts";
import { inbox } from "../src/engine/queries.ts";
import { openStore } from "../src/store/index.ts";
const store = await openStore({ url: "postgres://postgres@127.0.0.1:5432/qyzmet_bench_inbox", poolSize: 2 });
const deps = { db: store.db, calendar: defaultCalendar(), catalog: loadCatalog(), now: () => new Date(), automation: PASSING_AUTOMATION };
const ids = (await store.db.selectFrom("staff").select("id").where("provider_id", "is not", null).execute()).map((r) => r.id).filter((_, i) => i % 7 === 0);
const out: [number, number, string, string][] = [];
for (const id of ids) {
  const a = await staffActorById(store.db, id);
  if (!a) continue;
  const ts: number[] = [];
  let js = 0;
  for (let k = 0; k < 3; k++) { const t = performance.now(); const r = await inbox(deps, a); ts.push(performance.now() - t); js = r.length; }
  out.push([Math.min(...ts), Math.max(...ts), `${a.login} ${a.roles.join("+")}`, String(js)]);
}
out.sort((x, y) => y[0] - x[0]);
for (const o of out.slice(0, 25)) console.log(o.map(String).join("\t"));
console.log("median min", out.map((o) => o[0]).sort((a, b) => a - b)[Math.floor(out.length / 2)]);
await store.close();
