// Calibration: how many loop iterations make one millisecond of CPU work on this machine.
// The quadrant lab runs this alone before the models and gives the figure to all of them, so
// every model does exactly the same amount of work.
import {now} from 'lab';

let sink = 0;
// The same loop as burn() in the engine.
function burn(iterations: number): void {
  let x = sink;
  for (let i = 0; i < iterations; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
  sink = x;
}

// Warm up for about 60 ms, so the JIT has compiled burn().
const warmUntil = now() + 60;
while (now() < warmUntil) burn(10_000);

// Grow a batch until it takes at least 15 ms (far above the timer's resolution)...
let batch = 10_000;
for (;;) {
  const start = now();
  burn(batch);
  if (now() - start >= 15) break;
  batch *= 2;
}
// ...then time it seven times and keep the fastest rate: the speed of a core when nothing else
// interrupted it. On a busy machine the models then really take longer, and the lab says so.
const rates: number[] = [];
for (let i = 0; i < 7; i++) {
  const start = now();
  burn(batch);
  rates.push(batch / (now() - start));
}
rates.sort((a, b) => a - b);
const iterationsPerMs = rates[6];
console.log(`${Math.round(iterationsPerMs)} loop iterations per ms (slowest batch ${Math.round(rates[0])}; sink ${sink})`);
console.log(`@calibration ${JSON.stringify({iterationsPerMs, low: rates[0], high: rates[6]})}`);
