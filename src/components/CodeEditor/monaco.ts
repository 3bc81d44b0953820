/**
 * Monaco, set up once for the whole page. Imported only by ./index.tsx, which the page loads
 * lazily (React.lazy) when the reader clicks into an example: nothing here runs at page load
 * or during the static build.
 *
 * monaco-editor 0.57 has an `exports` map ("./*" -> "./esm/vs/*.js"), so these are its real
 * entry points: the editor API without any language (`monaco-editor/editor`), the editor
 * features (hover, suggest, find, ...), only the TypeScript language (Monarch tokenizer +
 * language-service client) and, in ./ts.worker.ts and ./editor.worker.ts, the two workers.
 * Importing `features/register.all` costs nothing extra: in 0.57 the TypeScript client
 * (via internal/common/workers.js) imports every editor contribution anyway.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import {
  typescriptDefaults,
  ModuleKind,
  type ModuleResolutionKind,
  type ScriptTarget,
} from 'monaco-editor/languages/features/typescript/register';
import labTypes from '@site/sandbox/worker/lab/lab.d.ts?raw';

export {monaco};

type MonacoEnvironment = {getWorker(workerId: string, label: string): Worker};

/** Monaco's vs-dark with the token colours below 4.5:1 on its background made lighter. */
export const DARK_THEME = 'lab-dark';

/** Where the `lab` declarations live in the language service (once per page). */
export const LAB_TYPES_URI = 'file:///lab-types/lab.d.ts';

let configured = false;

/** Workers, compiler options and the `lab` types. Idempotent: call before every editor. */
export function setupMonaco(): void {
  if (configured || typeof self === 'undefined') {
    return;
  }
  configured = true;

  monaco.editor.defineTheme(DARK_THEME, {
    base: 'vs-dark',
    inherit: true,
    rules: [
      {token: 'comment', foreground: '7CA668'}, // was 608B4E, 4.2:1
      {token: 'variable.predefined', foreground: '7B93D6'}, // was 4864AA, 3.0:1
    ],
    colors: {},
  });

  (self as unknown as {MonacoEnvironment: MonacoEnvironment}).MonacoEnvironment = {
    getWorker(_workerId, label) {
      if (label === 'typescript' || label === 'javascript') {
        return new Worker(new URL('./ts.worker.ts', import.meta.url), {type: 'module', name: 'monaco-ts'});
      }
      return new Worker(new URL('./editor.worker.ts', import.meta.url), {type: 'module', name: 'monaco-editor'});
    },
  };

  typescriptDefaults.setCompilerOptions({
    // Monaco's enums stop short of these TypeScript 5.9 values: ES2022 = 9, Bundler = 100.
    target: 9 as ScriptTarget,
    module: ModuleKind.ESNext,
    moduleResolution: 100 as ModuleResolutionKind,
    strict: true,
    isolatedModules: true,
    moduleDetection: 3, // force: every example is a module, so top-level await is allowed
    // File names, not tsconfig's short names: the language service takes them as they are.
    lib: ['lib.es2022.d.ts', 'lib.webworker.d.ts'],
    allowNonTsExtensions: true,
    noEmit: true,
  });
  typescriptDefaults.setDiagnosticsOptions({
    noSemanticValidation: false,
    noSyntaxValidation: false,
  });
  // Start the language service as soon as the first model exists, not on first hover.
  typescriptDefaults.setEagerModelSync(true);
  // lab.d.ts is an ambient `declare module 'lab' {...}`, so it must not sit where module
  // resolution looks for 'lab' (node_modules/@types/lab/index.d.ts): TypeScript would resolve
  // the import to that file and report "is not a module". Anywhere else, the ambient
  // declaration answers `import ... from 'lab'`.
  typescriptDefaults.addExtraLib(labTypes, LAB_TYPES_URI);
}
