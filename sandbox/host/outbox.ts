import type {RunEvent} from '../contract/run-events';

/**
 * A run's events on their way out of the run session, in order. Sent at once when nothing was
 * sent for a frame (so the first line shows without waiting), else coalesced into the next
 * scheduled send; a flood of `dropped` counts is one count, not an event per line.
 */
export class EventOutbox {
  private events: RunEvent[] = [];
  private queued = false;
  private lastSend = 0;

  constructor(
    /** Where the events go; without it nothing is kept. */
    private readonly send: ((events: RunEvent[]) => void) | undefined,
    private readonly schedule: (fn: () => void) => void,
    /** Whether the run is over: a scheduled send then has nothing left to do. */
    private readonly over: () => boolean,
  ) {}

  add(event: RunEvent): void {
    if (!this.send) return;
    const last = this.events.at(-1);
    // A flood past the caps is one count, not an event per line.
    if (event.type === 'dropped' && last?.type === 'dropped') {
      last.lines = (last.lines ?? 0) + (event.lines ?? 0);
      if (event.spans) last.spans = (last.spans ?? 0) + event.spans;
    } else this.events.push(event.type === 'dropped' ? {...event} : event);
  }

  /** Something changed: send now, or in the next scheduled send. */
  changed(): void {
    if (this.queued || !this.send) return;
    if (performance.now() - this.lastSend > 16) {
      this.flush();
      return;
    }
    this.queued = true;
    this.schedule(() => {
      this.queued = false;
      if (!this.over()) this.flush();
    });
  }

  /** Sends what is waiting, now. */
  flush(): void {
    this.lastSend = performance.now();
    const events = this.events;
    if (!events.length) return;
    this.events = [];
    this.send?.(events);
  }
}
