import {expose, wrap} from 'comlink';
import {describe, expect, it} from 'vitest';
import type {HostApi, RunOutcome, RunSettings, WorkerApi} from '../../sandbox/contract/protocol';
import type {RunEvent} from '../../sandbox/contract/run-events';
import {Run} from '../../sandbox/host/runner';

// The run session (sandbox/host/runner.ts) in Node, with a fake worker behind the WorkerFactory
// seam: what it reports of a run that prints, computes and ends, is stopped, or hangs.

type Behaviour = (host: HostApi, settings: RunSettings) => Promise<RunOutcome>;

/** A stand-in for a runtime worker: answers ready, then runs `behaviour` for runModule. */
function fakeWorker(behaviour: Behaviour, log: {terminated: number}) {
  const target = new EventTarget();
  return Object.assign(target, {
    postMessage(message: {port: MessagePort}) {
      const port = message.port;
      port.postMessage({ready: true, workRate: 1000});
      const api: Partial<WorkerApi> = {
        runModule: (_code, settings, hostPort) => behaviour(wrap<HostApi>(hostPort) as unknown as HostApi, settings),
        prepare: async () => {},
      };
      expose(api, port);
    },
    terminate() {
      log.terminated++;
    },
  }) as unknown as Worker;
}

function session(behaviour: Behaviour, timeLimitMs = 5_000) {
  const log = {terminated: 0};
  const events: RunEvent[] = [];
  const run = new Run('/* the fake worker ignores the code */', {
    timeLimitMs,
    language: 'en',
    factory: () => fakeWorker(behaviour, log),
    schedule: (fn) => queueMicrotask(fn),
    onEvents: (batch) => events.push(...batch),
  });
  return {run, events, log};
}

describe('a run session', () => {
  it('reports a run that prints and computes, in order, ending every lane', async () => {
    const {run, events, log} = session(async (host, settings) => {
      const t = settings.runStart;
      await host.emit([
        {type: 'log', lane: 'main', level: 'log', t: t + 1, text: 'hello'},
        {type: 'span', lane: 'main', kind: 'cpu', start: t + 1, end: t + 3, label: 'work(2)'},
      ]);
      return {ok: true};
    });
    const report = await run.start();
    expect(report.status).toBe('done');
    expect(report.lines.map((l) => l.text)).toEqual(['hello']);
    expect(report.spans.map((s) => s.kind)).toEqual(['setup', 'cpu']);
    expect(report.lanes.map((l) => [l.name, l.state])).toEqual([
      ['page', 'done'],
      ['main', 'done'],
    ]);
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('start');
    expect(types.at(-1)).toBe('end');
    expect(types.filter((t) => t === 'line')).toHaveLength(1);
    expect(log.terminated).toBe(1); // a worker serves one run only
  });

  it('a worker cannot write on another lane: its events are kept on its own', async () => {
    const {run} = session(async (host, settings) => {
      await host.emit([{type: 'log', lane: 'w7', level: 'log', t: settings.runStart, text: 'forged'}]);
      return {ok: true};
    });
    const report = await run.start();
    expect(report.lines.map((l) => [l.lane, l.text])).toEqual([['main', 'forged']]);
  });

  it('Stop ends the run at once, terminates the worker and closes its lane as killed', async () => {
    const {run, log} = session(() => new Promise<RunOutcome>(() => {}));
    const done = run.start();
    await new Promise((r) => setTimeout(r, 50));
    run.stop();
    const report = await done;
    expect(report.status).toBe('stopped');
    expect(report.error?.message).toMatch(/stop/i);
    expect(report.lanes.find((l) => l.name === 'main')?.state).toBe('killed');
    expect(log.terminated).toBe(1);
  });

  it('a program that never ends meets the time limit, with a message that names it', async () => {
    const {run} = session(() => new Promise<RunOutcome>(() => {}), 200);
    const report = await run.start();
    expect(report.status).toBe('timeout');
    expect(report.error?.message).toContain('0.2');
  });

  it('a failure in the worker is the run\'s error, on its lane', async () => {
    const {run} = session(async () => ({ok: false, error: {name: 'TypeError', message: 'x is not a function', phase: 'runtime'}}));
    const report = await run.start();
    expect(report.status).toBe('failed');
    expect(report.error).toMatchObject({name: 'TypeError', message: 'x is not a function', lane: 'main'});
    expect(report.lanes.find((l) => l.name === 'main')?.state).toBe('failed');
  });
});
