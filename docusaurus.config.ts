import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {codeTheme, codeThemeCss} from './src/lib/code-themes';
import mermaidOptions from './src/theme/Mermaid/options.json';
import rehypeSections from './src/plugins/rehype-sections';

const config: Config = {
  title: '并发实验室 · Concurrency Lab',
  tagline: '进程、线程、协程，在你的浏览器里真实运行',
  favicon: 'img/favicon.svg',
  url: 'https://concurrency-lab.example',
  baseUrl: '/',
  trailingSlash: false,
  // A second origin serving this same build runs reader code in a process of its own (README).
  customFields: {runnerOrigin: process.env.RUNNER_ORIGIN ?? ''},
  headTags: [{tagName: 'style', attributes: {}, innerHTML: codeThemeCss}],
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  future: {v4: true},
  markdown: {
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },
  i18n: {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans', 'en'],
    localeConfigs: {
      'zh-Hans': {label: '中文', htmlLang: 'zh-Hans'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          rehypePlugins: [rehypeSections],
        },
        blog: false,
        pages: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],
  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['zh', 'en'],
        indexBlog: false,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: false,
      },
    ],
  ],
  clientModules: ['./src/client/no-viewport-prefetch.ts', './src/client/chapter-sections.ts'],
  plugins: [
    './src/plugins/lab-plugin.ts',
    './src/plugins/runner-plugin.ts',
    './src/plugins/embed-plugin.ts',
    './src/plugins/web-manifest.ts',
    [
      // Offline after one visit, and cross-origin isolation on hosts that cannot send headers:
      // see src/pwa/ and README "Offline and install".
      '@docusaurus/plugin-pwa',
      {
        swRegister: require.resolve('./src/pwa/register.ts'),
        swCustom: require.resolve('./src/pwa/sw-isolation.js'),
        injectManifestConfig: {
          // Workbox skips files over 2 MB by default; Monaco's TypeScript worker is bigger, and
          // the editor must work offline.
          maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        },
      },
    ],
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    // Shared with scripts/render-diagrams.mjs: labels at the body text's size, lines broken where the source says.
    mermaid: {options: mermaidOptions, theme: {light: 'neutral', dark: 'dark'}},
    navbar: {
      title: '并发实验室',
      logo: {alt: 'Concurrency Lab', src: 'img/favicon.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'chapters', position: 'left', label: '章节'},
        {to: '/examples', position: 'left', label: '示例一览'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      copyright: '并发实验室 · Concurrency Lab — 代码在你的浏览器里运行，不会发送到任何地方。',
    },
    // One theme for both modes, its colours CSS variables set per mode (codeThemeCss): a code
    // block's server HTML is then right in the dark mode too, and is not drawn again on the client.
    prism: {
      theme: codeTheme,
      darkTheme: codeTheme,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
