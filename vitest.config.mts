import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  // As in the site's build: exercise checks (docs/**/check.ts) import `@site/...`.
  resolve: {alias: {'@site': path.dirname(fileURLToPath(import.meta.url))}},
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
