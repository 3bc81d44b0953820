import {describe, expect, it} from 'vitest';
import {compile, CompileError, parseBindings} from '../../sandbox/worker/compile/compile';

const LAB = 'blob:lab-module';

function caught(fn: () => unknown): CompileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CompileError);
    return e as CompileError;
  }
  throw new Error('expected a CompileError');
}

describe('compile', () => {
  it('strips types, keeps lines, and points lab imports at the lab module', () => {
    const src = [
      "import { sleep, work as w } from 'lab';",
      'interface Point { x: number }',
      'const p: Point = { x: 1 };',
      'enum Color { Red, Green }',
      'await sleep(10);',
      'console.log(p.x as number, Color.Green, w);',
    ].join('\n');
    const {js, bindings} = compile(src, LAB);
    expect(js).toContain(`from '${LAB}'`);
    expect(js).not.toContain('interface');
    expect(js.split('\n')[4]).toContain('await sleep(10)');
    expect(js.split('\n')[5]).toContain('console.log(p.x');
    expect(bindings).toEqual({sleep: 'sleep', w: 'work'});
  });

  it('reports a syntax error with its line and column', () => {
    const error = caught(() => compile('let a: number = 1;\nlet b = (;\n', LAB));
    expect(error.location?.line).toBe(2);
    expect(error.message).not.toMatch(/\(\d+:\d+\)$/);
  });

  it('refuses modules other than lab, naming the line', () => {
    const error = caught(() => compile('const a = 1;\nimport fs from "fs";\nfs.readFileSync(a);', LAB));
    expect(error.message).toMatch(/only import from "lab"/);
    expect(error.location?.line).toBe(2);
  });

  it('refuses dynamic import()', () => {
    expect(() => compile('await import("lab")', LAB)).toThrowError(/Dynamic import/);
  });

  it('keeps a module with no imports as it is, apart from types', () => {
    const {js, bindings} = compile('const n: number = 2;\nconsole.log(n * 2);', LAB);
    expect(js).toBe('const n = 2;\nconsole.log(n * 2);');
    expect(bindings).toEqual({});
  });

  it('compiles a BOM and CRLF source', () => {
    const {js} = compile('\uFEFFconst s: string = "a";\r\nconsole.log(s);', LAB);
    expect(js.startsWith('const s =')).toBe(true);
  });
});

describe('parseBindings', () => {
  it('reads named, renamed, namespace and type-only imports', () => {
    expect(parseBindings("import { a, b as c, type T } from '")).toEqual({a: 'a', c: 'b'});
    expect(parseBindings("import * as lab from '")).toEqual({lab: '*'});
    expect(parseBindings("import type { T } from '")).toEqual({});
  });
});
