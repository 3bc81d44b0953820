/** A reader's edit of one example, kept in the browser. */
export interface SavedEdit {
  code: string;
  /** Hash of the original the edit was made from, to tell when the original has changed. */
  base: string;
  /** The original itself, so the reader can see what changed in it (absent in older saves). */
  baseCode?: string;
  savedAt: number;
}

const PREFIX = 'concurrency-lab:edit:';

/** A small, stable string hash (FNV-1a) of the original code. */
export function hashCode(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The key an edit is kept under. Each language has its own version of an example, so its own
 * edits; the default language keeps the key edits had before examples were translated.
 */
export function editKey(id: string, locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? id : `${locale}:${id}`;
}

/**
 * The reader's saved edit of this example in this language. Edits saved before examples were
 * translated sit under the bare id and were made from the English code: another language
 * moves one to its own key if it was made from that language's own original (so its Reset
 * sticks).
 */
export function loadEdit(store: EditStore, id: string, locale: string, defaultLocale: string, base: string): SavedEdit | null {
  const key = editKey(id, locale, defaultLocale);
  const own = store.load(key);
  if (own || locale === defaultLocale) return own;
  const legacy = store.load(id);
  if (!legacy || legacy.base !== base) return null;
  if (store.save(key, legacy)) store.remove(id);
  return legacy;
}

/** Storage that may be missing, full or blocked (private mode): every call says if it worked. */
export interface EditStore {
  load(id: string): SavedEdit | null;
  save(id: string, edit: SavedEdit): boolean;
  remove(id: string): boolean;
}

export function editStore(storage: () => Storage | null): EditStore {
  return {
    load(id) {
      try {
        const raw = storage()?.getItem(PREFIX + id);
        if (!raw) return null;
        const value = JSON.parse(raw) as Partial<SavedEdit>;
        if (typeof value.code !== 'string' || typeof value.base !== 'string') return null;
        const baseCode = typeof value.baseCode === 'string' ? value.baseCode : undefined;
        return {code: value.code, base: value.base, baseCode, savedAt: Number(value.savedAt) || 0};
      } catch {
        return null;
      }
    },
    save(id, edit) {
      try {
        const s = storage();
        if (!s) return false;
        s.setItem(PREFIX + id, JSON.stringify(edit));
        return true;
      } catch {
        return false;
      }
    },
    remove(id) {
      try {
        storage()?.removeItem(PREFIX + id);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export const browserEdits = editStore(() => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
});
