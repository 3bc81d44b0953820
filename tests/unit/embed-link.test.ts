import {describe, expect, it} from 'vitest';
import {embedPathFrom, embedUrl, iframeHeight, iframeSnippet, MAX_IFRAME_HEIGHT} from '../../src/lib/embed-link';
import {parseHash} from '../../src/lib/share-link';

describe('embed links', () => {
  it('finds the embed page from a chapter or from an embed page, in both languages', () => {
    expect(embedPathFrom('/process', '/', 'own-memory')).toBe('/embed/process/own-memory');
    expect(embedPathFrom('/en/process/', '/en/', 'own-memory')).toBe('/en/embed/process/own-memory');
    expect(embedPathFrom('/en/embed/process/own-memory', '/en/', 'own-memory')).toBe('/en/embed/process/own-memory');
  });

  it('carries edited code in the hash, readable as a share link', () => {
    const url = embedUrl('https://school.example', '/embed/process/x', 'x', 'console.log("é")');
    expect(url.startsWith('https://school.example/embed/process/x#x/code/')).toBe(true);
    expect(parseHash(new URL(url).hash)).toEqual({kind: 'code', id: 'x', code: 'console.log("é")'});
    expect(embedUrl('https://school.example', '/embed/process/x', 'x')).toBe('https://school.example/embed/process/x');
  });

  it('fits the height to the code, within bounds', () => {
    expect(iframeHeight('a\n'.repeat(10))).toBeGreaterThan(iframeHeight('a'));
    expect(iframeHeight('a')).toBeGreaterThan(400); // room for the toolbar, output and timeline
    expect(iframeHeight('a\n'.repeat(500))).toBe(MAX_IFRAME_HEIGHT);
  });

  it('writes an iframe with a title, lazy loading and the isolation permission, escaping quotes', () => {
    const html = iframeSnippet({src: 'https://s.example/embed/p/x#x/code/a"b', title: 'Lab "x"', height: 500});
    const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(html)?.[1];
    expect(attr('src')).toBe('https://s.example/embed/p/x#x/code/a&quot;b');
    expect(attr('title')).toBe('Lab &quot;x&quot;');
    expect(attr('loading')).toBe('lazy');
    expect(attr('allow')).toBe('cross-origin-isolated');
    expect(attr('height')).toBe('500');
    expect(html.endsWith('></iframe>')).toBe(true);
  });
});
