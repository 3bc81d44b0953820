import {describe, expect, it} from 'vitest';
import {stackRows} from '../../src/components/Timeline/rows';
import {formatMs, formatTick, niceTicks} from '../../src/components/Timeline/ticks';
import type {Span} from '../../sandbox/contract/report';

const span = (start: number, end: number, label?: string): Span => ({lane: 'main', kind: 'io', start, end, label});

describe('stackRows', () => {
  it('keeps spans that follow each other on one row', () => {
    const placed = stackRows([span(0, 10), span(10, 20), span(25, 30)]);
    expect(placed.map((p) => p.row)).toEqual([0, 0, 0]);
  });

  it('stacks overlapping waits, and reuses a row once it is free', () => {
    const placed = stackRows([span(0, 100, 'A'), span(50, 150, 'B'), span(120, 130, 'C')]);
    expect(placed.map((p) => [p.span.label, p.row])).toEqual([
      ['A', 0],
      ['B', 1],
      ['C', 0],
    ]);
  });
});

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(7.3)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it('formats short and long times', () => {
    expect(formatMs(0.123)).toBe('0.12 ms');
    expect(formatMs(12.34)).toBe('12.3 ms');
    expect(formatMs(612.4)).toBe('612 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
  });

  it('labels ticks with only the decimals their spacing needs, so "0" is as short as the rest', () => {
    expect(niceTicks(1200).map((t, _, all) => formatTick(t, all[1]))).toEqual(['0 ms', '200 ms', '400 ms', '600 ms', '800 ms', '1000 ms', '1200 ms']);
    expect(niceTicks(1.2).map((t, _, all) => formatTick(t, all[1]))).toEqual(['0.0 ms', '0.2 ms', '0.4 ms', '0.6 ms', '0.8 ms', '1.0 ms', '1.2 ms']);
    expect(formatTick(0.05, 0.05)).toBe('0.05 ms');
    expect(formatTick(20_000, 5000)).toBe('20.0 s');
  });
});
