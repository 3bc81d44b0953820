import util from 'node:util';
import {describe, expect, it} from 'vitest';
import {clampLine, formatArgs, formatValue} from '../../sandbox/worker/format';

// The convention is Node's: every value below must print as Node's own util.inspect prints it
// for console.log (the same caps: depth 2, 100 items).
class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
  get length() {
    return Math.hypot(this.x, this.y);
  }
}
const circular: Record<string, unknown> = {n: 1};
circular.self = circular;
const withCause = new Error('outer', {cause: new TypeError('inner')});
withCause.stack = 'Error: outer\n    at main (example.ts:3:9)';
(withCause.cause as Error).stack = 'TypeError: inner\n    at f (example.ts:1:7)';
const getter = {
  get x() {
    return 1;
  },
  set x(_v) {},
  get only() {
    return 2;
  },
};

const values: Record<string, unknown> = {
  map: new Map<unknown, unknown>([
    ['a', 1],
    [{k: 1}, [1, 2]],
  ]),
  set: new Set([1, 2, 3, 4, 5]),
  uint8: new Uint8Array([5, 6, 7]),
  float64: new Float64Array([1.5, -0]),
  sparse: new Array(5),
  sparseMixed: [1, , 3, , , 6], // holes on purpose
  pendingPromise: new Promise(() => {}),
  classInstance: new Point(3, 4),
  deep: {a: {b: {c: {d: {e: 1}}}}},
  deepArray: [[1, [2, [3, [4]]]]],
  long: Array.from({length: 150}, (_, i) => i),
  longStrings: Array.from({length: 120}, (_, i) => `item ${i}`),
  getters: getter,
  symbolKey: {[Symbol('k')]: 1, plain: Symbol('v')},
  negativeZero: -0,
  numbers: [NaN, Infinity, -Infinity, 1e21, 0.1 + 0.2, 10n],
  date: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
  invalidDate: new Date(NaN),
  regexp: /a+b/gi,
  named: function named() {},
  arrow: () => 1,
  asyncFn: async function load() {},
  generator: function* gen() {},
  klass: Point,
  anonymousClass: class {},
  circular,
  errorWithCause: withCause,
  nested: {list: [1, 'two', {three: 3}], when: null, nothing: undefined},
  quotes: ["it's", 'say "hi"', `both ' and "`, 'tab\there\nnewline'],
  weird: {'a-b': 1, 2: 'two', __proto__x: 0},
  nullProto: Object.assign(Object.create(null), {a: 1}),
  weakMap: new WeakMap(),
  boxed: [new Number(1), new String('s'), Object(Symbol('b'))],
  arrayBuffer: new ArrayBuffer(3),
  wide: {title: '并发实验室', emoji: '🙂'},
  bigObject: Object.fromEntries(Array.from({length: 30}, (_, i) => [`key${i}`, i])),
  mapOfMaps: new Map([['inner', new Map([['x', new Set([1])]])]]),
};

describe('formatValue prints values as Node does', () => {
  for (const [name, value] of Object.entries(values)) {
    it(name, () => {
      expect(formatValue(value)).toBe(util.inspect(value));
    });
  }

  it('prints strings as they are, like console.log', () => {
    expect(formatValue('plain text')).toBe('plain text');
  });
});

describe('formatArgs formats console arguments as Node does', () => {
  const cases: unknown[][] = [
    ['%s has %d items', 'list', 3],
    ['%i|%f|%d', 42.9, '1.5', 10n],
    ['%o', {a: [1, 2]}],
    ['%O', {a: {b: {c: {d: 1}}}}],
    ['%c styled %s', 'color: red; font-weight: bold', 'text'],
    ['100%% sure', 'extra'],
    ['%s', {toString: () => 'custom'}],
    ['%s', Symbol('s'), new Map([[1, 2]])],
    ['%j', {a: 1}],
    ['missing %s %s', 'one'],
    [1, 'two', {three: 3}, [4], null, undefined],
    [{a: 1}, '%s', 'not a template'],
    [],
  ];
  for (const args of cases) {
    it(JSON.stringify(args.map(String)), () => {
      expect(formatArgs(args)).toBe(util.format(...args));
    });
  }

  it('drops the CSS of %c', () => {
    expect(formatArgs(['%cbig', 'font-size: 40px'])).toBe('big');
  });
});

describe('printing stays safe', () => {
  it('does not run a getter, even a throwing one', () => {
    const o = {};
    Object.defineProperty(o, 'bad', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(formatArgs(['value', o])).toBe('value { bad: [Getter] }');
  });

  it('prints the other arguments when a Proxy throws on every trap', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('keys');
        },
        getPrototypeOf() {
          throw new Error('proto');
        },
      },
    );
    expect(formatArgs(['before', hostile, 'after'])).toBe('before [unprintable: Error: trap] after');
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(formatValue(revocable.proxy)).toMatch(/^\[unprintable: TypeError: /);
  });

  it('cuts long strings inside values and long lines', () => {
    const text = formatValue({s: 'y'.repeat(5_000_000)});
    expect(text.length).toBeLessThan(2_100);
    expect(text).toContain('... 4998000 more characters');
    expect(clampLine('x'.repeat(2_010))).toBe(`${'x'.repeat(2_000)}… (10 more characters)`);
  });
});
