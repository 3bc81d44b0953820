// Endless loops on every core, and main keeps printing anyway:
// the OS takes the CPU back from threads that never give it up.
import {spawn, sleep, now, cores, sharedInts} from 'lab';

// now() counts from the Run click, on the same clock as the timeline below.
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// Runs in a new worker: an endless loop that never awaits and never asks
// the OS for anything. It only counts its rounds in shared memory.
function spin(rounds: Int32Array, i: number) {
  while (true) {
    Atomics.add(rounds, i, 1);
  }
}

// One spinner per logical core (at most 16): together they could fill every core.
const n = Math.min(cores, 16);
const rounds = sharedInts(n);
const spinners = [];
for (let i = 0; i < n; i++) spinners.push(spawn(spin, rounds, i));
const total = () => rounds.reduce((sum, _, i) => sum + Atomics.load(rounds, i), 0);

// Wait until every spinner is inside its loop.
while (rounds.some((_, i) => Atomics.load(rounds, i) === 0)) await sleep(10, 'start');
console.log(`${at()} main: ${n} workers spin in endless loops, logical cores: ${cores}`);

for (let tick = 1; tick <= 5; tick++) {
  await sleep(100, 'timer'); // main asks to be woken in 100 ms
  console.log(`${at()} main: still running, the loops went round ${total()} times`);
}

// Like `kill` in a shell (or Stop on this page): ended from outside.
for (const s of spinners) s.kill();
const ends = await Promise.allSettled(spinners.map((s) => s.result));
const killed = ends.filter((e) => e.status !== 'fulfilled');
console.log(`${at()} main: ${killed.length} of ${n} spinners ended by kill()`);
console.log(`${(killed[0] as PromiseRejectedResult).reason.message}`);
