// The chapter list for scripts: the same src/chapters.json that sidebars.ts and the e2e tests read.
import fs from 'node:fs';

export const readChapters = () => JSON.parse(fs.readFileSync(new URL('../src/chapters.json', import.meta.url), 'utf8'));
