// 两个数组交给一个新 Worker：一个普通数组，一个共享数组。
import {spawn, sharedInts} from 'lab';

const copied = new Int32Array(1); // 普通内存：Worker 拿到副本
const shared = sharedInts(1); // SharedArrayBuffer：共用一块内存

function writer(copied: Int32Array, shared: Int32Array) {
  copied[0] = 42; // 改的是这个 Worker 自己的副本
  shared[0] = 42; // 改的是两个 Worker 共用的内存
}

await spawn(writer, copied, shared).result;
console.log(`普通数组，在主 Worker 看来：${copied[0]}`);
console.log(`共享数组，在主 Worker 看来：${shared[0]}`);
