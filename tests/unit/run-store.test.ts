import {describe, expect, it} from 'vitest';
import {emptyReport, type RunReport} from '../../sandbox/contract/report';
import {publishRun, runStateOf} from '../../src/components/Example/runStore';

// What Predict questions and charts read of an example's runs: each run counts once, when it
// ends, with the lines it printed; states in between only change the status.
function report(startedAt: number, status: RunReport['status'], texts: string[] = []): RunReport {
  return {...emptyReport(startedAt), status, lines: texts.map((text, i) => ({level: 'log', text, t: i, lane: 'main'}) as RunReport['lines'][number])};
}

describe('the run store', () => {
  it('counts a run when it ends, with what it printed, and not again for the same ended run', () => {
    const id = 'store-a';
    expect(runStateOf(id)).toEqual({runs: 0, status: null, lines: []});
    publishRun(id, report(1, 'starting'));
    publishRun(id, report(1, 'running', ['one']));
    expect(runStateOf(id)).toEqual({runs: 0, status: 'running', lines: []});
    publishRun(id, report(1, 'done', ['one', 'two']));
    expect(runStateOf(id)).toEqual({runs: 1, status: 'done', lines: ['one', 'two']});
    publishRun(id, report(1, 'done', ['one', 'two']));
    expect(runStateOf(id).runs).toBe(1);
  });

  it('keeps the last ended run\'s lines while the next one runs, and counts each run, stopped or failed', () => {
    const id = 'store-b';
    publishRun(id, report(1, 'done', ['first']));
    publishRun(id, report(2, 'running', ['partial']));
    expect(runStateOf(id)).toEqual({runs: 1, status: 'running', lines: ['first']});
    publishRun(id, report(2, 'stopped', ['partial']));
    publishRun(id, report(3, 'failed'));
    expect(runStateOf(id)).toEqual({runs: 3, status: 'failed', lines: []});
  });

  it('keeps examples apart', () => {
    publishRun('store-c', report(1, 'done', ['c']));
    expect(runStateOf('store-d').runs).toBe(0);
    expect(runStateOf('store-c').lines).toEqual(['c']);
  });
});
