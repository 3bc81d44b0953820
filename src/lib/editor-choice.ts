/**
 * Which editor an example opens. Monaco wants a mouse, a physical keyboard and room for its
 * hovers and suggestion lists; on a phone it cannot be used. A touch screen as the main pointer
 * (phones, tablets) or a viewport too narrow for Monaco's widgets gets the light editor.
 *
 * 600 px: every phone held upright is narrower (360–430 px), tablets are wider and, if a
 * trackpad is their main pointer, still get Monaco; the output log switches to its narrow
 * layout at the same width.
 */
export const LIGHT_EDITOR_MEDIA = ['(pointer: coarse)', '(max-width: 600px)'] as const;

export type MediaMatcher = (query: string) => {matches: boolean};

/** True when the light editor fits better than Monaco; false where media queries are unknown. */
export function prefersLightEditor(matchMedia: MediaMatcher | undefined): boolean {
  if (!matchMedia) return false;
  return LIGHT_EDITOR_MEDIA.some((query) => matchMedia(query).matches);
}
