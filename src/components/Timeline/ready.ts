import {translate} from '@docusaurus/Translate';
import {readyMs, type Span} from '@site/sandbox/contract/report';
import {formatMs} from './ticks';

export {readyMs};

/** One sentence on what the waiting was, for the tooltip and the screen-reader text. */
export function describeReady(span: Span): string | null {
  const wait = readyMs(span);
  if (wait <= 0) return null;
  const took = formatMs(span.end - span.start);
  if (span.kind === 'cpu') {
    return translate(
      {id: 'lab.timeline.ready.cpu', message: 'work({need}) 用了 {took}：其中约 {wait} 在等待 CPU 核心（就绪）'},
      {need: String(Math.round(span.work ?? 0)), took, wait: formatMs(wait)},
    );
  }
  return translate(
    {id: 'lab.timeline.ready.io', message: '定时器在 {due} 到期，但这个 worker 正忙：约 {wait} 在等它空出来（就绪）'},
    {due: formatMs(span.start + (span.work ?? 0)), wait: formatMs(wait)},
  );
}

/** Where each waiting stretch sits inside its span, in % of the span's width. */
export function readyStretches(span: Span): Array<{left: number; width: number}> {
  const length = span.end - span.start;
  if (!span.waits?.length || length <= 0) return [];
  return span.waits.map(([a, b]) => ({
    left: ((a - span.start) / length) * 100,
    width: ((b - a) / length) * 100,
  }));
}
