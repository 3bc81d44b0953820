/**
 * Which programs the fast compiler (sucrase) must not compile: constructs it does not support
 * (it throws or emits code a browser rejects) and layouts it reads differently from tsc, found
 * by a scan of the code with comments and string contents blanked. A false alarm costs only
 * speed (TypeScript's own compiler runs instead); a miss would change what a program means,
 * so every pattern errs on the side of seeing too much. tests/unit/compile-differential.test.ts
 * holds both compilers to the same output.
 */

/** The reason the program needs TypeScript's compiler, or null for the fast path. */
export function needsTypeScript(source: string): string | null {
  const code = blankLiterals(source);
  for (const [reason, test] of CHECKS) if (test(code)) return reason;
  return null;
}

const CHECKS: [string, (code: string) => boolean][] = [
  // Sucrase drops namespaces that merge or nest (`ReferenceError` at run time).
  ['namespace', (c) => /(^|[^\w$.])(namespace|module)\s+[A-Za-z_$][\w$.]*\s*\{/m.test(c)],
  // TS 5 standard decorators and `accessor` fields: sucrase leaves them for the browser, which rejects them.
  ['decorator', (c) => /@\s*[A-Za-z_$(]/.test(c)],
  ['accessor', (c) => /(^|[^\w$.])accessor\s+[A-Za-z_$#[]/m.test(c)],
  // `using` / `await using`: downlevelled so it runs in every browser.
  ['using', (c) => /(^|[^\w$.])using\s+[A-Za-z_$[{]/m.test(c)],
  // Parameter properties: tsc declares them as fields first, which changes the key order.
  ['parameter property', hasParameterProperty],
  // A line starting with `(`, `[` or a template after a type or interface: sucrase may read
  // it as part of the type.
  ['ASI after a type', asiAfterType],
];

function hasParameterProperty(code: string): boolean {
  const re = /(^|[^\w$.])constructor\s*\(/gm;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const params = balanced(code, m.index + m[0].length - 1);
    if (/(^|[(,\s])(public|private|protected|readonly|override)\s+[A-Za-z_$[{]/.test(params)) return true;
  }
  return false;
}

/** The text from the bracket at `open` to its match (or the end). */
function balanced(code: string, open: number): string {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return code.slice(open, i + 1);
  }
  return code.slice(open);
}

function asiAfterType(code: string): boolean {
  if (!/(^|[^\w$.])(type|interface)\s+[A-Za-z_$]/m.test(code)) return false;
  const lines = code.split('\n');
  let previous = '';
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    if (/^[([`+\-/<]/.test(t) && !/[;{]$/.test(previous)) return true;
    previous = t;
  }
  return false;
}

/**
 * The code with comments and the insides of string and template literals replaced by spaces
 * (newlines kept), so that words in text never look like syntax. Regex literals are left as
 * they are: at worst they cause a false alarm.
 */
export function blankLiterals(source: string): string {
  return source.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\[\s\S]|[^'\\\n])*'|"(?:\\[\s\S]|[^"\\\n])*"|`(?:\\[\s\S]|\$\{(?:[^{}]|\{[^{}]*\})*\}|[^`\\])*`/g,
    (m) => {
      const keep = m[0] === '`' || m[0] === "'" || m[0] === '"' ? m[0] : '';
      const inner = m.replace(/[^\n]/g, ' ');
      return keep ? keep + inner.slice(1, -1) + keep : inner;
    },
  );
}
