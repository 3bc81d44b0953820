import {useEffect, useRef, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {languageOfLocale} from '@site/sandbox/contract/language';
import type {RemoteRun} from '@site/sandbox/client/remote-run';
import type {RunReport} from '@site/sandbox/contract/report';
import calibrateSource from './calibrate.ts?raw';
import {MODELS, parseCalibration, parseModelRun, programFor, ProgramError, type ModelId, type ModelResult} from './program';
import type {LabSettings} from './settings';
import {loadSandbox} from '../Example/sandbox';
import {useRunnerAddress} from '../Example/useRunnerAddress';

/** Each model's run may take this long before it is stopped. */
const RUN_LIMIT_MS = 60_000;

export type Phase =
  | {kind: 'idle'}
  | {kind: 'calibrating'}
  | {kind: 'model'; model: ModelId; index: number}
  | {kind: 'done'}
  | {kind: 'cancelled'}
  | {kind: 'failed'; message: string};

/** What each model measured, with the program it ran. */
export type ModelResults = Partial<Record<ModelId, ModelResult & {code: string}>>;

interface Session {
  run: RemoteRun | null;
  cancelled: boolean;
}

class Cancelled extends Error {}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describeFailure(report: RunReport): string {
  const e = report.error;
  return e ? `${e.name}: ${e.message}` : report.status;
}

function stopSession(s: Session): void {
  s.cancelled = true;
  s.run?.stop();
}

/**
 * The lab's runs: the calibration, then every model one after another, each through the runner
 * frame; what each measured lands in `results` as it comes in.
 */
export function useQuadrantRuns() {
  const language = languageOfLocale(useDocusaurusContext().i18n.currentLocale);
  const address = useRunnerAddress();
  const [ranWith, setRanWith] = useState<LabSettings | null>(null);
  const [phase, setPhase] = useState<Phase>({kind: 'idle'});
  const [results, setResults] = useState<ModelResults>({});
  const [calibration, setCalibration] = useState<number | null>(null);
  const session = useRef<Session | null>(null);

  useEffect(
    () => () => {
      session.current && stopSession(session.current);
    },
    [],
  );

  const running = phase.kind === 'calibrating' || phase.kind === 'model';

  const runAll = async (s: LabSettings) => {
    const mine: Session = {run: null, cancelled: false};
    session.current = mine;
    setResults({});
    setRanWith(s);
    setCalibration(null);
    // Through the runner frame, like every example: a setting that exhausts memory or crashes
    // a worker ends that frame's process, not this page.
    const exec = async (code: string) => {
      const runner = await loadSandbox(address);
      if (mine.cancelled) throw new Cancelled();
      const run = runner.start(code, {timeLimitMs: RUN_LIMIT_MS, language});
      mine.run = run;
      const report = await run.done;
      mine.run = null;
      if (mine.cancelled) throw new Cancelled();
      if (report.status !== 'done') throw new ProgramError(describeFailure(report));
      return report;
    };
    try {
      setPhase({kind: 'calibrating'});
      const ipm = parseCalibration(await exec(calibrateSource));
      setCalibration(ipm);
      for (const [index, model] of MODELS.entries()) {
        setPhase({kind: 'model', model, index});
        await pause(120); // let the previous run's workers go before the next one starts
        if (mine.cancelled) throw new Cancelled();
        const code = programFor(model, s, ipm);
        const result = parseModelRun(model, await exec(code), s.cores);
        setResults((prev) => ({...prev, [model]: {...result, code}}));
      }
      setPhase({kind: 'done'});
    } catch (err) {
      if (err instanceof Cancelled || mine.cancelled) setPhase({kind: 'cancelled'});
      else setPhase({kind: 'failed', message: String((err as Error)?.message ?? err)});
    } finally {
      if (session.current === mine) session.current = null;
    }
  };

  const stop = () => session.current && stopSession(session.current);

  return {phase, running, results, calibration, ranWith, runAll, stop};
}
