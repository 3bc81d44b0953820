import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Headers that make the page cross-origin isolated, so SharedArrayBuffer exists. */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const RAW = /raw/;
/**
 * Big libraries that pages load lazily (the editors, diagrams, charts): never in `common`.
 * CodeMirror (the phone editor) is codemirror, @codemirror/*, @lezer/* and its small helpers.
 */
const LAZY_LIBRARIES =
  /[\\/]node_modules[\\/](monaco-editor|codemirror|@codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt|mermaid|@mermaid-js|langium|vscode-[\w-]+|chevrotain|@chevrotain|cytoscape[\w-]*|d3[\w-]*|dagre-d3-es|@observablehq|khroma|roughjs|katex)[\\/]/;
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
  return {
    name: 'lab-plugin',
    configureWebpack(config, isServer, utils) {
      skipRawImports(config.module?.rules as Rule[] | undefined);
      return {
        // The site's own bundle compiles no reader code (its in-page runs are fixed programs):
        // TypeScript's compiler stays out of it and of its offline copy (sandbox/worker/compile/compile.ts).
        plugins: [new utils.currentBundler.instance.DefinePlugin({LAB_TYPESCRIPT_FALLBACK: 'false'})],
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
        resolve: {alias: {'@lab/prerendered-diagrams': diagrams(isServer ? 'prerendered.json' : 'prerendered-client.json')}},
        // CORP cross-origin: the runner frame (/runner) is loaded from the 127.0.0.1/localhost twin.
        devServer: {headers: {...isolationHeaders, 'Cross-Origin-Resource-Policy': 'cross-origin'}},
      };
    },
  };
}
