import React, {useEffect, useRef, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {RunReport} from '@site/sandbox/contract/report';
import {MAX_OUTPUT_LINES} from '@site/sandbox/contract/limits';
import {formatMs} from '../Timeline/ticks';
import {cutMark} from '../Timeline/names';
import styles from './styles.module.css';

function statusText(report: RunReport): string {
  const took = report.duration === undefined ? '' : formatMs(report.duration);
  switch (report.status) {
    case 'starting':
      return translate({id: 'lab.status.starting', message: '正在启动运行器…'});
    case 'running':
      return translate({id: 'lab.status.running', message: '运行中…'});
    case 'done':
      return translate({id: 'lab.status.done', message: '完成：从点击运行到结束共 {took}（含 Worker 启动）'}, {took});
    case 'failed':
      return translate({id: 'lab.status.failed', message: '出错了（{took}）'}, {took});
    case 'stopped':
      return translate({id: 'lab.status.stopped', message: '已停止（{took}）'}, {took});
    case 'timeout':
      return translate({id: 'lab.status.timeout', message: '超时，已终止（{took}）'}, {took});
  }
}

function errorText(report: RunReport): string | null {
  const e = report.error;
  if (!e) return null;
  if (report.status === 'stopped') {
    return translate({id: 'lab.error.stopped', message: '你停止了这次运行：它的所有 worker 都已被终止。'});
  }
  if (report.status === 'timeout') {
    return translate(
      {id: 'lab.error.timeout', message: '运行超过了本示例的时间上限，所有 worker 已被终止。死循环或永远不会完成的 Promise 会让运行一直继续。'},
    );
  }
  // Only the page's own errors (lane "page") are the runner's: a program may name its error anything.
  if (e.name === 'RunnerInterrupted' && e.lane === 'page') {
    return translate({
      id: 'lab.error.runnerInterrupted',
      message: '运行器被中断了：外面的网页移除或重新加载了运行示例的隐藏框架。这次运行的所有 worker 都已不在；再点一次运行会换一个新的运行器。',
    });
  }
  if (e.name === 'RunnerCrashed' && e.lane === 'page') {
    return translate({
      id: 'lab.error.runnerCrashed',
      message: '运行这个示例的进程崩溃了：多半是程序用光了内存，浏览器结束了那个进程。这次运行的所有 worker 都已不在；本页没有受影响，再点一次运行会换一个新的运行器。',
    });
  }
  if (e.name === 'RunnerMissing' && e.lane === 'page') {
    return translate(
      {id: 'lab.error.runnerMissing', message: '运行器没能加载，示例无法运行：{why}。请检查网络后刷新页面。'},
      {why: e.message},
    );
  }
  const where = e.location
    ? translate({id: 'lab.error.line', message: '（第 {line} 行）'}, {line: String(e.location.line)})
    : '';
  const prefix =
    e.phase === 'compile'
      ? translate({id: 'lab.error.compile', message: '代码无法编译'})
      : e.phase === 'unhandled'
        ? translate({id: 'lab.error.unhandled', message: '未处理的 Promise 拒绝'})
        : translate({id: 'lab.error.runtime', message: '运行时错误'});
  return translate(
    {id: 'lab.error.format', message: '{prefix}{where}：{error}'},
    {prefix, where, error: `${e.name}: ${e.message}${cutMark(e.messageCut)}`},
  );
}

/** The run's printed lines (a polite live region, text only), its status and any error. */
export default function RunOutput({report}: {report: RunReport}): ReactNode {
  const logRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [report.lines.length]);
  const error = errorText(report);
  return (
    <div className={styles.output}>
      <div className={styles.status} data-status={report.status}>
        {statusText(report)}
      </div>
      <div
        ref={logRef}
        className={styles.log}
        role="log"
        aria-live="polite"
        aria-label={translate({id: 'lab.output.label', message: '输出'})}>
        {report.lines.length === 0 && report.status !== 'running' && report.status !== 'starting' ? (
          <div className={styles.empty}>{translate({id: 'lab.output.empty', message: '（没有输出）'})}</div>
        ) : null}
        {report.lines.map((line, i) => (
          <div key={i} className={styles.line} data-level={line.level} data-lane={line.lane}>
            {/* The worker only: examples print their own times, and a second clock in front of
                theirs confused readers. The time since Run is in the tooltip. */}
            <span className={styles.tag} title={translate({id: 'lab.output.lineTime', message: '{lane}，点击运行后 {t}'}, {lane: line.lane, t: formatMs(line.t)})}>
              {line.lane}
            </span>
            <span className={styles.text}>
              {line.text}
              {line.cut ? <span className={styles.cut}>{cutMark(line.cut)}</span> : null}
            </span>
          </div>
        ))}
        {report.droppedLines > 0 ? (
          <div className={styles.truncated} data-truncated="true">
            {translate(
              {id: 'lab.output.truncated', message: '输出过多：只显示前 {max} 行，另有 {count} 行未显示。'},
              {max: String(MAX_OUTPUT_LINES), count: String(report.droppedLines)},
            )}
          </div>
        ) : null}
      </div>
      {error ? (
        <div className={styles.error} role="alert" data-error-kind={report.status}>
          {error}
        </div>
      ) : null}
    </div>
  );
}
