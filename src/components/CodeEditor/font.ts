/** What a Docusaurus code block looks like here, so the editor that replaces it does not jump. */
export interface CodeFont {
  fontFamily: string;
  fontSize: number;
  lineHeight: number;
}

const FALLBACK_FAMILY =
  'SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", "Courier New", monospace';

function px(value: string): number {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : NaN;
}

function read(element: Element): CodeFont | null {
  const style = getComputedStyle(element);
  const fontSize = px(style.fontSize);
  if (!(fontSize > 0)) {
    return null;
  }
  const lineHeightPx = px(style.lineHeight); // NaN for "normal"
  return {
    fontFamily: style.fontFamily || FALLBACK_FAMILY,
    fontSize,
    lineHeight: lineHeightPx > 0 ? lineHeightPx : Math.round(fontSize * 1.45 * 100) / 100,
  };
}

/**
 * The computed font of a code block on the page (a Docusaurus one if present), or of a probe
 * `pre > code` placed inside `host`, which gets the same site styles.
 */
export function codeBlockFont(host: HTMLElement): CodeFont {
  const block =
    document.querySelector('.theme-code-block pre code') ?? document.querySelector('pre code');
  const measured = block ? read(block) : null;
  if (measured) {
    return measured;
  }
  const pre = document.createElement('pre');
  pre.className = 'prism-code';
  pre.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;margin:0';
  const code = document.createElement('code');
  code.textContent = 'x';
  pre.appendChild(code);
  host.appendChild(pre);
  try {
    return read(code) ?? {fontFamily: FALLBACK_FAMILY, fontSize: 14, lineHeight: 20};
  } finally {
    pre.remove();
  }
}

export function isMac(): boolean {
  if (typeof navigator === 'undefined') {
    return false;
  }
  const nav = navigator as Navigator & {userAgentData?: {platform?: string}};
  return /mac|iphone|ipad|ipod/i.test(nav.userAgentData?.platform ?? nav.platform ?? '');
}
