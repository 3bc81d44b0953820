/// <reference lib="webworker" />
/**
 * What a worker takes away from reader code before it runs: closing itself, importScripts,
 * the Cache API and new Worker(). Its errors and unhandled rejections fail the run.
 */
import {say} from '../shared/messages';
import {fail} from './outcome';

declare const self: DedicatedWorkerGlobalScope;

export function installGuards(): void {
  self.addEventListener('error', (event) => {
    event.preventDefault();
    fail(event.error ?? new Error(event.message), 'runtime');
  });
  self.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    fail(event.reason, 'unhandled');
  });
  self.close = () => {
    throw new Error(say('closeUnavailable'));
  };
  self.importScripts = () => {
    throw new Error(say('importScriptsUnavailable'));
  };
  // The offline copy of the site lives in the Cache API: reader code must not be able to change
  // what the service worker serves. Removed from the prototype too, so no getter can be borrowed.
  refuse('caches', say('cachesUnavailable'));
  // A worker started behind lab's back would escape Stop, the time limit and the worker cap.
  refuse('Worker', say('workerUnavailable'));
}

function refuse(name: string, message: string): void {
  const proto = Object.getPrototypeOf(self) as object;
  for (let o: object | null = proto; o; o = Object.getPrototypeOf(o)) {
    if (Object.prototype.hasOwnProperty.call(o, name)) delete (o as Record<string, unknown>)[name];
  }
  Object.defineProperty(self, name, {
    configurable: false,
    get() {
      throw new Error(message);
    },
  });
}
