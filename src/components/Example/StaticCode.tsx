import React, {useRef, useState, type ReactNode, type RefObject} from 'react';
import ExampleCode from './ExampleCode';
import styles from './styles.module.css';

/**
 * Whether the reader has opened the editor yet. Until then the code is the server's drawing;
 * the editor opens at that drawing's height, so the page does not jump.
 */
export function useEditing() {
  const [editing, setEditing] = useState(false);
  const [height, setHeight] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const startEditing = () => {
    if (editing) return;
    setHeight(boxRef.current?.getBoundingClientRect().height ?? 0);
    setEditing(true);
  };
  return {editing, height, boxRef, startEditing};
}

/** The code as the server drew it; a click on it (not on its buttons) opens the editor. */
export default function StaticCode({
  boxRef,
  code,
  original,
  awake,
  onEdit,
}: {
  boxRef: RefObject<HTMLDivElement | null>;
  code: string;
  original: string;
  awake: boolean;
  onEdit: () => void;
}): ReactNode {
  return (
    <div
      ref={boxRef}
      className={styles.staticCode}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('button')) onEdit();
      }}>
      <ExampleCode code={code} original={original} awake={awake} />
    </div>
  );
}
