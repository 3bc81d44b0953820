import React, {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import CompareEdits from './CompareEdits';
import type {Notice} from './useExampleCode';
import styles from './styles.module.css';

function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'from-link':
      return translate({id: 'lab.notice.fromLink', message: '这段代码来自链接，还没有运行。看过之后点“运行”执行它；“重置”恢复原始示例。'});
    case 'mangled-link':
      return translate({id: 'lab.notice.mangledLink', message: '链接里的代码已损坏或太长，无法读取，这里显示的是原始示例。'});
    case 'restored-edit':
      return notice.originalChanged
        ? translate({id: 'lab.notice.restoredChanged', message: '这里显示的是你上次的修改；自你修改以来原始示例已经更新。“对比”列出改了什么；“重置”换回新的原始示例（可撤销）。'})
        : translate({id: 'lab.notice.restored', message: '这里显示的是你上次保存的修改。“重置”可恢复原始示例。'});
    case 'not-saved':
      return translate({id: 'lab.notice.notSaved', message: '浏览器不允许保存（存储已满或被禁用）：你仍可编辑和运行，但刷新后修改会丢失。'});
    case 'reset':
      return translate({id: 'lab.notice.reset', message: '已恢复原始示例。'});
  }
}

export default function Notices({
  notice,
  code,
  original,
  onUndoReset,
  onDismiss,
}: {
  notice: Notice | null;
  /** The code shown now and the example's original, for the comparison. */
  code: string;
  original: string;
  onUndoReset: () => void;
  onDismiss: () => void;
}): ReactNode {
  const [comparing, setComparing] = useState(false);
  if (!notice) return null;
  const canCompare = notice.kind === 'restored-edit' && notice.originalChanged;
  return (
    <>
      <div className={styles.notice} role="status" data-notice={notice.kind}>
        <span>{noticeText(notice)}</span>
        {canCompare ? (
          <button type="button" className={styles.linkButton} onClick={() => setComparing((c) => !c)} aria-expanded={comparing} data-action="compare">
            {comparing
              ? translate({id: 'lab.notice.hideCompare', message: '收起对比'})
              : translate({id: 'lab.notice.compare', message: '对比'})}
          </button>
        ) : null}
        {notice.kind === 'reset' ? (
          <button type="button" className={styles.linkButton} onClick={onUndoReset}>
            {translate({id: 'lab.notice.undo', message: '撤销'})}
          </button>
        ) : null}
        <button
          type="button"
          className={styles.linkButton}
          onClick={onDismiss}
          aria-label={translate({id: 'lab.notice.dismiss', message: '关闭提示'})}>
          ×
        </button>
      </div>
      {canCompare && comparing ? <CompareEdits edit={code} original={original} oldOriginal={notice.oldOriginal} /> : null}
    </>
  );
}
