import fs from 'node:fs/promises';
import path from 'node:path';
import {rspack, type Configuration} from '@rspack/core';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Builds the runner page (sandbox/host/frame/main.ts and its workers) into `static/runner.html` and
 * `static/runner-assets/`, so it is
 * served next to the site at `/runner`: a page of its own, which a deployment can also serve
 * from a second site to give reader code a process of its own (README: RUNNER_ORIGIN).
 * It is a separate bundle, not a Docusaurus page: the frame must start fast and carry no React.
 */
export default function runnerPlugin(context: LoadContext): Plugin {
  return {
    name: 'runner-plugin',
    async loadContent() {
      await buildOnce(context.siteDir, parentOrigins(context.siteConfig.url));
    },
    getPathsToWatch() {
      return [path.join(context.siteDir, 'sandbox/**/*.ts')];
    },
  };
}

/** Pages allowed to drive a runner served from elsewhere: the site itself (see sandbox/host/frame/allowed-parents.ts). */
function parentOrigins(siteUrl: string): string[] {
  const extra = (process.env.RUNNER_PARENT_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return [new URL(siteUrl).origin, ...extra];
}

// Both locales build in one process: build the runner once (the dev server rebuilds it when
// sandbox/ changes).
let built: Promise<void> | null = null;
function buildOnce(siteDir: string, origins: string[]): Promise<void> {
  if (process.env.NODE_ENV === 'development') built = null;
  built ??= buildRunner(siteDir, origins);
  return built;
}

export async function buildRunner(siteDir: string, origins: string[]): Promise<void> {
  // Not `static/runner/`: a folder named like the page makes many hosts redirect `/runner` to `/runner/`.
  const outDir = path.join(siteDir, 'static/runner-assets');
  const stats = await compile({
    mode: 'production',
    context: siteDir,
    target: 'web',
    entry: {runner: './sandbox/host/frame/main.ts'},
    output: {path: outDir, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', publicPath: 'auto', clean: true},
    resolve: {extensions: ['.ts', '.js']},
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'builtin:swc-loader',
          options: {jsc: {parser: {syntax: 'typescript'}, target: 'es2022'}},
          type: 'javascript/auto',
        },
      ],
    },
    // LAB_TYPESCRIPT_FALLBACK: reader code that sucrase must not compile goes to TypeScript's
    // compiler, a chunk of its own (sandbox/worker/compile/compile.ts).
    plugins: [new rspack.DefinePlugin({RUNNER_PARENT_ORIGINS: JSON.stringify(origins), LAB_TYPESCRIPT_FALLBACK: 'true'})],
    // One file for the frame and one for the worker: split chunks load one after another in a
    // worker, which cost a cold first run ~140 ms here.
    optimization: {splitChunks: false},
    devtool: false,
  });
  const entry = stats.entrypoints?.runner?.assets?.map((a) => a.name).find((name) => name.endsWith('.js'));
  if (!entry) throw new Error('The runner bundle has no entry file');
  // Relative: `/runner` and `/en/runner` both find their copy under `runner-assets/`.
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Concurrency Lab runner</title>
<script defer src="runner-assets/${entry}"></script></head><body></body></html>
`;
  await fs.writeFile(path.join(siteDir, 'static/runner.html'), html);
}

function compile(config: Configuration) {
  return new Promise<ReturnType<import('@rspack/core').Stats['toJson']>>((resolve, reject) => {
    rspack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(`The runner bundle failed:\n${stats?.toString({all: false, errors: true})}`));
      }
      resolve(stats.toJson({all: false, entrypoints: true, assets: true}));
    });
  });
}
