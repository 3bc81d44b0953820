/**
 * What the runtime itself says to a reader (errors it raises, hints it adds), in the page's
 * language. Each JavaScript context (the runner frame, each worker, the page) keeps its own
 * language, set from the run it is given; engine messages ("x is not defined") stay as the
 * browser words them.
 */
import type {Language} from '../contract/language';

export type {Language} from '../contract/language';
export {languageOfLocale} from '../contract/language';

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

const en = {
  closeUnavailable: () => 'close() is not available in examples: the run ends by itself when your code is done.',
  importScriptsUnavailable: () => 'importScripts() is not available in examples: everything an example may use comes from "lab".',
  cachesUnavailable: () => "caches is not available in examples: it holds the site's offline copy.",
  workerUnavailable: () => 'new Worker() is not available in examples: start workers with spawn() from "lab".',
  seesOnlyArguments: () => 'A spawned function sees only its arguments and lab, like a separate process: pass the value as an argument.',
  resultNotCopyable: () => 'The spawned function returned a value that cannot be copied back to its parent (for example a function).',
  argumentNotCopyable: () =>
    'spawn(): an argument cannot be copied to another worker. Pass numbers, strings, plain objects, arrays, typed arrays or shared memory; functions and DOM objects cannot be sent.',
  spawnNeedsFunction: () => 'spawn(fn, ...args) needs a function as its first argument',
  spawnNeedsOwnFunction: () => 'spawn() needs a function written in your code, not a built-in or bound function',
  spawnOutsideRun: () => 'spawn() is only available while an example runs',
  spawnNotAFunction: () => 'spawn() was given something that is not a function',
  spawnBadName: (p) => `spawn(): ${p.parent} may not start a worker named "${p.name}"`,
  tooManyWorkers: (p) =>
    `spawn(): at most ${p.max} workers may run at once in one example; wait for some to finish (await their result) before starting more.`,
  killed: (p) => `${p.name} was killed`,
  terminated: (p) => `${p.name} was terminated`,
  workerCrashed: (p) => `The worker crashed${p.why ? `: ${p.why}` : ''}`,
  stopped: () => 'Stopped: every worker of this run was terminated.',
  runnerAbandoned: () => 'The runner did not end the run in time: it was abandoned.',
  runnerInterrupted: () =>
    'The runner was interrupted: the page around this example removed or reloaded the hidden frame that runs it. Every worker of this run is gone.',
  runnerCrashed: () =>
    'The process running this example crashed: most likely the program used up its memory and the browser ended that process. Every worker of this run is gone; this page is unaffected.',
  timeLimit: (p) =>
    `Stopped after ${p.seconds} s, the time limit of this example: every worker was terminated. An endless loop or a promise that never settles keeps a run going.`,
  needsMilliseconds: (p) => `${p.name}(ms) needs a number of milliseconds ≥ 0, got ${p.got}`,
  spanNeedsFunction: () => 'span(label, fn) needs a function to run',
  noSharedMemory: () =>
    'Shared memory is not available: this page is not cross-origin isolated (it needs the COOP/COEP headers), so the browser switches SharedArrayBuffer off.',
  sharedIntsLength: (p) => `sharedInts(length) needs a whole number from 0 to ${p.max}, got ${p.got}`,
  needsMutex: () => 'lock()/unlock() need a mutex made by mutex()',
  channelCapacity: (p) => `channel(capacity) needs a whole number from 1 to ${p.max}, got ${p.got}`,
  needsChannel: () => 'send()/receive()/close() need a channel made by channel()',
  channelValue: (p) => `send(ch, value): a channel carries whole numbers (32-bit integers), got ${p.got}`,
  channelClosed: () => 'send(): this channel is closed; nothing more may be sent on it',
  dynamicImport: () => 'Dynamic import() is not available in examples: import what you need from "lab" at the top.',
  onlyLab: (p) => `Cannot import "${p.name}": examples can only import from "lab".`,
  unreadableImports: (p) => `Could not read the imports and exports: ${p.why}`,
  noTypeScriptHere: () => 'TypeScript features beyond type annotations cannot be compiled here.',
  unreadableError: () => '(the error could not be read)',
  nonErrorThrown: (p) => `a non-Error value was thrown: ${p.text}`,
  consoleWarning: (p) => `Warning: ${p.text}`,
  resultWaitLabel: () => 'result',
  compileLabel: () => 'compile',
  notDefined: (p) => `${p.name} is not defined`,
  lockWaitLabel: () => 'lock',
  sendWaitLabel: () => 'send',
  receiveWaitLabel: () => 'receive',
  noSuchTimer: (p) => `No such label '${p.label}' for console.${p.method}()`,
  noSuchCount: (p) => `Count for '${p.label}' does not exist`,
  timerExists: (p) => `Label '${p.label}' already exists for console.time()`,
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof en;
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

const zh: Record<MessageKey, Text> = {
  closeUnavailable: () => '示例里不能调用 close()：代码执行完，这次运行会自己结束。',
  importScriptsUnavailable: () => '示例里不能调用 importScripts()：示例能用的一切都来自 "lab"。',
  cachesUnavailable: () => '示例里不能使用 caches：那里存着本站的离线副本。',
  workerUnavailable: () => '示例里不能 new Worker()：请用 "lab" 的 spawn() 启动 Worker。',
  seesOnlyArguments: () => 'spawn 出来的函数只看得到自己的参数和 lab，就像一个独立的进程：请把这个值作为参数传进去。',
  resultNotCopyable: () => 'spawn 出来的函数返回了一个无法复制回父 Worker 的值（比如一个函数）。',
  argumentNotCopyable: () =>
    'spawn()：有一个参数无法复制到另一个 Worker。可以传数字、字符串、普通对象、数组、类型化数组或共享内存；函数和 DOM 对象传不过去。',
  spawnNeedsFunction: () => 'spawn(fn, ...args) 的第一个参数必须是函数',
  spawnNeedsOwnFunction: () => 'spawn() 需要你在代码里写出来的函数，不能是内置函数或 bind 过的函数',
  spawnOutsideRun: () => '只有在示例运行时才能调用 spawn()',
  spawnNotAFunction: () => '传给 spawn() 的不是函数',
  spawnBadName: (p) => `spawn()：${p.parent} 不能启动名为 "${p.name}" 的 Worker`,
  tooManyWorkers: (p) => `spawn()：一个示例里最多同时运行 ${p.max} 个 Worker；请先等一些结束（await 它们的 result），再启动新的。`,
  killed: (p) => `${p.name} 被 kill 了`,
  terminated: (p) => `${p.name} 已被终止`,
  workerCrashed: (p) => `Worker 崩溃了${p.why ? `：${p.why}` : ''}`,
  stopped: () => '已停止：这次运行的所有 Worker 都已被终止。',
  runnerAbandoned: () => '运行器没有按时结束这次运行：它已被放弃。',
  runnerInterrupted: () => '运行器被中断了：外面的网页移除或重新加载了运行示例的隐藏框架。这次运行的所有 Worker 都已不在。',
  runnerCrashed: () => '运行这个示例的进程崩溃了：多半是程序用光了内存，浏览器结束了那个进程。这次运行的所有 Worker 都已不在；本页没有受影响。',
  timeLimit: (p) =>
    `运行了 ${p.seconds} 秒，到了本示例的时间上限，所有 Worker 都已被终止。死循环或永远不会完成的 Promise 会让运行一直继续。`,
  needsMilliseconds: (p) => `${p.name}(ms) 需要一个不小于 0 的毫秒数，收到的是 ${p.got}`,
  spanNeedsFunction: () => 'span(label, fn) 需要一个要执行的函数',
  noSharedMemory: () =>
    '共享内存不可用：这个页面没有跨源隔离（需要 COOP/COEP 响应头），所以浏览器关掉了 SharedArrayBuffer。',
  sharedIntsLength: (p) => `sharedInts(length) 需要 0 到 ${p.max} 之间的整数，收到的是 ${p.got}`,
  needsMutex: () => 'lock()/unlock() 需要用 mutex() 创建的互斥锁',
  channelCapacity: (p) => `channel(capacity) 需要 1 到 ${p.max} 之间的整数，收到的是 ${p.got}`,
  needsChannel: () => 'send()/receive()/close() 需要用 channel() 创建的通道',
  channelValue: (p) => `send(ch, value)：通道只能传整数（32 位），收到的是 ${p.got}`,
  channelClosed: () => 'send()：这个通道已经关闭，不能再往里发送',
  dynamicImport: () => '示例里不能用动态 import()：请在开头从 "lab" 导入需要的东西。',
  onlyLab: (p) => `不能导入 "${p.name}"：示例只能从 "lab" 导入。`,
  unreadableImports: (p) => `读不懂代码里的 import 和 export：${p.why}`,
  noTypeScriptHere: () => '这里只能编译类型标注，编译不了更多的 TypeScript 特性。',
  unreadableError: () => '（这个错误读不出来）',
  nonErrorThrown: (p) => `抛出了一个不是 Error 的值：${p.text}`,
  consoleWarning: (p) => `警告：${p.text}`,
  resultWaitLabel: () => '等结果',
  compileLabel: () => '编译',
  notDefined: (p) => `找不到变量 ${p.name}`,
  lockWaitLabel: () => '等锁',
  sendWaitLabel: () => '等发送',
  receiveWaitLabel: () => '等接收',
  noSuchTimer: (p) => `console.${p.method}() 找不到标签 '${p.label}'`,
  noSuchCount: (p) => `标签 '${p.label}' 还没有计数`,
  timerExists: (p) => `console.time() 的标签 '${p.label}' 已经存在`,
};

const TEXTS: Record<Language, Record<MessageKey, Text>> = {en, zh};

let current: Language = 'en';

/** The language of this context's messages: anything that is not 'zh' is English. */
export function setLanguage(language: unknown): void {
  current = language === 'zh' ? 'zh' : 'en';
}

export function language(): Language {
  return current;
}

/** The message `key` in this context's language. */
export function say(key: MessageKey, params: Params = {}): string {
  return TEXTS[current][key](params);
}
