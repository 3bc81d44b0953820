// An answer that looks right but is not: it uses Promise.all, but every
// item of the array is awaited, so each download starts only once the one
// before it has finished.
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
  await download(1, 400), // this await first waits for file 1
  await download(2, 300),
  await download(3, 500),
  await download(4, 200),
]);
console.log(`${files.length} files downloaded in ${Math.round(now() - start)} ms` +
  ` (the four waits add up to 1400 ms)`);
