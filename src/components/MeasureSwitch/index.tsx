import React, {useCallback, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Chart, {type Plot} from '../Chart';
import MeasurePanel, {NumberField} from '../MeasurePanel';
import MeasureTable from '../MeasureTable';
import {measureSwitches, SWITCH_KINDS, SWITCHES_PER_OP, type Harness, type SwitchKind, type SwitchRow} from '@site/src/lib/measure/switches';
import {formatDuration, labelMargin} from '@site/src/lib/measure/format';
import {SWITCH_REFERENCES} from '@site/src/lib/measure/references';
import {sig} from '@site/src/lib/measure/table';
import {useIsolation} from '@site/src/lib/use-isolation';
import styles from './styles.module.css';

export function switchName(kind: SwitchKind): string {
  switch (kind) {
    case 'generator':
      return translate({id: 'lab.measure.switch.generator', message: '生成器：恢复与让出（next()）'});
    case 'await':
      return translate({id: 'lab.measure.switch.await', message: 'await 已完成的 Promise（微任务）'});
    case 'channel':
      return translate({id: 'lab.measure.switch.channel', message: 'MessageChannel 消息（任务）'});
    case 'postMessage':
      return translate({id: 'lab.measure.switch.postMessage', message: '两个 worker 之间的 postMessage 往返'});
    default:
      return translate({id: 'lab.measure.switch.atomics', message: '两个 worker 之间的 Atomics.wait/notify 往返（真实的线程唤醒）'});
  }
}

/** Short names for the chart's axis. */
function shortName(kind: SwitchKind): string {
  switch (kind) {
    case 'generator':
      return translate({id: 'lab.measure.switch.short.generator', message: '生成器 next()'});
    case 'await':
      return translate({id: 'lab.measure.switch.short.await', message: 'await（微任务）'});
    case 'channel':
      return translate({id: 'lab.measure.switch.short.channel', message: 'MessageChannel（任务）'});
    case 'postMessage':
      return translate({id: 'lab.measure.switch.short.postMessage', message: 'worker 间 postMessage'});
    default:
      return translate({id: 'lab.measure.switch.short.atomics', message: 'worker 间 Atomics 唤醒'});
  }
}

function referenceName(id: string): string {
  return id === 'kernel-thread'
    ? translate({id: 'lab.measure.ref.kernelThread', message: 'Linux 线程切换（已发表）'})
    : translate({id: 'lab.measure.ref.userTask', message: 'goroutine / Rust 异步任务切换（已发表）'});
}

/** The cost of one switch, five ways, in the reader's browser, on a log scale with published figures. */
export default function MeasureSwitch(): ReactNode {
  const [samples, setSamples] = useState(25);
  const [rows, setRows] = useState<SwitchRow[]>([]);
  const [harness, setHarness] = useState<Harness | null>(null);
  const isolated = useIsolation();
  const [progress, setProgress] = useState<string>();

  const run = async (stopper: Parameters<typeof measureSwitches>[0]['stopper']) => {
    setRows([]);
    setHarness(null);
    setProgress(translate({id: 'lab.measure.switch.progressHarness', message: '测量框架自身的开销…'}));
    const found: SwitchRow[] = [];
    await measureSwitches({
      samples,
      isolated: window.crossOriginIsolated === true,
      stopper,
      onHarness: setHarness,
      onRow: (r) => {
        found.push(r);
        setRows([...found]);
        const next = SWITCH_KINDS[SWITCH_KINDS.indexOf(r.kind) + 1];
        if (next) setProgress(translate({id: 'lab.measure.switch.progress', message: '正在测量：{what}…'}, {what: switchName(next)}));
      },
    });
  };

  const key = rows.map((r) => `${r.kind}:${r.perSwitchNs.median}`).join('|');
  // Redrawn when `key` (what the chart shows) changes, not on every render.
  const render = useCallback((P: Plot, c: {width: number; dark: boolean}) => switchChart(P, rows, c.width, c.dark), [key]);

  const headers = [
    translate({id: 'lab.measure.switch.col.kind', message: '切换方式'}),
    translate({id: 'lab.measure.switch.col.perSwitch', message: '每次切换（中位数）'}),
    translate({id: 'lab.measure.switch.col.spread', message: '中间一半'}),
    translate({id: 'lab.measure.switch.col.perOp', message: '每次操作（中位数）'}),
    translate({id: 'lab.measure.switch.col.switchesPerOp', message: '每次操作切换数'}),
    translate({id: 'lab.measure.switch.col.batch', message: '每批操作数'}),
    translate({id: 'lab.measure.switch.col.ns', message: '每次切换（ns）'}),
  ];
  const tableRows = rows.map((r) => [
    switchName(r.kind),
    formatDuration(r.perSwitchNs.median),
    `${formatDuration(r.perSwitchNs.p25)} – ${formatDuration(r.perSwitchNs.p75)}`,
    formatDuration(r.perOpNs.median),
    SWITCHES_PER_OP[r.kind],
    r.batch,
    sig(r.perSwitchNs.median),
  ]);

  return (
    <MeasurePanel id="switch-cost" run={run} progress={progress}
      controls={
        <NumberField name="samples" label={translate({id: 'lab.measure.samples', message: '每行的样本（批）数'})} value={samples} min={5} max={200} onChange={setSamples} />
      }>
      {isolated === false ? (
        <p className={styles.note} role="note">
          {translate({
            id: 'lab.measure.switch.noIsolation',
            message: '本页没有跨源隔离（缺少 COOP/COEP 响应头）：计时器的步长放宽到 100 微秒，SharedArrayBuffer 也不可用，所以 Atomics 一行无法测量。其余各行照常测量，每批的时间加长以抵消计时器的粗糙。',
          })}
        </p>
      ) : null}
      {harness ? (
        <p className={styles.note} data-harness data-loop-ns={harness.loopNs.median} data-clock-ns={harness.clockNs} data-clock-step-us={harness.clockStepUs}>
          {translate(
            {
              id: 'lab.measure.switch.harness',
              message: '计时器：这里测得的最小步长是 {step}（{isolation}）。每批至少 {target} 毫秒，所以计时误差小于 0.5%。测量框架自己的循环每次 {loop}，已从每一行中扣除；读一次时钟要 {clock}，每批只读两次。',
            },
            {
              step: formatDuration(harness.clockStepUs * 1000),
              isolation: harness.isolated
                ? translate({id: 'lab.measure.isolated', message: '本页已跨源隔离'})
                : translate({id: 'lab.measure.notIsolated', message: '本页没有跨源隔离'}),
              target: String(harness.targetMs),
              loop: formatDuration(harness.loopNs.median),
              clock: formatDuration(harness.clockNs),
            },
          )}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <Chart render={render} ariaLabel={translate({id: 'lab.measure.switch.chart', message: '每次切换的代价（对数坐标），以及已发表的数字'})} height={60 + 34 * rows.length} />
          <MeasureTable table={{headers, rows: tableRows}} keys={rows.map((r) => r.kind)} values={rows.map((r) => r.perSwitchNs.median)} copyOnly={[6]} />
        </>
      ) : null}
    </MeasurePanel>
  );
}

function switchChart(P: Plot, rows: SwitchRow[], width: number, dark: boolean) {
  const ink = dark ? '#e3e3e3' : '#1c1e21';
  const dot = dark ? '#6cb0ff' : '#2f7dd1';
  const band = dark ? '#f2b95c' : '#e09a2b';
  const data = rows.map((r) => ({label: shortName(r.kind), ...r.perSwitchNs}));
  const lo = Math.min(...data.map((d) => d.min).filter((v) => v > 0), 100);
  const hi = Math.max(...data.map((d) => d.max), 3000);
  const refs = SWITCH_REFERENCES.map((r) => ({...r, name: referenceName(r.id)}));
  const labels = data.map((d) => d.label);
  return P.plot({
    width,
    height: 70 + 34 * rows.length,
    marginLeft: labelMargin(labels, width),
    marginTop: 30,
    marginRight: 64,
    marginBottom: 44,
    style: {color: ink, background: 'transparent', fontSize: '12px'},
    x: {labelAnchor: 'center', labelOffset: 36, labelArrow: 'none', type: 'log', domain: [lo / 2, hi * 2], label: translate({id: 'lab.measure.switch.axis', message: '每次切换的时间（纳秒，对数坐标）'}), grid: true},
    y: {domain: data.map((d) => d.label), label: null},
    marks: [
      P.rectX(refs, {x1: 'lowNs', x2: 'highNs', fill: band, fillOpacity: 0.25}),
      P.text(refs.filter((r) => r.id === 'kernel-thread'), {x: 'lowNs', text: 'name', frameAnchor: 'top', dy: -14, textAnchor: 'start', fill: ink, fontSize: 11}),
      P.text(refs.filter((r) => r.id !== 'kernel-thread'), {x: 'highNs', text: 'name', frameAnchor: 'top', dy: -14, textAnchor: 'end', fill: ink, fontSize: 11}),
      P.ruleY(data, {y: 'label', x1: 'min', x2: 'max', stroke: dot, strokeOpacity: 0.4}),
      P.ruleY(data, {y: 'label', x1: 'p25', x2: 'p75', stroke: dot, strokeWidth: 5}),
      P.dot(data, {y: 'label', x: 'median', fill: ink, r: 3.5}),
      P.text(data, {y: 'label', x: 'max', text: (d: {median: number}) => formatDuration(d.median), dx: 8, textAnchor: 'start', fill: ink}),
    ],
  });
}
