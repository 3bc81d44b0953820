import React, {useCallback, useEffect, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Chart, {type Plot} from '@site/src/components/Chart';
import {useExampleRun} from '../Example/runStore';
import styles from './styles.module.css';

export interface Measure {
  /** The example whose output holds the number. */
  example: string;
  /** A regular expression with one group: the number, as the example prints it. */
  pattern: string;
  /** Multiplies the printed number (e.g. 0.001 turns µs into ms). */
  scale?: number;
  /** The bar's name. */
  label: string;
}

export interface ExampleChartProps {
  measures: Measure[];
  /** The value axis' title, unit included. */
  axis: string;
  /** A log scale, for values that differ by orders of magnitude. */
  log?: boolean;
  /** The unit written after each number in the list under the chart (e.g. "ms"). */
  unit?: string;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
}

interface Bar {
  label: string;
  value: number;
}

function lastMatch(lines: string[], pattern: RegExp): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = pattern.exec(lines[i]);
    if (m) {
      const n = Number(m[1]);
      if (Number.isFinite(n) && n > 0) return n;
    }
  }
  return null;
}

/** One measure: the number the latest run of its example printed, or null before that. */
function useMeasure(measure: Measure): number | null {
  const run = useExampleRun(measure.example);
  const [value, setValue] = useState<number | null>(null);
  useEffect(() => {
    if (run.runs === 0) return;
    const n = lastMatch(run.lines, new RegExp(measure.pattern));
    setValue(n === null ? null : n * (measure.scale ?? 1));
  }, [run.runs, run.lines, measure.pattern, measure.scale]);
  return value;
}

function MeasureProbe({measure, onValue}: {measure: Measure; onValue: (label: string, v: number | null) => void}) {
  const value = useMeasure(measure);
  useEffect(() => onValue(measure.label, value), [measure.label, value, onValue]);
  return null;
}

function format(v: number): string {
  if (v >= 100) return v.toFixed(0);
  if (v >= 1) return String(Number(v.toFixed(1)));
  return String(Number(v.toPrecision(2)));
}

/**
 * Charts numbers that examples on this page printed when the reader ran them: measured on the
 * reader's machine, never made up. Until an example has run, its bar is missing and the chart
 * says what to do.
 */
export default function ExampleChart({measures, axis, log = false, unit = '', ariaLabel}: ExampleChartProps): ReactNode {
  const [values, setValues] = useState<Record<string, number | null>>({});
  const onValue = useCallback((label: string, v: number | null) => {
    setValues((prev) => (prev[label] === v ? prev : {...prev, [label]: v}));
  }, []);
  const bars: Bar[] = measures
    .map((m) => ({label: m.label, value: values[m.label] ?? null}))
    .filter((b): b is Bar => b.value !== null);
  const key = bars.map((b) => `${b.label}=${b.value}`).join('|');

  const render = useCallback(
    (P: Plot, {width, dark}: {width: number; dark: boolean}) => {
      const fill = dark ? '#6cb0ff' : '#2f7dd1';
      const values = bars.map((b) => b.value);
      const lowPower = Math.floor(Math.log10(Math.min(...values)));
      const highPower = Math.max(lowPower + 1, Math.ceil(Math.log10(Math.max(...values))));
      const low = log ? 10 ** lowPower : 0;
      const high = log ? 10 ** highPower : Math.max(...values) * 1.1;
      // On a log scale, label only the powers of ten, as plain numbers (not "10m").
      const ticks: number[] = [];
      if (log) for (let k = lowPower; k <= highPower; k++) ticks.push(10 ** k);
      return P.plot({
        width,
        height: 70 + 44 * bars.length,
        marginLeft: 170,
        marginRight: 70,
        marginBottom: 45,
        style: {background: 'transparent', color: 'currentColor', fontSize: '13px'},
        x: {
          type: log ? 'log' : 'linear',
          domain: [low, high],
          label: axis,
          labelAnchor: 'center',
          labelArrow: 'none',
          labelOffset: 38,
          grid: true,
          ...(log ? {ticks, tickFormat: (t: number) => format(t)} : {}),
        },
        y: {label: null, domain: bars.map((b) => b.label)},
        marks: [
          P.barX(bars, {x1: low, x2: 'value', y: 'label', fill}),
          P.text(bars, {x: 'value', y: 'label', text: (b: Bar) => format(b.value), dx: 5, textAnchor: 'start', fill: 'currentColor'}),
        ],
      });
    },
    // `key` stands for the bars' contents.
    [key, axis, log],
  );

  return (
    <div data-example-chart={measures.map((m) => m.example).join(' ')} data-bars={bars.length}>
      {measures.map((m) => (
        <MeasureProbe key={m.label} measure={m} onValue={onValue} />
      ))}
      {bars.length > 0 ? (
        <>
          <Chart render={render} ariaLabel={ariaLabel} height={70 + 44 * bars.length} />
          <ul className={styles.measures}>
            {bars.map((b) => (
              <li key={b.label}>
                {b.label}: {format(b.value)}
                {unit ? ` ${unit}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {bars.length < measures.length ? (
        <p className={styles.empty}>
          {translate({
            id: 'lab.exampleChart.empty',
            message: '运行上面的示例，这张图会画出它们在你的机器上测得的数字（还没运行的示例没有柱子）。',
          })}
        </p>
      ) : null}
    </div>
  );
}
