// Entry of the TypeScript language worker (diagnostics, hovers, completions). Bundled by the
// site build from monaco-editor; started by MonacoEnvironment.getWorker in ./monaco.ts.
import 'monaco-editor/languages/features/typescript/ts.worker';
