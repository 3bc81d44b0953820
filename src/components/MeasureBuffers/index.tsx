import React, {useCallback, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Chart, {type Plot} from '../Chart';
import MeasurePanel, {NumberField, SelectField} from '../MeasurePanel';
import MeasureTable from '../MeasureTable';
import {measureBuffers, type BufferMode, type BufferRow} from '@site/src/lib/measure/buffers';
import type {Stopper} from '@site/src/lib/measure/client';
import {formatMs, labelMargin} from '@site/src/lib/measure/format';
import {sig} from '@site/src/lib/measure/table';
import {useIsolation} from '@site/src/lib/use-isolation';
import styles from './styles.module.css';

function modeName(mode: BufferMode): string {
  switch (mode) {
    case 'empty':
      return translate({id: 'lab.measure.buffers.empty', message: '空消息往返（基准）'});
    case 'copy':
      return translate({id: 'lab.measure.buffers.copy', message: '复制（结构化克隆）'});
    case 'transfer':
      return translate({id: 'lab.measure.buffers.transfer', message: '转移（transfer，再转回来）'});
    default:
      return translate({id: 'lab.measure.buffers.share', message: '共享（SharedArrayBuffer）'});
  }
}

const SIZES_MB = [1, 4, 16, 64];

/** Copying vs transferring vs sharing a large buffer with a worker. */
export default function MeasureBuffers(): ReactNode {
  const [mb, setMb] = useState(16);
  const [samples, setSamples] = useState(8);
  const [rows, setRows] = useState<BufferRow[]>([]);
  const isolated = useIsolation();

  const run = async (stopper: Stopper) => {
    setRows([]);
    setRows(await measureBuffers({bytes: mb * 1024 * 1024, samples, isolated: window.crossOriginIsolated === true, stopper}));
  };

  const key = rows.map((r) => `${r.mode}:${r.roundTrip.median}`).join('|');
  // Redrawn when `key` (what the chart shows) changes, not on every render.
  const render = useCallback((P: Plot, c: {width: number; dark: boolean}) => buffersChart(P, rows, c.width, c.dark), [key]);
  const perMB = (r: BufferRow) => (r.bytes > 0 ? r.extraMs / (r.bytes / 1048576) : NaN);
  const extra = (r: BufferRow) => (r.mode === 'empty' ? '—' : r.extraMs > 0 ? `+${formatMs(r.extraMs)}` : translate({id: 'lab.measure.buffers.noExtra', message: '≈ 0（在噪声之内）'}));
  return (
    <MeasurePanel id="buffers" run={run}
      controls={
        <>
          <SelectField name="size" label={translate({id: 'lab.measure.buffers.size', message: '缓冲区大小'})} value={mb}
            options={SIZES_MB.map((v) => ({value: v, label: `${v} MiB`}))} onChange={setMb} />
          <NumberField name="samples" label={translate({id: 'lab.measure.buffers.samples', message: '每种方式几次'})} value={samples} min={3} max={50} onChange={setSamples} />
        </>
      }>
      {isolated === false ? (
        <p className={styles.note} role="note">
          {translate({id: 'lab.measure.buffers.noIsolation', message: '本页没有跨源隔离，SharedArrayBuffer 不可用，所以没有“共享”一行。'})}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <Chart render={render} ariaLabel={translate({id: 'lab.measure.buffers.chart', message: '把缓冲区交给 worker 的耗时'})} height={60 + 34 * rows.length} />
          <MeasureTable
            table={{
              headers: [
                translate({id: 'lab.measure.buffers.col.mode', message: '方式'}),
                translate({id: 'lab.measure.buffers.col.size', message: '大小'}),
                translate({id: 'lab.measure.buffers.col.median', message: '往返（中位数）'}),
                translate({id: 'lab.measure.buffers.col.spread', message: '中间一半（p25–p75）'}),
                translate({id: 'lab.measure.buffers.col.extra', message: '比空消息多用'}),
                translate({id: 'lab.measure.buffers.col.perMB', message: '每 MiB 多用'}),
                translate({id: 'lab.measure.buffers.col.ms', message: '往返中位数（毫秒）'}),
              ],
              rows: rows.map((r) => [
                modeName(r.mode),
                r.bytes > 0 ? `${r.bytes / 1048576} MiB` : '—',
                formatMs(r.roundTrip.median),
                `${formatMs(r.roundTrip.p25)} – ${formatMs(r.roundTrip.p75)}`,
                extra(r),
                r.bytes > 0 && r.extraMs > 0 ? formatMs(perMB(r)) : '—',
                sig(r.roundTrip.median),
              ]),
            }}
            keys={rows.map((r) => r.mode)}
            values={rows.map((r) => r.roundTrip.median)}
          />
        </>
      ) : null}
      <p className={styles.note}>
        {translate({
          id: 'lab.measure.buffers.note',
          message: '每次都由页面发出，worker 读一下首尾两个字节再回答，计的是往返时间；几种方式轮流进行，机器忽快忽慢时对它们的影响相同。“比空消息多用”就是数据本身的代价。“转移”一行包括 worker 把缓冲区转回来的那一次。',
        })}
      </p>
    </MeasurePanel>
  );
}

function buffersChart(P: Plot, rows: BufferRow[], width: number, dark: boolean) {
  const ink = dark ? '#e3e3e3' : '#1c1e21';
  const bar = dark ? '#6cb0ff' : '#2f7dd1';
  const data = rows.map((r) => ({label: modeName(r.mode), ...r.roundTrip}));
  const labels = data.map((d) => d.label);
  return P.plot({
    width,
    height: 60 + 34 * rows.length,
    marginLeft: labelMargin(labels, width),
    marginRight: 70,
    marginBottom: 44,
    style: {color: ink, background: 'transparent', fontSize: '12px'},
    x: {labelAnchor: 'center', labelOffset: 36, labelArrow: 'none', type: 'log', label: translate({id: 'lab.measure.buffers.axis', message: '往返耗时（毫秒，对数坐标）'}), grid: true},
    y: {domain: data.map((d) => d.label), label: null},
    marks: [
      P.ruleY(data, {y: 'label', x1: 'p25', x2: 'p75', stroke: bar, strokeWidth: 5}),
      P.dot(data, {y: 'label', x: 'median', fill: ink, r: 3.5}),
      P.text(data, {y: 'label', x: 'median', text: (d: {median: number}) => formatMs(d.median), dx: 10, dy: -10, textAnchor: 'start', fill: ink}),
    ],
  });
}
