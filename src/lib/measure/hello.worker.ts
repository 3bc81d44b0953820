/// <reference lib="webworker" />
// The smallest worker there is: it says hello as soon as it runs. The measure page times
// `new Worker(...)` → this first message.
(self as unknown as DedicatedWorkerGlobalScope).postMessage('hello');
