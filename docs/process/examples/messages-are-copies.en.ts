// What one worker sends another is a copy, never the object itself.
import {spawn} from 'lab';

const list = {items: ['milk']};

// The child gets its own copy of `list`, changes it, and sends a copy back.
function addEggs(copy: {items: string[]}) {
  copy.items.push('eggs');
  return copy;
}

const returned = await spawn(addEggs, list).result;
console.log(`child returned: ${returned.items.join(', ')}`);
console.log(`main still has: ${list.items.join(', ')}`);
console.log(`same object? ${returned === list}`);
