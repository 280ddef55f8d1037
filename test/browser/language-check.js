/**
 * Runs in the page (test/browser/harness.ts evaluates it): what on screen is not in `lang`.
 *  - keys i18next did not find (its missingKeyHandler records them), raw keys on screen;
 *  - English pages: no Cyrillic word; Russian pages: no word with a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і);
 *    Kazakh and Russian pages: no Latin word of three letters or more (web addresses aside).
 *  - Exempt: elements marked translate="no" (proper names), <code>, elements in their own lang; words in
 *    capitals only or with digits (codes, abbreviations: ҚР ДСМ-49/2020, 071/у, АХАЖ, PDF, SMS); on Russian pages capitalised
 *    Kazakh proper names (область Жетісу, Ұлытау), which keep their letters in official Russian.
 */
export default (lang) => {
  const findings = [];
  for (const key of window.__qyzmetMissingKeys ?? []) findings.push({ kind: "missing-key", text: key });
  const exempt = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.getAttribute("translate") === "no") return true;
      if (["CODE", "SCRIPT", "STYLE"].includes(e.tagName)) return true;
      const own = e.getAttribute("lang");
      if (own && e !== document.documentElement && own !== lang) return true;
    }
    return false;
  };
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || exempt(parent)) continue;
    const visible = parent.tagName === "OPTION" || parent.checkVisibility({ visibilityProperty: true });
    if (visible && n.textContent?.trim()) texts.push(n.textContent.trim());
  }
  for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
    if (exempt(el)) continue;
    for (const a of ["placeholder", "aria-label", "title"]) {
      const v = el.getAttribute(a);
      if (v) texts.push(v);
    }
  }
  const RAW_KEY =
    /\b(app|common|source|channel|situation|unit|status|timeline|catalogue|passport|auth|iin|apply|cabinet|case|verify|staff|work|desk|supervision|regulations|representative)\.[A-Za-z_][\w.-]*/;
  const words = (text) => text.split(/[\s\-–—]+/).map((t) => t.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ""));
  const isCode = (w) => !/\p{Ll}/u.test(w) || /\d/.test(w);
  for (const text of texts) {
    if (RAW_KEY.test(text)) findings.push({ kind: "raw-key", text });
    for (const w of words(text)) {
      if (!w || isCode(w)) continue;
      const bad =
        (lang === "en" && /[\u0400-\u04FF]/.test(w)) ||
        (lang === "ru" && /[әғқңөұүһі]/.test(w) && !/^\p{Lu}/u.test(w)) ||
        (lang === "ru" && /[ӘҒҚҢӨҰҮҺІ]/.test(w.slice(1))) ||
        (lang !== "en" && !/[a-z]{2,}\.[a-z]{2,}/i.test(w) && (w.match(/[A-Za-z]/g) ?? []).length >= 3);
      if (bad) {
        findings.push({ kind: "wrong-script", text });
        break;
      }
    }
  }
  return findings;
};
