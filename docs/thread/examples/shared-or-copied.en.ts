// Two arrays go to a new worker: an ordinary one and a shared one.
import {spawn, sharedInts} from 'lab';

const copied = new Int32Array(1); // ordinary memory: the worker gets a copy
const shared = sharedInts(1); // a SharedArrayBuffer: one memory for both

function writer(copied: Int32Array, shared: Int32Array) {
  copied[0] = 42; // changes this worker's copy
  shared[0] = 42; // changes the memory both workers share
}

await spawn(writer, copied, shared).result;
console.log(`ordinary array, as main sees it: ${copied[0]}`);
console.log(`shared array, as main sees it:   ${shared[0]}`);
