import {describe, expect, it} from 'vitest';
import {embedPathFrom, embedUrl, HEIGHT_MESSAGE, iframeHeight, iframeSnippet, MAX_FRAME_HEIGHT, MAX_IFRAME_HEIGHT, MIN_FRAME_HEIGHT, resizeScript} from '../../src/lib/embed-link';
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
    expect(html).toMatch(/<\/iframe><script>[^<]*<\/script>$/);
    expect(html).toContain(resizeScript('https://s.example'));
  });

  it('the script resizes only its own frame, on a height message from the embed origin, within bounds', () => {
    const frameWindow = {};
    const frame = {contentWindow: frameWindow, style: {height: ''}};
    let listener: (e: {source: unknown; origin: string; data: unknown}) => void = () => {};
    const body = resizeScript('https://s.example').replace(/^<script>|<\/script>$/g, '');
    new Function('document', 'addEventListener', body)({currentScript: {previousElementSibling: frame}}, (type: string, fn: typeof listener) => {
      if (type === 'message') listener = fn;
    });
    const post = (data: unknown, source: unknown = frameWindow, origin = 'https://s.example') => listener({source, origin, data});

    post({type: HEIGHT_MESSAGE, height: 1234});
    expect(frame.style.height).toBe('1234px');
    post({type: HEIGHT_MESSAGE, height: 99_999});
    expect(frame.style.height).toBe(`${MAX_FRAME_HEIGHT}px`);
    post({type: HEIGHT_MESSAGE, height: 'a lot'});
    expect(frame.style.height).toBe(`${MIN_FRAME_HEIGHT}px`);
    frame.style.height = '700px';
    post({type: HEIGHT_MESSAGE, height: 900}, {}); // another frame's window
    post({type: HEIGHT_MESSAGE, height: 900}, frameWindow, 'https://evil.example');
    post({type: 'something-else', height: 900});
    post(null);
    expect(frame.style.height).toBe('700px');
  });
});
