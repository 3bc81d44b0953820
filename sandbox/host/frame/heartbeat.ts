/**
 * The runner frame's pulse, answered by a worker of its own rather than the frame's main thread:
 * a frame busy taking a flood of events answers late, but it has not crashed. The worker lives
 * in the frame's process and dies with it (a program that used up its memory takes the whole
 * process down), and with its document (a host page that removes or reloads the frame).
 */
const ECHO = 'onmessage = (e) => { const port = e.data; port.onmessage = (m) => port.postMessage(m.data); };';

/** Starts the echo worker and returns the port the page pings it on, or null if it cannot start. */
export function startHeartbeat(): MessagePort | null {
  try {
    const url = URL.createObjectURL(new Blob([ECHO], {type: 'text/javascript'}));
    const worker = new Worker(url, {name: 'heartbeat'});
    URL.revokeObjectURL(url);
    const channel = new MessageChannel();
    worker.postMessage(channel.port1, [channel.port1]);
    return channel.port2;
  } catch {
    return null;
  }
}
