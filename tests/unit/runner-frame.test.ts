import {describe, expect, it} from 'vitest';
import {applyEvent, reduce} from '../../sandbox/shared/reduce';
import type {RunEvent} from '../../sandbox/contract/run-events';
import {isAllowedParent} from '../../sandbox/host/frame/allowed-parents';
import {localTwin, runnerPlaces} from '../../sandbox/shared/places';
import {emptyReport, type RunReport} from '../../sandbox/contract/report';

describe('one report from the same events, in the runner frame and on the page', () => {
  const lane = (name: string, start: number) => ({name, title: name, start, state: 'running' as const});
  const batches: RunEvent[][] = [
    [{type: 'start', startedAt: 1000}, {type: 'lane-start', lane: lane('page', 0)}, {type: 'line', line: {lane: 'main', level: 'log', t: 5, text: 'a'}}],
    [
      {type: 'lane-start', lane: lane('main', 1)},
      {type: 'line', line: {lane: 'main', level: 'log', t: 6, text: 'b'}},
      {type: 'span', span: {lane: 'main', kind: 'cpu', start: 1, end: 4}},
      {type: 'dropped', lines: 3},
    ],
    [{type: 'lane-end', name: 'main', end: 9, state: 'done'}, {type: 'end', status: 'done', duration: 9}],
  ];

  it('builds the frame\'s report in place and the page\'s batch by batch, and they agree', () => {
    const frame = emptyReport(0);
    for (const batch of batches) for (const e of batch) applyEvent(frame, e);
    let page = emptyReport(500);
    const seen: RunReport[] = [];
    for (const batch of batches) {
      page = reduce(page, batch);
      seen.push(page);
    }
    expect(page).toEqual(frame);
    expect(page).toMatchObject({status: 'done', startedAt: 1000, duration: 9, droppedLines: 3});
    expect(page.lines.map((l) => l.text)).toEqual(['a', 'b']);
    expect(page.lanes.map((l) => [l.name, l.end, l.state])).toEqual([
      ['page', 9, 'done'],
      ['main', 9, 'done'],
    ]);
    // A report handed to React is never changed by a later batch.
    expect(seen[0].lines).toHaveLength(1);
    expect(seen[0].status).toBe('running');
    expect(seen[1].lanes[1].state).toBe('running');
  });

  it('copies only what a batch touches, so unchanged output or timeline is not drawn again', () => {
    const before = reduce(emptyReport(0), batches[0]);
    const after = reduce(before, [{type: 'line', line: {lane: 'main', level: 'log', t: 7, text: 'c'}}]);
    expect(after.spans).toBe(before.spans);
    expect(after.lanes).toBe(before.lanes);
    expect(after.lines).not.toBe(before.lines);
    expect(before.lines).toHaveLength(1);
    const spanOnly = reduce(after, [{type: 'span', span: {lane: 'main', kind: 'io', start: 1, end: 2}}]);
    expect(spanOnly.lines).toBe(after.lines);
  });

  it('ends every open lane with the run, and nothing changes an ended report', () => {
    let page = reduce(emptyReport(0), [{type: 'start', startedAt: 0}, {type: 'lane-start', lane: lane('page', 0)}, {type: 'lane-start', lane: lane('w1', 2)}]);
    page = reduce(page, [{type: 'end', status: 'stopped', duration: 7, error: {name: 'Stopped', message: 'stopped', phase: 'runtime', lane: 'page'}}]);
    expect(page.lanes.map((l) => [l.name, l.end, l.state])).toEqual([
      ['page', 7, 'done'],
      ['w1', 7, 'killed'],
    ]);
    const after = reduce(page, [{type: 'line', line: {lane: 'w1', level: 'log', t: 8, text: 'late'}}, {type: 'end', status: 'done', duration: 9}]);
    expect(after).toEqual(page);
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
