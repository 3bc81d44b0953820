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
