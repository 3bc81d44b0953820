import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {darkCodeTheme, lightCodeTheme} from './src/lib/code-themes';

// Set COI_FALLBACK=1 when building for a host that cannot send COOP/COEP headers
// (GitHub Pages): a service worker from static/ then adds them (see README).
const coiFallback = process.env.COI_FALLBACK === '1';

const config: Config = {
  title: '并发实验室 · Concurrency Lab',
  tagline: '进程、线程、协程，在你的浏览器里真实运行',
  favicon: 'img/favicon.svg',
  url: 'https://concurrency-lab.example',
  baseUrl: '/',
  trailingSlash: false,
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
  plugins: ['./src/plugins/lab-plugin.ts'],
  scripts: coiFallback ? [{src: '/coi-serviceworker.js'}] : [],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    mermaid: {options: {securityLevel: 'strict'}, theme: {light: 'neutral', dark: 'dark'}},
    navbar: {
      title: '并发实验室',
      logo: {alt: 'Concurrency Lab', src: 'img/favicon.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'chapters', position: 'left', label: '章节'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      copyright: '并发实验室 · Concurrency Lab — 代码在你的浏览器里运行，不会发送到任何地方。',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
