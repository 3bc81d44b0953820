import {describe, expect, it} from 'vitest';
import prerendered from '../../src/theme/Mermaid/prerendered.json';
import clientList from '../../src/theme/Mermaid/prerendered-client.json';
import {openingDiagrams} from '../../scripts/render-diagrams.mjs';

// Every diagram in a chapter's opening section is drawn ahead (scripts/render-diagrams.mjs), so
// the page puts its SVG in the HTML instead of running Mermaid while it loads. A diagram changed
// since: run the script.
const sources: string[] = openingDiagrams();
const drawn = prerendered as Record<string, string>;

describe('diagrams drawn ahead', () => {
  it('finds the diagrams at the top of a chapter (/coroutine, both languages)', () => expect(sources.length).toBe(2));

  it('has an up-to-date drawing of every diagram, and none of diagrams that are gone', () => {
    const missing = sources.filter((s) => !drawn[s]).map((s) => s.split('\n')[0]);
    expect(missing, 'run node scripts/render-diagrams.mjs').toEqual([]);
    expect(Object.keys(drawn).sort()).toEqual([...new Set(sources)].sort());
    // The browser build knows which were drawn ahead (to keep those), without their SVG.
    expect(clientList).toEqual(Object.fromEntries(Object.keys(drawn).map((k) => [k, ''])));
  });

  it('draws each in both themes', () => {
    for (const svg of Object.values(drawn)) {
      expect(svg).toMatch(/^(<svg|<div class="lab-diagram-light">)/);
      expect(svg).toMatch(/\[data-theme='dark'\]|lab-diagram-dark/);
      // The dark rules are scoped to this drawing's own id (not the id of the dark one, left out).
      const id = /<svg id="([^"]+)"/.exec(svg)![1];
      for (const [, scoped] of svg.matchAll(/\[data-theme='dark'\] #([\w-]+)/g)) expect(scoped).toBe(id);
    }
  });
});
