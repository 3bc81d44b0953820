import React, {useCallback, useEffect, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Chart, {type Plot} from '../Chart';
import MeasurePanel, {NumberField} from '../MeasurePanel';
import MeasureTable from '../MeasureTable';
import {amdahlCurve, amdahlLimit} from '@site/src/lib/measure/amdahl';
import type {Stopper} from '@site/src/lib/measure/client';
import {measureSpeedup, type SpeedupResult} from '@site/src/lib/measure/speedup';
import {formatMs} from '@site/src/lib/measure/format';
import {sig} from '@site/src/lib/measure/table';
import styles from './styles.module.css';

/** Speed-up vs number of workers for CPU-bound work with a serial part, against Amdahl's law. */
export default function MeasureSpeedup(): ReactNode {
  const [cores, setCores] = useState(2);
  const [serialPct, setSerialPct] = useState(10);
  const [totalMs, setTotalMs] = useState(400);
  const [maxWorkers, setMaxWorkers] = useState(4);
  const [reps, setReps] = useState(3);
  const [result, setResult] = useState<(SpeedupResult & {serialFraction: number; cores: number}) | null>(null);
  const [progress, setProgress] = useState<string>();
  useEffect(() => {
    const c = Math.max(1, navigator.hardwareConcurrency || 1);
    setCores(c);
    setMaxWorkers(Math.min(16, Math.max(4, c * 2)));
  }, []);

  const run = async (stopper: Stopper) => {
    setResult(null);
    const counts = Array.from({length: maxWorkers}, (_, i) => i + 1);
    const serialFraction = serialPct / 100;
    setProgress(translate({id: 'lab.measure.speedup.starting', message: '启动 {n} 个 worker 并校准…'}, {n: String(maxWorkers)}));
    const r = await measureSpeedup({
      counts,
      totalMs,
      serialFraction,
      reps,
      stopper,
      onProgress: (done, total) => setProgress(translate({id: 'lab.measure.speedup.progress', message: '已完成 {done}/{total} 次计时…'}, {done: String(done), total: String(total)})),
    });
    setResult({...r, serialFraction, cores});
  };

  const key = result ? result.points.map((p) => p.time.median).join('|') : '';
  // Redrawn when `key` (what the chart shows) changes, not on every render.
  const render = useCallback((P: Plot, c: {width: number; dark: boolean}) => speedupChart(P, result!, c.width, c.dark), [key]);

  const headers = [
    translate({id: 'lab.measure.speedup.col.workers', message: 'worker 数'}),
    translate({id: 'lab.measure.speedup.col.time', message: '耗时（中位数）'}),
    translate({id: 'lab.measure.speedup.col.range', message: '最短 – 最长'}),
    translate({id: 'lab.measure.speedup.col.speedup', message: '实测加速比'}),
    translate({id: 'lab.measure.speedup.col.amdahl', message: '阿姆达尔定律'}),
    translate({id: 'lab.measure.speedup.col.karpFlatt', message: '推算的串行比例（Karp–Flatt）'}),
    translate({id: 'lab.measure.speedup.col.stretch', message: '每个 worker 的计算比校准慢'}),
  ];
  // Below the number of cores, every worker should have had a core to itself.
  const crowded = result?.points.filter((p) => p.workers <= result.cores && p.stretch > 1.25) ?? [];
  return (
    <MeasurePanel id="speedup" run={run} progress={progress}
      controls={
        <>
          <NumberField name="serial" label={translate({id: 'lab.measure.speedup.serial', message: '串行部分（%）'})} value={serialPct} min={0} max={90} step={5} onChange={setSerialPct} />
          <NumberField name="total" label={translate({id: 'lab.measure.speedup.total', message: '总计算量（毫秒，单个 worker）'})} value={totalMs} min={50} max={3000} step={50} onChange={setTotalMs} />
          <NumberField name="workers" label={translate({id: 'lab.measure.speedup.max', message: '最多 worker 数'})} value={maxWorkers} min={1} max={16} onChange={setMaxWorkers} />
          <NumberField name="reps" label={translate({id: 'lab.measure.speedup.reps', message: '每个 worker 数重复次数'})} value={reps} min={1} max={9} onChange={setReps} />
        </>
      }>
      <p className={styles.note}>
        {translate(
          {id: 'lab.measure.speedup.cores', message: '你的浏览器报告 {n} 个逻辑核心；超过这个数目的 worker 只能轮流使用核心（超额订阅）。'},
          {n: String(cores)},
        )}
      </p>
      {result ? (
        <>
          <Chart render={render} ariaLabel={translate({id: 'lab.measure.speedup.chart', message: '实测加速比与阿姆达尔定律的预测'})} height={340} />
          {crowded.length > 0 ? (
            <p className={styles.warning} role="note" data-crowded={crowded.map((p) => p.workers).join(',')}>
              {translate(
                {
                  id: 'lab.measure.speedup.crowded',
                  message: '注意：即使 worker 不多于核心数（{n} 个），每个 worker 的计算也比校准时慢了 {x} 倍。也就是说它们并没有各自独占一个核心：别的程序或浏览器本身正占着 CPU。这时测得的加速比会低于阿姆达尔定律，原因不在任务本身。',
                },
                {n: String(crowded[crowded.length - 1].workers), x: sig(Math.max(...crowded.map((p) => p.stretch)), 2).toString()},
              )}
            </p>
          ) : null}
          <MeasureTable
            table={{
              headers,
              rows: result.points.map((p) => [
                p.workers,
                formatMs(p.time.median),
                `${formatMs(p.time.min)} – ${formatMs(p.time.max)}`,
                sig(p.speedup),
                sig(p.amdahl),
                p.workers > 1 ? sig(p.karpFlatt, 2) : '—',
                Number.isFinite(p.stretch) ? `${sig(p.stretch, 2)}×` : '—',
              ]),
            }}
            keys={result.points.map((p) => String(p.workers))}
            values={result.points.map((p) => p.speedup)}
            caption={translate(
              {id: 'lab.measure.speedup.caption', message: '串行部分 {serial}，极限加速比 1/串行部分 = {limit}；每毫秒计算 = {ipm} 次循环。'},
              {
                serial: `${Math.round(result.serialFraction * 100)}%`,
                limit: Number.isFinite(amdahlLimit(result.serialFraction)) ? `${sig(amdahlLimit(result.serialFraction))}×` : '∞',
                ipm: String(Math.round(result.iterationsPerMs)),
              },
            )}
          />
        </>
      ) : null}
    </MeasurePanel>
  );
}

function speedupChart(P: Plot, r: SpeedupResult & {serialFraction: number; cores: number}, width: number, dark: boolean) {
  const ink = dark ? '#e3e3e3' : '#1c1e21';
  const measured = dark ? '#6cb0ff' : '#2f7dd1';
  const law = dark ? '#f2b95c' : '#e09a2b';
  const most = r.points[r.points.length - 1].workers;
  const xs = Array.from({length: most * 4 - 3}, (_, i) => 1 + i / 4);
  const curve = amdahlCurve(r.serialFraction, xs);
  const top = Math.max(2, ...r.points.map((p) => p.speedup), ...curve.map((c) => c.speedup)) * 1.1;
  const measuredName = translate({id: 'lab.measure.speedup.measured', message: '实测'});
  const lawName = translate({id: 'lab.measure.speedup.law', message: '阿姆达尔定律'});
  return P.plot({
    width,
    height: 340,
    marginRight: 30,
    marginBottom: 44,
    style: {color: ink, background: 'transparent', fontSize: '12px'},
    x: {labelAnchor: 'center', labelOffset: 36, labelArrow: 'none', label: translate({id: 'lab.measure.speedup.xAxis', message: 'worker 数'}), domain: [1, most], ticks: most, tickFormat: 'd', grid: true},
    y: {label: translate({id: 'lab.measure.speedup.yAxis', message: '加速比（相对 1 个 worker）'}), domain: [0, top], grid: true},
    color: {domain: [measuredName, lawName], range: [measured, law], legend: true},
    marks: [
      P.line([{x: 1, y: 1}, {x: most, y: most}], {x: 'x', y: 'y', stroke: ink, strokeOpacity: 0.25, strokeDasharray: '2 4', clip: true}),
      P.ruleX([r.cores], {stroke: ink, strokeOpacity: 0.5, strokeDasharray: '4 3'}),
      P.text([r.cores], {x: (d: number) => d, frameAnchor: 'top', dy: 8, dx: 4, textAnchor: 'start', fill: ink,
        text: () => translate({id: 'lab.measure.speedup.coreLine', message: '核心数 {n}'}, {n: String(r.cores)})}),
      P.line(curve, {x: 'workers', y: 'speedup', stroke: () => lawName, strokeWidth: 2, strokeDasharray: '6 3'}),
      P.line(r.points, {x: 'workers', y: 'speedup', stroke: () => measuredName, strokeWidth: 2}),
      P.dot(r.points, {x: 'workers', y: 'speedup', fill: () => measuredName, r: 4}),
    ],
  });
}
