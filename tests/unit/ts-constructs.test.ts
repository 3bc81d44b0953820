import {describe, expect, it} from 'vitest';
import {blankLiterals, needsTypeScript} from '../../sandbox/worker/compile/ts-constructs';

describe('needsTypeScript', () => {
  it.each([
    ['namespace', 'namespace A { export const x = 1; }\nnamespace A { export const y = x; }'],
    ['namespace', 'module Legacy.Inner { export const x = 1; }'],
    ['decorator', '@sealed class A {}'],
    ['decorator', 'class A { @logged m() {} }'],
    ['accessor', 'class A { accessor n = 1; }'],
    ['accessor', 'class A { static accessor #n = 1; }'],
    ['using', "{ using r = open('x'); }"],
    ['using', 'await using conn = connect();'],
    ['parameter property', 'class P { constructor(public x: number, y = f(1)) {} }'],
    ['parameter property', 'class P {\n  constructor(\n    private readonly log: string[],\n  ) {}\n}'],
    ['ASI after a type', 'type P = [number, number]\n[1, 2].forEach(console.log)'],
    ['ASI after a type', 'interface B { v: number }\n(() => 1)()'],
    ['ASI after a type', 'type F = () => void\n`tagged?`'],
  ])('sends %s to TypeScript', (reason, source) => {
    expect(needsTypeScript(source)).toBe(reason);
  });

  it.each([
    ["console.log('user@example.com', \"namespace Foo {\", `using x = 1`);"],
    ['// @decorator in a comment\n/* namespace N { } */\nconst a = 1;'],
    ['class A { private items: number[] = []; constructor(n: number) { this.items.push(n); } }'],
    ['const using = 1;\nconsole.log(using);'],
    ['type P = [number, number];\n[1, 2].forEach(console.log);'],
    ['const t = (1);\n[1, 2].forEach(console.log)'],
  ])('keeps the fast path for %j', (source) => {
    expect(needsTypeScript(source)).toBeNull();
  });
});

describe('blankLiterals', () => {
  it('blanks comments and string contents, keeping lines and quotes', () => {
    expect(blankLiterals("a('@x') // @y\nb(`u${'@'}v`)")).toBe(`a('  ')${' '.repeat(6)}\nb(\`${' '.repeat(8)}\`)`);
  });
});
