import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import chapters from './src/chapters.json';

// The home page, then the chapters in the order of the source notes (src/chapters.json).
const sidebars: SidebarsConfig = {
  chapters: ['index', ...[...chapters.lessons, ...chapters.tools].map((chapter) => `${chapter}/index`)],
};

export default sidebars;
