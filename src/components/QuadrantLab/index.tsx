import React, {useCallback, useEffect, useMemo, useState, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import {translate} from '@docusaurus/Translate';
import Chart from '../Chart';
import Timeline from '../Timeline';
import {busyChart, switchesChart, wallChart, type Bar, type ChartText} from './charts';
import {MODELS, programFor, workersOf, type ModelId} from './program';
import {cpuShare, defaultSettings, hasSettings, MAX_SEQUENTIAL_MS, parseSettings, sequentialMs, toSearch, type LabSettings} from './settings';
import {modelAbout, modelName, quadrantName} from './texts';
import {judge, predictedWinner, quadrantOf, type Verdict} from './verdict';
import {SETTINGS_EVENT} from './QuadrantLink';
import {ResultsTable, VerdictBox} from './Results';
import Controls from './Controls';
import {useQuadrantRuns, type Phase} from './useQuadrantRuns';
import {useIsolation} from '@site/src/lib/use-isolation';
import styles from './styles.module.css';

/** Above this (measured CPU time ÷ calibrated), the page says the machine was busy. */
const BUSY_SLOWDOWN = 1.25;

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

/**
 * The four-quadrant lab: the reader picks cores and a workload, and every model runs for real
 * on Web Workers, one after another; the page charts what each one measured.
 */
export default function QuadrantLab(): ReactNode {
  const [maxCores, setMaxCores] = useState(2);
  const isolated = useIsolation();
  const [settings, setSettings] = useState<LabSettings>(() => defaultSettings(2));
  const {phase, running, results, calibration, ranWith, runAll, stop} = useQuadrantRuns();
  const [selected, setSelected] = useState<ModelId>('process');
  const [copied, setCopied] = useState(false);

  // Settings come from the query string: on load, on back/forward, and from links on the page.
  useEffect(() => {
    const cores = Math.max(1, navigator.hardwareConcurrency || 1);
    setMaxCores(cores);
    const read = () => {
      const search = window.location.search;
      setSettings(hasSettings(search) ? parseSettings(search, cores) : defaultSettings(cores));
    };
    read();
    window.addEventListener('popstate', read);
    window.addEventListener(SETTINGS_EVENT, read);
    return () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener(SETTINGS_EVENT, read);
    };
  }, []);

  const update = useCallback((next: LabSettings) => {
    setSettings(next);
    const {pathname, hash} = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${toSearch(next)}${hash}`);
  }, []);

  const q = quadrantOf(settings);
  const predicted = predictedWinner(q);
  const tooLong = sequentialMs(settings) > MAX_SEQUENTIAL_MS;

  const runIfAllowed = () => {
    if (running || tooLong || !isolated) return;
    void runAll(settings);
  };

  const copyLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}${toSearch(settings)}#quadrant-lab`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      window.prompt(translate({id: 'lab.quadrant.copyManual', message: '复制这个链接：'}), url);
    }
  };

  const shown = ranWith ?? settings;
  const shownQ = quadrantOf(shown);
  const shownPredicted = predictedWinner(shownQ);
  const done = MODELS.filter((m) => results[m]);
  const labels = done.map((m) => `${modelName(m)}${m === shownPredicted ? ' ★' : ''}`);
  const bars: Bar[] = done.map((m, i) => {
    const r = results[m]!;
    return {model: m, label: labels[i], predicted: m === shownPredicted, wall: r.wall, busy: r.busy, threadSwitches: r.threadSwitches, coroutineSwitches: r.coroutineSwitches};
  });
  const chartText: ChartText = {
    wall: translate({id: 'lab.quadrant.chart.wall', message: '总耗时（毫秒，越短越好）'}),
    busy: translate({id: 'lab.quadrant.chart.busy', message: 'CPU 占用率（%，相对全部核心令牌）'}),
    switches: translate({id: 'lab.quadrant.chart.switches', message: '切换次数'}),
    threadKind: translate({id: 'lab.quadrant.chart.threadSwitches', message: '线程之间（核心换手）'}),
    coroutineKind: translate({id: 'lab.quadrant.chart.coroutineSwitches', message: '协程之间（线程内部）'}),
  };
  const key = done.map((m) => `${m}:${results[m]!.wall}`).join('|');
  // Redrawn when `key` (what the chart shows) changes, not on every render.
  const renderWall = useCallback((P: Parameters<typeof wallChart>[0], c: {width: number; dark: boolean}) => wallChart(P, bars, labels, chartText, c.width, c.dark), [key]);
  // Redrawn when `key` (what the chart shows) changes, not on every render.
  const renderBusy = useCallback((P: Parameters<typeof busyChart>[0], c: {width: number; dark: boolean}) => busyChart(P, bars, labels, chartText, c.width, c.dark), [key]);
  // Redrawn when `key` (what the chart shows) changes, not on every render.
  const renderSwitches = useCallback((P: Parameters<typeof switchesChart>[0], c: {width: number; dark: boolean}) => switchesChart(P, bars, labels, chartText, c.width, c.dark), [key]);

  // Every model does the calibrated amount of work: the CPU time it needed for it, against the
  // calibration, tells how busy the machine was meanwhile.
  const nominalCpu = shown.tasks * shown.steps * shown.cpu;
  const slowest = nominalCpu > 0 ? done.reduce<ModelId | null>((a, m) => (a && results[a]!.cpuMs >= results[m]!.cpuMs ? a : m), null) : null;
  const slowdown = slowest ? results[slowest]!.cpuMs / nominalCpu : null;
  const verdict: Verdict | null =
    phase.kind === 'done'
      ? judge(
          Object.fromEntries(done.map((m) => [m, results[m]!.wall])),
          shown,
          Object.fromEntries(done.map((m) => [m, results[m]!.threadSwitches + results[m]!.coroutineSwitches])),
          Object.fromEntries(done.map((m) => [m, results[m]!.cpuMs])),
        )
      : null;
  const stale = ranWith !== null && toSearch(ranWith) !== toSearch(settings);
  const selectedResult = results[selected];
  const code = useMemo(() => selectedResult?.code ?? programFor(selected, settings, null), [selectedResult, selected, settings]);

  return (
    <section className={styles.lab} data-quadrant-lab data-phase={phase.kind} data-ready={isolated === null ? undefined : 'true'}
      aria-label={translate({id: 'lab.quadrant.label', message: '四象限实验'})}>
      <Controls settings={settings} maxCores={maxCores} disabled={running} onChange={update} />

      <p className={styles.summary} data-predicted={predicted}>
        {translate(
          {id: 'lab.quadrant.summary', message: '这组设置属于“{quadrant}”：每个任务有 {share} 的时间在计算。经验法则预测这里最快的是 ★ {model}。'},
          {quadrant: quadrantName(q.multiCore, q.cpuBound), share: pct(cpuShare(settings)), model: modelName(predicted)},
        )}
      </p>

      <div className={styles.toolbar}>
        <button type="button" className="button button--primary" data-action="run-lab" onClick={runIfAllowed} disabled={running || tooLong || !isolated}>
          {translate({id: 'lab.quadrant.run', message: '运行四种模型'})}
        </button>
        <button type="button" className="button button--secondary" data-action="stop-lab" onClick={stop} disabled={!running}>
          {translate({id: 'lab.quadrant.stop', message: '停止'})}
        </button>
        <button type="button" className="button button--secondary" data-action="copy-setup" onClick={() => void copyLink()}>
          {copied
            ? translate({id: 'lab.quadrant.copied', message: '已复制'})
            : translate({id: 'lab.quadrant.copyLink', message: '复制这组设置的链接'})}
        </button>
        <span className={styles.status} role="status" data-status={phase.kind}>
          {statusText(phase, calibration)}
        </span>
      </div>
      {isolated === false ? (
        <p className={styles.warning} role="note">
          {translate({
            id: 'lab.quadrant.noIsolation',
            message: '本页没有跨源隔离（缺少 COOP/COEP 响应头），浏览器因此关闭了 SharedArrayBuffer。这个实验靠共享内存里的“核心令牌”来模拟核心数，所以无法在这里运行。',
          })}
        </p>
      ) : null}
      {tooLong ? (
        <p className={styles.warning} role="note">
          {translate(
            {id: 'lab.quadrant.tooLong', message: '这组设置下，逐个执行的模型至少要 {s} 秒，超过了 {max} 秒的上限。请减少任务数、步数或每步的时间。'},
            {s: (sequentialMs(settings) / 1000).toFixed(1), max: String(MAX_SEQUENTIAL_MS / 1000)},
          )}
        </p>
      ) : null}

      {done.length > 0 ? (
        <div className={styles.results}>
          {stale ? (
            <p className={styles.hint}>{translate({id: 'lab.quadrant.stale', message: '下面是上一组设置的结果；改过的设置要再运行一次才会生效。'})}</p>
          ) : null}
          <Chart render={renderWall} ariaLabel={chartText.wall} height={50 + 30 * done.length} />
          <Chart render={renderBusy} ariaLabel={chartText.busy} height={50 + 30 * done.length} />
          <Chart render={renderSwitches} ariaLabel={chartText.switches} height={84 + 30 * done.length} />
          <p className={styles.hint}>
            {translate({id: 'lab.quadrant.star', message: '★ 表示经验法则对这一情形的预测。'})}
          </p>
          {verdict ? <VerdictBox verdict={verdict} results={results} settings={shown} /> : null}
          {slowdown !== null && slowdown > BUSY_SLOWDOWN ? (
            <p className={styles.warning} role="note" data-slowdown={slowdown.toFixed(2)}>
              {translate(
                {id: 'lab.quadrant.busyMachine', message: '这次运行时你的机器比校准时忙：同样的计算，{model}模型多用了 {pct} 的 CPU 时间。别的程序在抢 CPU 时，结果的噪声会比平时大，多个 worker 也未必真能同时用上几个核心。'},
                {pct: pct(slowdown - 1), model: modelName(slowest!)},
              )}
            </p>
          ) : null}
          <ResultsTable results={results} predicted={shownPredicted} cores={shown.cores} />
        </div>
      ) : null}

      <div className={styles.detail}>
        <div className={styles.tabs} role="tablist" aria-label={translate({id: 'lab.quadrant.pick', message: '选择一个模型，查看它的时间线和程序'})}>
          {MODELS.map((m) => (
            <button key={m} type="button" role="tab" aria-selected={selected === m} data-model-tab={m}
              className={`button button--sm ${selected === m ? 'button--primary' : 'button--outline button--secondary'}`}
              onClick={() => setSelected(m)}>
              {modelName(m)}
            </button>
          ))}
        </div>
        <p className={styles.hint}>{modelAbout(selected, workersOf(selected, shown))}</p>
        {selectedResult ? (
          <>
            <pre className={styles.lines} data-model-lines={selected}>{selectedResult.lines.join('\n')}</pre>
            <p className={styles.hint}>
              {translate(
                {id: 'lab.quadrant.timelineNote', message: '时间线从开始信号算起。蓝色是真实的计算，橙色是模拟的 I/O，灰色是等待（等核心令牌，或主 worker 等其他 worker 结束）。'},
              )}
            </p>
            <Timeline report={selectedResult.timeline} />
          </>
        ) : null}
        <details className={styles.code}>
          <summary>{translate({id: 'lab.quadrant.code', message: '这个模型运行的程序（TypeScript）'})}</summary>
          <CodeBlock language="ts">{code}</CodeBlock>
        </details>
      </div>
    </section>
  );
}

function statusText(phase: Phase, calibration: number | null): string {
  switch (phase.kind) {
    case 'idle':
      return '';
    case 'calibrating':
      return translate({id: 'lab.quadrant.status.calibrating', message: '校准中：测量这台机器每毫秒能跑多少次循环…'});
    case 'model':
      return translate(
        {id: 'lab.quadrant.status.model', message: '正在运行第 {i}/4 个模型：{model}…（每毫秒 {ipm} 次循环）'},
        {i: String(phase.index + 1), model: modelName(phase.model), ipm: calibration ? String(Math.round(calibration)) : '?'},
      );
    case 'done':
      return translate({id: 'lab.quadrant.status.done', message: '完成。'});
    case 'cancelled':
      return translate({id: 'lab.quadrant.status.cancelled', message: '已停止：这次运行的所有 worker 都已终止。'});
    default:
      return translate({id: 'lab.quadrant.status.failed', message: '运行失败：{message}'}, {message: phase.message});
  }
}
