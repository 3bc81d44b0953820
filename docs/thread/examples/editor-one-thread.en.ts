// A text editor with ONE thread: it takes key presses, shows them on screen
// and saves the file.
import {work, sleep, now} from 'lab';

// now() counts from the Run click, on the same clock as the timeline below.
const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;
const text: string[] = [];

async function typing() {
  let last = now();
  let longest = 0;
  for (const key of 'hello, concurrent world') {
    await sleep(40, 'key'); // wait for the next key press: input is I/O
    text.push(key);
    work(5, 'show'); // lay out and draw the line: real CPU work
    longest = Math.max(longest, now() - last);
    last = now();
    console.log(`${at()} screen shows "${text.join('')}"`);
  }
  console.log(`longest pause between keys: ${Math.round(longest)} ms`);
}

async function autosave() {
  await sleep(150, 'timer'); // autosave starts a moment after typing
  console.log(`${at()} saving...`);
  work(800, 'save'); // a blocking save: this thread can do nothing else
  console.log(`${at()} saved ${text.length} characters`);
}

await Promise.all([typing(), autosave()]);
