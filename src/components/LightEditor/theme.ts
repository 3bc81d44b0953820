import {EditorView} from '@codemirror/view';

/**
 * Colours from CSS variables (styles.module.css sets them for the light and the dark site
 * theme), so the editor follows Docusaurus's colour mode the moment `data-theme` changes.
 * The selectors match CodeMirror's base theme, which they must outrank.
 */
export const siteTheme = EditorView.theme({
  '&': {
    color: 'var(--lab-cm-text)',
    backgroundColor: 'var(--lab-cm-background)',
    fontSize: '16px', // iOS zooms into any text field smaller than 16 px
  },
  '.cm-scroller': {
    fontFamily: 'var(--ifm-font-family-monospace)',
    lineHeight: '1.55',
  },
  '.cm-content': {
    caretColor: 'var(--lab-cm-text)',
    padding: '12px 0',
  },
  '.cm-line': {
    padding: '0 12px 0 8px',
  },
  '.cm-cursor, .cm-dropCursor': {
    borderLeftColor: 'var(--lab-cm-text)',
    borderLeftWidth: '2px',
  },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'var(--lab-cm-selection)',
  },
  '.cm-activeLine': {
    backgroundColor: 'var(--lab-cm-active-line)',
  },
  '.cm-gutters': {
    backgroundColor: 'var(--lab-cm-background)',
    color: 'var(--lab-cm-gutter-text)',
    border: 'none',
  },
  '.cm-activeLineGutter': {
    backgroundColor: 'var(--lab-cm-active-line)',
    color: 'var(--lab-cm-text)',
  },
  '.cm-lineNumbers .cm-gutterElement': {
    padding: '0 4px 0 10px',
    minWidth: '2.2em',
  },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--lab-cm-bracket)',
  },
});
