/**
 * The modules reader code runs as, from blob: URLs: `lab` itself (its exports, handed over on
 * a global, so the reader's `import ... from 'lab'` gets this worker's lab), and a spawned
 * function's module.
 */
import {lab} from './lab';
import type {SpawnRequest} from '../contract/protocol';

const LAB_KEY = Symbol.for('concurrency-lab');
(globalThis as Record<symbol, unknown>)[LAB_KEY] = lab;
export const labUrl = moduleUrl(
  `const L = globalThis[Symbol.for('concurrency-lab')];\n` +
    Object.keys(lab)
      .map((name) => `export const ${name} = L.${name};`)
      .join('\n'),
);

export function moduleUrl(code: string): string {
  return URL.createObjectURL(new Blob([code], {type: 'text/javascript'}));
}

/** Builds a module whose default export is the spawned function, on the reader's own lines. */
export function spawnedModule(request: SpawnRequest): string {
  const imports = Object.entries(request.bindings)
    .map(([local, name]) =>
      name === '*' ? `import * as ${local} from '${labUrl}';` : `import {${name} as ${local}} from '${labUrl}';`,
    )
    .join(' ');
  const line = request.at?.line ?? 1;
  const column = request.at?.column ?? 1;
  const head = line >= 2 ? `${'\n'.repeat(line - 2)}export default (\n${' '.repeat(column - 1)}` : 'export default (';
  return `${head}${request.source}\n);\n${imports}\n`;
}
