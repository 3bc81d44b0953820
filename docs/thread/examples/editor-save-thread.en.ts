// The same editor, but the save runs on ANOTHER thread (a second worker).
import {work, sleep, now, spawn, sharedInts} from 'lab';

const at = () => `[${String(Math.round(now())).padStart(4)} ms]`;

// The document lives in shared memory: both threads see the same text,
// nothing is copied. doc[0] is the length, then one character per int.
const doc = sharedInts(1 + 100);
const textOf = (d: Int32Array) =>
  String.fromCharCode(...d.subarray(1, 1 + Atomics.load(d, 0)));
// control[0]: the saving thread is ready; control[1]: a save is wanted.
const control = sharedInts(2);

// The saving thread starts with the editor and sleeps until it is asked.
function saver(doc: Int32Array, control: Int32Array) {
  Atomics.store(control, 0, 1);
  Atomics.notify(control, 0); // "I am ready"
  Atomics.wait(control, 1, 0); // sleep while no save is wanted
  const length = Atomics.load(doc, 0); // the text as the save starts
  work(800, 'save'); // the same blocking save, blocking only this thread
  return length;
}
const saving = spawn(saver, doc, control);
Atomics.wait(control, 0, 0); // editor start-up: wait for the saving thread

async function typing() {
  let last = now();
  let longest = 0;
  for (const key of 'hello, concurrent world') {
    await sleep(40, 'key');
    const length = doc[0];
    doc[1 + length] = key.charCodeAt(0);
    Atomics.store(doc, 0, length + 1);
    work(5, 'show');
    longest = Math.max(longest, now() - last);
    last = now();
    console.log(`${at()} screen shows "${textOf(doc)}"`);
  }
  console.log(`longest pause between keys: ${Math.round(longest)} ms`);
}

async function autosave() {
  await sleep(150, 'timer');
  console.log(`${at()} asking the other thread to save...`);
  Atomics.store(control, 1, 1);
  Atomics.notify(control, 1); // wake the saving thread
  const saved = await saving.result;
  console.log(`${at()} saved ${saved} characters`);
}

await Promise.all([typing(), autosave()]);
