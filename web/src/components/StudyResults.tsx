import { useId, type Ref } from "react";
import { adjustedPValues, percent, pValue, stars, stat, testNote } from "@aftershock/shared/format.js";
import { eventReasonText } from "@aftershock/shared/eventReasons.js";
import { groupLabel, timestamp, windowLabel } from "../format.js";
import { exportPath, studyPath } from "../route.js";
import { companyRows } from "../rows.js";
import type { StoredStudy, TestOutcome } from "../types.js";
import { Charts } from "./Charts.js";

/** A number cell: right-aligned, tabular digits, negative in the negative colour. */
function Num({
  value,
  text,
  p,
  colSpan,
  title,
}: {
  value: number | null | undefined;
  text: string;
  p?: number | null | undefined;
  colSpan?: number;
  title?: string;
}) {
  const marks = stars(p);
  return (
    <td className={`num${value !== undefined && value !== null && value < 0 ? " neg" : ""}`} {...(colSpan ? { colSpan } : {})} {...(title ? { title } : {})}>
      {text}
      {p !== undefined && p !== null && (
        <span className="stars" aria-hidden="true">
          {marks}
        </span>
      )}
      {marks && <span className="sr-only"> (significant at {p! < 0.01 ? 1 : p! < 0.05 ? 5 : 10} %)</span>}
    </td>
  );
}

/** A p-value, bold below 5 %, with its adjusted values beneath when the study asked for them. */
function P({ p, adjusted }: { p: number | null | undefined; adjusted?: TestOutcome["adjusted"] }) {
  return (
    <td className={`num${p !== undefined && p !== null && p < 0.05 ? " sig" : ""}`}>
      {pValue(p)}
      {adjusted && (
        <>
          <br />
          <small className="adjusted">{adjustedPValues(adjusted)}</small>
        </>
      )}
    </td>
  );
}

/** A test's statistic with its stars (what it is read against in a title), and its p-values. */
function TestCells({ o }: { o: TestOutcome | undefined }) {
  if (!o) {
    return (
      <>
        <td className="num">–</td>
        <td className="num">–</td>
      </>
    );
  }
  // A test with no statistic shows "–" as the report does, with the reason it has none on hovering.
  const note = o.statistic === null && o.reason !== undefined ? o.reason : testNote(o);
  return (
    <>
      <Num value={o.statistic} text={stat(o.statistic)} p={o.pValue} {...(note ? { title: note } : {})} />
      <P p={o.pValue} {...(o.adjusted ? { adjusted: o.adjusted } : {})} />
    </>
  );
}

/** An event list's events: day 0, its AR, and each window's CAR with its t and p. */
/** Each window's CAR, t and p column headers; `named` puts the window in the CAR header (a table without a row of window names above). */
function WindowColumns({ windows, named }: { windows: readonly (readonly [number, number])[]; named: boolean }) {
  return windows.map((w) => [
    <th scope="col" className="num" key={`${windowLabel(w)}car`}>
      {named ? `CAR ${windowLabel(w)}` : "CAR"}
    </th>,
    <th scope="col" className="num" key={`${windowLabel(w)}t`}>
      t
    </th>,
    <th scope="col" className="num" key={`${windowLabel(w)}p`}>
      p
    </th>,
  ]);
}

