import type * as LabApi from 'lab';
import {labelSpan, lane, now, sleep, work} from './time';
import {spawn} from './spawn';
import {canShareMemory, lock, mutex, sharedInts, unlock, withLock} from './memory';
import {channel, close, receive, send} from './channel';

/** The `lab` module as examples see it; `satisfies` keeps it true to lab.d.ts. */
export const lab = {
  sleep,
  work,
  span: labelSpan,
  spawn,
  now,
  lane,
  cores: typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1,
  canShareMemory,
  sharedInts,
  mutex,
  lock,
  unlock,
  withLock,
  channel,
  send,
  receive,
  close,
} satisfies Omit<typeof LabApi, 'Mutex' | 'WorkerHandle' | 'WorkReport' | 'Channel'>;
