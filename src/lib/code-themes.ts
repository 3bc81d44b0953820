import {themes, type PrismTheme} from 'prism-react-renderer';

/** Replaces the colour of every token style that has one of the given colours. */
function recolor(theme: PrismTheme, colors: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((s) =>
      s.style.color && colors[s.style.color] ? {...s, style: {...s.style, color: colors[s.style.color]}} : s,
    ),
  };
}

// The code block themes, with the token colours that fell below WCAG AA (4.5:1) on their own
// background replaced by darker (light theme) or lighter (dark theme) ones of the same hue.
export const lightCodeTheme = recolor(themes.github, {
  '#999988': '#5c6670', // comments, 2.7:1 → 5.5:1 on #f6f8fa
  '#e3116c': '#c0105b', // strings
  '#36acaa': '#0f7a78', // numbers, constants, properties
  '#00a4db': '#0070a8', // keywords
  '#d73a49': '#c62a3a', // functions
});

export const darkCodeTheme = recolor(themes.dracula, {
  'rgb(98, 114, 164)': '#8a94c4', // comments, 3.0:1 → 4.8:1 on #282a36
});

type TokenProperty = 'color' | 'fontStyle' | 'opacity';
const PROPERTIES: {key: TokenProperty; css: string; prefix: string}[] = [
  {key: 'color', css: 'color', prefix: '--lc-'},
  {key: 'fontStyle', css: 'font-style', prefix: '--lf-'},
  {key: 'opacity', css: 'opacity', prefix: '--lo-'},
];

/** What prism-react-renderer gives a token of one type under a theme: its entries merged in order. */
function styleOfType(theme: PrismTheme, type: string): Partial<Record<TokenProperty, string | number>> {
  return Object.assign({}, ...theme.styles.filter((s) => s.types.includes(type)).map((s) => s.style));
}

const THEMES = [lightCodeTheme, darkCodeTheme];
const TYPES = [...new Set(THEMES.flatMap((t) => t.styles.flatMap((s) => s.types)))];

/**
 * One theme for both colour modes: every colour is a CSS variable that `codeThemeCss` sets per
 * mode. The server-rendered HTML of a code block is then right in the dark mode too, so the
 * client need not draw it again after hydration (Docusaurus does, to swap the inline colours).
 */
export const codeTheme: PrismTheme = {
  plain: {color: 'var(--lab-code-color)', backgroundColor: 'var(--lab-code-background)'},
  styles: TYPES.map((type) => {
    const style: Record<string, string> = {};
    for (const {key, prefix} of PROPERTIES) {
      if (THEMES.some((t) => styleOfType(t, type)[key] !== undefined)) style[key] = `var(${prefix}${type})`;
    }
    return {types: [type], style};
  }),
};

function variables(theme: PrismTheme): string {
  const lines = [`--lab-code-color: ${theme.plain.color};`, `--lab-code-background: ${theme.plain.backgroundColor};`];
  for (const type of TYPES) {
    const own = styleOfType(theme, type);
    for (const {key, prefix} of PROPERTIES) {
      if (!codeTheme.styles.find((s) => s.types[0] === type)!.style[key]) continue;
      // `initial` leaves the variable unset, so the token keeps the colour it inherits, as without the theme entry.
      lines.push(`${prefix}${type}: ${own[key] ?? 'initial'};`);
    }
  }
  return lines.join(' ');
}

/** The variables `codeTheme` reads: the light theme by default, the dark one under `[data-theme='dark']`. */
export const codeThemeCss = `:root {${variables(lightCodeTheme)}}\n[data-theme='dark'] {${variables(darkCodeTheme)}}\n${tokenClasses()}`;

/** One class per token type and property (`.lc-keyword{color:var(--lc-keyword)}`), for the code lines' runs (src/lib/code-runs.ts). */
function tokenClasses(): string {
  return codeTheme.styles
    .flatMap(({types: [type], style}) =>
      PROPERTIES.filter(({key}) => style[key]).map(({key, css, prefix}) => `.${prefix.slice(2)}${type}{${css}:${style[key]}}`),
    )
    .join('');
}
