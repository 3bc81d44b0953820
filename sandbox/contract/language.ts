/** The languages the runtime speaks. Kept apart from shared/messages.ts so the page can name one without loading every message. */
export type Language = 'zh' | 'en';

/** 'zh-Hans' → 'zh'; any other locale → 'en'. */
export function languageOfLocale(locale: string): Language {
  return locale.startsWith('zh') ? 'zh' : 'en';
}
