/** A version of a service as readable text, for `catalog show`. */
import type { Duration, RegulationVersion, Service, Source, Text } from "./schema.ts";
import type { Lang } from "./vocabulary.ts";

const L = {
  version: { kk: "Нұсқа", ru: "Версия", en: "Version" },
  act: { kk: "Акт", ru: "Акт", en: "Act" },
  effective: { kk: "Қолданылу мерзімі", ru: "Действует", en: "In force" },
  implements: { kk: "Стандарт", ru: "Стандарт", en: "Implements" },
  provider: { kk: "Көрсетілетін қызметті беруші", ru: "Услугодатель", en: "Provider" },
  channels: { kk: "Арналар", ru: "Каналы", en: "Channels" },
  terms: { kk: "Мерзімдер", ru: "Сроки", en: "Terms" },
  queue: {
    kk: "Күту / қызмет көрсету (ең көбі, минут)",
    ru: "Ожидание / обслуживание (макс., мин)",
    en: "Wait / service (max, minutes)",
  },
  form: { kk: "Нысаны", ru: "Форма", en: "Form" },
  results: { kk: "Нәтижесі", ru: "Результат", en: "Result" },
  fee: { kk: "Ақы", ru: "Плата", en: "Fee" },
  schedules: { kk: "Жұмыс кестесі", ru: "График работы", en: "Schedules" },
  documents: { kk: "Құжаттар", ru: "Документы", en: "Documents" },
  grounds: { kk: "Бас тарту негіздері", ru: "Основания для отказа", en: "Grounds for refusal" },
  other: { kk: "Өзге талаптар", ru: "Иные требования", en: "Other requirements" },
  procedure: { kk: "Рәсім", ru: "Процедура", en: "Procedure" },
  unstated: { kk: "мерзімі көрсетілмеген", ru: "срок не указан", en: "duration not stated" },
  excluded: { kk: "мерзімге кірмейді", ru: "не входит в срок", en: "not counted in the term" },
  ifNo: { kk: "жоқ болса", ru: "если нет", en: "if no" },
  contradictions: { kk: "Актідегі қайшылықтар", ru: "Противоречия акта", en: "Contradictions in the act" },
  inForce: { kk: "қазір", ru: "по настоящее время", en: "now" },
} satisfies Record<string, Text>;

const UNITS: Record<Duration["unit"], Text> = {
  minutes: { kk: "минут", ru: "мин.", en: "min" },
  hours: { kk: "сағат", ru: "ч.", en: "h" },
  working_days: { kk: "жұмыс күні", ru: "раб. дн.", en: "working days" },
  calendar_days: { kk: "күнтізбелік күн", ru: "кал. дн.", en: "calendar days" },
  months: { kk: "ай", ru: "мес.", en: "months" },
};

export function durationText(d: Duration, lang: Lang): string {
  return `${d.value} ${UNITS[d.unit][lang]}`;
}

function cite(s: Source): string {
  return `[${s.seed} ${s.ref}]`;
}

