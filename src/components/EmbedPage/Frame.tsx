import React, {useRef, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import LayoutProvider from '@theme/Layout/Provider';
import ErrorPageContent from '@theme/ErrorPageContent';
import NavbarColorModeToggle from '@theme/Navbar/ColorModeToggle';
import {useReportHeight} from './useReportHeight';
import styles from './styles.module.css';

export interface EmbedFrameProps {
  /** The example's or exercise's anchor, for the page description. */
  id: string;
  chapterPath: string;
  chapterTitle: string;
  section?: {id: string; title: string};
  children: ReactNode;
}

/**
 * What every embed page has around its one example or exercise: no navbar, sidebar or footer; a
 * link back to its section opens the full chapter in a new tab (navigating inside the iframe
 * would squeeze the whole site into it); the frame reports its height to the host page.
 */
export default function EmbedFrame({id, chapterPath, chapterTitle, section, children}: EmbedFrameProps): ReactNode {
  const title = section ? `${section.title} · ${chapterTitle}` : chapterTitle;
  const mainRef = useRef<HTMLElement>(null);
  useReportHeight(mainRef);
  return (
    <LayoutProvider>
      <PageMetadata
        title={title}
        description={translate({id: 'lab.embed.description', message: '并发实验室的一个可运行示例：{id}'}, {id})}
      />
      <Head>
        {/* The chapter is the page to find; an embed is a copy of one of its parts. */}
        <meta name="robots" content="noindex" />
      </Head>
      <main ref={mainRef} className={styles.embed}>
        <header className={styles.header}>
          <Link to={`${chapterPath}${section ? `#${section.id}` : ''}`} target="_blank" rel="noopener" className={styles.source} data-action="open-section">
            <span className={styles.chapter}>{chapterTitle}</span>
            {section ? <span className={styles.section}>{section.title}</span> : null}
            <span className={styles.open}>{translate({id: 'lab.embed.openSection', message: '在完整章节中阅读 ↗'})}</span>
          </Link>
          <span className={styles.site}>{translate({id: 'lab.embed.site', message: '并发实验室'})}</span>
          <NavbarColorModeToggle />
        </header>
        <ErrorBoundary fallback={(params) => <ErrorPageContent {...params} />}>{children}</ErrorBoundary>
      </main>
    </LayoutProvider>
  );
}
