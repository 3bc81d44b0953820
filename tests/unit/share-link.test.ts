import {describe, expect, it} from 'vitest';
import {compressToEncodedURIComponent} from 'lz-string';
import {codeHash, MAX_LINK_CODE_CHARS, parseHash} from '../../src/lib/share-link';

describe('share links', () => {
  it('round-trips code exactly, including CRLF, a BOM, RTL text and emoji', () => {
    const code = '\uFEFFconst s = "שלום 🧵";\r\nconsole.log(s, "并发");\n';
    const parsed = parseHash(codeHash('two-tasks', code));
    expect(parsed).toEqual({kind: 'code', id: 'two-tasks', code});
  });

  it('reads a plain anchor and an empty hash', () => {
    expect(parseHash('#why-processes')).toEqual({kind: 'anchor', id: 'why-processes'});
    expect(parseHash('')).toEqual({kind: 'none'});
    expect(parseHash('#')).toEqual({kind: 'none'});
  });

  it('calls a corrupt or truncated value mangled, never code', () => {
    expect(parseHash('#ex/code/%%%not-lz')).toEqual({kind: 'mangled', id: 'ex'});
    expect(parseHash('#ex/code/')).toEqual({kind: 'mangled', id: 'ex'});
    const good = codeHash('ex', 'console.log("hello world, this is long enough to be cut")');
    const cut = good.slice(0, good.length - 12);
    expect(parseHash(cut).kind).not.toBe('code');
  });

  it('refuses a value that decompresses to more than the limit', () => {
    const huge = compressToEncodedURIComponent('x'.repeat(MAX_LINK_CODE_CHARS + 1));
    expect(parseHash(`#ex/code/${huge}`)).toEqual({kind: 'mangled', id: 'ex'});
  });
});
