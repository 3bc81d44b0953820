import {describe, expect, it} from 'vitest';
import {compile, compileExample, CompileError} from '../../sandbox/worker/compile/compile';
import {firstSourceLines, onSourceLines, transpileWithTypeScript} from '../../sandbox/worker/compile/compile-ts';

const LAB = 'blob:lab-module';
const typescript = async () => transpileWithTypeScript;

describe("TypeScript's compiler, on the reader's lines", () => {
  const source = [
    "import {sleep} from 'lab';", // 1
    'function logged(fn: Function, _ctx: ClassMethodDecoratorContext) {', // 2
    '  return fn;', // 3
    '}', // 4
    'class A {', // 5
    '  @logged m() { return `two', // 6
    'lines`; }', // 7
    '}', // 8
    'namespace N { export const x = 1 }', // 9
    'await sleep(1);', // 10
    'const broken: any = null;', // 11
    'console.log(new A().m(), N.x, broken.field);', // 12
  ].join('\n');

  it('puts every statement on the line the reader wrote it', async () => {
    const {js, compiler, bindings} = await compileExample(source, LAB, typescript);
    expect(compiler).toBe('typescript');
    expect(bindings).toEqual({sleep: 'sleep'});
    const lines = js.split('\n');
    expect(lines[0]).toContain(`from '${LAB}'`);
    expect(lines[1]).toMatch(/^function logged\(fn, _ctx\) \{/);
    expect(lines[8]).toMatch(/^var N; \(function \(N\)/);
    expect(lines[9]).toBe('await sleep(1);');
    expect(lines[11]).toBe('console.log(new A().m(), N.x, broken.field);');
  });

  it('keeps a template literal over two lines as it was', () => {
    const js = transpileWithTypeScript(source.split('\n').slice(1, 8).join('\n') + '\nconsole.log(new A().m());');
    const printed: unknown[] = [];
    new Function('console', js)({log: (...a: unknown[]) => printed.push(...a)});
    expect(printed).toEqual(['two\nlines']);
  });

  it('reports a syntax error with its line, as tsc words it', async () => {
    await expect(compileExample('namespace N {}\nlet x = (;\n', LAB, typescript)).rejects.toMatchObject({
      location: {line: 2},
      message: 'Expression expected.',
    });
    expect(() => compile('let x = (;', LAB, transpileWithTypeScript)).toThrow(CompileError);
  });

  it('tries TypeScript when sucrase cannot parse a program', async () => {
    // Sucrase (3.35) does not parse `accessor` inside a class expression; tsc does.
    const src = 'const C = class { static accessor n = 1 };\nconsole.log(C.n);';
    const {compiler} = await compileExample(src, LAB, typescript);
    expect(compiler).toBe('typescript');
  });
});

describe('onSourceLines', () => {
  it('pads lines down to their source line and joins the lines one statement became', () => {
    expect(onSourceLines('a;\nb;\nc;\nd;\n', [1, undefined, 4, 4])).toBe('a; b;\n\n\nc; d;\n');
  });

  it('reads the source lines of a source map', () => {
    // AAAA: line 1; AACA: one line further; ;; a line with no mapping
    expect(firstSourceLines('AAAA;AACA;;AAEA')).toEqual([1, 2, undefined, 4]);
  });
});
