import {chromium} from 'playwright-core';
import fs from 'node:fs';
const args = JSON.parse(fs.readFileSync('scripts/chromium-args.json','utf8'));
const browser = await chromium.launch({executablePath:'/usr/bin/chromium', args});
for (const w of [1280, 412]) {
const page = await browser.newPage({viewport:{width:w,height:800}});
await page.goto('http://localhost:4190/thread');
console.log(w, await page.evaluate(() => {
  const el = document.querySelector('[data-example="shared-or-copied"] .lab-code-island');
  el.style.contentVisibility = 'visible';
  const pre = el.querySelector('pre'); const code = el.querySelector('code'); const line = el.querySelector('.token-line');
  const cs = (e) => { const s = getComputedStyle(e); return {fs: s.fontSize, lh: s.lineHeight, pad: s.padding, font: s.fontFamily.slice(0,40)}; };
  return {island: el.getBoundingClientRect().height, pre: cs(pre), preH: pre.getBoundingClientRect().height, code: cs(code), codeH: code.getBoundingClientRect().height, line: line && cs(line), lineH: line?.getBoundingClientRect().height, islandCs: cs(el), children: [...el.children].map(c => c.className + ':' + c.getBoundingClientRect().height)};
}));
}
await browser.close();
