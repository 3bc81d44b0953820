/// <reference lib="webworker" />
/** Puts the Node-shaped console (./console.ts) in place of the worker's own. */
import {logText} from '../lab/emitter';
import {createConsole} from './console';
import {installInspectHooks} from './inspect-hooks';
import {cleanStack} from './stack';

export function installConsole(): void {
  installInspectHooks();
  const methods = createConsole({
    write: (level, text) => logText(level, () => cleanStack(text())),
    now: () => performance.now(),
  });
  Object.assign(console, methods);
}