export function renderVersion(service: Service, v: RegulationVersion, lang: Lang): string[] {
  const out: string[] = [];
  const st = v.standard;
  const head = (label: keyof typeof L) => out.push("", `${L[label][lang]}:`);
  out.push(`${service.code} — ${service.titles[lang]}`);
  out.push(`${L.version[lang]}: ${v.id} (${v.issuer.name[lang]})`);
  const reg = v.act.registration ? `, reg. No. ${v.act.registration.number}` : "";
  out.push(
    `${L.act[lang]}: ${v.act.issuedBy[lang]}, ${v.act.kind} No. ${v.act.number} of ${v.act.date}${reg}`,
  );
  out.push(`${L.effective[lang]}: ${v.effective.from} — ${v.effective.to ?? L.inForce[lang]}`);
  if (v.implementsStandard) out.push(`${L.implements[lang]}: ${v.implementsStandard.text[lang]}`);
  out.push(`${L.provider[lang]}: ${st.provider.description[lang]} ${cite(st.provider.source)}`);

  head("channels");
  for (const c of st.channels)
    out.push(`  - ${c.channel}${c.condition ? ` (${c.condition[lang]})` : ""} ${cite(c.source)}`);
  head("terms");
  for (const t of st.terms) {
    const scope = [t.channel ?? "*", t.variant].filter(Boolean).join("/");
    const extra = [t.condition?.[lang], t.acceptanceDayExcluded ? L.excluded[lang] : undefined].filter(
      Boolean,
    );
    out.push(
      `  - ${scope}: ${durationText(t.duration, lang)}${extra.length ? ` (${extra.join("; ")})` : ""} ${cite(t.source)}`,
    );
  }
  if (st.queue.length > 0) {
    head("queue");
    for (const q of st.queue)
      out.push(
        `  - ${q.channel}: ${q.maxWaitMinutes ?? "—"} / ${q.maxServiceMinutes ?? "—"} ${cite(q.source)}`,
      );
  }
  if (st.forms) out.push("", `${L.form[lang]}: ${st.forms.values.join(", ")} ${cite(st.forms.source)}`);
  head("results");
  for (const r of st.results)
    out.push(`  - ${r.title[lang]}${r.form ? ` (${r.form})` : ""} ${cite(r.source)}`);
  if (st.fee) out.push("", `${L.fee[lang]}: ${st.fee.text[lang]} ${cite(st.fee.source)}`);
  if (st.schedules.length > 0) {
    head("schedules");
    for (const s of st.schedules) out.push(`  - ${s.who}: ${s.text[lang]} ${cite(s.source)}`);
  }
  head("documents");
  if (st.documentsRef) out.push(`  ${st.documentsRef.text[lang]} ${cite(st.documentsRef.source)}`);
  for (const d of st.documents) {
    const cond = d.condition ? ` — ${d.condition[lang]}` : "";
    out.push(`  - ${d.title[lang]} [${d.channels.join(", ")}]${cond} ${cite(d.source)}`);
  }
  head("grounds");
  if (st.refusalGroundsRef)
    out.push(`  ${st.refusalGroundsRef.text[lang]} ${cite(st.refusalGroundsRef.source)}`);
  for (const g of st.refusalGrounds) {
    out.push(
      `  ${g.variant ? `${g.variant} ` : ""}${g.n}) ${g.text[lang]}${g.provision ? ` (${g.provision})` : ""} ${cite(g.source)}`,
    );
  }
  if (st.otherRequirements.length > 0) {
    head("other");
    for (const o of st.otherRequirements) out.push(`  - ${o.text[lang]} ${cite(o.source)}`);
  }
  for (const p of v.procedures) {
    out.push(
      "",
      `${L.procedure[lang]} [${p.channel}${p.variant ? `/${p.variant}` : ""}]: ${p.title[lang]} ${cite(p.source)}`,
    );
    p.steps.forEach((s, i) => {
      const time = s.duration ? durationText(s.duration, lang) : L.unstated[lang];
      const flags = [s.excludedFromTerm ? L.excluded[lang] : undefined].filter(Boolean);
      const jump = [
        s.next ? `→ ${s.next}` : undefined,
        s.ifNo ? `${L.ifNo[lang]} → ${s.ifNo}` : undefined,
      ].filter(Boolean);
      const mark = s.kind === "decision" ? "◇" : `${i + 1}.`;
      out.push(
        `  ${mark} [${s.n ?? s.id}] ${s.actor}: ${s.action[lang]} — ${time}${flags.length ? ` (${flags.join("; ")})` : ""}`,
      );
      if (s.output) out.push(`       ⇒ ${s.output[lang]}`);
      if (jump.length) out.push(`       ${jump.join("; ")}`);
    });
  }
  if (v.contradictions.length > 0) {
    head("contradictions");
    for (const c of v.contradictions) out.push(`  ! ${c.text[lang]} ${c.sources.map(cite).join(" ")}`);
  }
  return out;
}
