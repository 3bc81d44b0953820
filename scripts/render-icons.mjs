#!/usr/bin/env node
// Renders the install icons (static/img/icon-*.png) from static/img/favicon.svg with Debian's
// Chromium. Run again after changing the favicon: node scripts/render-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const img = path.join(root, 'static/img');
const favicon = fs.readFileSync(path.join(img, 'favicon.svg'), 'utf8').trim();

/**
 * A maskable icon is cropped to a shape (circle, squircle) by the OS: the background must fill
 * the square and the drawing must sit in the middle 80 % circle, so it is drawn at 75 %.
 */
function maskable(svg) {
  const background = svg.match(/<rect width="32" height="32"[^>]*fill="([^"]+)"/)?.[1] ?? '#2e6b5e';
  const drawing = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '').replace(/<rect width="32" height="32"[^>]*\/>/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(16 16) scale(0.75) translate(-16 -17.5)">${drawing}</g></svg>`;
}

const icons = [
  {file: 'icon-192.png', size: 192, svg: favicon},
  {file: 'icon-512.png', size: 512, svg: favicon},
  {file: 'icon-maskable-512.png', size: 512, svg: maskable(favicon)},
];

const args = JSON.parse(fs.readFileSync(path.join(root, 'scripts/chromium-args.json'), 'utf8'));
const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args});
const page = await browser.newPage();
for (const {file, size, svg} of icons) {
  await page.setViewportSize({width: size, height: size});
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
  await page.locator('img').evaluate((el) => el.decode());
  await page.screenshot({path: path.join(img, file), omitBackground: true, clip: {x: 0, y: 0, width: size, height: size}});
  console.log(`static/img/${file}`);
}
await browser.close();
