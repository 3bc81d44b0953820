import {translate} from '@docusaurus/Translate';
import type {Lane} from '@site/sandbox/contract/report';
import type {SpanKind} from '@site/sandbox/contract/protocol';

export function kindName(kind: SpanKind | 'ready'): string {
  switch (kind) {
    case 'ready':
      return translate({id: 'lab.timeline.ready', message: '等待 CPU（就绪）'});
    case 'task':
      return translate({id: 'lab.timeline.task', message: '代码段'});
    case 'cpu':
      return translate({id: 'lab.timeline.cpu', message: 'CPU 计算'});
    case 'io':
      return translate({id: 'lab.timeline.io', message: 'I/O 等待（模拟）'});
    case 'wait':
      return translate({id: 'lab.timeline.wait', message: '等待'});
    case 'setup':
      return translate({id: 'lab.timeline.setup', message: '启动'});
  }
}

/** Says that the runner cut `cut` characters off a string from reader code (nothing when 0). */
export function cutMark(cut: number | undefined): string {
  return cut ? translate({id: 'lab.cut', message: '…（截去 {n} 个字符）'}, {n: String(cut)}) : '';
}

export function laneTitle(lane: Lane): string {
  if (lane.name === 'page') return translate({id: 'lab.timeline.page', message: '页面'});
  return lane.title === lane.name && !lane.titleCut ? lane.name : `${lane.name} · ${lane.title}${cutMark(lane.titleCut)}`;
}

/** A span's label with a note of what was cut, for its tooltip and the table. */
export function spanLabel(label: string | undefined, cut: number | undefined): string {
  return label === undefined ? '' : `${label}${cutMark(cut)}`;
}
