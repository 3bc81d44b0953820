import {describe, expect, it} from 'vitest';
import {applyDelta, DeltaWriter} from '../../sandbox/frame/delta';
import {isAllowedParent} from '../../sandbox/frame/allowed-parents';
import {localTwin, runnerPlaces} from '../../sandbox/frame/places';
import {emptyReport, type RunReport} from '../../sandbox/report';

describe('report deltas between the runner frame and the page', () => {
  it('rebuild the same report, sending each line, span and lane once, then only that a lane ended', () => {
    const report: RunReport = emptyReport(1000);
    const writer = new DeltaWriter();
    let page: RunReport | null = null;

    report.status = 'running';
    report.lanes.push({name: 'page', title: 'page', start: 0, state: 'running'});
    report.lines.push({lane: 'main', level: 'log', t: 5, text: 'a'});
    let delta = writer.next(report);
    page = applyDelta(page, delta);
    expect(delta.lines.map((l) => l.text)).toEqual(['a']);

    report.lanes.push({name: 'main', title: 'main', start: 1, state: 'running'});
    report.lines.push({lane: 'main', level: 'log', t: 6, text: 'b'});
    report.spans.push({lane: 'main', kind: 'cpu', start: 1, end: 4});
    delta = writer.next(report);
    expect(delta.lines.map((l) => l.text)).toEqual(['b']);
    expect(delta.lanes.map((l) => l.index)).toEqual([1]) // lane 0 (still running) was sent already;
    const before = page;
    page = applyDelta(page, delta);
    expect(before.lines).toHaveLength(1); // an earlier snapshot never changes

    report.lanes[1] = {...report.lanes[1], end: 9, state: 'done'};
    report.status = 'done';
    report.duration = 9;
    delta = writer.next(report);
    // A lane is sent once; later only that it ended, and an open lane nothing at all.
    expect(delta.lanes).toEqual([]);
    expect(delta.ended).toEqual([{index: 1, end: 9, state: 'done'}]);
    page = applyDelta(page, delta);
    expect(writer.next(report)).toMatchObject({lanes: [], ended: []});
    expect(page).toEqual({...report, error: undefined});
  });
});

describe('where the runner frame lives', () => {
  it('is the localhost/127.0.0.1 twin first, then the page’s own origin', () => {
    expect(runnerPlaces('/runner', {href: 'http://localhost:3000/process', origin: 'http://localhost:3000'}, true)).toEqual([
      'http://127.0.0.1:3000/runner',
      'http://localhost:3000/runner',
    ]);
    expect(localTwin('http://127.0.0.1:4173')).toBe('http://localhost:4173');
  });

  it('uses a configured second site, under the same base path, and only the own origin offline', () => {
    const here = {href: 'https://lab.example.org/course/en/process', origin: 'https://lab.example.org'};
    expect(runnerPlaces('/course/en/runner', here, true, 'https://run.example.net')).toEqual([
      'https://run.example.net/course/en/runner',
      'https://lab.example.org/course/en/runner',
    ]);
    expect(runnerPlaces('/course/en/runner', here, false, 'https://run.example.net')).toEqual(['https://lab.example.org/course/en/runner']);
    expect(runnerPlaces('/runner', here, true)).toEqual(['https://lab.example.org/runner']);
  });

  it('takes orders only from its own origin, the configured site or the local twin', () => {
    expect(isAllowedParent('https://run.example.net', 'https://run.example.net', [])).toBe(true);
    expect(isAllowedParent('https://lab.example.org', 'https://run.example.net', ['https://lab.example.org'])).toBe(true);
    expect(isAllowedParent('https://evil.example', 'https://run.example.net', ['https://lab.example.org'])).toBe(false);
    expect(isAllowedParent('http://localhost:3000', 'http://127.0.0.1:3000', [])).toBe(true);
    expect(isAllowedParent('http://localhost:3001', 'http://127.0.0.1:3000', [])).toBe(false);
  });
});
