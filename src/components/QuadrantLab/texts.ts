/** Every string the quadrant lab shows, translated (Chinese default, English in code.json). */
import {translate} from '@docusaurus/Translate';
import type {ModelId} from './program';
import type {Load} from './settings';
import type {Outcome, Reason} from './verdict';

export function modelName(m: ModelId): string {
  switch (m) {
    case 'process':
      return translate({id: 'lab.quadrant.model.process', message: '单进程，逐个执行'});
    case 'threads':
      return translate({id: 'lab.quadrant.model.threads', message: '多线程'});
    case 'coroutines':
      return translate({id: 'lab.quadrant.model.coroutines', message: '单线程 + 协程'});
    default:
      return translate({id: 'lab.quadrant.model.hybrid', message: '多线程 × 协程'});
  }
}

export function modelAbout(m: ModelId, workers: number): string {
  const n = String(workers);
  switch (m) {
    case 'process':
      return translate({id: 'lab.quadrant.about.process', message: '一个 worker 依次执行每个任务；任务等待 I/O 时，整个进程跟着等。'});
    case 'threads':
      return translate({id: 'lab.quadrant.about.threads', message: '{n} 个 worker，每个依次执行分到的任务，等待 I/O 时阻塞；同一时刻只有持有核心令牌的 worker 能计算。'}, {n});
    case 'coroutines':
      return translate({id: 'lab.quadrant.about.coroutines', message: '一个 worker 同时执行所有任务（async 函数）：一个任务等待 I/O 或用完时间片，就让给另一个。'});
    default:
      return translate({id: 'lab.quadrant.about.hybrid', message: '每个核心一个 worker（共 {n} 个），每个 worker 用协程执行分到的任务。'}, {n});
  }
}

export function loadName(l: Load): string {
  switch (l) {
    case 'cpu':
      return translate({id: 'lab.quadrant.load.cpu', message: 'CPU 密集型'});
    case 'io':
      return translate({id: 'lab.quadrant.load.io', message: 'I/O 密集型'});
    default:
      return translate({id: 'lab.quadrant.load.mix', message: '混合'});
  }
}

export function quadrantName(multiCore: boolean, cpuBound: boolean): string {
  if (multiCore) {
    return cpuBound
      ? translate({id: 'lab.quadrant.q.multiCpu', message: '多核，CPU 密集型'})
      : translate({id: 'lab.quadrant.q.multiIo', message: '多核，I/O 密集型'});
  }
  return cpuBound
    ? translate({id: 'lab.quadrant.q.singleCpu', message: '单核，CPU 密集型'})
    : translate({id: 'lab.quadrant.q.singleIo', message: '单核，I/O 密集型'});
}

/** Everything a verdict's sentences may mention, already formatted. */
export interface VerdictValues {
  predicted: string;
  other: string;
  winner: string;
  margin: string;
  diff: string;
  cores: string;
  threads: string;
  tasks: string;
  slice: string;
  cpuTotal: string;
  coSwitches: string;
  threadSwitches: string;
  busy: string;
  cpuRatio: string;
  /** CPU time the predicted model and the other one needed for the same work. */
  cpuPredicted: string;
  cpuOther: string;
  /** The gap blamed on switching: the slower and faster model, the gap, the extra switches, per switch. */
  costSlower: string;
  costFaster: string;
  costGap: string;
  costSwitches: string;
  costFasterSwitches: string;
  costUs: string;
  /** Two models that did the same work on one worker, and how many times longer one took. */
  sameSlower: string;
  sameFaster: string;
  sameRatio: string;
  /** Two models' CPU time for the same computing, when more than 2× apart. */
  cpuSlower: string;
  cpuFaster: string;
  cpuSlowerMs: string;
  cpuFasterMs: string;
}

/** Why a run was judged 'busy': which check failed. */
export type BusyKind = 'same-work' | 'cpu-stretch' | 'no-switches' | 'too-costly';

