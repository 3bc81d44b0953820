import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Headers that make the page cross-origin isolated, so SharedArrayBuffer exists. */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const RAW = /raw/;
/** theme-classic's client module that evaluates Prism and its grammars when the page starts. */
const THEME_PRISM_AT_START = /[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;
/**
 * Big libraries that pages load lazily (the editors, diagrams, charts): never in `common`.
 * CodeMirror (the phone editor) is codemirror, @codemirror/*, @lezer/* and its small helpers.
 */
const LAZY_LIBRARIES =
  /[\\/]node_modules[\\/](monaco-editor|codemirror|@codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt|mermaid|@mermaid-js|langium|vscode-[\w-]+|chevrotain|@chevrotain|cytoscape[\w-]*|d3[\w-]*|dagre-d3-es|@observablehq|khroma|roughjs|katex|prism-react-renderer|prismjs)[\\/]/;
const notLazyLibrary = (module: {nameForCondition?: () => string | null}) =>
  !LAZY_LIBRARIES.test(module.nameForCondition?.() ?? '');

interface Rule {
  test?: unknown;
  resourceQuery?: unknown;
  oneOf?: Rule[];
  rules?: Rule[];
}

/** Keeps the site's own TS/JS loaders off `?raw` imports, so readers see the file as written. */
function skipRawImports(rules: Rule[] | undefined): void {
  for (const rule of rules ?? []) {
    if (!rule || typeof rule !== 'object') continue;
    if (rule.test instanceof RegExp && (rule.test.test('x.ts') || rule.test.test('x.js')) && !rule.resourceQuery) {
      rule.resourceQuery = {not: [RAW]};
    }
    skipRawImports(rule.oneOf);
    skipRawImports(rule.rules);
  }
}

/**
 * Bundler settings the lab needs: `?raw` imports (example sources as strings, so the MDX
 * shows and runs the same file that tsc checks and tests run) and isolation headers on the
 * dev server.
 */
export default function labPlugin(context: LoadContext): Plugin {
  const diagrams = (file: string) => path.join(context.siteDir, 'src/theme/Mermaid', file);
  const codeBlock = (file: string) => path.join(context.siteDir, 'src/theme/CodeBlock', file);
  return {
    name: 'lab-plugin',
    configureWebpack(config, isServer, utils) {
      skipRawImports(config.module?.rules as Rule[] | undefined);
      return {
        // The site's own bundle compiles no reader code (its in-page runs are fixed programs):
        // TypeScript's compiler stays out of it and of its offline copy (sandbox/worker/compile/compile.ts).
        plugins: [
          new utils.currentBundler.instance.DefinePlugin({LAB_TYPESCRIPT_FALLBACK: 'false'}),
          // Prism stays out of the browser's start-up: see src/theme/CodeBlock/InBrowser.tsx.
          ...(isServer ? [] : [new utils.currentBundler.instance.NormalModuleReplacementPlugin(THEME_PRISM_AT_START, codeBlock('no-prism-at-start.ts'))]),
        ],
        // Docusaurus puts code shared by many chunks into one `common` chunk (and all CSS into
        // one file) that every page loads; the lazy libraries must stay in their own chunks,
        // or a plain page pays for Monaco's and Mermaid's parsers.
        optimization: isServer
          ? {}
          : {splitChunks: {cacheGroups: {common: {test: notLazyLibrary}, styles: {test: notLazyLibrary}}}},
        module: {
          rules: [{resourceQuery: RAW, type: 'asset/source'}],
        },
        // Diagrams drawn ahead go into the server's HTML only, not into the browser's JavaScript.
        // Code blocks: highlighted by the server; in the browser the server's HTML is kept (src/theme/CodeBlock).
        resolve: {
          alias: {
            '@lab/prerendered-diagrams': diagrams(isServer ? 'prerendered.json' : 'prerendered-client.json'),
            '@lab/code-block-body': codeBlock(isServer ? 'Highlighted.tsx' : 'InBrowser.tsx'),
          },
        },
        // CORP cross-origin: the runner frame (/runner) is loaded from the 127.0.0.1/localhost twin.
        devServer: {headers: {...isolationHeaders, 'Cross-Origin-Resource-Policy': 'cross-origin'}},
      };
    },
  };
}
