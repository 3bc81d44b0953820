import fs from 'node:fs';
import React from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import {evaluate} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import rehypeSections from '../../src/plugins/rehype-sections';

// A chapter's `##` parts become <section class="lab-section"> (custom.css skips the style and
// layout of those far from the viewport). What a reader could notice: text lost, moved out of
// its part, or put in the wrong one.

async function html(mdx: string, components: Record<string, unknown> = {}) {
  const {default: Content} = await evaluate(mdx, {...runtime, rehypePlugins: [rehypeSections]} as never);
  return renderToStaticMarkup(React.createElement(Content as React.ComponentType<{components: unknown}>, {components}));
}

const parts = (out: string) => [...out.matchAll(/<section class="lab-section"[^>]*>(.*?)<\/section>/gs)].map((m) => m[1]);

describe('rehype-sections', () => {
  it('puts each ## heading and what follows it, up to the next ##, in a section of its own', async () => {
    const out = await html('Intro text.\n\n## One\n\nFirst body.\n\n### Deeper\n\nStill one.\n\n## Two\n\n- a list\n\nLast words.\n');
    expect(out.startsWith('<p>Intro text.</p>')).toBe(true);
    const [one, two, ...rest] = parts(out);
    expect(rest).toEqual([]);
    expect(one).toBe('<h2>One</h2>\n<p>First body.</p>\n<h3>Deeper</h3>\n<p>Still one.</p>\n');
    expect(two).toBe('<h2>Two</h2>\n<ul>\n<li>a list</li>\n</ul>\n<p>Last words.</p>');
  });

  it('keeps components in their part and imports at the top, where MDX needs them', async () => {
    const Box = ({children}: {children?: React.ReactNode}) => React.createElement('aside', null, children);
    const out = await html("export const n = 2;\n\n## Part\n\nText {n}.\n\n<Box>inside</Box>\n", {Box});
    expect(parts(out)).toEqual(['<h2>Part</h2>\n<p>Text 2.</p>\n<aside>inside</aside>']);
  });

  it('leaves a page without ## headings as it was', async () => {
    expect(await html('Just text.\n\n### Small heading\n')).toBe('<p>Just text.</p>\n<h3>Small heading</h3>');
  });

  it("estimates a part from its prose (a CJK character counts twice) and its examples' code", () => {
    const example = 'docs/thread/examples/race-lock.zh.ts';
    const lines = fs.readFileSync(example, 'utf8').split('\n').length;
    const tree = {
      type: 'root',
      children: [
        {type: 'mdxjsEsm', value: `import raceLock from '@site/${example}?raw';`},
        {type: 'element', tagName: 'h2', children: [{type: 'text', value: 'ab'}]},
        {type: 'element', tagName: 'p', children: [{type: 'text', value: '线程'}]},
        {
          type: 'mdxJsxFlowElement',
          name: 'Example',
          attributes: [{type: 'mdxJsxAttribute', name: 'code', value: {type: 'mdxJsxAttributeValueExpression', value: 'raceLock'}}],
          children: [],
        },
      ],
    };
    (rehypeSections as () => (tree: unknown) => void)()(tree);
    const section = tree.children[1] as unknown as {tagName: string; properties: {style: string}; children: unknown[]};
    expect(section.tagName).toBe('section');
    expect(section.children).toHaveLength(3);
    // 'ab' is 2, '线程' is 4; an example is 180 px besides its code, at 22 px a line.
    expect(section.properties.style).toBe(`--lab-prose:6;--lab-fixed:${180 + lines * 22}`);
  });
});
