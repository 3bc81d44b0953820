// Four downloads, each waiting for the network: sleep stands for that
// wait, and the CPU is idle meanwhile.
// They now run one after another, so the total is the four waits added up.
// Exercise: make the four downloads overlap, on this one worker.
import {sleep, now} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// One "download": waits ms milliseconds for the network, then returns
// the file's number.
async function download(file: number, ms: number) {
  await sleep(ms, `download ${file}`);
  console.log(`${at()} file ${file} downloaded`);
  return file;
}

const start = now();
const a = await download(1, 400);
const b = await download(2, 300);
const c = await download(3, 500);
const d = await download(4, 200);
const files = [a, b, c, d];
console.log(`${files.length} files downloaded in ${Math.round(now() - start)} ms` +
  ` (the four waits add up to 1400 ms)`);
