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
