/**
 * /regulations/:code: every version of a service side by side, what changed from each version to the
 * next (computed by the API from the catalogue: terms, channels, documents per channel, refusal grounds,
 * steps with their deadlines and roles — each change with its legal source on demand), and the process
 * diagram of a version drawn by bpmn-js from the BPMN export, with its steps as an ordered list.
 */
import { lazy, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { bpmnElementId } from "../../../src/catalog/bpmn.ts";
import { getJson } from "../api.ts";
import type { Channel, RegulationVersion, Service } from "../api-types.ts";
import { Link } from "../router.tsx";
import { ErrorBox, Loading, SourceNote, useDuration, useLoad, useText } from "../ui.tsx";
import "./regulations.css";
import {
  ActLine,
  Period,
  Scope,
  useRich,
  useRole,
  VersionCode,
  type VersionDiff,
  withCodes,
} from "./shared.tsx";

const Diagram = lazy(() => import("./Diagram.tsx"));

type Version = RegulationVersion;
type Step = Version["procedures"][number]["steps"][number];
type Duration = NonNullable<Step["duration"]>;
type Change<T> =
  | { kind: "added"; after: T }
  | { kind: "removed"; before: T }
  | { kind: "changed"; before: T; after: T; fields: string[] };

export default function RegulationService({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const [data, error] = useLoad(
    () => getJson<{ service: Service }>(`/api/v1/services/${encodeURIComponent(code)}`),
    [code, i18n.language],
  );
  const [changes, changesError] = useLoad(
    () => getJson<{ changes: VersionDiff[] }>(`/api/v1/services/${encodeURIComponent(code)}/changes`),
    [code],
  );
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const service = data.service;
  return (
    <article className="regulations">
      <p>
        <Link href="/regulations">{t("regulations.service.back")}</Link>
        {" · "}
        <Link href={`/services/${encodeURIComponent(code)}`}>{t("regulations.service.passport")}</Link>
      </p>
      <h1>{text(service.titles)}</h1>
      <p className="muted">
        <code>{service.code}</code>
      </p>
      <Versions service={service} />
      <section aria-labelledby="reg-changes">
        <h2 id="reg-changes">{t("regulations.changes.title")}</h2>
        {changesError ? <ErrorBox error={changesError} /> : null}
        {!changes && !changesError ? <Loading /> : null}
        {changes && changes.changes.length === 0 ? <p>{t("regulations.changes.none")}</p> : null}
        {changes?.changes.map((d) => (
          <VersionChanges key={`${d.from}-${d.to}`} service={service} diff={d} />
        ))}
      </section>
      <DiagramSection service={service} />
    </article>
  );
}

// ------------------------------------------------------------ versions side by side

function Versions({ service }: { service: Service }) {
  const { t } = useTranslation();
  const text = useText();
  const duration = useDuration();
  const versions = service.versions;
  const row = (label: string, cell: (v: Version) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {versions.map((v) => (
        <td key={v.id}>{cell(v)}</td>
      ))}
    </tr>
  );
  const channelsOf = (v: Version) => v.standard.channels.map((c) => c.channel);
  return (
    <section aria-labelledby="reg-versions">
      <h2 id="reg-versions">{t("regulations.service.versions")}</h2>
      <p className="muted">{t("regulations.service.versionsHint")}</p>
      <div className="reg-scroll">
        <table className="reg-table reg-side">
          <thead>
            <tr>
              <th scope="col">{t("regulations.service.aspect")}</th>
              {versions.map((v) => (
                <th scope="col" key={v.id}>
                  <VersionCode id={v.id} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(t("regulations.service.act"), (v) => (
              <>
                {text(v.act.title)}
                <div className="muted">
                  <ActLine act={v.act} />
                </div>
                <SourceNote source={v.source} act={text(v.act.title)} />
              </>
            ))}
            {row(t("regulations.service.scope"), (v) => (
              <Scope version={v} />
            ))}
            {row(t("regulations.service.effective"), (v) => (
              <Period effective={v.effective} />
            ))}
            {row(t("regulations.service.terms"), (v) =>
              v.standard.terms.length === 0 ? (
                <span className="muted">{t("regulations.service.termsRef")}</span>
              ) : (
                <ul className="reg-plain">
                  {v.standard.terms.map((term) => (
                    <li key={`${term.channel}-${term.variant ?? ""}-${term.source.lines[0]}`}>
                      {term.channel ? t(`channel.${term.channel}`) : t("regulations.service.allChannels")}:{" "}
                      <strong>{duration(term.duration)}</strong>
                    </li>
                  ))}
                </ul>
              ),
            )}
            {row(t("regulations.service.channels"), (v) => (
              <ul className="reg-plain">
                {channelsOf(v).map((c) => (
                  <li key={c}>{t(`channel.${c}`)}</li>
                ))}
              </ul>
            ))}
            {row(t("regulations.service.documents"), (v) =>
              v.standard.documents.length === 0 ? (
                <span className="muted">{t("regulations.service.documentsRef")}</span>
              ) : (
                <ul className="reg-plain">
                  {channelsOf(v).map((c) => (
                    <li key={c}>
                      {t(`channel.${c}`)}: {v.standard.documents.filter((d) => d.channels.includes(c)).length}
                    </li>
                  ))}
                </ul>
              ),
            )}
            {row(t("regulations.service.grounds"), (v) =>
              v.standard.refusalGrounds.length === 0 ? (
                <span className="muted">{t("regulations.service.groundsRef")}</span>
              ) : (
                v.standard.refusalGrounds.length
              ),
            )}
            {row(t("regulations.service.procedures"), (v) => (
              <ul className="reg-plain">
                {v.procedures.map((p) => (
                  <li key={p.id}>
                    {t("regulations.service.stepsOf", {
                      channel: procedureName(p, v, t, text),
                      count: p.steps.length,
                    })}
                  </li>
                ))}
              </ul>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function procedureName(
  p: { channel: Channel; variant?: string },
  v: Pick<Version, "variants">,
  t: (key: string) => string,
  text: ReturnType<typeof useText>,
): string {
  const variant = p.variant ? v.variants.find((x) => x.id === p.variant) : undefined;
  return `${t(`channel.${p.channel}`)}${variant ? ` (${text(variant.title)})` : ""}`;
}

// ------------------------------------------------------------ changes

function VersionChanges({ service, diff }: { service: Service; diff: VersionDiff }) {
  const { t } = useTranslation();
  const text = useText();
  const duration = useDuration();
  const role = useRole();
  const rich = useRich();
  const older = service.versions.find((v) => v.id === diff.from)!;
  const newer = service.versions.find((v) => v.id === diff.to)!;
  const acts = { before: text(older.act.title), after: text(newer.act.title) };
  const count =
    diff.terms.length +
    diff.channels.length +
    diff.documents.reduce((n, d) => n + d.changes.length, 0) +
    diff.documentsRef.length +
    diff.refusalGrounds.length +
    diff.refusalGroundsRef.length +
    diff.procedures.reduce((n, p) => n + p.steps.length, 0);
  const dur = (d: Duration | null) => (d ? duration(d) : t("regulations.diagram.noDeadline"));
  const opt = (x: { kk: string; ru: string; en: string } | null | undefined) =>
    x ? rich(x) : t("regulations.changes.empty");
  const id = `reg-diff-${diff.from}-${diff.to}`;

  return (
    <section aria-labelledby={id} className="reg-diff" data-from={diff.from} data-to={diff.to}>
      <h3 id={id}>
        {withCodes(t("regulations.changes.pair", { from: "%%FROM%%", to: "%%TO%%" }), {
          "%%FROM%%": <VersionCode id={diff.from} />,
          "%%TO%%": <VersionCode id={diff.to} />,
        })}
      </h3>
      {diff.same ? (
        <p>{t("regulations.changes.same")}</p>
      ) : (
        <p className="muted">{t("regulations.changes.summary", { count })}</p>
      )}

      <ChangeGroup
        title={t("regulations.changes.terms")}
        changes={diff.terms}
        acts={acts}
        name={(term) =>
          `${term.channel ? t(`channel.${term.channel}`) : t("regulations.service.allChannels")}${
            term.variant
              ? ` (${text(newer.variants.find((x) => x.id === term.variant)?.title ?? older.variants.find((x) => x.id === term.variant)?.title)})`
              : ""
          }: ${duration(term.duration)}`
        }
        field={(f, term) =>
          f === "duration"
            ? duration(term.duration)
            : f === "condition"
              ? opt(term.condition)
              : term.acceptanceDayExcluded
                ? t("regulations.changes.yes")
                : t("regulations.changes.no")
        }
      />
      <ChangeGroup
        title={t("regulations.changes.channels")}
        changes={diff.channels}
        acts={acts}
        name={(c) => t(`channel.${c.channel}`)}
        field={(_f, c) => opt(c.condition)}
      />
      {diff.documents.map((d) => (
        <ChangeGroup
          key={d.channel}
          title={t("regulations.changes.documentsFor", { channel: t(`channel.${d.channel}`) })}
          changes={d.changes}
          acts={acts}
          name={(doc) => rich(doc.title)}
          field={(f, doc) =>
            f === "title"
              ? rich(doc.title)
              : f === "condition"
                ? opt(doc.condition)
                : f === "presentation"
                  ? doc.presentation
                    ? t(`passport.presentation.${doc.presentation}`)
                    : t("regulations.changes.empty")
                  : doc.variant
                    ? text(
                        newer.variants.find((x) => x.id === doc.variant)?.title ??
                          older.variants.find((x) => x.id === doc.variant)?.title,
                      )
                    : t("regulations.changes.empty")
          }
        />
      ))}
      <ChangeGroup
        title={t("regulations.changes.documentsRef")}
        changes={diff.documentsRef}
        acts={acts}
        name={(r) => rich(r.text)}
        field={(_f, r) => rich(r.text)}
      />
      <ChangeGroup
        title={t("regulations.changes.grounds")}
        changes={diff.refusalGrounds}
        acts={acts}
        name={(g) => (
          <>
            {g.n}. {rich(g.text)}
          </>
        )}
        field={(f, g) =>
          f === "n"
            ? String(g.n)
            : f === "text"
              ? rich(g.text)
              : f === "provision"
                ? (g.provision ?? t("regulations.changes.empty"))
                : (g.variant ?? t("regulations.changes.empty"))
        }
      />
      <ChangeGroup
        title={t("regulations.changes.groundsRef")}
        changes={diff.refusalGroundsRef}
        acts={acts}
        name={(r) => rich(r.text)}
        field={(_f, r) => rich(r.text)}
      />
      {diff.procedures.map((p) => (
        <ChangeGroup
          key={`${p.channel}-${p.variant ?? ""}`}
          title={t("regulations.changes.steps", {
            channel: procedureName(
              p,
              newer.procedures.some((x) => x.id === p.after) ? newer : older,
              t,
              text,
            ),
          })}
          note={
            p.kind === "added"
              ? t("regulations.changes.procedureAdded")
              : p.kind === "removed"
                ? t("regulations.changes.procedureRemoved")
                : t("regulations.changes.unchangedSteps", { count: p.unchangedSteps })
          }
          changes={p.steps}
          acts={acts}
          name={(s) => (
            <>
              {s.n ? `${s.n}. ` : ""}
              {rich(s.action)} — {role(s.actor)}, {dur(s.duration)}
            </>
          )}
          field={(f, s) =>
            f === "actor" ? (
              role(s.actor)
            ) : f === "duration" ? (
              dur(s.duration)
            ) : f === "action" ? (
              rich(s.action)
            ) : f === "output" ? (
              opt(s.output)
            ) : f === "kind" ? (
              t(`regulations.changes.stepKind.${s.kind}`)
            ) : s.check ? (
              <code>{s.check}</code>
            ) : (
              t("regulations.changes.empty")
            )
          }
        />
      ))}
    </section>
  );
}

interface Sourced {
  source: { seed: string; ref: string; lines: [number, number]; quote?: string };
}

/** One kind of element's changes: added / removed / changed, the fields before and after, the sources. */
function ChangeGroup<T extends Sourced>({
  title,
  note,
  changes,
  acts,
  name,
  field,
}: {
  title: string;
  note?: string;
  changes: Change<T>[];
  acts: { before: string; after: string };
  name: (t: T) => ReactNode;
  field: (f: string, t: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <section className="reg-group">
      <h4>{title}</h4>
      {note ? <p className="muted">{note}</p> : null}
      <ul className="reg-changes">
        {changes.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the diff's own order, never reordered
          <li key={i} className={`reg-change reg-${c.kind}`} data-kind={c.kind}>
            <span className="reg-badge">{t(`regulations.changes.kind.${c.kind}`)}</span>{" "}
            {c.kind === "removed" ? <del>{name(c.before)}</del> : <span>{name(c.after)}</span>}
            {c.kind === "changed" ? (
              <dl className="reg-fields">
                {c.fields.map((f) => (
                  <div key={f} data-field={f}>
                    <dt>{t(`regulations.changes.field.${f}`)}</dt>
                    <dd>
                      <span className="reg-was">
                        {t("regulations.changes.before")}: <del>{field(f, c.before)}</del>
                      </span>
                      <span className="reg-now">
                        {t("regulations.changes.after")}: <ins>{field(f, c.after)}</ins>
                      </span>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {c.kind !== "added" ? (
              <SourceBlock
                label={t("regulations.changes.sourceBefore")}
                source={c.before.source}
                act={acts.before}
              />
            ) : null}
            {c.kind !== "removed" ? (
              <SourceBlock
                label={t("regulations.changes.sourceAfter")}
                source={c.after.source}
                act={acts.after}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SourceBlock({ label, source, act }: { label: string; source: Sourced["source"]; act: string }) {
  return (
    <div className="reg-source">
      <span className="muted">{label}</span>
      <SourceNote source={source} act={act} />
    </div>
  );
}

// ------------------------------------------------------------ the diagram and its text alternative

function DiagramSection({ service }: { service: Service }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const duration = useDuration();
  const role = useRole();
  const rich = useRich();
  const [versionId, setVersionId] = useState(service.versions.at(-1)!.id);
  const version = service.versions.find((v) => v.id === versionId) ?? service.versions.at(-1)!;
  const [selected, setSelected] = useState<string | null>(null);
  // Element id in the export → the step it draws.
  const steps = new Map<string, { procedure: Version["procedures"][number]; step: Step; index: number }>();
  for (const p of version.procedures)
    p.steps.forEach((step, index) => {
      steps.set(bpmnElementId(p.id, step), { procedure: p, step, index });
    });
  const current = selected ? steps.get(selected) : undefined;
  const stepName = (p: Version["procedures"][number], ref: string | undefined, index: number) => {
    if (ref === "end") return t("regulations.diagram.end");
    const target = ref === undefined ? p.steps[index + 1] : p.steps.find((s) => s.id === ref);
    if (!target) return t("regulations.diagram.end");
    return target.n ? target.n : String(p.steps.indexOf(target) + 1);
  };

  return (
    <section aria-labelledby="reg-diagram">
      <h2 id="reg-diagram">{t("regulations.diagram.title")}</h2>
      <div className="field">
        <label htmlFor="diagram-version">{t("regulations.diagram.version")}</label>
        <select
          id="diagram-version"
          value={version.id}
          onChange={(e) => {
            setVersionId(e.target.value);
            setSelected(null);
          }}
        >
          {service.versions.map((v) => (
            <option key={v.id} value={v.id} translate="no">
              {v.id}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">{t("regulations.diagram.hint")}</p>
      <div className="reg-diagram-layout">
        <Suspense fallback={<p className="muted">{t("regulations.diagram.loading")}</p>}>
          <Diagram
            code={service.code}
            version={version.id}
            lang={i18n.language}
            selected={selected}
            onSelect={(id) => {
              if (steps.has(id)) setSelected(id);
            }}
            label={withCodes(t("regulations.diagram.label", { version: "%%V%%" }), {
              "%%V%%": <VersionCode id={version.id} />,
            })}
          />
        </Suspense>
        <aside className="reg-step" aria-live="polite" aria-labelledby="reg-step-title">
          <h3 id="reg-step-title">{t("regulations.diagram.selected")}</h3>
          {current ? (
            <div data-step={current.step.id}>
              <p>
                <strong>
                  {current.step.n ? `${current.step.n}. ` : ""}
                  {current.step.kind === "decision" ? `${t("regulations.diagram.decision")}: ` : ""}
                </strong>
                {rich(current.step.action)}
              </p>
              <dl className="reg-facts">
                <dt>{t("regulations.diagram.role")}</dt>
                <dd>{role(current.step.actor)}</dd>
                <dt>{t("regulations.diagram.deadline")}</dt>
                <dd>
                  {current.step.duration
                    ? duration(current.step.duration)
                    : t("regulations.diagram.noDeadline")}
                </dd>
                {current.step.output ? (
                  <>
                    <dt>{t("regulations.diagram.output")}</dt>
                    <dd>{rich(current.step.output)}</dd>
                  </>
                ) : null}
              </dl>
              <SourceNoteOpen key={selected}>
                <SourceNote source={current.step.source} act={text(version.act.title)} />
              </SourceNoteOpen>
            </div>
          ) : (
            <p className="muted">{t("regulations.diagram.choose")}</p>
          )}
        </aside>
      </div>
      <h3 id="reg-steps">{t("regulations.diagram.steps")}</h3>
      {version.procedures.map((p) => (
        <section key={p.id} aria-label={procedureName(p, version, t, text)} className="reg-steps">
          <h4>{procedureName(p, version, t, text)}</h4>
          <ol>
            {p.steps.map((s, i) => {
              const id = bpmnElementId(p.id, s);
              return (
                <li key={s.id} value={i + 1}>
                  <button
                    type="button"
                    className={selected === id ? "link reg-step-button selected" : "link reg-step-button"}
                    aria-pressed={selected === id}
                    onClick={() => setSelected(id)}
                    onFocus={() => setSelected(id)}
                    data-element={id}
                  >
                    {s.n ? `${s.n}. ` : ""}
                    {rich(s.action)}
                  </button>
                  <div className="muted">
                    {t("regulations.diagram.role")}: {role(s.actor)}; {t("regulations.diagram.deadline")}:{" "}
                    {s.duration ? duration(s.duration) : t("regulations.diagram.noDeadline")}
                    {s.kind === "decision" ? (
                      <>
                        ; {t("regulations.diagram.next")}: {stepName(p, s.next, i)};{" "}
                        {t("regulations.diagram.ifNo")}: {stepName(p, s.ifNo, i)}
                      </>
                    ) : s.next !== undefined ? (
                      <>
                        ; {t("regulations.diagram.next")}: {stepName(p, s.next, i)}
                      </>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}

/** Opens the legal source of the chosen step at once (the element's source "on demand" is the choice itself). */
function SourceNoteOpen({ children }: { children: ReactNode }) {
  return (
    <div
      ref={(el) => {
        el?.querySelector("details")?.setAttribute("open", "");
      }}
    >
      {children}
    </div>
  );
}
