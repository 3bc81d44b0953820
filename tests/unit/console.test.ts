import {Console} from 'node:console';
import {Writable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {createConsole, formatTime} from '../../sandbox/worker/console/console';
import {cleanStack} from '../../sandbox/worker/console/stack';

type Program = (c: Console) => void;

/** What Node's own console prints for a program (stdout and stderr together, in order). */
function node(program: Program, clock: {t: number}): string {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  const c = new Console({stdout: stream, stderr: stream});
  // console.time reads the monotonic clock: hand both consoles the same fake one.
  const hr = process.hrtime;
  process.hrtime = Object.assign((prev?: [number, number]) => {
    const ns = BigInt(Math.round(clock.t * 1e6));
    const now: [number, number] = [Number(ns / 1_000_000_000n), Number(ns % 1_000_000_000n)];
    if (!prev) return now;
    return [now[0] - prev[0], now[1] - prev[1]] as [number, number];
  }, {bigint: () => BigInt(Math.round(clock.t * 1e6))});
  try {
    program(c);
  } finally {
    process.hrtime = hr;
  }
  return text;
}

/** What ours prints for the same program, with levels. */
function ours(program: Program, clock: {t: number}): {text: string; levels: string[]} {
  const lines: string[] = [];
  const levels: string[] = [];
  const c = createConsole({
    write: (level, text) => {
      levels.push(level);
      lines.push(text());
    },
    now: () => clock.t,
  });
  program(c as unknown as Console);
  return {text: lines.map((l) => `${l}\n`).join(''), levels};
}

function same(program: Program) {
  const a = {t: 1000};
  const b = {t: 1000};
  const clockedProgram = (clock: {t: number}) => (c: Console) => {
    (c as unknown as {tick: (ms: number) => void}).tick = (ms) => {
      clock.t += ms;
    };
    program(c);
  };
  expect(ours(clockedProgram(b), b).text).toBe(node(clockedProgram(a), a));
}

const tick = (c: Console, ms: number) => (c as unknown as {tick: (ms: number) => void}).tick(ms);

describe('the console prints what Node prints', () => {
  it('log, info, debug, warn, error and dirxml with substitutions', () => {
    same((c) => {
      c.log('%s has %d items', 'list', 3);
      c.info('%o', {a: [1]});
      c.debug('%O', {deep: {er: {than: {two: 1}}}});
      c.warn('%cstyled', 'color: red');
      c.error(new Map([['k', 1]]), new Set([1]), -0, 10n);
      c.dirxml({a: 1});
    });
  });

  it('group, groupCollapsed and groupEnd indent every line, nested', () => {
    same((c) => {
      c.group('outer');
      c.log('in outer');
      c.groupCollapsed();
      c.log({a: {b: 1}, c: 'x'.repeat(70), d: [1, 2, 3]});
      c.groupEnd();
      c.log('back in outer');
      c.groupEnd();
      c.groupEnd();
      c.log('top');
    });
  });

  it('count and countReset', () => {
    same((c) => {
      c.count();
      c.count();
      c.count('apples');
      c.count('default');
      c.countReset();
      c.count();
      c.count(42 as unknown as string);
    });
  });

  it('time, timeLog and timeEnd in ms, s and m:ss.mmm', () => {
    same((c) => {
      c.time();
      tick(c, 12.3456);
      c.timeLog();
      c.time('load');
      tick(c, 1500);
      c.timeLog('load', 'step', {n: 1});
      c.timeEnd('load');
      tick(c, 61_234);
      c.timeEnd();
    });
  });

  it('assert prints only when the assertion fails, as a warning', () => {
    same((c) => {
      c.assert(true, 'never printed');
      c.assert(false, 'x is %d', 5);
      c.assert(0 as unknown as boolean, {a: 1} as unknown as string, 2);
      c.assert(false);
    });
  });

  it('dir prints one value, ignoring the rest', () => {
    same((c) => {
      c.dir({a: {b: {c: {d: 1}}}});
      c.dir({a: {b: {c: {d: 1}}}}, {depth: 0});
      c.dir('text', 'ignored');
    });
  });

  it('table for arrays, objects, maps, sets, a column filter and wide characters', () => {
    same((c) => {
      c.table([
        {a: 1, b: 'Y'},
        {a: 'Z', b: 2},
      ]);
      c.table({x: {a: 1}, y: 3});
      c.table(new Map<unknown, unknown>([['k', {q: 1}], [{o: 1}, [1, 2, 3, 4]]]));
      c.table(new Set(['s', 1]));
      c.table([[1, 2], [3]]);
      c.table(['中文', 'ab']);
      c.table([{a: 1, b: 2, c: 3}], ['a', 'c']);
      c.table([{nested: {p: 1, q: 2, r: 3}}]);
      c.table('not tabular');
    });
  });

  it('trace starts with Trace: and the message', () => {
    const {text, levels} = ours((c) => c.trace('at %d', 3), {t: 0});
    expect(text.split('\n')[0]).toBe('Trace: at 3');
    expect(text).toMatch(/\n {4}at /);
    expect(levels).toEqual(['debug']);
  });

  it('sends warn, error and assert at their own levels', () => {
    const {levels} = ours((c) => {
      c.log('a');
      c.warn('b');
      c.error('c');
      c.assert(false);
      c.countReset('nothing');
    }, {t: 0});
    expect(levels).toEqual(['log', 'warn', 'error', 'warn', 'warn']);
  });

  it('warns about labels that do not exist, as Node does (in words, without the process id)', () => {
    const {text} = ours((c) => {
      c.countReset('nope');
      c.timeEnd('nope');
      c.time('t');
      c.time('t');
    }, {t: 0});
    expect(text).toBe(
      [
        "Warning: Count for 'nope' does not exist",
        "Warning: No such label 'nope' for console.timeEnd()",
        "Warning: Label 't' already exists for console.time()",
        '',
      ].join('\n'),
    );
  });
});

describe('formatTime', () => {
  it('matches the shapes of Node', () => {
    expect(formatTime(0.12345)).toBe('0.123ms');
    expect(formatTime(999.9)).toBe('999.9ms');
    expect(formatTime(1234.6)).toBe('1.235s');
    expect(formatTime(62_345)).toBe('1:02.345 (m:ss.mmm)');
    expect(formatTime(3_723_456)).toBe('1:02:03.456 (h:mm:ss.mmm)');
  });
});

describe('cleanStack', () => {
  it("shows the reader's module as example.ts and drops the runtime's own frames", () => {
    const stack = [
      'Error: boom',
      '    at f (blob:http://localhost:4311/6c0f2a6e-1b2c-4d5e-8f90-123456789abc:3:9)',
      '    at blob:http://localhost:4311/6c0f2a6e-1b2c-4d5e-8f90-123456789abc:5:1',
      '    at Object.runModule (http://localhost:4311/runner-assets/runner.0a1b2c3d.js:1:2345)',
      '    at async Object.runModule (http://localhost:4311/runner-assets/runner.0a1b2c3d.js:1:999)',
      '    at Array.map (<anonymous>)',
    ].join('\n');
    expect(cleanStack(stack)).toBe(
      ['Error: boom', '    at f (example.ts:3:9)', '    at example.ts:5:1', '    at Array.map (<anonymous>)'].join('\n'),
    );
  });

  it('leaves ordinary text alone', () => {
    expect(cleanStack('see http://example.com:80:1 for more')).toBe('see http://example.com:80:1 for more');
  });
});
