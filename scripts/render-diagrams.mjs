#!/usr/bin/env node
// Draws the ```mermaid diagrams at the top of the chapters (both languages) once, in Debian's Chromium with
// the site's Mermaid (node_modules/mermaid) and settings, in its light and dark theme, into
// src/theme/Mermaid/prerendered.json (diagram source → SVG with both themes' styles). The server
// puts that SVG into the page, so a diagram costs the reader's browser no JavaScript at all: a
// diagram in the first screen used to load and run Mermaid during page load (on /coroutine a
// ~140 ms task and a layout shift). Run it after changing such a diagram; a diagram missing
// from the file is drawn in the browser as before (a unit test says which).
// Usage: node scripts/render-diagrams.mjs
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/theme/Mermaid/prerendered.json');
/** What the browser build gets: which sources were drawn ahead, without the drawings. */
const CLIENT_OUT = path.join(root, 'src/theme/Mermaid/prerendered-client.json');
const DIRS = ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'];
/** As in docusaurus.config.ts (themeConfig.mermaid). */
const THEMES = {light: 'neutral', dark: 'dark'};
const OPTIONS = JSON.parse(fs.readFileSync(path.join(root, 'src/theme/Mermaid/options.json'), 'utf8'));

/**
 * The source of every ```mermaid block in a page's opening section (before its second heading),
 * as Docusaurus passes it to the Mermaid component: those may be in the first screen, where
 * Mermaid would run while the page loads and the drawing would push the text down. Diagrams
 * further down cost nothing at load (Mermaid draws them when the reader scrolls near), and
 * drawing them ahead would only make the page's HTML bigger (a state diagram is ~11 KB gzipped).
 */
export function openingDiagrams(base = root) {
  return DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(base, dir), {recursive: true, encoding: 'utf8'})
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => {
        const text = fs.readFileSync(path.join(base, dir, f), 'utf8');
        const opening = text.split(/^#{2,6} /m).slice(0, 2).join('');
        return [...opening.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
      }),
  );
}

/** Splits a flat stylesheet into its top-level rules: [prelude, body]. */
function rules(css) {
  const out = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{' && depth++ === 0) open = i;
    else if (css[i] === '}' && --depth === 0) {
      out.push([css.slice(start, open).trim(), css.slice(open + 1, i)]);
      start = i + 1;
    }
  }
  return out;
}

/** The dark theme's rules, each applying only under `[data-theme='dark']` (so they win there). */
function darkOnly(css) {
  return rules(css)
    .filter(([prelude]) => !prelude.startsWith('@')) // @keyframes: the same in both themes
    .map(([prelude, body]) => `${prelude.split(',').map((s) => `[data-theme='dark'] ${s.trim()}`).join(',')}{${body}}`)
    .join('');
}

const STYLE = /<style>([\s\S]*?)<\/style>/;

async function main() {
  const sources = [...new Set(openingDiagrams())];
  const args = JSON.parse(fs.readFileSync(path.join(root, 'scripts/chromium-args.json'), 'utf8'));
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args});
  const result = {};
  for (const source of sources) {
    const svgs = {};
    // Ids unique on a page: the diagram's own stylesheet and arrowheads are scoped by it.
    const id = `lab-diagram-${crypto.createHash('sha1').update(source).digest('hex').slice(0, 10)}`;
    for (const [mode, theme] of Object.entries(THEMES)) {
      // A fresh page each time: Mermaid numbers the elements it draws per page.
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><body><div style="width: 900px"></div></body></html>');
      await page.addScriptTag({path: path.join(root, 'node_modules/mermaid/dist/mermaid.min.js')});
      svgs[mode] = await page.evaluate(
        async ([text, config, id]) => {
          const {mermaid} = window;
          mermaid.initialize({startOnLoad: false, ...config});
          return (await mermaid.render(id, text)).svg;
        },
        [source, {...OPTIONS, theme}, mode === 'light' ? id : `${id}-dark`],
      );
      await page.close();
    }
    // Mostly the themes differ only in their stylesheet: one drawing, with the dark rules added.
    // Some diagrams (quadrant charts) write their colours into the shapes: then both drawings,
    // and the page's CSS shows the one of its mode.
    const dark = svgs.dark.replaceAll(`${id}-dark`, id);
    const sameShapes = svgs.light.replace(STYLE, '') === dark.replace(STYLE, '');
    result[source] = sameShapes
      ? svgs.light.replace(STYLE, (m) => `${m}<style>${darkOnly(STYLE.exec(dark)[1])}</style>`)
      : `<div class="lab-diagram-light">${svgs.light}</div><div class="lab-diagram-dark">${svgs.dark}</div>`;
    console.log(`drawn: ${source.split('\n')[0]} … (${Math.round(result[source].length / 1024)} KiB)`);
  }
  await browser.close();
  fs.writeFileSync(OUT, `${JSON.stringify(result, null, 1)}\n`);
  fs.writeFileSync(CLIENT_OUT, `${JSON.stringify(Object.fromEntries(Object.keys(result).map((k) => [k, ''])), null, 1)}\n`);
  console.log(`${sources.length} diagrams → ${path.relative(root, OUT)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
