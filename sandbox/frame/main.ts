/**
 * The runner frame: a page of its own, on a second site when there is one, that runs the
 * reader's code in workers and reports back to the lesson page. A second site gets its own
 * process from the browser (site isolation), so a program that eats all memory crashes this
 * frame's process and not the reader's page.
 */
import {WorkerPool} from '../pool';
import {Run} from '../runner';
import {isAllowedParent} from './allowed-parents';
import {DeltaWriter} from './delta';
import {CONNECT, HELLO, type FromRunner, type ToRunner} from './messages';

declare const RUNNER_PARENT_ORIGINS: string[];

const pool = new WorkerPool();
const runs = new Map<number, Run>();
let port: MessagePort | null = null;

function send(message: FromRunner): void {
  port?.postMessage(message);
}

function start(id: number, code: string, timeLimitMs: number | undefined): void {
  const writer = new DeltaWriter();
  const run = new Run(code, {
    timeLimitMs,
    pool,
    // The page coalesces what it draws per animation frame; holding updates back here as well
    // would only delay the first line.
    schedule: (fn) => queueMicrotask(fn),
    onUpdate: (report) => send({type: 'update', id, delta: writer.next(report), final: false}),
  });
  runs.set(id, run);
  void run.start().then((report) => {
    runs.delete(id);
    // The page asks for the next spare worker when it wants one (prewarm).
    send({type: 'update', id, delta: writer.next(report), final: true});
  });
}

function onMessage(message: ToRunner): void {
  switch (message?.type) {
    case 'run':
      start(message.id, String(message.code), message.timeLimitMs);
      break;
    case 'stop':
      runs.get(message.id)?.stop();
      break;
    case 'prewarm':
      pool.prewarm(typeof message.code === 'string' ? message.code : undefined);
      break;
    case 'ping':
      send({type: 'pong', n: message.n});
      break;
  }
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.data !== CONNECT || !event.ports[0]) return;
  if (!isAllowedParent(event.origin, location.origin, RUNNER_PARENT_ORIGINS)) return;
  port?.close();
  for (const run of runs.values()) run.stop();
  port = event.ports[0];
  port.onmessage = (e) => onMessage(e.data as ToRunner);
});

if (window.parent !== window) {
  window.parent.postMessage(HELLO, '*');
  // The page opens the runner because a run is likely: have a worker booting already.
  pool.prewarm();
}
