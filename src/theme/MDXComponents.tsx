import MDXComponents from '@theme-original/MDXComponents';
import Example from '@site/src/components/Example';

// The original registry plus ours, so chapters can use <Example> without importing it.
export default {
  ...MDXComponents,
  Example,
};
