/**
 * The process diagram: bpmn-js's NavigatedViewer draws the version's BPMN export (GET
 * /api/v1/services/:code/versions/:id/bpmn, labels in the page's language, re-imported when the
 * language changes). This module is its own chunk, loaded only on the regulations page that shows it.
 * Clicking an element reports its id; the chosen step is marked. The step list next to it is the
 * diagram's text alternative.
 *
 * The bpmn.io watermark stays as bpmn-js draws it (its licence requires it to be visible); it is the
 * project's name and marked translate="no".
 */
import "bpmn-js/dist/assets/diagram-js.css";
import "bpmn-js/dist/assets/bpmn-js.css";
import NavigatedViewer from "bpmn-js/lib/NavigatedViewer";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../api.ts";

interface Canvas {
  zoom(scale?: number | "fit-viewport"): number;
  addMarker(element: string, marker: string): void;
  removeMarker(element: string, marker: string): void;
  scrollToElement(element: string, padding?: number): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}
interface EventBus {
  on(event: string, callback: (e: { element: { id: string } }) => void): void;
}

const SELECTED = "qz-selected";

async function fetchXml(path: string): Promise<string> {
  const res = await fetch(path, { headers: { accept: "application/xml" } });
  if (!res.ok) {
    // The API's problem+json, in the page's language (getJson turns it into an ApiError).
    await getJson(path);
  }
  return res.text();
}

export default function Diagram({
  code,
  version,
  lang,
  selected,
  onSelect,
  label,
}: {
  code: string;
  version: string;
  lang: string;
  selected: string | null;
  onSelect: (id: string) => void;
  label: ReactNode;
}) {
  const captionId = useId();
  const { t } = useTranslation();
  const host = useRef<HTMLElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const marked = useRef<string | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [imported, setImported] = useState(0);

  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const v = new NavigatedViewer({ container });
    viewer.current = v;
    v.get<EventBus>("eventBus").on("element.click", (e) => select.current(e.element.id));
    for (const a of container.querySelectorAll(".bjs-powered-by")) a.setAttribute("translate", "no");
    return () => {
      v.destroy();
      viewer.current = null;
    };
  }, []);

  useEffect(() => {
    let live = true;
    setState("loading");
    const path = `/api/v1/services/${encodeURIComponent(code)}/versions/${encodeURIComponent(version)}/bpmn?lang=${lang}&labels=short`;
    fetchXml(path)
      .then(async (xml) => {
        const v = viewer.current;
        if (!live || !v) return;
        await v.importXML(xml);
        if (!live) return;
        marked.current = null;
        v.get<Canvas>("canvas").zoom("fit-viewport");
        setState("ready");
        setImported((n) => n + 1);
      })
      .catch(() => live && setState("failed"));
    return () => {
      live = false;
    };
  }, [code, version, lang]);

  // Mark the chosen step (after every import, which drops the markers).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `imported` re-applies the marker after a new import
  useEffect(() => {
    const v = viewer.current;
    if (!v || state !== "ready") return;
    const canvas = v.get<Canvas>("canvas");
    const registry = v.get<ElementRegistry>("elementRegistry");
    if (marked.current && registry.get(marked.current)) canvas.removeMarker(marked.current, SELECTED);
    marked.current = null;
    if (selected && registry.get(selected)) {
      canvas.addMarker(selected, SELECTED);
      canvas.scrollToElement(selected, 80);
      marked.current = selected;
    }
  }, [selected, state, imported]);

  const zoom = (factor: number | "fit-viewport") => {
    const canvas = viewer.current?.get<Canvas>("canvas");
    if (!canvas) return;
    canvas.zoom(factor === "fit-viewport" ? factor : canvas.zoom() * factor);
  };

  return (
    <figure className="reg-diagram" data-state={state}>
      <div className="reg-zoom">
        <button type="button" onClick={() => zoom(1.25)}>
          {t("regulations.diagram.zoomIn")}
        </button>
        <button type="button" onClick={() => zoom(0.8)}>
          {t("regulations.diagram.zoomOut")}
        </button>
        <button type="button" onClick={() => zoom("fit-viewport")}>
          {t("regulations.diagram.fit")}
        </button>
      </div>
      <section ref={host} className="reg-canvas" aria-labelledby={captionId} />
      <figcaption>
        <span id={captionId}>{label}</span>
        {state === "loading" ? <span className="muted"> — {t("regulations.diagram.loading")}</span> : null}
        {state === "failed" ? (
          <span className="error-text" role="alert">
            {" "}
            — {t("regulations.diagram.failed")}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
