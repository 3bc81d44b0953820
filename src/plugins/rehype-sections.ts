/**
 * Wraps each `##` part of a chapter, from its heading to the next one, in a
 * `<section class="lab-section">`, so that the browser can skip the style and layout of the parts
 * far from the viewport (`content-visibility: auto` in custom.css). On a throttled phone, laying
 * out all of /thread took about 650 ms of main-thread time at load, spread over the relayouts
 * while the HTML streams in.
 *
 * Until a section has been drawn once, the CSS estimates its height from two figures it carries:
 * `--lab-prose`, the width of its prose in half-em units (a CJK character is two), and
 * `--lab-fixed`, the pixels of its code and of the fixed parts of its examples. The estimate only
 * sets the scroll length: a section near the viewport, or one a link points into, is drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from 'unified';
import {RAW_IMPORT} from './example-registry';

type Node = {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  children?: Node[];
  properties?: Record<string, unknown>;
  attributes?: {type: string; name?: string; value?: unknown}[];
};

const CODE_LINE_PX = 22;
/** What an example draws besides its code, before it runs: title, toolbar, empty output. */
const COMPONENT_PX: Record<string, number> = {Example: 180, Exercise: 260, Predict: 160, ExampleChart: 320, QuadrantLab: 560};

const width = (text: string) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const flatText = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(flatText).join('');

/** The chapter's `?raw` imports (example-registry.ts reads the same): the code each name stands for, in lines. */
function rawImports(tree: Node): Map<string, number> {
  const lines = new Map<string, number>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const line of (node.value ?? '').split('\n')) {
      const [, name, spec] = RAW_IMPORT.exec(line) ?? [];
      const source = spec?.startsWith('@site/') ? path.join(process.cwd(), spec.slice('@site/'.length)) : null;
      if (source && fs.existsSync(source)) lines.set(name, fs.readFileSync(source, 'utf8').split('\n').length);
    }
  }
  return lines;
}

function measure(node: Node, code: Map<string, number>, sum = {prose: 0, fixed: 0}) {
  if (node.type === 'text') sum.prose += width(node.value ?? '');
  else if (node.tagName === 'pre') sum.fixed += (flatText(node).split('\n').length + 2) * CODE_LINE_PX;
  else if (node.type === 'mdxJsxFlowElement' && node.name && node.name in COMPONENT_PX) {
    sum.fixed += COMPONENT_PX[node.name];
    for (const a of node.attributes ?? []) {
      const expression = typeof a.value === 'object' && a.value ? String((a.value as {value?: string}).value ?? '') : '';
      if (a.name === 'code' || a.name === 'start') sum.fixed += (code.get(expression.trim()) ?? 0) * CODE_LINE_PX;
    }
    for (const child of node.children ?? []) measure(child, code, sum);
  } else for (const child of node.children ?? []) measure(child, code, sum);
  return sum;
}

const isPart = (node: Node) => node.type === 'element' && node.tagName === 'h2';

const rehypeSections: Plugin<[], Node> = () => (tree) => {
  const children = tree.children ?? [];
  if (!children.some(isPart)) return;
  const code = rawImports(tree);
  const out: Node[] = [];
  let section: Node | null = null;
  for (const child of children) {
    if (isPart(child)) {
      section = {type: 'element', tagName: 'section', properties: {className: ['lab-section']}, children: []};
      out.push(section);
    }
    // Imports and exports stay at the top level, where MDX expects them.
    if (section && child.type !== 'mdxjsEsm') section.children!.push(child);
    else out.push(child);
  }
  for (const node of out) {
    if (node.tagName !== 'section') continue;
    const {prose, fixed} = measure(node, code);
    node.properties!.style = `--lab-prose:${prose};--lab-fixed:${Math.round(fixed)}`;
  }
  tree.children = out;
};

export default rehypeSections;
