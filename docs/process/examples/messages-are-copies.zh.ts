// 一个 Worker 发给另一个的是副本，从来不是对象本身。
import {spawn} from 'lab';

const list = {items: ['牛奶']};

// 子 Worker 拿到 `list` 的副本，改完再送回一份副本。
function addEggs(copy: {items: string[]}) {
  copy.items.push('鸡蛋');
  return copy;
}

const returned = await spawn(addEggs, list).result;
console.log(`子 Worker 送回：${returned.items.join('、')}`);
console.log(`主 Worker 手里仍是：${list.items.join('、')}`);
console.log(`是同一个对象吗？${returned === list}`);
