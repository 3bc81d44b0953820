#!/usr/bin/env node
// `npm run bench`: builds the site (skip with --no-build), serves it with isolation headers,
// opens Debian's Chromium and runs every scripts/bench/*.mjs in name order. Each exports
// `default async function bench({browser, baseURL, report, root})`; `report(name, value,
// unit, note?)` records a figure. Prints a table at the end. Figures, not pass/fail: run it
// twice and compare medians, this machine is noisy.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromium} from '@playwright/test';
import {createServer} from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--'));

if (!args.includes('--no-build')) {
  const r = spawnSync('npx', ['docusaurus', 'build'], {cwd: root, stdio: 'inherit'});
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const chromiumArgs = JSON.parse(fs.readFileSync(path.join(root, 'scripts/chromium-args.json'), 'utf8'));

const server = createServer(path.join(root, 'build'));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseURL = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs});
const figures = [];
const report = (name, value, unit, note = '') => {
  figures.push({name, value, unit, note});
  console.log(`  ${name}: ${typeof value === 'number' ? round(value) : value} ${unit}${note ? `  (${note})` : ''}`);
};

const files = fs
  .readdirSync(path.join(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.mjs') && (!only || f.includes(only)))
  .sort();
let failed = false;
for (const file of files) {
  console.log(`\n== ${file}`);
  try {
    const mod = await import(pathToFileURL(path.join(root, 'scripts/bench', file)).href);
    await mod.default({browser, baseURL, report, root});
  } catch (err) {
    failed = true;
    console.error(`  ${file} failed: ${err?.stack ?? err}`);
  }
}
await browser.close();
server.close();

console.log('\n| figure | value | unit | note |\n| --- | --- | --- | --- |');
for (const f of figures) console.log(`| ${f.name} | ${typeof f.value === 'number' ? round(f.value) : f.value} | ${f.unit} | ${f.note} |`);
process.exit(failed ? 1 : 0);

function round(v) {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}
