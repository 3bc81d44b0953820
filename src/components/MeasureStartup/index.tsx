import React, {useCallback, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {createRuntimeWorker, startWorker} from '@site/sandbox/host/pool';
import Chart, {type Plot} from '../Chart';
import MeasurePanel, {NumberField} from '../MeasurePanel';
import MeasureTable from '../MeasureTable';
import type {Stopper} from '@site/src/lib/measure/client';
import {measureStartup, startHelloWorker} from '@site/src/lib/measure/startup';
import {formatMs, labelMargin} from '@site/src/lib/measure/format';
import {summarize, type Summary} from '@site/src/lib/measure/stats';
import {sig} from '@site/src/lib/measure/table';
import styles from './styles.module.css';

type StartKind = 'minimal' | 'runtime' | 'compiler';

interface StartRow {
  kind: StartKind;
  times: number[];
  ms: Summary;
}

function kindName(kind: StartKind): string {
  switch (kind) {
    case 'minimal':
      return translate({id: 'lab.measure.startup.minimal', message: '最小的 worker：new Worker() → 第一条消息'});
    case 'runtime':
      return translate({id: 'lab.measure.startup.runtime', message: '本站的运行时 worker，如 spawn() 所启动：new Worker() → 就绪'});
    default:
      return translate({id: 'lab.measure.startup.compiler', message: '本站运行示例的 worker（先预热 TypeScript 转译器）：new Worker() → 就绪'});
  }
}

/** The kind's short name, for the chart's rows (the table gives the whole description). */
function shortName(kind: StartKind): string {
  switch (kind) {
    case 'minimal':
      return translate({id: 'lab.measure.startup.minimal.short', message: '最小的 worker'});
    case 'runtime':
      return translate({id: 'lab.measure.startup.runtime.short', message: '运行时 worker'});
    default:
      return translate({id: 'lab.measure.startup.compiler.short', message: '运行示例的 worker'});
  }
}

/** Worker start-up: create → first message, for an empty worker and for the site's runtime. */
export default function MeasureStartup(): ReactNode {
  const [samples, setSamples] = useState(10);
  const [rows, setRows] = useState<StartRow[]>([]);
  const [progress, setProgress] = useState<string>();

  const run = async (stopper: Stopper) => {
    setRows([]);
    const found: StartRow[] = [];
    const starters: [StartKind, () => Promise<{terminate(): void}>][] = [
      ['minimal', startHelloWorker],
      ['runtime', () => startWorker(createRuntimeWorker, 'probe').then((r) => r.worker)],
      ['compiler', () => startWorker(createRuntimeWorker, 'probe', true).then((r) => r.worker)],
    ];
    for (const [kind, start] of starters) {
      setProgress(translate({id: 'lab.measure.startup.progress', message: '正在测量：{what}…'}, {what: kindName(kind)}));
      const times = await measureStartup(start, samples, stopper);
      found.push({kind, times, ms: summarize(times)});
      setRows([...found]);
    }
  };

  const key = rows.map((r) => r.ms.median).join('|');
  // Redrawn when `key` (what the chart shows) changes, not on every render.
  const render = useCallback((P: Plot, c: {width: number; dark: boolean}) => startupChart(P, rows, c.width, c.dark), [key]);
  return (
    <MeasurePanel id="worker-startup" run={run} progress={progress}
      controls={<NumberField name="samples" label={translate({id: 'lab.measure.startup.samples', message: '每种启动几次'})} value={samples} min={3} max={50} onChange={setSamples} />}>
      {rows.length > 0 ? (
        <>
          <Chart render={render} ariaLabel={translate({id: 'lab.measure.startup.chart', message: '每次启动的耗时'})} height={60 + 50 * rows.length} />
          <MeasureTable
            table={{
              headers: [
                translate({id: 'lab.measure.startup.col.kind', message: '启动什么'}),
                translate({id: 'lab.measure.startup.col.median', message: '中位数'}),
                translate({id: 'lab.measure.startup.col.spread', message: '中间一半（p25–p75）'}),
                translate({id: 'lab.measure.startup.col.range', message: '最短 – 最长'}),
                translate({id: 'lab.measure.startup.col.ms', message: '中位数（毫秒）'}),
              ],
              rows: rows.map((r) => [kindName(r.kind), formatMs(r.ms.median), `${formatMs(r.ms.p25)} – ${formatMs(r.ms.p75)}`, `${formatMs(r.ms.min)} – ${formatMs(r.ms.max)}`, sig(r.ms.median)]),
            }}
            keys={rows.map((r) => r.kind)}
            values={rows.map((r) => r.ms.median)}
          />
        </>
      ) : null}
      <p className={styles.note}>
        {translate({
          id: 'lab.measure.startup.note',
          message: '每次都是新建一个 worker、等它开口、再终止它，一次一个。第一次通常最慢：脚本要从服务器取来并编译，之后浏览器会用缓存。',
        })}
      </p>
    </MeasurePanel>
  );
}

function startupChart(P: Plot, rows: StartRow[], width: number, dark: boolean) {
  const ink = dark ? '#e3e3e3' : '#1c1e21';
  const dot = dark ? '#6cb0ff' : '#2f7dd1';
  const points = rows.flatMap((r) => r.times.map((t) => ({label: shortName(r.kind), t})));
  const medians = rows.map((r) => ({label: shortName(r.kind), t: r.ms.median}));
  const labels = medians.map((d) => d.label);
  return P.plot({
    width,
    height: 60 + 50 * rows.length,
    marginLeft: labelMargin(labels, width),
    marginRight: 20,
    marginBottom: 44,
    style: {color: ink, background: 'transparent', fontSize: '12px'},
    x: {labelAnchor: 'center', labelOffset: 36, labelArrow: 'none', label: translate({id: 'lab.measure.startup.axis', message: '启动耗时（毫秒）'}), grid: true, nice: true, zero: true},
    y: {domain: rows.map((r) => shortName(r.kind)), label: null},
    marks: [
      P.dot(points, {x: 't', y: 'label', stroke: dot, r: 3.5}),
      P.tickX(medians, {x: 't', y: 'label', stroke: ink, strokeWidth: 2.5}),
    ],
  });
}
