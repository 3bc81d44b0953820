import type {LoadContext, Plugin} from '@docusaurus/types';

/** Headers that make the page cross-origin isolated, so SharedArrayBuffer exists. */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Bundler settings the lab needs: `?raw` imports (example sources as strings, so the MDX
 * shows and runs the same file that tsc checks and tests run) and isolation headers on the
 * dev server.
 */
export default function labPlugin(_context: LoadContext): Plugin {
  return {
    name: 'lab-plugin',
    configureWebpack() {
      return {
        module: {
          rules: [{resourceQuery: /raw/, type: 'asset/source'}],
        },
        devServer: {headers: isolationHeaders},
      };
    },
  };
}
