import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// P8: the process chapter's state diagram and text tie the ready state to the timeline's
// "waiting for a core" marking, and the blocked state to its I/O spans, in both languages.
const root = path.resolve(__dirname, '../..');
const CHAPTERS = {
  zh: {file: path.join(root, 'docs/process/index.mdx'), ready: '等待 CPU（就绪）', readyWord: '就绪', blockedWord: '阻塞'},
  en: {
    file: path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current/process/index.mdx'),
    ready: 'waiting for a core (ready)',
    readyWord: 'ready',
    blockedWord: 'blocked',
  },
};

/** The section that names claim `id`, up to the next level-2 heading. */
function section(text: string, id: string): string {
  const at = text.search(new RegExp(`\\{/\\*\\s*claims:[^*]*\\b${id}\\b`));
  expect(at, id).toBeGreaterThanOrEqual(0);
  const rest = text.slice(at);
  const next = rest.slice(1).search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next + 1);
}

for (const [locale, c] of Object.entries(CHAPTERS)) {
  describe(`process chapter (${locale}): ready vs blocked on the timeline`, () => {
    const p5 = section(fs.readFileSync(c.file, 'utf8'), 'P5');
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(p5)?.[1] ?? '';
    const prose = p5.replace(/```[\s\S]*?```/g, '');
    it('the state diagram notes the timeline marking on Ready and I/O on Blocked', () => {
      expect(diagram).toMatch(/stateDiagram/);
      expect(diagram).toMatch(new RegExp(`note (left|right) of Ready\\s*:[^\\n]*${c.ready.replace(/[()]/g, '\\$&')}`));
      expect(diagram).toMatch(/note (left|right) of Blocked\s*:[^\n]*I\/O/);
    });
    it('the text names the marking and says what ready and blocked mean on the timeline', () => {
      expect(prose).toContain(locale === 'en' ? `"${c.ready}"` : `“${c.ready}”`);
      expect(prose).toContain(c.readyWord);
      expect(prose).toContain(c.blockedWord);
      // A late timer is ready time, not I/O.
      expect(prose).toMatch(locale === 'en' ? /timer that fires while its worker is still busy/ : /定时器已经到点/);
    });
  });
}
