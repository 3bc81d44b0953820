// A throwaway classic-template Docusaurus site with one doc page, built on the same Docusaurus
// install and served the same way as ours (scripts/serve.mjs): what chapter pages are measured
// against (JS before interaction, Lighthouse).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createServer} from './serve.mjs';

function buildPlainSite(root) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-docusaurus-'));
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {title: 'Plain', url: 'http://localhost', baseUrl: '/', future: {v4: true}, onBrokenLinks: 'ignore',
      presets: [['classic', {docs: {routeBasePath: '/'}, blog: false, pages: false}]]};`,
  );
  const para = 'A plain paragraph of documentation text. '.repeat(40);
  fs.writeFileSync(path.join(dir, 'docs/page.md'), `---\nslug: /page\n---\n# Plain page\n\n${para}\n\n## Section\n\n${para}\n`);
  const r = spawnSync('npx', ['docusaurus', 'build'], {cwd: dir, stdio: 'ignore'});
  if (r.status !== 0) throw new Error('the plain Docusaurus site did not build');
  return dir;
}

/** Builds the plain site and serves it: `{url, buildDir, close()}` (`url` is its one page). */
export async function startPlainSite(root) {
  const dir = buildPlainSite(root);
  const buildDir = path.join(dir, 'build');
  const server = createServer(buildDir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${server.address().port}/page`,
    buildDir,
    close() {
      server.close();
      fs.rmSync(dir, {recursive: true, force: true});
    },
  };
}
