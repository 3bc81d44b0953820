import util from 'node:util';
import {describe, expect, it} from 'vitest';
import {formatValue} from '../../sandbox/worker/format';
import {HUGE, installInspectHooks} from '../../sandbox/worker/console/inspect-hooks';

// The hooks change prototypes (as they do in a worker): Node's own output for the same values
// is taken before they are installed. This file runs in a process of its own.
class Samples extends Array<number> {}
const huge = () => ({
  array: Array.from({length: 2_000_000}, (_, i) => i % 7),
  strings: Array.from({length: HUGE + 5}, (_, i) => `s${i}`),
  nested: {data: {values: new Float64Array(1_000_000).fill(0.5)}},
  int32: new Int32Array(new SharedArrayBuffer(4 * 3_000_000)),
  bytes: new Uint8Array(10_000_000),
  subclass: Samples.from({length: 20_000}, () => 1),
  bigints: new BigInt64Array(50_000),
});
const expected = Object.fromEntries(Object.entries(huge()).map(([k, v]) => [k, util.inspect(v)]));
installInspectHooks();

describe('in a worker, values the library alone would print wrongly or slowly', () => {
  it('a promise says its state cannot be read, rather than calling every promise pending', () => {
    expect(formatValue(Promise.resolve(33))).toBe('Promise { <state unknown> }');
    expect(formatValue({p: new Promise(() => {})})).toBe('{ p: Promise { <state unknown> } }');
    class Task<T> extends Promise<T> {}
    expect(formatValue(Task.resolve(1))).toBe('Task [Promise] { <state unknown> }');
  });

  for (const [name, value] of Object.entries(huge())) {
    it(`a huge ${name} prints as Node prints it, quickly`, () => {
      const t0 = performance.now();
      const text = formatValue(value);
      expect(performance.now() - t0).toBeLessThan(500);
      expect(text).toBe(expected[name]);
    });
  }

  it('ten million elements print in well under a second', () => {
    const t0 = performance.now();
    expect(formatValue(new Array(10_000_000).fill(1))).toMatch(/\.\.\. 9999900 more items\n\]$/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('leaves small arrays to the library', () => {
    expect(formatValue([1, 2, 3])).toBe('[ 1, 2, 3 ]');
    expect(formatValue(new Uint8Array(3))).toBe('Uint8Array(3) [ 0, 0, 0 ]');
  });
});