export function outcomeText(outcome: Outcome, v: VerdictValues): string {
  switch (outcome) {
    case 'agrees':
      return translate({id: 'lab.quadrant.outcome.agrees', message: '测量与预测一致：{predicted}最快，比第二名快 {margin}。'}, v);
    case 'tie':
      return translate(
        {id: 'lab.quadrant.outcome.tie', message: '测量与预测大体一致，但分不出胜负：{predicted}和{other}相差 {diff}，在噪声范围之内（10% 或 15 毫秒以内算作持平）。'},
        v,
      );
    default:
      return translate({id: 'lab.quadrant.outcome.disagrees', message: '测量与预测不一致：在你的机器上，{winner}比经验法则预测的{predicted}快 {diff}。'}, v);
  }
}

export function busyText(kind: BusyKind, v: VerdictValues): string {
  switch (kind) {
    case 'same-work':
      return translate(
        {id: 'lab.quadrant.busy.sameWork', message: '这次运行既不能印证、也不能否定经验法则的预测：{sameSlower}和{sameFaster}在一个 worker 上做的是同样的工作，一个却用了另一个的 {sameRatio} 倍时间。只有机器很忙时才会这样（在其中一次运行时，别的程序占着核心），所以这次的数字不能用来比较模型。请再运行一次。'},
        v,
      );
    case 'cpu-stretch':
      return translate(
        {id: 'lab.quadrant.busy.cpuStretch', message: '这次运行既不能印证、也不能否定经验法则的预测：每种模型做的计算一样多，{cpuSlower}却用了 {cpuSlowerMs} 的 CPU 时间，{cpuFaster}只用了 {cpuFasterMs}。同样的计算慢了一倍以上，说明其中一次运行时别的程序在抢 CPU（或者它的几个 worker 虽然拿到了核心令牌，却没有真正分到那么多核心），它们的总耗时也就没法相比。请再运行一次。'},
        v,
      );
    case 'no-switches':
      return translate(
        {id: 'lab.quadrant.busy.noSwitches', message: '这次运行既不能印证、也不能否定经验法则的预测：{costSlower}比{costFaster}慢了 {costGap}，可这两种模型在同样多的核心上做同样多的计算，只在切换上有差别，而{costSlower}根本没有切换。切换解释不了这个差距：在其中一次运行时机器很忙，别的程序占着核心。请再运行一次。'},
        v,
      );
    default:
      return translate(
        {id: 'lab.quadrant.busy.tooCostly', message: '这次运行既不能印证、也不能否定经验法则的预测：{costSlower}比{costFaster}慢了 {costGap}，而这两种模型在同样多的核心上做同样多的计算，只在切换上有差别。就算把这个差距全算在{costSlower}的 {costSwitches} 次切换头上，每次切换也得花 {costUs}，可“亲手测量”一页测得，唤醒一个线程或经过一次事件循环只要几微秒到几十微秒。多出来的时间不是切换造成的，而是机器当时很忙，别的程序占着核心。请再运行一次。'},
        v,
      );
  }
}

/** One sentence on what a plausible gap between two models that differ only in switching costs per switch. */
export function switchCostText(v: VerdictValues): string {
  return translate(
    {id: 'lab.quadrant.switchCost', message: '{costSlower}切换了 {costSwitches} 次（{costFaster} {costFasterSwitches} 次），慢了 {costGap}：就算差距全由这些切换造成，每次也不过约 {costUs}，和“亲手测量”一页测得的线程唤醒、事件循环消息（几微秒到几十微秒）在同一个量级。'},
    v,
  );
}

