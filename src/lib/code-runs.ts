import type {CSSProperties} from 'react';
import type {Token, TokenOutputProps} from 'prism-react-renderer';

/** A stretch of a line drawn one way: `className` empty for the block's plain colour. */
export type Run = {className: string; text: string};

/** `var(--lc-keyword)` → `lc-keyword`: the class that sets that one property (`tokenClasses` in code-themes.ts makes them; that module is not imported here, as it would bring Prism's themes into the client bundle). */
function classesOf(style: CSSProperties | undefined): string | null {
  const classes: string[] = [];
  for (const value of Object.values(style ?? {})) {
    const m = /^var\(--(l[cfo]-[\w-]+)\)$/.exec(String(value));
    if (!m) return null;
    classes.push(m[1]);
  }
  return classes.join(' ');
}

const blank = (text: string) => /^\s+$/.test(text);

/**
 * A line's tokens as few elements as draw it the same: a token in the block's plain colour is
 * bare text, whitespace joins its neighbour (no colour shows on it), and neighbours drawn alike
 * are one run. A highlighted chapter was ~6,400 token elements of its ~7,100 (on /thread), and
 * styling and laying them out was most of a phone's work at load. Returns null when a token has
 * a style that is not one of the theme's variables, so the caller draws the line as Prism does.
 */
export function tokenRuns(line: Token[], getTokenProps: (input: {token: Token}) => TokenOutputProps): Run[] | null {
  const runs: Run[] = [];
  for (const token of line) {
    // A line that is only its line break draws as its <br> (the '\n' would make two).
    if (token.content === '' || (line.length === 1 && token.content === '\n')) continue;
    const className = classesOf(getTokenProps({token}).style);
    if (className === null) return null;
    const last = runs.at(-1);
    if (last && (blank(token.content) || last.className === className)) last.text += token.content;
    else if (last && blank(last.text)) runs[runs.length - 1] = {className, text: last.text + token.content};
    else runs.push({className, text: token.content});
  }
  return runs;
}
