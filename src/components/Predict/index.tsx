import React, {useEffect, useId, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useExampleRun} from '../Example/runStore';
import styles from './styles.module.css';

export interface PredictProps {
  /** Stable id: the anchor (`#predict-<id>`) and the key of the reader's answer in localStorage. */
  id: string;
  /** The example whose run reveals the answer. */
  example: string;
  /** The question. */
  question: ReactNode;
  /** The choices, in order. */
  options: string[];
  /** Index of the right choice in `options`. */
  answer: number;
  /** Why: shown once the answer is revealed. */
  children?: ReactNode;
}

interface Saved {
  choice: number | null;
  revealed: boolean;
}

const storageKey = (id: string) => `concurrency-lab:predict:${id}`;

function load(id: string): Saved {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    const value = raw ? (JSON.parse(raw) as Partial<Saved>) : {};
    return {
      choice: typeof value.choice === 'number' ? value.choice : null,
      revealed: value.revealed === true,
    };
  } catch {
    return {choice: null, revealed: false};
  }
}

function save(id: string, value: Saved): void {
  try {
    window.localStorage.setItem(storageKey(id), JSON.stringify(value));
  } catch {
    // Storage full or blocked: the answer lives as long as the page does.
  }
}

/**
 * Predict, then run: the reader picks what they expect before running an example. The pick
 * is kept in this browser only (localStorage); the answer shows after the example's run ends,
 * or when the reader asks for it.
 */
export default function Predict({id, example, question, options, answer, children}: PredictProps): ReactNode {
  const [saved, setSaved] = useState<Saved>({choice: null, revealed: false});
  const [loaded, setLoaded] = useState(false);
  const run = useExampleRun(example);
  const questionId = useId();

  useEffect(() => {
    setSaved(load(id));
    setLoaded(true);
  }, [id]);

  const update = (next: Saved) => {
    setSaved(next);
    save(id, next);
  };

  // A run of the linked example that ends reveals the answer.
  useEffect(() => {
    if (run.runs > 0 && loaded) {
      setSaved((prev) => {
        if (prev.revealed) return prev;
        const next = {...prev, revealed: true};
        save(id, next);
        return next;
      });
    }
  }, [run.runs, loaded, id]);

  const {choice, revealed} = saved;
  const right = choice === answer;

  let hint: string;
  if (revealed) {
    hint =
      choice === null
        ? translate({id: 'lab.predict.revealedNoChoice', message: '你这次没有先预测。'})
        : right
          ? translate({id: 'lab.predict.right', message: '你的预测是对的。'})
          : translate({id: 'lab.predict.wrong', message: '和你的预测不一样。'});
  } else if (choice === null) {
    hint = translate({id: 'lab.predict.pick', message: '先选一个答案，再运行示例看看。'});
  } else {
    hint = translate(
      {id: 'lab.predict.picked', message: '你选了“{choice}”。现在运行示例：运行结束后，答案会在这里揭晓。'},
      {choice: options[choice] ?? ''},
    );
  }

  return (
    <aside
      id={`predict-${id}`}
      className={styles.predict}
      data-predict={id}
      data-revealed={revealed ? 'true' : 'false'}
      aria-labelledby={questionId}>
      <div className={styles.title}>{translate({id: 'lab.predict.title', message: '先预测，再运行'})}</div>
      <div id={questionId} className={styles.question}>
        {question}
      </div>
      <div className={styles.options} role="group" aria-labelledby={questionId}>
        {options.map((text, i) => {
          const marks = [
            choice === i ? styles.chosen : '',
            revealed && i === answer ? styles.correct : '',
            revealed && choice === i && i !== answer ? styles.incorrect : '',
          ].join(' ');
          return (
            <button
              key={i}
              type="button"
              className={`${styles.option} ${marks}`}
              aria-pressed={choice === i}
              data-option={i}
              data-correct={revealed && i === answer ? 'true' : undefined}
              onClick={() => update({...saved, choice: i})}>
              <span className={styles.marker} aria-hidden="true">
                {revealed && i === answer ? '✓' : choice === i ? '●' : '○'}
              </span>
              <span>{text}</span>
              {revealed && i === answer ? (
                <span className={styles.srOnly}>{translate({id: 'lab.predict.correctOption', message: '（正确答案）'})}</span>
              ) : null}
            </button>
          );
        })}
      </div>
      <p className={styles.hint} aria-live="polite">
        {hint}
      </p>
      {revealed ? (
        <div className={styles.explanation}>
          <strong>
            {translate({id: 'lab.predict.answer', message: '答案：{answer}'}, {answer: options[answer] ?? ''})}
          </strong>
          {children}
        </div>
      ) : null}
      <div className={styles.actions}>
        {!revealed ? (
          <button type="button" className="button button--sm button--secondary" data-action="reveal" onClick={() => update({...saved, revealed: true})}>
            {translate({id: 'lab.predict.reveal', message: '直接看答案'})}
          </button>
        ) : (
          <button type="button" className="button button--sm button--secondary" data-action="again" onClick={() => update({choice: null, revealed: false})}>
            {translate({id: 'lab.predict.again', message: '重新预测'})}
          </button>
        )}
      </div>
    </aside>
  );
}
