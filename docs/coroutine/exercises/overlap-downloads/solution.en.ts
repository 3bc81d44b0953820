// Calling download starts a download; await is what waits. Start all four
// first, then wait for them together with Promise.all: their waits overlap.
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
const files = await Promise.all([
  download(1, 400), // all four coroutines have started; none waits for another
  download(2, 300),
  download(3, 500),
  download(4, 200),
]);
console.log(`${files.length} files downloaded in ${Math.round(now() - start)} ms` +
  ` (the four waits add up to 1400 ms)`);
