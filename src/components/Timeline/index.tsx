import React, {useId, useState, type KeyboardEvent, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {Lane, RunReport, Span} from '@site/sandbox/contract/report';
import type {SpanKind} from '@site/sandbox/contract/protocol';
import {formatMs, formatTick, niceTicks} from './ticks';
import {stackRows} from './rows';
import {kindName, laneTitle, spanLabel} from './names';
import SpanTable from './SpanTable';
import {describeReady, readyMs, readyStretches} from './ready';
import {useSteadyReport} from './useSteadyReport';
import {MAX_SPANS} from '@site/sandbox/contract/limits';
import styles from './styles.module.css';

function describeSpan(span: Span, laneTitle: string): string {
  const what = span.label ? `${kindName(span.kind)} “${spanLabel(span.label, span.labelCut)}”` : kindName(span.kind);
  const base = `${laneTitle} · ${what} · ${formatMs(span.start)} → ${formatMs(span.end)} (${formatMs(span.end - span.start)})`;
  const ready = describeReady(span);
  return ready ? `${base} · ${ready}` : base;
}

/** Kinds in the legend: `task` only when the run drew one, and the waiting for a core when any span has it. */
function legendKinds(spans: readonly Span[]): Array<SpanKind | 'ready'> {
  const kinds: Array<SpanKind | 'ready'> = ['cpu', 'io', 'wait'];
  if (spans.some((s) => s.kind === 'task')) kinds.push('task');
  kinds.push('setup');
  if (spans.some((s) => readyMs(s) > 0)) kinds.push('ready');
  return kinds;
}

/** Height of one row of spans in a lane, in px (matches .span in the CSS). */
const ROW_HEIGHT = 20;

const pct = (v: number, total: number) => `${Math.max(0, Math.min(100, (v / total) * 100))}%`;

/**
 * What ran where and when, one lane per worker (and the page), drawn from measured
 * timestamps. Every span can be hovered or focused to read what it was and how long.
 */
export default function Timeline({report}: {report: RunReport}): ReactNode {
  return <TimelineView report={useSteadyReport(report)} />;
}

/** The drawing, redone only when the report it draws changes (not on every update of a run). */
const TimelineView = React.memo(function TimelineView({report}: {report: RunReport}): ReactNode {
  const [active, setActive] = useState<string | null>(null);
  const {selectMessage} = usePluralForm();
  const summaryId = useId();
  /** The one span in the Tab order (roving tabindex): a run can draw hundreds of spans. */
  const [focusIndex, setFocusIndex] = useState(0);
  const lastSpan = report.spans.reduce((m, s) => Math.max(m, s.end), 0);
  const lastLane = report.lanes.reduce((m, l) => Math.max(m, l.end ?? 0), 0);
  const total = Math.max(report.duration ?? 0, lastSpan, lastLane, 1);
  const ticks = niceTicks(total);
  const byLane = new Map<string, Span[]>();
  for (const s of report.spans) {
    const list = byLane.get(s.lane) ?? [];
    list.push(s);
    byLane.set(s.lane, list);
  }
  // page, main, then w1, w2, … w10 in number order, whatever order they started in.
  const laneKey = (name: string) => (name === 'page' ? [-2] : name === 'main' ? [-1] : name.slice(1).split('.').map(Number));
  const byName = (a: Lane, b: Lane) => {
    const ka = laneKey(a.name);
    const kb = laneKey(b.name);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) if ((ka[i] ?? -3) !== (kb[i] ?? -3)) return (ka[i] ?? -3) - (kb[i] ?? -3);
    return 0;
  };
  const lanes = report.lanes.filter((l) => l.name !== 'page' || byLane.has('page')).sort(byName);
  if (lanes.length === 0) return null;
  const ready = report.spans.reduce((sum, s) => sum + readyMs(s), 0);
  const summary = [
    selectMessage(lanes.length, translate({id: 'lab.timeline.summary.lanes', message: '{n} 条泳道'}, {n: lanes.length})),
    selectMessage(report.spans.length, translate({id: 'lab.timeline.summary.spans', message: '{n} 个时间段'}, {n: report.spans.length})),
    translate({id: 'lab.timeline.summary.total', message: '从点击运行到结束共 {total}'}, {total: formatMs(total)}),
    ...(ready > 0
      ? [translate({id: 'lab.timeline.summary.ready', message: '各泳道等待 CPU（就绪）合计 {ready}'}, {ready: formatMs(ready)})]
      : []),
  ];
  const cutNames = lanes.filter((l) => l.titleCut).length + report.spans.filter((s) => s.labelCut).length;
  // Not a count: a worker stops sending spans at the cap too, and those the runner never sees.
  if (report.droppedSpans) {
    summary.push(translate({id: 'lab.timeline.summary.dropped', message: '时间段超过了上限 {max} 个，之后的没有画出'}, {max: MAX_SPANS}));
  }
  if (cutNames > 0) {
    summary.push(
      selectMessage(cutNames, translate({id: 'lab.timeline.summary.cut', message: '{n} 个名称或标签过长，已截断'}, {n: cutNames})),
    );
  }
  const spanCount = report.spans.length;
  const tabStop = Math.min(focusIndex, spanCount - 1);
  let spanIndex = 0;
  // Arrow keys, Home and End move between the spans, in the order they are drawn.
  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = Number((event.target as HTMLElement).dataset.spanIndex);
    if (Number.isNaN(from)) return;
    const step: Record<string, number> = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
    const to =
      event.key === 'Home' ? 0 : event.key === 'End' ? spanCount - 1 : event.key in step ? from + step[event.key] : -1;
    if (to < 0 || to >= spanCount) return;
    event.preventDefault();
    setFocusIndex(to);
    event.currentTarget.querySelector<HTMLElement>(`[data-span-index="${to}"]`)?.focus();
  };
  return (
    <figure
      className={styles.timeline}
      aria-label={translate({id: 'lab.timeline.label', message: '时间线'})}
      aria-describedby={summaryId}>
      <div className={styles.legend} aria-hidden="true">
        {legendKinds(report.spans).map((k) => (
          <span key={k} className={styles.legendItem}>
            <span className={`${styles.swatch} ${styles[k]}`} /> {kindName(k)}
          </span>
        ))}
      </div>
      <p id={summaryId} className={styles.summary} data-timeline-summary="">
        {summary.join(' · ')}
      </p>
      <div className={styles.grid} onKeyDown={onGridKeyDown}>
        {lanes.map((lane) => {
          const title = laneTitle(lane);
          const placed = stackRows(byLane.get(lane.name) ?? []);
          const rows = Math.max(1, ...placed.map((p) => p.row + 1));
          return (
            <div className={styles.row} key={lane.name} data-lane={lane.name}>
              <div className={styles.laneName} title={title}>
                {title}
                {lane.state === 'failed' || lane.state === 'killed' ? (
                  <span className={styles.laneState}> ✕</span>
                ) : null}
              </div>
              <div className={styles.track} style={{height: rows * ROW_HEIGHT + 4}}>
                <div
                  className={styles.life}
                  style={{left: pct(lane.start, total), width: pct((lane.end ?? total) - lane.start, total)}}
                />
                {placed.map(({span: s, row}, i) => {
                  const key = `${lane.name}:${i}`;
                  const text = describeSpan(s, title);
                  const index = spanIndex++;
                  return (
                    <div
                      key={key}
                      className={`${styles.span} ${styles[s.kind]}`}
                      data-kind={s.kind}
                      data-start={s.start.toFixed(3)}
                      data-end={s.end.toFixed(3)}
                      data-ready={readyMs(s) > 0 ? readyMs(s).toFixed(1) : undefined}
                      style={{left: pct(s.start, total), width: pct(s.end - s.start, total), top: 2 + row * ROW_HEIGHT}}
                      data-span-index={index}
                      tabIndex={index === tabStop ? 0 : -1}
                      role="img"
                      aria-label={text}
                      title={text}
                      onMouseEnter={() => setActive(text)}
                      onFocus={() => {
                        setActive(text);
                        setFocusIndex(index);
                      }}
                      onMouseLeave={() => setActive(null)}
                      onBlur={() => setActive(null)}>
                      {readyStretches(s).map((r, j) => (
                        <span key={j} className={styles.readyStretch} style={{left: `${r.left}%`, width: `${r.width}%`}} />
                      ))}
                      {s.label ? (
                        <span className={styles.spanLabel}>
                          {s.label}
                          {s.labelCut ? '…' : null}
                        </span>
                      ) : null}
                    </div>
                  );
                })}
              </div>
            </div>
          );
        })}
        <div className={styles.row} aria-hidden="true">
          <div />
          <div className={styles.axis}>
            {ticks.map((t) => (
              <span key={t} className={styles.tick} style={{left: pct(t, total)}}>
                {formatTick(t, ticks[1] ?? total)}
              </span>
            ))}
          </div>
        </div>
      </div>
      <figcaption className={styles.detail} aria-live="polite">
        {active ?? (
          <>
            <span className={styles.pointerHint}>
              {translate({id: 'lab.timeline.hint', message: '把鼠标移到色块上（或用 Tab 聚焦、再用方向键移动）查看它是什么、用了多久。'})}
            </span>
            <span className={styles.touchHint}>
              {translate({id: 'lab.timeline.touchHint', message: '点按色块查看它是什么、用了多久。'})}
            </span>
          </>
        )}
      </figcaption>
      <SpanTable lanes={lanes.map((lane) => ({title: laneTitle(lane), spans: byLane.get(lane.name) ?? []}))} />
    </figure>
  );
});
