/**
 * The trends as an SVG drawn here (no charting library: a stacked bar per week or month — closed on time,
 * closed late — and a dot per bucket for the cases registered). The picture is labelled and described for
 * screen readers; the same numbers are in the table below it (TrendTable), which is the accessible view.
 */
import { useTranslation } from "react-i18next";
import type { TrendRow } from "./types.ts";

const W = 720;
const H = 240;
const PAD = { left: 40, right: 10, top: 12, bottom: 36 };

export function TrendChart({ rows, bucket }: { rows: TrendRow[]; bucket: "week" | "month" }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => Math.max(r.closed, r.registered)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = rows.length > 0 ? plotW / rows.length : plotW;
  const barW = Math.max(2, step * 0.6);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const labelEvery = Math.max(1, Math.ceil(rows.length / 12));
  // dd.mm for a week's Monday, mm.yyyy for a month (the full dates are in the table).
  const label = (start: string) =>
    bucket === "week"
      ? `${start.slice(8, 10)}.${start.slice(5, 7)}`
      : `${start.slice(5, 7)}.${start.slice(0, 4)}`;
  return (
    <figure className="sv-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="trend-chart-title trend-chart-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="trend-chart-title">{t("supervision.trends.chartLabel")}</title>
        <desc id="trend-chart-desc">{t("supervision.trends.chartDesc")}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="sv-grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="sv-axis">
              {v}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const x = PAD.left + i * step + (step - barW) / 2;
          return (
            <g key={r.start}>
              <rect x={x} y={y(r.onTime)} width={barW} height={y(0) - y(r.onTime)} className="sv-bar-ok" />
              <rect
                x={x}
                y={y(r.closed)}
                width={barW}
                height={y(r.onTime) - y(r.closed)}
                className="sv-bar-late"
              />
              <circle cx={x + barW / 2} cy={y(r.registered)} r={3.5} className="sv-dot" />
              {i % labelEvery === 0 ? (
                <text x={x + barW / 2} y={H - PAD.bottom + 16} textAnchor="middle" className="sv-axis">
                  {label(r.start)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="sv-key sv-key-ok" aria-hidden="true" /> {t("supervision.trends.onTime")}{" "}
        <span className="sv-key sv-key-late" aria-hidden="true" /> {t("supervision.trends.late")}{" "}
        <span className="sv-key sv-key-dot" aria-hidden="true" /> {t("supervision.trends.registered")}
      </figcaption>
    </figure>
  );
}
