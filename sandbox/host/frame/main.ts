/**
 * The runner frame: a page of its own, on a second site when there is one, that runs the
 * reader's code in workers and reports back to the lesson page. A second site gets its own
 * process from the browser (site isolation), so a program that eats all memory crashes this
 * frame's process and not the reader's page.
 */
import {onWorkRate} from '../calibration';
import {WorkerPool} from '../pool';
import type {Language} from '../../contract/language';
import {Run} from '../runner';
import {isAllowedParent} from './allowed-parents';
import {startHeartbeat} from './heartbeat';
import {CONNECT, HELLO, type FromRunner, type ToRunner} from '../../contract/frame-messages';

declare const RUNNER_PARENT_ORIGINS: string[];

const pool = new WorkerPool();
// For benchmarks: how fast this runner found the device (iterations of work()'s kernel per ms).
onWorkRate((rate) => {
  document.documentElement.dataset.workRate = String(Math.round(rate));
});
const runs = new Map<number, Run>();
let port: MessagePort | null = null;

function send(message: FromRunner): void {
  port?.postMessage(message);
}

function start(id: number, code: string, timeLimitMs: number | undefined, language: Language): void {
  const run = new Run(code, {
    timeLimitMs,
    language,
    pool,
    // The page coalesces what it draws per animation frame; holding events back here as well
    // would only delay the first line.
    schedule: (fn) => queueMicrotask(fn),
    onEvents: (events) => send({type: 'events', id, events}),
  });
  runs.set(id, run);
  // The run's last batch ends with its `end` event. The page asks for the next spare worker
  // when it wants one (prewarm).
  void run.start().then(() => runs.delete(id));
}

function onMessage(message: ToRunner): void {
  switch (message?.type) {
    case 'run':
      start(message.id, String(message.code), message.timeLimitMs, message.language === 'zh' ? 'zh' : 'en');
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
  const beat = startHeartbeat();
  if (beat) port.postMessage({type: 'heartbeat', port: beat} satisfies FromRunner, [beat]);
  // The page opens the runner because a run is likely: have a worker booting already. Only for
  // a page allowed to use it: any site may frame this page, and none other may cost it workers.
  pool.prewarm();
});

if (window.parent !== window) window.parent.postMessage(HELLO, '*');
