#!/usr/bin/env node
// Serves the built site (both languages) with the headers that make pages cross-origin
// isolated, which `docusaurus serve` cannot send. Usage: node scripts/serve.mjs [--port N] [--dir build] [--no-isolation]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import compression from 'compression';
import handler from 'serve-handler';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, opt('dir', 'build'));
const port = Number(opt('port', process.env.PORT ?? 3000));
const isolation = !args.includes('--no-isolation');

const headers = [
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
  {key: 'Cross-Origin-Embedder-Policy', value: 'require-corp'},
  {key: 'Cross-Origin-Resource-Policy', value: 'same-origin'},
];

// File names under assets/ carry a content hash: they never change, so they may be cached for good.
const immutable = {source: 'assets/**', headers: [{key: 'Cache-Control', value: 'public, max-age=31536000, immutable'}]};
// An embed page is framed by other sites (slides, an LMS), and the runner page by this site
// from a second origin (localhost ↔ 127.0.0.1 here). When the host page is cross-origin
// isolated, its COEP admits such a frame only if we allow cross-origin embedding.
const embedHeaders = [{key: 'Cross-Origin-Resource-Policy', value: 'cross-origin'}];
const embedSources = ['embed/**', 'en/embed/**', 'runner.html', 'en/runner.html'];

/**
 * serve-handler answers every unknown path with the root `404.html`, the Chinese one. These file
 * methods swap in the 404 page of the language the path is in (`/en/...` → `en/404.html`), when
 * that language has one; the status stays 404.
 */
function errorPageOfLanguage(publicDir, url) {
  const rootPage = path.join(publicDir, '404.html');
  const language = (url ?? '/').split(/[?#]/)[0].split('/')[1];
  const ownPage = /^[\w-]+$/.test(language ?? '') ? path.join(publicDir, language, '404.html') : null;
  const pick = (file) => (file === rootPage && ownPage && fs.existsSync(ownPage) ? ownPage : file);
  return {
    lstat: (file) => fs.promises.lstat(pick(file)),
    createReadStream: (file, options) => fs.createReadStream(pick(file), options),
  };
}

export function createServer(publicDir = dir, {isolated = isolation} = {}) {
  // gzip, as any real host does: without it, sizes and load times measured here mislead.
  const compress = compression();
  return http.createServer((req, res) =>
    compress(req, res, () =>
      handler(req, res, {
        public: publicDir,
        cleanUrls: true,
        trailingSlash: false,
        // A folder without an index (`/embed/process`, `/assets`) is the site's 404, not a file listing.
        directoryListing: false,
        // Later matches override earlier ones.
        headers: isolated
          ? [{source: '**', headers}, ...embedSources.map((source) => ({source, headers: embedHeaders})), immutable]
          : [immutable],
      }, errorPageOfLanguage(path.resolve(publicDir), req.url)),
    ),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  createServer().listen(port, '127.0.0.1', () => {
    console.log(`Concurrency Lab is served at http://localhost:${port}/ (English: http://localhost:${port}/en/)${isolation ? ', cross-origin isolated' : ', without isolation headers'}`);
  });
}
