import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {LIMITS, withLoad, withValue, type LabSettings, type Load} from './settings';
import {loadName, quadrantName} from './texts';
import styles from './styles.module.css';

const SIZE_FIELDS = ['tasks', 'steps', 'cpu', 'io', 'threads', 'slice'] as const;

function fieldLabel(key: (typeof SIZE_FIELDS)[number]): string {
  switch (key) {
    case 'tasks':
      return translate({id: 'lab.quadrant.field.tasks', message: '任务数'});
    case 'steps':
      return translate({id: 'lab.quadrant.field.steps', message: '每个任务的步数'});
    case 'cpu':
      return translate({id: 'lab.quadrant.field.cpu', message: '每步计算（毫秒）'});
    case 'io':
      return translate({id: 'lab.quadrant.field.io', message: '每步 I/O（毫秒）'});
    case 'threads':
      return translate({id: 'lab.quadrant.field.threads', message: '线程数（多线程模型）'});
    default:
      return translate({id: 'lab.quadrant.field.slice', message: '时间片（毫秒）'});
  }
}

export interface ControlsProps {
  settings: LabSettings;
  /** The logical cores the browser reports: the most core tokens the reader may pick. */
  maxCores: number;
  disabled: boolean;
  onChange: (next: LabSettings) => void;
}

/** The lab's settings: the four quadrants as quick picks, then every field on its own. */
export default function Controls({settings, maxCores, disabled, onChange}: ControlsProps): ReactNode {
  return (
    <fieldset className={styles.controls} disabled={disabled}>
      <legend className={styles.legend}>{translate({id: 'lab.quadrant.settings', message: '设置'})}</legend>
      <div className={styles.quick} role="group" aria-label={translate({id: 'lab.quadrant.quick', message: '四种情形'})}>
        {([
          [true, 'cpu'],
          [true, 'io'],
          [false, 'cpu'],
          [false, 'io'],
        ] as [boolean, Load][]).map(([multi, load]) => {
          const cores = multi ? Math.max(2, Math.min(maxCores, 8)) : 1;
          const active = settings.load === load && (multi ? settings.cores > 1 : settings.cores === 1);
          const unavailable = multi && maxCores < 2;
          return (
            <button key={`${multi}-${load}`} type="button" data-quadrant={`${multi ? 'multi' : 'single'}-${load}`}
              className={`button button--sm ${active ? 'button--primary' : 'button--secondary'}`}
              disabled={unavailable}
              onClick={() => onChange({...withLoad(settings, load), cores: Math.min(cores, maxCores)})}>
              {quadrantName(multi, load === 'cpu')}
            </button>
          );
        })}
      </div>
      <div className={styles.fields}>
        <label className={styles.field}>
          <span>{translate({id: 'lab.quadrant.field.cores', message: '核心数（核心令牌）'})}</span>
          <select value={settings.cores} data-field="cores" onChange={(e) => onChange({...settings, cores: Number(e.target.value)})}>
            {Array.from({length: maxCores}, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>{n}</option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>{translate({id: 'lab.quadrant.field.load', message: '负载'})}</span>
          <select value={settings.load} data-field="load" onChange={(e) => onChange(withLoad(settings, e.target.value as Load))}>
            {(['cpu', 'io', 'mix'] as Load[]).map((l) => (
              <option key={l} value={l}>{loadName(l)}</option>
            ))}
          </select>
        </label>
        {SIZE_FIELDS.map((k) => (
          <label className={styles.field} key={k}>
            <span>{fieldLabel(k)}</span>
            <input type="number" data-field={k} value={settings[k]} min={LIMITS[k][0]} max={LIMITS[k][1]} step={k === 'slice' ? 0.1 : 1}
              onChange={(e) => e.target.value !== '' && onChange(withValue(settings, k, Number(e.target.value)))} />
          </label>
        ))}
      </div>
      <p className={styles.hint}>
        {translate({id: 'lab.quadrant.coresHint', message: '你的浏览器报告 {n} 个逻辑核心，所以最多可以选 {n} 个核心令牌。'}, {n: String(maxCores)})}
      </p>
    </fieldset>
  );
}
