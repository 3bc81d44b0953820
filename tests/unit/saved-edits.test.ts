import {describe, expect, it} from 'vitest';
import {editKey, editStore, hashCode, loadEdit} from '../../src/lib/saved-edits';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

const zhOriginal = "console.log('你好');";
const enOriginal = "console.log('hello');";

describe('saved edits per language', () => {
  it('keeps each language apart; the default language keeps the old key', () => {
    expect(editKey('own-memory', 'zh-Hans', 'zh-Hans')).toBe('own-memory');
    expect(editKey('own-memory', 'en', 'zh-Hans')).toBe('en:own-memory');
    const store = editStore(() => memoryStorage());
    const s = memoryStorage();
    const st = editStore(() => s);
    st.save(editKey('x', 'zh-Hans', 'zh-Hans'), {code: 'zh edit', base: hashCode(zhOriginal), savedAt: 1});
    st.save(editKey('x', 'en', 'zh-Hans'), {code: 'en edit', base: hashCode(enOriginal), savedAt: 2});
    expect(loadEdit(st, 'x', 'zh-Hans', 'zh-Hans', hashCode(zhOriginal))?.code).toBe('zh edit');
    expect(loadEdit(st, 'x', 'en', 'zh-Hans', hashCode(enOriginal))?.code).toBe('en edit');
    expect(loadEdit(store, 'x', 'en', 'zh-Hans', hashCode(enOriginal))).toBeNull();
  });

  it('an edit saved before translation (from the English code) moves to the English page, once', () => {
    const s = memoryStorage();
    const st = editStore(() => s);
    st.save('x', {code: 'old edit', base: hashCode(enOriginal), baseCode: enOriginal, savedAt: 1});
    expect(loadEdit(st, 'x', 'en', 'zh-Hans', hashCode(enOriginal))?.code).toBe('old edit');
    expect(s.getItem('x')).toBeNull();
    expect(st.load('en:x')?.code).toBe('old edit');
    // Reset on the English page then sticks: nothing is left to fall back on.
    st.remove('en:x');
    expect(loadEdit(st, 'x', 'en', 'zh-Hans', hashCode(enOriginal))).toBeNull();
  });

  it('the English page does not take a Chinese edit', () => {
    const s = memoryStorage();
    const st = editStore(() => s);
    st.save('x', {code: 'zh edit', base: hashCode(zhOriginal), savedAt: 1});
    expect(loadEdit(st, 'x', 'en', 'zh-Hans', hashCode(enOriginal))).toBeNull();
    expect(loadEdit(st, 'x', 'zh-Hans', 'zh-Hans', hashCode(zhOriginal))?.code).toBe('zh edit');
  });
});
