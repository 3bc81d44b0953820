import {describe, expect, it} from 'vitest';
import {batchTargetMs, switchRow} from '../../src/lib/measure/switches';
import {speedupPoints} from '../../src/lib/measure/speedup';
import {bufferRows, type BufferMode} from '../../src/lib/measure/buffers';

// The pure parts of the measure page's experiments: how raw samples become the table's rows.

describe('switch rows', () => {
  it('subtracts the harness loop per operation, then divides by the switches per operation', () => {
    const r = switchRow('generator', {batch: 1000, samplesNs: [10, 12, 14]}, 2);
    expect(r.kind).toBe('generator');
    expect(r.batch).toBe(1000);
    expect(r.perOpNs.median).toBe(10);
    expect(r.perSwitchNs.median).toBe(5); // a generator's next() is two switches
    const a = switchRow('await', {batch: 10, samplesNs: [7, 9]}, 1);
    expect(a.perSwitchNs.median).toBe(a.perOpNs.median); // one switch per await
  });
  it('aims at longer batches when the timer is coarse (no isolation)', () => {
    expect(batchTargetMs(true)).toBe(10);
    expect(batchTargetMs(false)).toBe(20);
  });
});

describe('speed-up points', () => {
  it('compares each count with one worker and with Amdahl’s law', () => {
    const times = new Map([
      [1, [100, 110, 90]],
      [2, [50, 60, 55]],
      [4, [30, 40, 35]],
    ]);
    const stretches = new Map([
      [1, [1, 1, 1]],
      [2, [1, 1.2, 1.1]],
      [4, [2, 2, 2]],
    ]);
    const points = speedupPoints([1, 2, 4], times, stretches, 0.1);
    expect(points.map((p) => p.workers)).toEqual([1, 2, 4]);
    expect(points[0].speedup).toBe(1);
    expect(points[1].speedup).toBeCloseTo(100 / 55);
    expect(points[2].speedup).toBeCloseTo(100 / 35);
    expect(points[1].time.median).toBe(55);
    expect(points[1].times).toEqual([50, 60, 55]);
    expect(points[1].stretch).toBe(1.1);
    expect(points[1].amdahl).toBeCloseTo(1 / (0.1 + 0.9 / 2));
    expect(points[0].karpFlatt).toBeNaN(); // undefined for one worker
    expect(points[2].karpFlatt).toBeCloseTo((35 / 100 - 1 / 4) / (1 - 1 / 4));
  });
  it('uses the first count as the baseline when 1 is not among the counts', () => {
    const points = speedupPoints([2, 4], new Map([[2, [80]], [4, [40]]]), new Map([[2, [1]], [4, [1]]]), 0);
    expect(points.map((p) => p.speedup)).toEqual([1, 2]);
  });
});

describe('buffer rows', () => {
  it('lists the modes measured in a fixed order, each against the empty message', () => {
    const times = new Map<BufferMode, number[]>([
      ['empty', [1, 1, 1]],
      ['transfer', [1.5, 1.5, 1.5]],
      ['copy', [4, 5, 6]],
    ]);
    const rows = bufferRows(times, 1024);
    expect(rows.map((r) => r.mode)).toEqual(['empty', 'copy', 'transfer']);
    expect(rows.map((r) => r.bytes)).toEqual([0, 1024, 1024]);
    expect(rows.map((r) => r.extraMs)).toEqual([0, 4, 0.5]);
    expect(rows[1].roundTrip.median).toBe(5);
  });
});
