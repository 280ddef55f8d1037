/**
 * The public verification page (the QR code's link): plain HTML, no script,
 * in the reader's language (?lang=, else Accept-Language). Says whether the
 * document is genuine and unchanged, who signed it and when, the applicant's
 * IIN masked.
 */

import type { Lang } from "../../catalog/vocabulary.ts";
import type { Verification } from "../../documents/index.ts";

type T3 = Record<Lang, string>;

const T = {
  title: { kk: "Құжатты тексеру", ru: "Проверка документа", en: "Document verification" },
  genuine: {
    kk: "Құжат түпнұсқа: ол қол қойылғаннан бері өзгерген жоқ",
    ru: "Документ подлинный: он не изменялся с момента подписания",
    en: "The document is genuine and unchanged since it was signed",
  },
  changed: {
    kk: "Назар аударыңыз: сақталған құжаттың қолтаңбасы расталмады",
    ru: "Внимание: подпись хранимого документа не подтверждается",
    en: "Warning: the signature of the stored document does not verify",
  },
  "foreign-signature": {
    kk: "Қолтаңба бұл құжатқа тиесілі емес",
    ru: "Подпись не принадлежит этому документу",
    en: "The signature does not belong to this document",
  },
  unknown: {
    kk: "Мұндай нөмірмен берілген құжат жоқ",
    ru: "Документ с таким идентификатором не выдавался",
    en: "No document with this identifier was issued",
  },
  number: { kk: "Нөмірі", ru: "Номер", en: "Number" },
  name: { kk: "Атауы", ru: "Наименование", en: "Title" },
  provider: { kk: "Қызмет беруші", ru: "Услугодатель", en: "Provider" },
  applicant: { kk: "Алушының ЖСН", ru: "ИИН получателя", en: "Applicant's IIN" },
  signer: { kk: "Қол қойған", ru: "Подписал", en: "Signed by" },
  sealed: {
    kk: "қызмет берушінің ақпараттық жүйесі (мөр)",
    ru: "информационная система услугодателя (печать)",
    en: "the provider's information system (seal)",
  },
  signedAt: { kk: "Қол қойылған уақыты", ru: "Дата и время подписания", en: "Signed at" },
  hash: { kk: "SHA-256 хэші", ru: "Хэш SHA-256", en: "SHA-256 hash" },
  certificate: { kk: "Сертификат", ru: "Сертификат", en: "Certificate" },
  language: { kk: "Тіл", ru: "Язык", en: "Language" },
} satisfies Record<string, T3>;

const html = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const almaty = (iso: string) =>
  new Intl.DateTimeFormat("ru-RU", {
    timeZone: "Asia/Almaty",
    dateStyle: "short",
    timeStyle: "short",
  }).format(new Date(iso));

export function verifyPage(v: Verification, lang: Lang): string {
  const d = v.document;
  const rows: [string, string][] = d
    ? [
        [T.number[lang], d.number],
        [T.name[lang], d.title[lang]],
        [T.provider[lang], `${d.provider.name[lang]} (BIN ${d.provider.bin})`],
        [T.applicant[lang], d.applicantIin],
        [
          T.signer[lang],
          d.signer.sealed
            ? `${d.signer.name} — ${T.sealed[lang]}`
            : `${d.signer.name}, ${d.signer.position[lang]}`,
        ],
        [T.signedAt[lang], almaty(d.signedAt)],
        [T.certificate[lang], d.signer.certificate],
        [T.hash[lang], d.sha256],
      ]
    : [];
  const ok = v.verdict === "genuine";
  const langs = (["kk", "ru", "en"] as const)
    .map((l) => (l === lang ? `<strong>${l}</strong>` : `<a href="?lang=${l}">${l}</a>`))
    .join(" · ");
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(T.title[lang])}</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
.v{padding:1rem;border-radius:.5rem;font-weight:600}.ok{background:#e6f4ea;color:#0d5223}.bad{background:#fde8e8;color:#8a1c1c}
th{text-align:left;padding-right:1rem;vertical-align:top}td{word-break:break-all}</style></head>
<body><nav aria-label="${html(T.language[lang])}">${langs}</nav><h1>${html(T.title[lang])}</h1>
<p class="v ${ok ? "ok" : "bad"}" role="status" data-verdict="${v.verdict}">${html(T[v.verdict][lang])}</p>
${rows.length ? `<table>${rows.map(([k, val]) => `<tr><th scope="row">${html(k)}</th><td>${html(val)}</td></tr>`).join("")}</table>` : ""}
</body></html>`;
}
