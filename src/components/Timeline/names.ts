import {translate} from '@docusaurus/Translate';
import type {Lane} from '@site/sandbox/report';
import type {SpanKind} from '@site/sandbox/protocol';

export function kindName(kind: SpanKind): string {
  switch (kind) {
    case 'cpu':
      return translate({id: 'lab.timeline.cpu', message: 'CPU 计算'});
    case 'io':
      return translate({id: 'lab.timeline.io', message: 'I/O 等待（模拟）'});
    case 'wait':
      return translate({id: 'lab.timeline.wait', message: '等待'});
    default:
      return translate({id: 'lab.timeline.setup', message: '启动'});
  }
}

export function laneTitle(lane: Lane): string {
  if (lane.name === 'page') return translate({id: 'lab.timeline.page', message: '页面'});
  return lane.title === lane.name ? lane.name : `${lane.name} · ${lane.title}`;
}
