/** What this browser remembers of one exercise, per language; nothing is sent anywhere. */
export interface Progress {
  /** The reader has clicked Check at least once (the solution may be shown). */
  checked: boolean;
  /** A Check has passed at least once. */
  passed: boolean;
}

export const NO_PROGRESS: Progress = {checked: false, passed: false};

export const progressKey = (id: string, locale: string) => `concurrency-lab:exercise:${locale}:${id}`;

export function loadProgress(id: string, locale: string): Progress {
  try {
    const raw = window.localStorage.getItem(progressKey(id, locale));
    const value = raw ? (JSON.parse(raw) as Partial<Progress>) : {};
    return {checked: value.checked === true, passed: value.passed === true};
  } catch {
    return NO_PROGRESS;
  }
}

export function saveProgress(id: string, locale: string, progress: Progress): void {
  try {
    window.localStorage.setItem(progressKey(id, locale), JSON.stringify(progress));
  } catch {
    // Storage full or blocked: the progress lives as long as the page does.
  }
}
