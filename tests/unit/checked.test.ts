import {describe, expect, it} from 'vitest';
import {checkedError, checkedLine, checkedSpan, checkedTitle, clip, firstRows, outputRows} from '../../sandbox/host/checked';
import {MAX_ERROR_MESSAGE_LENGTH, MAX_LANE_TITLE_LENGTH, MAX_SPAN_LABEL_LENGTH, MAX_WAITS_PER_SPAN} from '../../sandbox/contract/limits';

const clock = {startedAt: 1000, now: 500};

describe('what the runner takes from a worker', () => {
  it('cuts strings to their limit and counts what it cut, never splitting an emoji', () => {
    expect(clip('abc', 5)).toEqual({text: 'abc', cut: 0});
    expect(clip('abcdef', 4)).toEqual({text: 'abcd', cut: 2});
    expect(clip('ab🧵', 3)).toEqual({text: 'ab', cut: 2});
    expect(clip(['a', 'b'], 10)).toEqual({text: '', cut: 0});
    expect(checkedTitle('f'.repeat(1e6))).toEqual({title: 'f'.repeat(MAX_LANE_TITLE_LENGTH), titleCut: 1e6 - MAX_LANE_TITLE_LENGTH});
  });

  it('bounds an error and keeps only a sane location and phase', () => {
    const e = checkedError({name: 'N'.repeat(1e5), message: 'm'.repeat(1e7), phase: 'nonsense', location: {line: -1}});
    expect(e.name).toHaveLength(100);
    expect(e.message).toHaveLength(MAX_ERROR_MESSAGE_LENGTH);
    expect(e.messageCut).toBe(1e7 - MAX_ERROR_MESSAGE_LENGTH);
    expect(e.phase).toBe('runtime');
    expect(e.location).toBeUndefined();
    expect(checkedError(null)).toEqual({name: 'Error', message: '', phase: 'runtime'});
    expect(checkedError({name: 'E', message: 'x', phase: 'compile', location: {line: 3, column: 2}}).location).toEqual({line: 3, column: 2});
  });

  it('puts a line on the lane of its channel, within the run', () => {
    expect(checkedLine({level: 'bogus', t: 1e12, text: 'hi'}, 'w1', clock)).toEqual({lane: 'w1', level: 'log', t: 500, text: 'hi'});
    expect(checkedLine({level: 'warn', t: 0, text: 7}, 'main', clock)).toMatchObject({t: 0, text: '7', level: 'warn'});
  });

  it('keeps spans within the run, drops impossible ones, and clamps their waits', () => {
    expect(checkedSpan({kind: 'cpu', start: 1100, end: 1200}, 'main', clock)).toEqual({lane: 'main', kind: 'cpu', start: 100, end: 200});
    expect(checkedSpan({kind: 'cpu', start: 900, end: 1e15}, 'main', clock)).toMatchObject({start: 0, end: 500});
    expect(checkedSpan({kind: 'cpu', start: 1200, end: 1100}, 'main', clock)).toBeNull();
    expect(checkedSpan({kind: 'cpu', start: 2000, end: 2100}, 'main', clock)).toBeNull();
    expect(checkedSpan({kind: 'evil', start: 1100, end: 1200}, 'main', clock)).toBeNull();
    expect(checkedSpan({kind: 'io', start: NaN, end: 1200}, 'main', clock)).toBeNull();
    const long = checkedSpan({kind: 'io', start: 1100, end: 1200, label: 'l'.repeat(1e6)}, 'main', clock);
    expect(long?.label).toHaveLength(MAX_SPAN_LABEL_LENGTH);
    expect(long?.labelCut).toBe(1e6 - MAX_SPAN_LABEL_LENGTH);
    const waits = Array.from({length: 100}, (_, i) => [1100 + i, 1101 + i]);
    const waited = checkedSpan({kind: 'cpu', start: 1100, end: 1150, waits: [[0, 1e9], 'x', ...waits]}, 'main', clock) as unknown as {waits: number[][]};
    expect(waited.waits).toHaveLength(MAX_WAITS_PER_SPAN);
    expect(waited.waits[0]).toEqual([100, 150]);
    expect(waited.waits.every(([a, b]) => a >= 100 && b <= 150 && b > a)).toBe(true);
  });

  it('counts output lines as a reader sees them: newlines and wrapping', () => {
    expect(outputRows('one')).toBe(1);
    expect(outputRows('')).toBe(1);
    expect(outputRows('a\nb\nc')).toBe(3);
    expect(outputRows('x'.repeat(250), 100)).toBe(3);
    expect(outputRows('\n'.repeat(1e5))).toBe(1e5 + 1);
    expect(firstRows('a\nb\nc', 2)).toBe('a\nb');
    expect(firstRows('x'.repeat(250), 2, 100)).toBe('x'.repeat(200));
    expect(outputRows(firstRows('ab\n'.repeat(5000), 1000))).toBe(1000);
  });
});
