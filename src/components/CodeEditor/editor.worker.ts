// Entry of Monaco's generic editor worker (word completions, links, diff computing).
import 'monaco-editor/editor/editor.worker';
