import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import SharedCopyButton from '../CopyButton';
import styles from './styles.module.css';

/** Copies `text()` (built at click time, with the page's real origin); shows it if the clipboard is refused. */
export default function CopyButton({label, text, action}: {label: string; text: () => string; action: string}): ReactNode {
  return (
    <SharedCopyButton
      text={text}
      label={label}
      action={action}
      done={translate({id: 'lab.copyLink.done', message: '已复制'})}
      manualLabel={translate({id: 'lab.examples.manual', message: '无法访问剪贴板，请手动复制'})}
      fieldClassName={styles.manual}
    />
  );
}
