import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {codeHash} from '@site/src/lib/share-link';
import CopyButton from '../CopyButton';
import styles from './styles.module.css';

/** Copies a link to this example; with edits, the code rides along in the hash. */
export default function CopyLinkButton({id, code, edited}: {id: string; code: string; edited: boolean}): ReactNode {
  const link = () => {
    const {origin, pathname, search} = window.location;
    return `${origin}${pathname}${search}${edited ? codeHash(id, code) : `#${id}`}`;
  };
  return (
    <CopyButton
      text={link}
      action="copy-link"
      label={translate({id: 'lab.button.copyLink', message: '复制链接'})}
      done={translate({id: 'lab.copyLink.done', message: '已复制'})}
      manualLabel={translate({id: 'lab.copyLink.manual', message: '无法访问剪贴板，请手动复制此链接'})}
      fieldClassName={styles.linkField}
    />
  );
}