export function reasonText(reason: Reason, v: VerdictValues): string {
  switch (reason) {
    case 'clear':
      return '';
    case 'same-core':
      return translate(
        {id: 'lab.quadrant.reason.sameCore', message: '这两种模型都只用一个 worker，也就只占一个核心，做的计算一样多。这里的协程每次让出都要经过一次事件循环，代价就是“亲手测量”一页里 MessageChannel 那一行，通常是几十微秒以内；这次一共切换了 {coSwitches} 次，加起来远小于测量的噪声。同样多的计算，{predicted}用了 {cpuPredicted} 的 CPU 时间，{other}用了 {cpuOther}：两者的差距主要来自机器在两次运行之间快慢不同。'},
        v,
      );
    case 'all-cores':
      return translate(
        {id: 'lab.quadrant.reason.allCores', message: '两者都让全部 {cores} 个核心忙着。多线程 × 协程在每个核心上放一个 worker，其实就是“线程数等于核心数”的多线程，协程只是在线程内部排队。'},
        v,
      );
    case 'hybrid-is-coroutines':
      return translate(
        {id: 'lab.quadrant.reason.hybridIsCoroutines', message: '只有一个核心时，“每个核心一个线程”就是一个线程：多线程 × 协程和单线程 + 协程运行的是同一种程序，时间相同是应该的。'},
        v,
      );
    case 'switches-small':
      return translate(
        {id: 'lab.quadrant.reason.switchesSmall', message: '多线程确实多付了切换的代价：这次核心在线程之间换手 {threadSwitches} 次，每次都要唤醒另一个线程。但时间片是 {slice} 毫秒，每次切换只占其中很小一部分，总共的损耗小于噪声。把时间片调小（比如 0.5 毫秒）再运行，差距就会出现：多线程的 CPU 占用率会下降，因为每次换手，核心都要空等另一个线程醒来。'},
        v,
      );
    case 'one-core-enough':
      return translate(
        {id: 'lab.quadrant.reason.oneCoreEnough', message: '所有任务的计算加起来约 {cpuTotal} 毫秒，一个核心在任务等待 I/O 的空隙里就能算完，第二个核心没有多少事可做。把每步计算或任务数调大，让一个核心忙不过来，多线程 × 协程的优势就会出现。'},
        v,
      );
    case 'enough-threads':
      return translate(
        {id: 'lab.quadrant.reason.enoughThreads', message: '线程数（{threads}）不少于任务数（{tasks}）：每个任务都有自己的线程，阻塞式 I/O 不会让任务排队。经验法则的论证针对的是成千上万个连接，那时不可能每个连接一个线程。把任务数调到线程数以上再试。'},
        v,
      );
    case 'thread-per-core':
      return translate(
        {id: 'lab.quadrant.reason.threadPerCore', message: '多线程模型开了 {threads} 个线程，却只有 {cores} 个核心，时间片一到就要交出核心（这次换手 {threadSwitches} 次）；多线程 × 协程每个核心只有一个线程。这恰好印证了经验法则的理由：CPU 一直在算时，切换是纯粹的损耗，所以线程数以核心数为宜。'},
        v,
      );
    case 'cores-busy':
      return translate(
        {id: 'lab.quadrant.reason.coresBusy', message: '多个核心没有带来加速。同样多的计算，多线程模型的 worker 一共用了单个 worker 的 {cpuRatio} 倍时间（CPU 占用率 {busy}）：它们虽然都拿到了核心令牌，操作系统却没有让它们真的同时在 {cores} 个核心上运行。可能别的程序正占着核心，也可能浏览器报告的核心数多于真正能用的（比如超线程）。“亲手测量”一页的加速比实验可以单独检查这一点。'},
        v,
      );
    case 'noise':
      return translate(
        {id: 'lab.quadrant.reason.noise', message: '在一个核心上，多线程不可能比单进程更快：它们做同样多的计算，还要多付切换的代价。同样多的计算，{predicted}用了 {cpuPredicted} 的 CPU 时间，{other}用了 {cpuOther}：差距来自机器在两次运行之间快慢不同（别的程序、CPU 频率的变化），再运行一次看看。'},
        v,
      );
    case 'close':
      return translate(
        {id: 'lab.quadrant.reason.close', message: '在这组设置下，经验法则预期的差别还没有大过测量的噪声。加大任务数或每步的时间，让差别更明显，再运行一次。'},
        v,
      );
    default:
      return translate(
        {id: 'lab.quadrant.reason.other', message: '这个结果出乎预料。经验法则的预测假定切换有代价、I/O 不占 CPU、各个核心都空闲可用；在你的机器上，至少有一条假定没有成立。再运行一次，看看结果是否稳定。'},
        v,
      );
  }
}
