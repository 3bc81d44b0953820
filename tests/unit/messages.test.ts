import {afterEach, describe, expect, it} from 'vitest';
import {languageOfLocale, MESSAGE_KEYS, say, setLanguage} from '../../sandbox/shared/messages';
import {compile} from '../../sandbox/worker/compile/compile';
import {reportError} from '../../sandbox/worker/errors';

const PARAMS = {name: 'P1', parent: 'P2', max: 'P3', why: 'P4', seconds: 'P5', got: 'P6', text: 'P7', label: 'P8', method: 'P9'};
afterEach(() => setLanguage('en'));

describe("the runtime's own messages", () => {
  it('reads the page locale', () => {
    expect(languageOfLocale('zh-Hans')).toBe('zh');
    expect(languageOfLocale('en')).toBe('en');
  });

  it('each Chinese message is Chinese and carries the same values as the English one', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(20);
    for (const key of MESSAGE_KEYS) {
      setLanguage('en');
      const en = say(key, PARAMS);
      setLanguage('zh');
      const zh = say(key, PARAMS);
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
      for (const value of Object.values(PARAMS)) expect(zh.includes(value), `${key}: ${value}`).toBe(en.includes(value));
    }
  });

  it('what the compiler and the error reporter say follows the language', () => {
    setLanguage('zh');
    expect(() => compile('import fs from "fs";\nfs.readFileSync(1);', 'lab:')).toThrow(/不能导入 "fs"：示例只能从 "lab" 导入/);
    expect(reportError(42, 'runtime', '').message).toBe('抛出了一个不是 Error 的值：42');
    setLanguage('en');
    expect(() => compile('import fs from "fs";\nfs.readFileSync(1);', 'lab:')).toThrow(/Cannot import "fs": examples can only import from "lab"/);
    expect(reportError(42, 'runtime', '').message).toBe('a non-Error value was thrown: 42');
  });
});
