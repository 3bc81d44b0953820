import React, {Suspense, type ReactNode} from 'react';
import ChosenEditor from './ChosenEditor';
import StaticCode, {type useEditing} from './StaticCode';
import styles from './styles.module.css';

/**
 * The code of an example or an exercise: the server's drawing until the reader opens the
 * editor, then the editor at that drawing's height (the drawing stands in while it loads).
 */
export default function EditableCode({
  id,
  code,
  original,
  awake,
  editing: {editing, height, boxRef, startEditing},
  onChange,
  onRun,
  ariaLabel,
}: {
  id: string;
  code: string;
  original: string;
  awake: boolean;
  editing: ReturnType<typeof useEditing>;
  onChange: (code: string) => void;
  onRun: () => void;
  ariaLabel: string;
}): ReactNode {
  const staticCode = <StaticCode boxRef={boxRef} code={code} original={original} awake={awake} onEdit={startEditing} />;
  if (!editing) return staticCode;
  return (
    <Suspense fallback={staticCode}>
      {/* The editors draw only the visible lines: print shows the code as it stands instead. */}
      <pre className="lab-print-only">{code}</pre>
      <div className={`${styles.editor} lab-no-print`}>
        <ChosenEditor id={id} value={code} onChange={onChange} onRun={onRun} initialHeight={height} ariaLabel={ariaLabel} autoFocus />
      </div>
    </Suspense>
  );
}
