import type {LoadContext, Plugin} from '@docusaurus/types';

const THEME_COLOR = '#2e6b5e';

/** What the installed app is called, per language (the English site installs as its own app). */
const NAMES: Record<string, {name: string; short_name: string; description: string}> = {
  'zh-Hans': {
    name: '并发实验室 · Concurrency Lab',
    short_name: '并发实验室',
    description: '进程、线程、协程，在你的浏览器里真实运行',
  },
  en: {
    name: 'Concurrency Lab · 并发实验室',
    short_name: 'Concurrency Lab',
    description: 'Processes, threads and coroutines, run for real in your browser',
  },
};

export function webManifest(locale: string, baseUrl: string, htmlLang: string) {
  const icon = (file: string, size: number, purpose: 'any' | 'maskable') => ({
    src: `${baseUrl}img/${file}`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  return {
    ...(NAMES[locale] ?? NAMES.en),
    id: baseUrl,
    lang: htmlLang,
    start_url: baseUrl,
    scope: baseUrl,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: [
      icon('icon-192.png', 192, 'any'),
      icon('icon-512.png', 512, 'any'),
      icon('icon-maskable-512.png', 512, 'maskable'),
    ],
  };
}

/**
 * The install manifest (`manifest.json`, one per language, emitted with the client bundle so the
 * offline precache, built after it, includes it) and the head tags that point to it.
 */
export default function webManifestPlugin(context: LoadContext): Plugin {
  const {baseUrl, i18n} = context;
  const {htmlLang} = i18n.localeConfigs[i18n.currentLocale]!;
  const json = JSON.stringify(webManifest(i18n.currentLocale, baseUrl, htmlLang), null, 2);
  return {
    name: 'web-manifest',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {sources} = currentBundler.instance;
      return {
        plugins: [
          {
            apply(compiler: {hooks: {thisCompilation: {tap(name: string, fn: (c: any) => void): void}}}) {
              compiler.hooks.thisCompilation.tap('web-manifest', (compilation) => {
                compilation.hooks.processAssets.tap({name: 'web-manifest', stage: 0}, () => {
                  compilation.emitAsset('manifest.json', new sources.RawSource(json));
                });
              });
            },
          },
        ],
      };
    },
    injectHtmlTags() {
      return {
        headTags: [
          {tagName: 'link', attributes: {rel: 'manifest', href: `${baseUrl}manifest.json`}},
          {tagName: 'meta', attributes: {name: 'theme-color', content: THEME_COLOR}},
          {tagName: 'link', attributes: {rel: 'apple-touch-icon', href: `${baseUrl}img/icon-192.png`}},
        ],
      };
    },
  };
}
