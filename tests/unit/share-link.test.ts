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

describe('share links that decompress to far more than they are', () => {
  it('are mangled, found out within the limit rather than after building everything', async () => {
    const {decompressFromEncodedURIComponent} = await import('lz-string');
    const {lzBomb} = await import('../shared/lz-bomb');
    // Small enough for lz-string itself to finish: it really is that big.
    expect(decompressFromEncodedURIComponent(lzBomb(3000))!.length).toBeGreaterThan(MAX_LINK_CODE_CHARS * 5);
    const bomb = lzBomb(150_000);
    const t0 = performance.now();
    expect(parseHash(`#ex/code/${bomb}`)).toEqual({kind: 'mangled', id: 'ex'});
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('decode the same way lz-string does', async () => {
    const {decompressBounded} = await import('../../src/lib/lz-bounded');
    const {decompressFromEncodedURIComponent} = await import('lz-string');
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 200; n++) {
      const text = Array.from({length: Math.floor(rand() * 400)}, () => String.fromCharCode(rand() < 0.8 ? 32 + Math.floor(rand() * 90) : Math.floor(rand() * 0x9fff))).join('');
      const packed = compressToEncodedURIComponent(text);
      expect(decompressBounded(packed, MAX_LINK_CODE_CHARS)).toBe(decompressFromEncodedURIComponent(packed));
      const cut = packed.slice(0, Math.floor(rand() * packed.length)) || 'A';
      expect(decompressBounded(cut, MAX_LINK_CODE_CHARS)).toBe(decompressFromEncodedURIComponent(cut));
    }
  });

  it('read the id of a hash that is not valid percent-encoding as it stands, without throwing', async () => {
    const {hashId} = await import('../../src/lib/hash-id');
    expect(hashId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(hashId('#%E7%BA%BF%E7%A8%8B')).toBe('线程');
    expect(hashId('#')).toBeNull();
  });

  it('decode once per hash, and only for the example they point at', async () => {
    const {linkFor} = await import('../../src/lib/share-link');
    const {hashId} = await import('../../src/lib/hash-id');
    const hash = codeHash('two-tasks', 'console.log(1)');
    expect(hashId(hash)).toBe('two-tasks');
    expect(linkFor(hash, 'other')).toBeNull();
    const first = linkFor(hash, 'two-tasks');
    expect(first).toEqual({kind: 'code', id: 'two-tasks', code: 'console.log(1)'});
    expect(linkFor(hash, 'two-tasks')).toBe(first);
  });
});
