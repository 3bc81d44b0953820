import {describe, expect, it} from 'vitest';
import {calibrate, capGaps, compute} from '../../sandbox/worker/lab/compute';
import {waitedVisibly} from '../../sandbox/worker/lab/time';
import {readyMs, type Span} from '../../sandbox/contract/report';

describe('work() as a fixed amount of computation', () => {
  it('does all its work whatever the clock says (a spin on the clock would stop early)', () => {
    // A clock that leaps 5 ms at every look, as if the worker kept losing its core.
    let t = 0;
    const leaping = () => (t += 5);
    const done = compute(200, 50, leaping);
    expect(done.units).toBe(200);
    expect(done.end - done.start).toBe(200 * 5);
    // Every look saw 5 ms pass where one unit needs 0.02 ms: one long wait for the core.
    expect(done.gaps.length).toBeGreaterThan(0);
    const waited = done.gaps.reduce((sum, [a, b]) => sum + b - a, 0);
    expect(waited).toBeGreaterThan(0.9 * 200 * 5);
  });

  it('records only the stretches where the clock ran ahead of the work', () => {
    // Units of 0.02 ms (rate 50/ms); the clock shows one 3 ms stall after the second unit.
    const times = [0, 0.02, 0.04, 3.06, 3.08, 3.1];
    let i = 0;
    const done = compute(5, 50, () => times[i++]);
    expect(done.units).toBe(5);
    expect(done.gaps).toHaveLength(1);
    const [[from, to]] = done.gaps;
    expect(from).toBeCloseTo(0.06, 5);
    expect(to).toBeCloseTo(3.06, 5);
  });

  it('calibrates to a rate that makes work(ms) take about ms of time on the core', () => {
    const rate = calibrate();
    expect(rate).toBeGreaterThan(1);
    // The time on the core: what the run took less the stretches it was seen waiting. Best
    // of five; a busy machine can still slow the core itself, so the bounds are wide.
    const onCore = Math.min(
      ...Array.from({length: 5}, () => {
        const done = compute(Math.round(30 * rate), rate);
        return done.end - done.start - done.gaps.reduce((sum, [a, b]) => sum + b - a, 0);
      }),
    );
    expect(onCore).toBeGreaterThan(30 * 0.5);
    expect(onCore).toBeLessThan(30 * 3);
  });

  it('keeps at most the given number of gaps by merging the closest neighbours, keeping the span they cover', () => {
    const gaps: Array<[number, number]> = [
      [0, 1],
      [10, 11],
      [11.5, 12],
      [30, 31],
    ];
    expect(capGaps(gaps, 3)).toEqual([
      [0, 1],
      [10, 12],
      [30, 31],
    ]);
    expect(capGaps(gaps, 1)).toEqual([[0, 31]]);
    expect(capGaps(gaps, 10)).toEqual(gaps);
  });
});

describe('what counts as waiting for a core', () => {
  it('needs more than 10 ms and more than 1.3× the work', () => {
    expect(waitedVisibly(100, 270)).toBe(true);
    expect(waitedVisibly(100, 125)).toBe(false); // 1.25×: noise
    expect(waitedVisibly(5, 14)).toBe(false); // under 10 ms over
    expect(waitedVisibly(40, 800)).toBe(true); // a timer due while its worker computed
  });

  it('reads a CPU span’s wait as the time beyond its work, an I/O span’s as its ready tail', () => {
    const cpu: Span = {lane: 'w1', kind: 'cpu', start: 0, end: 270, work: 100, waits: [[10, 180]]};
    expect(readyMs(cpu)).toBe(170);
    const io: Span = {lane: 'main', kind: 'io', start: 0, end: 800, work: 40, waits: [[40, 800]]};
    expect(readyMs(io)).toBe(760);
    expect(readyMs({lane: 'main', kind: 'cpu', start: 0, end: 101, work: 100})).toBe(0);
  });
});
