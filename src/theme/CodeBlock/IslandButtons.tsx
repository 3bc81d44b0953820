import React, {type ReactNode} from 'react';
import {createPortal} from 'react-dom';
import CodeBlockButtons from '@theme/CodeBlock/Buttons';
import {useThemeConfig} from '@docusaurus/theme-common';
import {CodeBlockContextProvider, createCodeBlockMetadata, useCodeWordWrap} from '@docusaurus/theme-common/internal';

/**
 * The copy and word-wrap buttons of a server-drawn block (Docusaurus draws them only in the
 * browser), put into that block's own content box so they look and sit as on any code block.
 */
export default function IslandButtons({code, language, pre}: {code: string; language?: string; pre: HTMLPreElement}): ReactNode {
  const {prism} = useThemeConfig();
  const wordWrap = useCodeWordWrap();
  wordWrap.codeBlockRef.current = pre;
  const metadata = createCodeBlockMetadata({
    code,
    className: undefined,
    language,
    defaultLanguage: prism.defaultLanguage,
    metastring: undefined,
    magicComments: prism.magicComments,
    title: undefined,
    showLineNumbers: undefined,
  });
  return createPortal(
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <CodeBlockButtons />
    </CodeBlockContextProvider>,
    pre.parentElement!,
  );
}
