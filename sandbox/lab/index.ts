import type * as LabApi from 'lab';
import {lane, now, sleep, work} from './time';
import {spawn} from './spawn';
import {canShareMemory, lock, mutex, sharedInts, unlock, withLock} from './memory';

/** The `lab` module as examples see it; `satisfies` keeps it true to lab.d.ts. */
export const lab = {
  sleep,
  work,
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
} satisfies Omit<typeof LabApi, 'Mutex' | 'WorkerHandle'>;
