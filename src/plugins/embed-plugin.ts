import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import sidebars from '../../sidebars';
import {embedPath, iframeHeight} from '../lib/embed-link';
import {readRegistry, type RegistryExample} from './example-registry';

/** An example as the embed page and the examples page get it (paths already in this language). */
export interface EmbedExample extends RegistryExample {
  /** `/process` or `/en/process`. */
  chapterPath: string;
  /** `/embed/process/<id>` or `/en/embed/process/<id>`. */
  embedPath: string;
  /** Height of the iframe snippet, fitted to the example's length. */
  iframeHeight: number;
}

/** Doc ids of the sidebar in order (`process/index`), which is the order of the chapters. */
function sidebarOrder(): string[] {
  return Object.values(sidebars).flatMap((items) => (Array.isArray(items) ? items.filter((i): i is string => typeof i === 'string') : []));
}

/**
 * One page per example, `/embed/<chapter>/<id>`, that shows just that example for an iframe,
 * and `/examples`, the list of them all for teachers. The list is read from the chapters' MDX
 * (each language builds on its own, so this runs once per language) and a malformed
 * `<Example>` stops the build.
 */
export default function embedPlugin(context: LoadContext): Plugin<EmbedExample[]> {
  const {siteDir, baseUrl, i18n, localizationDir} = context;
  const translated = i18n.currentLocale === i18n.defaultLocale ? null : path.join(localizationDir, 'docusaurus-plugin-content-docs', 'current');
  const readSource = (e: RegistryExample) => fs.readFileSync(path.join(siteDir, e.file), 'utf8');
  return {
    name: 'embed-plugin',
    getPathsToWatch: () => [path.join(siteDir, 'docs/**/*.mdx'), ...(translated ? [path.join(translated, '**/*.mdx')] : [])],
    async loadContent() {
      const base = baseUrl.replace(/\/?$/, '/');
      return readRegistry(siteDir, translated, sidebarOrder()).map((e) => ({
        ...e,
        chapterPath: `${base}${e.chapter}`,
        embedPath: embedPath(base, e.chapter, e.id),
        iframeHeight: iframeHeight(readSource(e)),
      }));
    },
    async contentLoaded({content, actions}) {
      for (const example of content) {
        const code = readSource(example);
        const data = await actions.createData(`embed-${example.chapter}-${example.id}.json`, JSON.stringify({...example, code}));
        actions.addRoute({
          path: example.embedPath,
          component: '@site/src/components/EmbedPage/index.tsx',
          exact: true,
          modules: {example: data},
        });
      }
      const list = await actions.createData('examples.json', JSON.stringify(content));
      actions.addRoute({
        path: `${baseUrl.replace(/\/?$/, '/')}examples`,
        component: '@site/src/components/ExamplesPage/index.tsx',
        exact: true,
        modules: {examples: list},
      });
    },
  };
}
