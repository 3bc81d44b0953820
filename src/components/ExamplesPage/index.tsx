import React, {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {iframeSnippet} from '@site/src/lib/embed-link';
import type {EmbedExample, ListedExercise} from '@site/src/plugins/embed-plugin';
import CopyButton from './CopyButton';
import styles from './styles.module.css';

function byChapter(examples: EmbedExample[]): EmbedExample[][] {
  const groups = new Map<string, EmbedExample[]>();
  for (const e of examples) groups.set(e.chapter, [...(groups.get(e.chapter) ?? []), e]);
  return [...groups.values()];
}

/** The site's origin once in the browser: URLs shown before that are paths. */
function useOrigin(): string {
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  return origin;
}

/** One line of the table: an example, or an exercise (its anchor is `exercise-<id>`). */
interface Entry {
  anchor: string;
  chapterPath: string;
  embedPath: string;
  section?: {id: string; title: string};
  file: string;
  needsSharedMemory: boolean;
  iframeHeight: number;
  exercise?: string;
}

const exampleEntry = (e: EmbedExample): Entry => ({...e, anchor: e.id});
const exerciseEntry = (x: ListedExercise): Entry => ({
  ...x,
  anchor: `exercise-${x.id}`,
  file: `docs/${x.chapter}/exercises/${x.id}/`,
  exercise: x.id,
});

function Row({entry, origin}: {entry: Entry; origin: string}): ReactNode {
  const {anchor, chapterPath, embedPath, section, file, needsSharedMemory, iframeHeight, exercise} = entry;
  const url = () => `${window.location.origin}${embedPath}`;
  return (
    <tr data-example-row={exercise ? undefined : anchor} data-exercise={exercise}>
      <td>
        {section ? <Link to={`${chapterPath}#${section.id}`}>{section.title}</Link> : null}
      </td>
      <td>
        {exercise ? (
          <span className="badge badge--secondary" title={translate({id: 'lab.examples.exercise.title', message: '页面会运行并检查读者的答案'})}>
            {translate({id: 'lab.examples.exercise', message: '练习'})}
          </span>
        ) : null}{' '}
        <Link to={`${chapterPath}#${anchor}`} data-action="open-example" data-exercise-row={exercise} className={styles.id}>
          {exercise ?? anchor}
        </Link>
        <div className={styles.file}>{file}</div>
        {needsSharedMemory ? (
          <span className="badge badge--secondary" title={translate({id: 'lab.examples.sharedMemory.title', message: '只有在跨源隔离的页面里才能运行；嵌入时宿主页面也要隔离，见页首说明'})}>
            {translate({id: 'lab.examples.sharedMemory', message: '共享内存'})}
          </span>
        ) : null}
      </td>
      <td>
        <Link to={embedPath} className={styles.url} data-action="open-embed">
          {origin}
          {embedPath}
        </Link>
        <div className={styles.actions}>
          <CopyButton action="copy-embed-url" label={translate({id: 'lab.examples.copyUrl', message: '复制地址'})} text={url} />
          <CopyButton
            action="copy-iframe"
            label={translate({id: 'lab.examples.copyIframe', message: '复制 iframe 代码'})}
            text={() =>
              iframeSnippet({
                src: url(),
                title: translate({id: 'lab.embed.iframeTitle', message: '并发实验室示例：{id}'}, {id: anchor}),
                height: iframeHeight,
              })
            }
          />
        </div>
      </td>
    </tr>
  );
}

/** `/examples`: every example of the course by chapter, with its link and its embed, for teachers. */
export default function ExamplesPage({examples, exercises = []}: {examples: EmbedExample[]; exercises?: ListedExercise[]}): ReactNode {
  const origin = useOrigin();
  const title = translate({id: 'lab.examples.title', message: '示例一览'});
  return (
    <Layout title={title} description={translate({id: 'lab.examples.description', message: '课程里每一个可运行示例：章节链接与嵌入代码，供教师在幻灯片和课程网页中使用。'})}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="lab.examples.intro">
            课程里的每个示例都可以单独链接，也可以嵌入幻灯片或课程网页（LMS）：嵌入页只有这个示例本身（代码、运行、输出和时间线），并附有回到所在章节的链接。“复制 iframe 代码”得到一段可以直接粘贴的 HTML：一个 iframe，后面跟一小段脚本，让它随运行输出自动变高。不允许脚本的网站会去掉这段脚本，iframe 仍按固定高度显示，内容多时在框内滚动。
          </Translate>
        </p>
        <p>
          <Translate id="lab.examples.isolation">
            标有“共享内存”的示例要用 SharedArrayBuffer，只能在跨源隔离的页面里运行。嵌在别的网站里时，只有宿主页面本身也是跨源隔离的（发送 COOP/COEP 响应头），并且 iframe 带有 allow="cross-origin-isolated"（复制的代码已经带上），它们才能运行；否则嵌入页会说明原因，并链接到可以运行它们的完整章节。其余示例在任何页面里都能运行。
          </Translate>
        </p>
        {byChapter(examples).map((group) => (
          <section key={group[0].chapter} data-chapter={group[0].chapter}>
            <Heading as="h2" id={group[0].chapter}>
              <Link to={group[0].chapterPath}>{group[0].chapterTitle}</Link>
            </Heading>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th>{translate({id: 'lab.examples.column.section', message: '小节'})}</th>
                  <th>{translate({id: 'lab.examples.column.example', message: '示例'})}</th>
                  <th>{translate({id: 'lab.examples.column.embed', message: '嵌入'})}</th>
                </tr>
              </thead>
              <tbody>
                {[...group.map(exampleEntry), ...exercises.filter((x) => x.chapter === group[0].chapter).map(exerciseEntry)].map((entry) => (
                  <Row key={entry.anchor} entry={entry} origin={origin} />
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </main>
    </Layout>
  );
}
