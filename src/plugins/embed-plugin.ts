import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import sidebars from '../../sidebars';
import {embedPath, EXERCISE_TASK_HEIGHT, iframeHeight, MAX_IFRAME_HEIGHT} from '../lib/embed-link';
import {languageOfLocale} from '../../sandbox/contract/language';
import {readExercises, readRegistry, type RegistryExample, type RegistryExercise} from './example-registry';

/** An example as the embed page and the examples page get it (paths already in this language). */
export interface EmbedExample extends RegistryExample {
  /** `/process` or `/en/process`. */
  chapterPath: string;
  /** `/embed/process/<id>` or `/en/embed/process/<id>`. */
  embedPath: string;
  /** Height of the iframe snippet, fitted to the example's length. */
  iframeHeight: number;
}

/** An exercise as the examples page lists it. */
export interface ListedExercise extends RegistryExercise {
  /** `/thread` or `/en/thread`. */
  chapterPath: string;
  /** `/embed/thread/exercise-<id>` or `/en/embed/thread/exercise-<id>`. */
  embedPath: string;
  /** Height of the iframe snippet, fitted to the starting code. */
  iframeHeight: number;
}

/** An exercise as its embed page gets it. */
export type EmbedExercise = ListedExercise;

/** Doc ids of the sidebar in order (`process/index`), which is the order of the chapters. */
function sidebarOrder(): string[] {
  return Object.values(sidebars).flatMap((items) => (Array.isArray(items) ? items.filter((i): i is string => typeof i === 'string') : []));
}

/**
 * One page per example, `/embed/<chapter>/<id>`, that shows just that example for an iframe,
 * one per exercise, `/embed/<chapter>/exercise-<id>` (its task, code and Check), and `/examples`, the list of them all for teachers. The list is read from the chapters' MDX
 * (each language builds on its own, so this runs once per language) and a malformed
 * `<Example>` stops the build.
 */
export default function embedPlugin(context: LoadContext): Plugin<{examples: EmbedExample[]; exercises: ListedExercise[]}> {
  const {siteDir, baseUrl, i18n, localizationDir} = context;
  const translated = i18n.currentLocale === i18n.defaultLocale ? null : path.join(localizationDir, 'docusaurus-plugin-content-docs', 'current');
  const readSource = (e: RegistryExample) => fs.readFileSync(path.join(siteDir, e.file), 'utf8');
  const lang = languageOfLocale(i18n.currentLocale);
  /**
   * A file of an exercise's folder (`docs/<chapter>/exercises/<id>/`, or the translated docs'
   * twin of it for a task partial); a missing one stops the build.
   */
  const exerciseFile = (e: RegistryExercise, name: string, docsDir = path.join(siteDir, 'docs')) => {
    const file = path.join(docsDir, e.chapter, 'exercises', e.id, name);
    if (!fs.existsSync(file)) throw new Error(`exercise "${e.id}" (${e.chapter}) needs ${path.relative(siteDir, file)}`);
    return file;
  };
  /** The task partial in this language: `_task.mdx`, the English one in the translated docs. */
  const taskFile = (e: RegistryExercise) => exerciseFile(e, '_task.mdx', translated ?? undefined);
  const readExerciseFile = (e: RegistryExercise, name: string) => fs.readFileSync(exerciseFile(e, name), 'utf8');
  return {
    name: 'embed-plugin',
    getPathsToWatch: () => [path.join(siteDir, 'docs/**/*.mdx'), ...(translated ? [path.join(translated, '**/*.mdx')] : [])],
    async loadContent() {
      const base = baseUrl.replace(/\/?$/, '/');
      const examples = readRegistry(siteDir, translated, sidebarOrder()).map((e) => ({
        ...e,
        chapterPath: `${base}${e.chapter}`,
        embedPath: embedPath(base, e.chapter, e.id),
        iframeHeight: iframeHeight(readSource(e)),
      }));
      const exercises = readExercises(siteDir, translated, sidebarOrder()).map((e) => ({
        ...e,
        chapterPath: `${base}${e.chapter}`,
        embedPath: embedPath(base, e.chapter, `exercise-${e.id}`),
        iframeHeight: Math.min(MAX_IFRAME_HEIGHT, iframeHeight(readExerciseFile(e, `start.${lang}.ts`)) + EXERCISE_TASK_HEIGHT),
      }));
      return {examples, exercises};
    },
    async contentLoaded({content, actions}) {
      for (const example of content.examples) {
        const code = readSource(example);
        const data = await actions.createData(`embed-${example.chapter}-${example.id}.json`, JSON.stringify({...example, code}));
        actions.addRoute({
          path: example.embedPath,
          component: '@site/src/components/EmbedPage/index.tsx',
          exact: true,
          modules: {example: data},
        });
      }
      for (const exercise of content.exercises) {
        const start = readExerciseFile(exercise, `start.${lang}.ts`);
        const solution = readExerciseFile(exercise, `solution.${lang}.ts`);
        const data = await actions.createData(`embed-exercise-${exercise.chapter}-${exercise.id}.json`, JSON.stringify({...exercise, start, solution}));
        actions.addRoute({
          path: exercise.embedPath,
          component: '@site/src/components/EmbedPage/ExercisePage.tsx',
          exact: true,
          modules: {exercise: data, task: taskFile(exercise), check: exerciseFile(exercise, 'check.ts')},
        });
      }
      const list = await actions.createData('examples.json', JSON.stringify(content.examples));
      const exercises = await actions.createData('exercises.json', JSON.stringify(content.exercises));
      actions.addRoute({
        path: `${baseUrl.replace(/\/?$/, '/')}examples`,
        component: '@site/src/components/ExamplesPage/index.tsx',
        exact: true,
        modules: {examples: list, exercises},
      });
    },
  };
}
