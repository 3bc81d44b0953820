import React, {type ReactNode} from 'react';
import type {RunReport} from '@site/sandbox/contract/report';
import RunOutput from '../RunOutput';
import Timeline from '../Timeline';

/** What a run shows: its output and its timeline. Loaded with the runtime, not with the page. */
export default function RunResult({report}: {report: RunReport}): ReactNode {
  return (
    <>
      <RunOutput report={report} />
      <Timeline report={report} />
    </>
  );
}
