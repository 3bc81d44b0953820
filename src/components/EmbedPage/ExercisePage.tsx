import React, {type ComponentProps, type ComponentType, type ReactNode} from 'react';
import {MDXProvider} from '@mdx-js/react';
import Exercise from '../Exercise';
import type {EmbedExercise} from '@site/src/plugins/embed-plugin';
import type {ExerciseCheck} from '@site/src/lib/exercise';
import EmbedFrame from './Frame';

interface ExercisePageProps {
  exercise: EmbedExercise & {start: string; solution: string};
  /** The task (`_task.<lang>.mdx` beside the exercise's code), as the chapter shows it. */
  task: ComponentType;
  /** The exercise's `check.ts` (its default export). */
  check: ExerciseCheck;
}

/** `/embed/<chapter>/exercise-<id>`: one exercise alone, its task and its Check, for an iframe. */
export default function ExercisePage({exercise, task: Task, check}: ExercisePageProps): ReactNode {
  const {id, start, solution, chapterPath, chapterTitle, section, needsSharedMemory} = exercise;
  return (
    <EmbedFrame id={`exercise-${id}`} chapterPath={chapterPath} chapterTitle={chapterTitle} section={section}>
      <Exercise id={id} start={start} solution={solution} check={() => Promise.resolve({default: check})} needsSharedMemory={needsSharedMemory} fullPageHref={chapterPath}>
        {/* Inside an iframe a link of the task opens a new tab, as the header's link does. */}
        <MDXProvider components={{a: NewTabLink}}>
          <Task />
        </MDXProvider>
      </Exercise>
    </EmbedFrame>
  );
}

function NewTabLink(props: ComponentProps<'a'>): ReactNode {
  return <a {...props} target="_blank" rel="noopener" />;
}
