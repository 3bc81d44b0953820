import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {fmtMs} from './charts';
import {MODELS, type ModelId, type ModelResult} from './program';
import type {LabSettings} from './settings';
import {busyText, modelName, outcomeText, reasonText, switchCostText, type BusyKind, type VerdictValues} from './texts';
import type {Verdict} from './verdict';
import styles from './styles.module.css';

// What the lab shows after a run: its verdict on the prediction, and every model's figures.

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;
const fmtUs = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} ms` : v >= 10 ? `${Math.round(v)} µs` : `${v.toFixed(1)} µs`);

export function VerdictBox({verdict, results, settings}: {verdict: Verdict; results: Partial<Record<ModelId, ModelResult>>; settings: LabSettings}): ReactNode {
  const walls = MODELS.filter((m) => results[m]).map((m) => results[m]!.wall).sort((a, b) => a - b);
  const p = results[verdict.predicted]!;
  const other = verdict.outcome === 'disagrees' ? verdict.winner : verdict.leaders.find((m) => m !== verdict.predicted);
  const o = other ? results[other] : undefined;
  const diff = (a: number, b: number) => `${fmtMs(Math.abs(a - b))} (${pct(Math.abs(a - b) / Math.min(a, b))})`;
  const threads = results.threads;
  const p0 = results.process;
  const cost = verdict.switchCost;
  const same = verdict.sameWork;
  const stretched = verdict.cpuStretch;
  const values: VerdictValues = {
    predicted: modelName(verdict.predicted),
    other: other ? modelName(other) : '',
    winner: modelName(verdict.winner),
    margin: walls.length > 1 ? diff(walls[1], walls[0]) : '',
    diff: o ? diff(p.wall, o.wall) : '',
    cores: String(settings.cores),
    threads: String(settings.threads),
    tasks: String(settings.tasks),
    slice: String(settings.slice),
    cpuTotal: String(Math.round(settings.tasks * settings.steps * settings.cpu)),
    coSwitches: String(o?.coroutineSwitches ?? p.coroutineSwitches),
    threadSwitches: String(threads?.threadSwitches ?? 0),
    busy: threads ? pct(threads.busy) : '?',
    cpuRatio: threads && p0 ? (threads.cpuMs / p0.cpuMs).toFixed(1) : '?',
    cpuPredicted: fmtMs(p.cpuMs),
    cpuOther: o ? fmtMs(o.cpuMs) : '',
    costSlower: cost ? modelName(cost.slower) : '',
    costFaster: cost ? modelName(cost.faster) : '',
    costGap: cost ? fmtMs(cost.gapMs) : '',
    costSwitches: cost ? String(cost.slowerSwitches) : '',
    costFasterSwitches: cost ? String(cost.fasterSwitches) : '',
    costUs: cost ? fmtUs(cost.perSwitchUs) : '',
    sameSlower: same ? modelName(same.slower) : '',
    sameFaster: same ? modelName(same.faster) : '',
    sameRatio: same ? same.ratio.toFixed(1) : '',
    cpuSlower: stretched ? modelName(stretched.slower) : '',
    cpuFaster: stretched ? modelName(stretched.faster) : '',
    cpuSlowerMs: stretched ? fmtMs(results[stretched.slower]!.cpuMs) : '',
    cpuFasterMs: stretched ? fmtMs(results[stretched.faster]!.cpuMs) : '',
  };
  const busyKind: BusyKind | null =
    verdict.outcome !== 'busy' ? null : same ? 'same-work' : stretched ? 'cpu-stretch' : cost && cost.slowerSwitches <= 0 ? 'no-switches' : 'too-costly';
  return (
    <div className={`${styles.verdict} ${styles[verdict.outcome]}`} data-outcome={verdict.outcome} data-winner={verdict.winner} data-reason={verdict.reason}
      data-busy={busyKind ?? undefined} data-switch-us={cost && Number.isFinite(cost.perSwitchUs) ? cost.perSwitchUs.toFixed(1) : undefined} role="status">
      {busyKind ? (
        <p>{busyText(busyKind, values)}</p>
      ) : (
        <>
          <p>{outcomeText(verdict.outcome, values)}</p>
          {verdict.reason !== 'clear' ? <p>{reasonText(verdict.reason, values)}</p> : null}
          {cost?.plausible && !cost.tied ? <p data-switch-cost>{switchCostText(values)}</p> : null}
        </>
      )}
    </div>
  );
}

export function ResultsTable({results, predicted, cores}: {results: Partial<Record<ModelId, ModelResult>>; predicted: ModelId; cores: number}): ReactNode {
  return (
    <div className={styles.scroll}>
    <table className={styles.table}>
      <thead>
        <tr>
          <th>{translate({id: 'lab.quadrant.col.model', message: '模型'})}</th>
          <th>{translate({id: 'lab.quadrant.col.wall', message: '总耗时'})}</th>
          <th>{translate({id: 'lab.quadrant.col.busy', message: 'CPU 占用率'})}</th>
          <th>{translate({id: 'lab.quadrant.col.threadSwitches', message: '线程切换'})}</th>
          <th>{translate({id: 'lab.quadrant.col.coroutineSwitches', message: '协程切换'})}</th>
          <th>{translate({id: 'lab.quadrant.col.startUp', message: '启动 worker（不计入）'})}</th>
        </tr>
      </thead>
      <tbody>
        {MODELS.filter((m) => results[m]).map((m) => {
          const r = results[m]!;
          return (
            <tr key={m} data-model={m} data-wall={r.wall.toFixed(3)} data-cpu-ms={r.cpuMs.toFixed(3)} data-busy={r.busy.toFixed(4)} data-thread-switches={r.threadSwitches}
              data-coroutine-switches={r.coroutineSwitches} data-cores={cores}>
              <th scope="row">{modelName(m)}{m === predicted ? ' ★' : ''}</th>
              <td>{fmtMs(r.wall)}</td>
              <td>{pct(r.busy)}</td>
              <td>{r.threadSwitches}</td>
              <td>{r.coroutineSwitches}</td>
              <td>
                {r.startUpMs > 0
                  ? translate({id: 'lab.quadrant.startUpCell', message: '{n} 个，{ms}'}, {n: String(r.workers), ms: fmtMs(r.startUpMs)})
                  : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
