import {afterEach, describe, expect, it, vi} from 'vitest';
import type {RunnerConnection} from '../../sandbox/client/connection';
import {RemoteRun} from '../../sandbox/client/remote-run';
import type {RunReport} from '../../sandbox/contract/report';
import type {RunEvent} from '../../sandbox/contract/run-events';

// The page's run handle (sandbox/client/remote-run.ts) in Node, with a fake frame connection:
// when the page hears about a run, what it calls urgent, and how it ends a run by itself.

function fakeConnection(lost = false) {
  const sent: Array<{type: string}> = [];
  const watched = new Set<RemoteRun>();
  const connection = {
    lost,
    send: (message: {type: string}) => sent.push(message),
    watch: (run: RemoteRun) => watched.add(run),
    unwatch: (run: RemoteRun) => watched.delete(run),
  };
  return {connection: connection as unknown as RunnerConnection, sent, watched};
}

function startRun(opts: {lost?: boolean; timeLimitMs?: number} = {}) {
  const {connection, sent, watched} = fakeConnection(opts.lost);
  const updates: Array<{report: RunReport; urgent: boolean}> = [];
  const queued: Array<() => void> = [];
  const run = new RemoteRun(7, 'console.log(1)', {
    timeLimitMs: opts.timeLimitMs,
    schedule: (fn) => queued.push(fn),
    onUpdate: (report, {urgent}) => updates.push({report, urgent}),
  }, connection);
  run.start();
  const frame = () => queued.splice(0).forEach((fn) => fn());
  return {run, sent, watched, updates, frame};
}

const line = (text: string, t = 1): RunEvent => ({type: 'line', line: {lane: 'main', level: 'log', t, text}});
const span: RunEvent = {type: 'span', span: {lane: 'main', kind: 'cpu', start: 0, end: 5}};

afterEach(() => vi.useRealTimers());

describe('RemoteRun', () => {
  it('sends the run to the frame within the call, and watches the connection', () => {
    const {run, sent, watched} = startRun();
    expect(sent).toEqual([expect.objectContaining({type: 'run', id: 7, code: 'console.log(1)'})]);
    expect(watched.has(run)).toBe(true);
    expect(run.snapshot().status).toBe('running');
  });

  it('hands on new output at once and as urgent, without waiting for a frame', () => {
    const {run, updates} = startRun();
    run.receive([line('你好')]);
    expect(updates).toHaveLength(1);
    expect(updates[0].urgent).toBe(true);
    expect(updates[0].report.lines.map((l) => l.text)).toEqual(['你好']);
  });

  it('holds spans for the next frame and calls them not urgent', () => {
    const {run, updates, frame} = startRun();
    run.receive([span]);
    expect(updates).toHaveLength(0);
    frame();
    expect(updates).toEqual([{report: expect.objectContaining({spans: [expect.objectContaining({kind: 'cpu'})]}), urgent: false}]);
  });

  it('a line right after a publish waits for the frame, and that update is still urgent', () => {
    const {run, updates, frame} = startRun();
    run.receive([line('a')]);
    run.receive([line('b', 2)]);
    run.receive([span]);
    expect(updates).toHaveLength(1);
    frame();
    expect(updates).toHaveLength(2);
    expect(updates[1].urgent).toBe(true);
    expect(updates[1].report.lines.map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('Stop ends the run here at once, tells the frame, and settles done', async () => {
    const {run, sent, watched, updates} = startRun();
    run.stop();
    expect(sent.at(-1)).toEqual({type: 'stop', id: 7});
    expect(updates.at(-1)).toEqual({report: expect.objectContaining({status: 'stopped'}), urgent: true});
    expect(watched.size).toBe(0);
    const report = await run.done;
    expect(report.status).toBe('stopped');
    expect(report.error).toMatchObject({name: 'Stopped', lane: 'page'});
    run.receive([line('too late')]);
    expect((await run.done).lines).toHaveLength(0);
  });

  it('the frame ending the run is final, and later events are ignored', async () => {
    const {run, updates} = startRun();
    run.receive([line('x'), {type: 'end', status: 'done', duration: 12}]);
    expect(run.finished).toBe(true);
    run.receive([line('after the end')]);
    const report = await run.done;
    expect(report.status).toBe('done');
    expect(report.lines.map((l) => l.text)).toEqual(['x']);
    expect(updates.at(-1)?.urgent).toBe(true);
  });

  it('a crashed frame fails the run with the runner as its cause, not the program', async () => {
    const {run} = startRun();
    run.crashed();
    expect(await run.done).toMatchObject({status: 'failed', error: {name: 'RunnerCrashed', lane: 'page'}});
  });

  it('a connection already lost fails at once as interrupted, sending nothing', async () => {
    const {run, sent} = startRun({lost: true});
    expect(sent).toHaveLength(0);
    expect(await run.done).toMatchObject({status: 'failed', error: {name: 'RunnerInterrupted'}});
  });

  it('its watchdog ends a run the frame never answers, past the time limit', async () => {
    vi.useFakeTimers();
    const {run} = startRun({timeLimitMs: 1000});
    vi.advanceTimersByTime(5999);
    expect(run.finished).toBe(false);
    vi.advanceTimersByTime(2);
    expect(await run.done).toMatchObject({status: 'timeout', error: {name: 'TimeLimit'}});
  });
});

describe('the first-output marks', () => {
  it('mark when the run was sent, and where its first line was printed and received, on the page clock', () => {
    const {run} = startRun();
    expect(performance.getEntriesByName('lab:run-sent')).toHaveLength(1);
    const startedAt = performance.timeOrigin + 100;
    run.receive([{type: 'start', startedAt}]);
    expect(performance.getEntriesByName('lab:first-line')).toHaveLength(0);
    run.receive([line('一', 5), line('二', 6)]);
    run.receive([line('三', 7)]);
    const marks = performance.getEntriesByName('lab:first-line') as PerformanceMark[];
    expect(marks).toHaveLength(1);
    expect(marks[0].detail).toEqual({id: 7, frameStarted: expect.closeTo(100, 3), printed: expect.closeTo(105, 3)});
  });
});

describe('the ends the page decides', () => {
  it('speak the run’s language: a Chinese run stopped or crashed says so in Chinese', async () => {
    const {connection} = fakeConnection();
    const stopped = new RemoteRun(1, '', {language: 'zh'}, connection);
    stopped.start();
    stopped.stop();
    expect((await stopped.done).error?.message).toBe('已停止：这次运行的所有 Worker 都已被终止。');
    const crashed = new RemoteRun(2, '', {language: 'zh'}, connection);
    crashed.start();
    crashed.crashed();
    expect((await crashed.done).error?.message).toMatch(/^运行这个示例的进程崩溃了/);
    const english = new RemoteRun(3, '', {language: 'en'}, connection);
    english.start();
    english.stop();
    expect((await english.done).error?.message).toBe('Stopped: every worker of this run was terminated.');
  });
});