function EventTable({ study }: { study: StoredStudy }) {
  const id = useId();
  const windows = study.result.conventions.windows;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Events</h3>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-h`} tabIndex={0}>
        <table className="results" id="event-table">
          <caption className="sr-only">
            Abnormal return on day 0 and cumulative abnormal return (CAR) per event window of each event, with its t statistic and p-value
          </caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Security</th>
              <th scope="col">Group</th>
              <th scope="col">Day 0</th>
              <th scope="col" className="num">
                AR day 0
              </th>
              <WindowColumns windows={windows} named />
            </tr>
          </thead>
          <tbody>
            {study.result.events.map((e) => {
              const d0 = e.days.find((d) => d.day === 0);
              return (
                <tr key={e.id} data-event={e.id} className={e.status === "ok" ? undefined : "unmeasured"}>
                  <th scope="row">{e.id}</th>
                  <td>{e.security}</td>
                  <td>{e.group ?? "–"}</td>
                  {e.status === "ok" ? (
                    <>
                      <td className="date">{e.day0 ?? "–"}</td>
                      <Num value={d0?.ar} text={percent(d0?.ar)} />
                      {windows.map((w) => {
                        const x = e.windows.find((v) => v.window[0] === w[0] && v.window[1] === w[1]);
                        return [
                          <Num key={`${windowLabel(w)}car`} value={x?.car} text={percent(x?.car)} p={x?.pValue} />,
                          <Num key={`${windowLabel(w)}t`} value={x?.t} text={stat(x?.t)} />,
                          <P key={`${windowLabel(w)}p`} p={x?.pValue} />,
                        ];
                      })}
                    </>
                  ) : (
                    <td colSpan={2 + windows.length * 3} className="reason">
                      {eventReasonText(e)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CompanyTable({ study }: { study: StoredStudy }) {
  const id = useId();
  const windows = study.result.conventions.windows;
  const rows = companyRows(study);
  const cols = 5 + windows.length * 3;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Companies</h3>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-h`} tabIndex={0}>
        <table className="results" id="company-table">
          <caption className="sr-only">
            Abnormal return on day 0 and cumulative abnormal return (CAR) per event window of each listing, with its t statistic and p-value
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Company
              </th>
              <th scope="col" rowSpan={2}>
                Role
              </th>
              <th scope="col" rowSpan={2}>
                Security
              </th>
              <th scope="col" rowSpan={2}>
                Day 0
              </th>
              <th scope="col" rowSpan={2} className="num">
                AR day 0
              </th>
              {windows.map((w) => (
                <th scope="colgroup" colSpan={3} key={windowLabel(w)} className="window-head">
                  CAR {windowLabel(w)}
                </th>
              ))}
            </tr>
            <tr>
              <WindowColumns windows={windows} named={false} />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const d0 = r.event?.days.find((d) => d.day === 0);
              return (
                <tr key={r.key} data-security={r.security} className={r.reason ? "unmeasured" : undefined}>
                  {r.first && (
                    <th scope="rowgroup" rowSpan={r.span} className="company-cell">
                      {r.company}
                    </th>
                  )}
                  {r.first && (
                    <td rowSpan={r.span}>
                      <span className={`role role-${r.role}`}>{r.role}</span>
                    </td>
                  )}
                  <td>{r.security ?? "–"}</td>
                  {r.reason ? (
                    <td colSpan={cols - 3} className="reason">
                      {r.reason}
                    </td>
                  ) : (
                    <>
                      <td className="date">{r.event?.day0 ?? "–"}</td>
                      <Num value={d0?.ar} text={percent(d0?.ar)} />
                      {windows.map((w) => {
                        const x = r.event?.windows.find((v) => v.window[0] === w[0] && v.window[1] === w[1]);
                        return [
                          <Num key={`${windowLabel(w)}car`} value={x?.car} text={percent(x?.car)} p={x?.pValue} />,
                          <Num key={`${windowLabel(w)}t`} value={x?.t} text={stat(x?.t)} />,
                          <P key={`${windowLabel(w)}p`} p={x?.pValue} />,
                        ];
                      })}
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Two-sided p-values of each listing’s t test; stars beside a CAR: * p &lt; 0.10, ** p &lt; 0.05, *** p &lt; 0.01. Each listing is measured against its
        venue’s benchmark.
      </p>
    </section>
  );
}

/**
 * One table per group with measured events, as the report lays it out: the CAAR and mean BHAR per
 * window, then every test the study ran (statistic with stars, p-value with its adjusted values).
 */
function GroupTables({ study }: { study: StoredStudy }) {
  const id = useId();
  const c = study.result.conventions;
  const groups = study.result.groups.filter((g) => g.measured > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Groups</h3>
      {groups.map((g) => {
        const tests = c.tests.filter((t) => g.windows.some((w) => w.tests[t.name]));
        return (
          <div className="table-scroll fit" role="region" aria-label={`Tests of ${groupLabel(g.group)}`} tabIndex={0} key={g.group}>
            <table className="results group-table" data-group={g.group}>
              <caption>
                <strong>{groupLabel(g.group)}</strong>: {g.measured} of {g.events} events measured
              </caption>
              <thead>
                <tr>
                  <th scope="col">Measure / test</th>
                  {g.windows.map((w) => [
                    <th scope="col" className="num" key={`${windowLabel(w.window)}`}>
                      {windowLabel(w.window)}
                    </th>,
                    <th scope="col" className="num" key={`${windowLabel(w.window)}p`}>
                      p
                    </th>,
                  ])}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">CAAR{c.caar === "mean" ? " (mean of the AARs)" : ""}</th>
                  {g.windows.map((w) => (
                    <Num key={windowLabel(w.window)} value={w.caar} text={percent(w.caar, 3)} colSpan={2} />
                  ))}
                </tr>
                <tr>
                  <th scope="row">mean BHAR</th>
                  {g.windows.map((w) => (
                    <Num key={windowLabel(w.window)} value={w.meanBhar} text={percent(w.meanBhar, 3)} colSpan={2} />
                  ))}
                </tr>
                {tests.map((t) => (
                  <tr key={t.name} data-test={t.name}>
                    <th scope="row">
                      <abbr title={t.citation}>{t.label}</abbr>
                    </th>
                    {g.windows.map((w) => (
                      <TestCells key={windowLabel(w.window)} o={w.tests[t.name]} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <p className="hint">
        Stars beside a statistic: * p &lt; 0.10, ** p &lt; 0.05, *** p &lt; 0.01. Hover over a test for its paper, over a statistic for its degrees of freedom
        or resamples; “–”: the test does not apply.
        {c.multipleTesting
          ? ` Adjusted p-values (${c.multipleTesting.methods.map((m) => (m === "holm" ? "Holm" : "BH: Benjamini-Hochberg")).join(", ")}) under each p-value, within the family of ${c.multipleTesting.family}.`
          : ""}
      </p>
    </section>
  );
}

function Comparisons({ study }: { study: StoredStudy }) {
  const id = useId();
  const { comparisons } = study.result;
  if (comparisons.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Group difference</h3>
      {comparisons.map((c) => (
        <div className="table-scroll fit" role="region" aria-label={`${c.a} minus ${c.b}`} tabIndex={0} key={`${c.a}|${c.b}`}>
          <table className="results comparison-table">
            <caption>
              Mean CAR of <strong>{groupLabel(c.a)}</strong> minus <strong>{groupLabel(c.b)}</strong>
            </caption>
            <thead>
              <tr>
                <th scope="col">Window</th>
                <th scope="col" className="num">
                  Difference
                </th>
                <th scope="col" className="num">
                  Welch t
                </th>
                <th scope="col" className="num">
                  <abbr title="Welch's unequal-variance t test">Welch p</abbr>
                </th>
                <th scope="col" className="num">
                  <abbr title="Wilcoxon rank-sum (Mann-Whitney) test">Rank-sum p</abbr>
                </th>
                <th scope="col" className="num">
                  <abbr title="Permutation test of the difference in means">Permutation p</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {c.windows.map((w) => (
                <tr key={windowLabel(w.window)}>
                  <th scope="row">{windowLabel(w.window)}</th>
                  <Num value={w.difference} text={percent(w.difference)} />
                  <Num value={w.welch.statistic} text={stat(w.welch.statistic)} />
                  <P p={w.welch.pValue} />
                  <P p={w.wilcoxonRankSum.pValue} />
                  <P p={w.permutation.pValue} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

function Method({ study }: { study: StoredStudy }) {
  const c = study.result.conventions;
  const markets = [...new Set(study.result.events.map((e) => e.market).filter((m): m is string => Boolean(m)))];
  return (
    <details className="method">
      <summary>How this was computed</summary>
      <dl>
        <dt>Model</dt>
        <dd>{c.modelLabel}</dd>
        <dt>Benchmark</dt>
        <dd>{markets.join(", ") || "–"}</dd>
        <dt>Estimation window</dt>
        <dd>
          {windowLabel(c.estimation)} trading days, at least {c.minEstimationDays} with data
        </dd>
        <dt>Convention</dt>
        <dd>{c.convention}</dd>
        {c.multipleTesting && (
          <>
            <dt>Multiple testing</dt>
            <dd>
              {c.multipleTesting.methods.join(", ")} within {c.multipleTesting.family}
            </dd>
          </>
        )}
        <dt>Returns</dt>
        <dd>{c.returnType}</dd>
        <dt>Event date on a non-trading day</dt>
        <dd>
          {c.nonTradingDay === "next"
            ? "the next trading day is day 0"
            : c.nonTradingDay === "previous"
              ? "the previous trading day is day 0"
              : "the event is left out"}
        </dd>
        <dt>Tests</dt>
        <dd>
          <ul>
            {c.tests.map((t) => (
              <li key={t.name}>
                {t.label} <span className="muted">({t.citation})</span>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </details>
  );
}

interface Props {
  readonly study: StoredStudy;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/** The study's answer: headline, companies, groups, the group difference, charts, exports. */
export function StudyResults({ study, headingRef }: Props) {
  const id = useId();
  return (
    <section className="card results-card" aria-labelledby={`${id}-h`} id="results">
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        Results
      </h2>
      <p className="study-title">
        {study.event ? (
          <>
            {study.event.title} <span className="muted">— event date {study.event.eventDate}</span>
          </>
        ) : (
          <>
            Event list {study.source?.file} <span className="muted">— {study.source?.events} events</span>
          </>
        )}
      </p>
      <p className="headline" data-testid="headline">
        {study.headline}
      </p>
      <div className="row wrap study-meta">
        <p className="hint">
          Study <a href={studyPath(study.id)}>{study.id}</a>, {timestamp(study.createdAt)}.
        </p>
        <nav aria-label="Export" className="exports">
          <a className="button secondary small" href={exportPath(study.id, "csv")} download>
            Export CSV
          </a>
          <a className="button secondary small" href={exportPath(study.id, "json")} download>
            Export JSON
          </a>
        </nav>
      </div>
      {study.event ? <CompanyTable study={study} /> : <EventTable study={study} />}
      <GroupTables study={study} />
      <Comparisons study={study} />
      <Method study={study} />
      <Charts study={study} key={study.id} />
    </section>
  );
}
