import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {Highlight, type HighlightProps, type PrismTheme} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {codeTheme, codeThemeCss, darkCodeTheme, lightCodeTheme} from '../../src/lib/code-themes';
import {exampleSources, fenceSources} from './fixtures/course-code';

// The site's code blocks use one theme whose colours are CSS variables (so their server HTML
// is right in both colour modes). Each token must still look exactly as the light or the dark
// theme draws it, on every example and code fence of the course.
const sources = exampleSources;
const fences = fenceSources;

type Look = {color?: string; fontStyle?: string; opacity?: string};

/** Every token's style as prism-react-renderer gives it under a theme. */
function looks(theme: PrismTheme, code: string): Look[] {
  const out: Look[] = [];
  renderToStaticMarkup(
    React.createElement(Highlight, {theme, code, language: 'ts', children: (({tokens, getLineProps, getTokenProps}) => {
      for (const line of tokens) {
        const {color} = getLineProps({line}).style ?? {};
        for (const token of line) {
          const s = getTokenProps({token}).style ?? {};
          out.push({color: (s.color as string) ?? (color as string), fontStyle: s.fontStyle as string, opacity: s.opacity === undefined ? undefined : String(s.opacity)});
        }
      }
      return null;
    }) as HighlightProps['children']}),
  );
  return out;
}

function variablesOf(mode: 'light' | 'dark'): Map<string, string> {
  const vars = new Map<string, string>();
  const blocks = [...codeThemeCss.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter(([, sel]) => sel.includes(':root') || (mode === 'dark' && sel.includes('dark')));
  for (const [, , body] of blocks) for (const [, k, v] of body.matchAll(/(--[\w-]+):\s*([^;]+);/g)) vars.set(k, v.trim());
  return vars;
}

/** Resolves `var(--x)` the way a browser does: an unset (`initial`) variable leaves the property unset. */
function resolve(look: Look, vars: Map<string, string>, lineColor: string): Look {
  const value = (v?: string) => {
    if (v === undefined) return undefined;
    const m = /^var\((--[\w-]+)\)$/.exec(v);
    if (!m) return v;
    const x = vars.get(m[1]);
    return x === undefined || x === 'initial' ? undefined : x;
  };
  return {color: value(look.color) ?? lineColor, fontStyle: value(look.fontStyle), opacity: value(look.opacity)};
}

describe('the variable code theme', () => {
  it('finds the code', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(fences.length).toBeGreaterThan(0);
  });

  for (const [mode, theme] of [['light', lightCodeTheme], ['dark', darkCodeTheme]] as const) {
    it(`draws every token as the ${mode} theme does`, () => {
      const vars = variablesOf(mode);
      const lineColor = vars.get('--lab-code-color')!;
      expect(lineColor).toBe(theme.plain.color);
      expect(vars.get('--lab-code-background')).toBe(theme.plain.backgroundColor);
      for (const code of [...sources, ...fences]) {
        const want = looks(theme, code).map((l) => ({...l, color: l.color ?? lineColor}));
        const got = looks(codeTheme, code).map((l) => resolve(l, vars, lineColor));
        expect(got).toEqual(want);
      }
    });
  }
});
