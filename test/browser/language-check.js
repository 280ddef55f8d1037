/**
 * Runs in the page (test/browser/harness.ts evaluates it): what on screen is not in `lang`.
 * See languageFindings() there for the rules.
 */
export default (lang) => {
  const findings = [];
  for (const key of window.__qyzmetMissingKeys ?? []) findings.push({ kind: "missing-key", text: key });
  const exempt = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.getAttribute("translate") === "no" || e.tagName === "CODE" || e.tagName === "SCRIPT") return true;
      if (e.tagName === "STYLE") return true;
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
    /\b(app|common|source|channel|situation|unit|status|timeline|catalogue|passport|auth|iin|apply|cabinet|case|verify)\.[A-Za-z_][\w.-]*/;
  for (const text of texts) {
    if (RAW_KEY.test(text)) findings.push({ kind: "raw-key", text });
    if (lang === "en" && /[\u0400-\u04FF]/.test(text)) findings.push({ kind: "wrong-script", text });
    if (lang === "ru" && /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text)) findings.push({ kind: "wrong-script", text });
    if (lang !== "en") {
      // Latin words (not acronyms like PDF or SMS, not web addresses) have no place on kk/ru pages.
      for (const token of text.split(/\s+/)) {
        if (/[a-z]{2,}\.[a-z]{2,}/i.test(token)) continue;
        const word = token.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, "");
        if (/[A-Za-z]/.test(word) && /[a-z]/.test(word) && word.replace(/[^A-Za-z]/g, "").length >= 3)
          findings.push({ kind: "wrong-script", text });
      }
    }
  }
  return findings;
};
