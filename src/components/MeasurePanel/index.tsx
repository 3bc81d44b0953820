import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {Stopper} from '@site/src/lib/measure/client';
import styles from './styles.module.css';

export type Phase = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

export interface MeasurePanelProps {
  /** Stable id: data-measure on the panel, for tests and the bench script. */
  id: string;
  /** The settings (inputs); disabled while running. */
  controls?: ReactNode;
  /** Runs the experiment; must stop its workers when the stopper says so. */
  run: (stopper: Stopper) => Promise<void>;
  /** Progress shown while running. */
  progress?: string;
  children?: ReactNode;
}

/** The frame every measurement shares: settings, Run and Stop, status, results. */
export default function MeasurePanel({id, controls, run, progress, children}: MeasurePanelProps): ReactNode {
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const current = useRef<Stopper | null>(null);
  useEffect(() => {
    setReady(true);
    return () => current.current?.stop();
  }, []);
  const start = async () => {
    if (current.current) return;
    const stopper = new Stopper();
    current.current = stopper;
    setPhase('running');
    setError(null);
    try {
      await run(stopper);
      setPhase(stopper.stopped ? 'stopped' : 'done');
    } catch (err) {
      if (stopper.stopped) setPhase('stopped');
      else {
        setPhase('failed');
        setError(String((err as Error)?.message ?? err));
      }
    } finally {
      current.current = null;
    }
  };
  const running = phase === 'running';
  return (
    <section className={styles.panel} data-measure={id} data-phase={phase} data-ready={ready ? 'true' : undefined}>
      {controls ? (
        <fieldset className={styles.controls} disabled={running}>
          {controls}
        </fieldset>
      ) : null}
      <div className={styles.toolbar}>
        <button type="button" className="button button--primary button--sm" data-action="measure" disabled={running} onClick={() => void start()}>
          {translate({id: 'lab.measure.run', message: '开始测量'})}
        </button>
        <button type="button" className="button button--secondary button--sm" data-action="stop" disabled={!running} onClick={() => current.current?.stop()}>
          {translate({id: 'lab.measure.stop', message: '停止'})}
        </button>
        <span className={styles.status} role="status">
          {phase === 'running'
            ? progress ?? translate({id: 'lab.measure.running', message: '测量中…'})
            : phase === 'done'
              ? translate({id: 'lab.measure.done', message: '完成。'})
              : phase === 'stopped'
                ? translate({id: 'lab.measure.stopped', message: '已停止，用到的 worker 都已终止。'})
                : phase === 'failed'
                  ? translate({id: 'lab.measure.failed', message: '测量失败：{error}'}, {error: error ?? ''})
                  : ''}
        </span>
      </div>
      {children}
    </section>
  );
}

/** A labelled number input for a panel's settings. */
export function NumberField({label, value, min, max, step = 1, onChange, name}: {label: string; value: number; min: number; max: number; step?: number; onChange: (v: number) => void; name: string}): ReactNode {
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <input type="number" name={name} data-field={name} value={value} min={min} max={max} step={step}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
        }} />
    </label>
  );
}

/** A labelled select for a panel's settings. */
export function SelectField({label, value, options, onChange, name}: {label: string; value: number; options: {value: number; label: string}[]; onChange: (v: number) => void; name: string}): ReactNode {
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <select name={name} data-field={name} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}
