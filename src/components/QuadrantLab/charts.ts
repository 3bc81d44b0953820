/** The lab's three bar charts, drawn by Observable Plot (handed in by the Chart component). */
import type {Plot} from '../Chart';
import {labelMargin} from '@site/src/lib/measure/format';
import type {ModelId} from './program';

export interface Bar {
  model: ModelId;
  /** The model's name as the reader sees it (★ marks the prediction). */
  label: string;
  predicted: boolean;
  wall: number;
  busy: number;
  threadSwitches: number;
  coroutineSwitches: number;
}

export interface ChartText {
  wall: string;
  busy: string;
  switches: string;
  threadKind: string;
  coroutineKind: string;
}

const palette = (dark: boolean) => ({
  bar: dark ? '#6cb0ff' : '#2f7dd1',
  predicted: dark ? '#5fc4a8' : '#2e6b5e',
  second: dark ? '#f2b95c' : '#e09a2b',
  text: dark ? '#e3e3e3' : '#1c1e21',
});

export const fmtMs = (v: number) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);

function base(width: number, labels: string[], dark: boolean) {
  return {
    width,
    height: 50 + 30 * labels.length,
    marginLeft: labelMargin(labels, width),
    marginRight: 70,
    marginBottom: 44,
    style: {color: palette(dark).text, fontSize: '12px', background: 'transparent'},
    y: {domain: labels, label: null},
  };
}

export function wallChart(P: Plot, bars: Bar[], labels: string[], text: ChartText, width: number, dark: boolean) {
  const c = palette(dark);
  return P.plot({
    ...base(width, labels, dark),
    x: {labelAnchor: 'center', labelOffset: 36, labelArrow: 'none', label: text.wall, grid: true, nice: true},
    marks: [
      P.barX(bars, {x: 'wall', y: 'label', fill: (d: Bar) => (d.predicted ? c.predicted : c.bar)}),
      P.text(bars, {x: 'wall', y: 'label', text: (d: Bar) => fmtMs(d.wall), dx: 4, textAnchor: 'start', fill: c.text}),
      P.ruleX([0]),
    ],
  });
}

export function busyChart(P: Plot, bars: Bar[], labels: string[], text: ChartText, width: number, dark: boolean) {
  const c = palette(dark);
  return P.plot({
    ...base(width, labels, dark),
    x: {labelAnchor: 'center', labelOffset: 36, labelArrow: 'none', label: text.busy, domain: [0, 100], grid: true},
    marks: [
      P.barX(bars, {x: (d: Bar) => d.busy * 100, y: 'label', fill: (d: Bar) => (d.predicted ? c.predicted : c.bar)}),
      P.text(bars, {x: (d: Bar) => d.busy * 100, y: 'label', text: (d: Bar) => `${(d.busy * 100).toFixed(0)}%`, dx: 4, textAnchor: 'start', fill: c.text}),
      P.ruleX([0]),
    ],
  });
}

export function switchesChart(P: Plot, bars: Bar[], labels: string[], text: ChartText, width: number, dark: boolean) {
  const c = palette(dark);
  const rows = bars.flatMap((d) => [
    {label: d.label, kind: text.threadKind, n: d.threadSwitches},
    {label: d.label, kind: text.coroutineKind, n: d.coroutineSwitches},
  ]);
  return P.plot({
    ...base(width, labels, dark),
    height: 84 + 30 * labels.length,
    x: {labelAnchor: 'center', labelOffset: 36, labelArrow: 'none', label: text.switches, grid: true, nice: true},
    color: {domain: [text.threadKind, text.coroutineKind], range: [c.bar, c.second], legend: true},
    marks: [
      P.barX(rows, {x: 'n', y: 'label', fill: 'kind'}),
      P.text(bars, {
        x: (d: Bar) => d.threadSwitches + d.coroutineSwitches,
        y: 'label',
        text: (d: Bar) => `${d.threadSwitches} + ${d.coroutineSwitches}`,
        dx: 4,
        textAnchor: 'start',
        fill: c.text,
      }),
      P.ruleX([0]),
    ],
  });
}
