import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// The chapters in the order of the source notes.
const sidebars: SidebarsConfig = {
  chapters: [
    'index',
    'process/index',
    'thread/index',
    'coroutine/index',
    'choosing/index',
    'concurrency-vs-parallelism/index',
    'measure/index',
  ],
};

export default sidebars;
