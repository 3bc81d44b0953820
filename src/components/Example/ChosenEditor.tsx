import React, {lazy, useState, type ReactNode} from 'react';
import type {CodeEditorProps} from '../CodeEditor';
import {prefersLightEditor} from '@site/src/lib/editor-choice';

// Both load only when the reader starts editing: Monaco (big) with a mouse, CodeMirror on touch.
const MonacoEditor = lazy(() => import('../CodeEditor'));
const LightEditor = lazy(() => import('../LightEditor'));

/**
 * The editor that suits this device, chosen once when the reader starts editing (it would
 * lose the cursor and undo history if it switched on a resize). Render inside <Suspense>.
 */
export default function ChosenEditor(props: CodeEditorProps): ReactNode {
  const [light] = useState(() => prefersLightEditor((query) => window.matchMedia(query)));
  return light ? <LightEditor {...props} /> : <MonacoEditor {...props} />;
}
