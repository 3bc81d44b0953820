import {describe, expect, it} from 'vitest';
import {median, quantile, relativeSpread, subtract, summarize} from '../../src/lib/measure/stats';
import {amdahl, amdahlCurve, amdahlLimit, karpFlatt, speedup} from '../../src/lib/measure/amdahl';
import {sig, toCSV, toMarkdown} from '../../src/lib/measure/table';
import {formatDuration} from '../../src/lib/measure/format';

describe('median and quantiles', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('is NaN for no values and ignores non-finite ones', () => {
    expect(median([])).toBeNaN();
    expect(median([1, NaN, 3, Infinity])).toBe(2);
  });
  it('interpolates quantiles between neighbours', () => {
    const xs = [10, 20, 30, 40, 50];
    expect(quantile(xs, 0)).toBe(10);
    expect(quantile(xs, 1)).toBe(50);
    expect(quantile(xs, 0.25)).toBe(20);
    expect(quantile([1, 2], 0.5)).toBe(1.5);
    expect(quantile([0, 10], 0.3)).toBeCloseTo(3);
  });
  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('summarize and spread', () => {
  it('gives median, quartiles, extremes and mean', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s).toEqual({n: 5, median: 3, p25: 2, p75: 4, min: 1, max: 5, mean: 3});
    expect(relativeSpread(s)).toBeCloseTo(2 / 3);
  });
  it('a single sample has no spread', () => {
    const s = summarize([42]);
    expect(s.p25).toBe(42);
    expect(s.p75).toBe(42);
    expect(relativeSpread(s)).toBe(0);
  });
  it('subtracts a baseline and never goes below zero', () => {
    expect(subtract([5, 3, 1], 2)).toEqual([3, 1, 0]);
  });
});

describe("Amdahl's law", () => {
  it('is n without a serial part and 1 with nothing but', () => {
    expect(amdahl(0, 4)).toBe(4);
    expect(amdahl(1, 4)).toBe(1);
    expect(amdahl(0.3, 1)).toBe(1);
  });
  it('matches the textbook example: 10 % serial on 4 workers is about 3.08×', () => {
    expect(amdahl(0.1, 4)).toBeCloseTo(1 / (0.1 + 0.9 / 4));
    expect(amdahl(0.1, 4)).toBeCloseTo(3.077, 3);
  });
  it('rises with n towards 1/f and never passes it', () => {
    const curve = amdahlCurve(0.2, [1, 2, 4, 8, 16, 1024]);
    for (let i = 1; i < curve.length; i++) expect(curve[i].speedup).toBeGreaterThan(curve[i - 1].speedup);
    expect(curve.at(-1)!.speedup).toBeLessThan(amdahlLimit(0.2));
    expect(amdahlLimit(0.2)).toBeCloseTo(5);
    expect(amdahlLimit(0)).toBe(Infinity);
  });
  it('clamps the fraction and rejects fewer than one worker', () => {
    expect(amdahl(-1, 2)).toBe(2);
    expect(amdahl(2, 2)).toBe(1);
    expect(amdahl(0.5, 0)).toBeNaN();
  });
  it('measured speed-up and the Karp–Flatt serial fraction', () => {
    expect(speedup(800, 400)).toBe(2);
    expect(speedup(800, 0)).toBeNaN();
    // A speed-up that follows Amdahl exactly gives back its serial fraction.
    for (const [f, n] of [[0.1, 2], [0.25, 4], [0.05, 8]]) expect(karpFlatt(amdahl(f, n), n)).toBeCloseTo(f);
    expect(karpFlatt(1.5, 1)).toBeNaN();
  });
});

describe('tables for lab reports', () => {
  const table = {headers: ['what', 'ns'], rows: [['a | b', 12.5], ['line\nbreak', 3]]};
  it('Markdown: escaped pipes, one line per row, numbers right-aligned', () => {
    expect(toMarkdown(table)).toBe(['| what | ns |', '| --- | ---: |', '| a \\| b | 12.5 |', '| line break | 3 |'].join('\n'));
  });
  it('CSV: quotes fields that need it', () => {
    const csv = toCSV({headers: ['name', 'v'], rows: [['plain', 1], ['with, comma', 2], ['say "hi"', null], ['two\nlines', NaN]]});
    expect(csv).toBe(['name,v', 'plain,1', '"with, comma",2', '"say ""hi""",', '"two\nlines",'].join('\r\n'));
  });
  it('rounds to significant digits', () => {
    expect(sig(123456)).toBe(123456);
    expect(sig(1.23456)).toBe(1.23);
    expect(sig(0.0012345, 2)).toBe(0.0012);
  });
});

describe('durations', () => {
  it('picks the unit', () => {
    expect(formatDuration(13.96)).toBe('14.0 ns');
    expect(formatDuration(1700)).toBe('1.70 µs');
    expect(formatDuration(42_083)).toBe('42.1 µs');
    expect(formatDuration(28e6)).toBe('28.0 ms');
    expect(formatDuration(NaN)).toBe('—');
  });
});
