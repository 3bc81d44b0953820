import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {Highlight, type HighlightProps, type Token, type TokenOutputProps} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {codeTheme, codeThemeCss} from '../../src/lib/code-themes';
import {tokenRuns} from '../../src/lib/code-runs';
import {exampleSources} from './fixtures/course-code';

// A code line is drawn as runs (plain text bare, whitespace joined to a neighbour, alike
// neighbours merged, colours as classes): every visible character must look as its Prism token does.
const sources = exampleSources;

type Line = {tokens: Token[]; getTokenProps: (i: {token: Token}) => TokenOutputProps};
function linesOf(code: string): Line[] {
  const out: Line[] = [];
  renderToStaticMarkup(
    React.createElement(Highlight, {theme: codeTheme, code, language: 'ts', children: (({tokens, getTokenProps}) => {
      for (const line of tokens) out.push({tokens: line, getTokenProps});
      return null;
    }) as HighlightProps['children']}),
  );
  return out;
}

/** What each class sets, read from the CSS the site ships. */
const classRules = new Map([...codeThemeCss.matchAll(/\.([\w-]+)\{([\w-]+):([^}]+)\}/g)].map(([, cls, prop, value]) => [cls, [prop, value]]));
const cssName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One look per character: the properties set on it, as `prop:value` sorted. */
const look = (entries: [string, string][]) => entries.map(([k, v]) => `${k}:${v}`).sort().join(';');

describe('code lines as runs', () => {
  it('finds the examples', () => expect(sources.length).toBeGreaterThan(10));

  it('draws every visible character as its token does, and keeps the text', () => {
    for (const code of sources) {
      for (const {tokens, getTokenProps} of linesOf(code)) {
        const runs = tokenRuns(tokens, getTokenProps);
        expect(runs).not.toBeNull();
        const want = tokens.flatMap((token) =>
          [...token.content].map((ch) => [ch, look(Object.entries(getTokenProps({token}).style ?? {}).map(([k, v]) => [cssName(k), String(v)]))]),
        );
        const got = runs!.flatMap((r) =>
          [...r.text].map((ch) => [ch, look(r.className.split(' ').filter(Boolean).map((c) => classRules.get(c) as [string, string]))]),
        );
        const text = tokens.length === 1 && tokens[0].content === '\n' ? '' : tokens.map((t) => t.content).join('');
        expect(got.map(([ch]) => ch).join('')).toBe(text);
        expect(got.filter(([ch]) => /\S/.test(ch))).toEqual(want.filter(([ch]) => /\S/.test(ch)));
      }
    }
  });

  it('needs far fewer elements than one per token', () => {
    let tokens = 0;
    let spans = 0;
    for (const code of sources) {
      for (const line of linesOf(code)) {
        tokens += line.tokens.length;
        spans += tokenRuns(line.tokens, line.getTokenProps)!.filter((r) => r.className).length;
      }
    }
    expect(spans).toBeLessThan(tokens * 0.6);
  });

  it('gives up on a style that is not a theme variable', () => {
    const token: Token = {types: ['keyword'], content: 'const'};
    expect(tokenRuns([token], () => ({className: 'token keyword', style: {color: 'red'}, children: 'const'}))).toBeNull();
  });
});
