import {describe, expect, it} from 'vitest';
import {prefersLightEditor} from '../../src/lib/editor-choice';

/** A matchMedia that answers true for the listed queries only. */
const media = (...matching: string[]) => (query: string) => ({matches: matching.includes(query)});

describe('prefersLightEditor', () => {
  it('picks the light editor on a touch screen, whatever its width', () => {
    expect(prefersLightEditor(media('(pointer: coarse)'))).toBe(true);
  });

  it('picks the light editor in a narrow window with a mouse', () => {
    expect(prefersLightEditor(media('(max-width: 600px)'))).toBe(true);
  });

  it('keeps Monaco for a wide window with a mouse', () => {
    expect(prefersLightEditor(media('(pointer: fine)', '(min-width: 601px)'))).toBe(false);
  });

  it('keeps Monaco where media queries cannot be asked', () => {
    expect(prefersLightEditor(undefined)).toBe(false);
  });
});
