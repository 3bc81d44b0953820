import type {CodeLocation} from '../../contract/protocol';

/** A mistake found before anything runs, with where it is in the reader's code. */
export class CompileError extends Error {
  constructor(message: string, readonly location?: CodeLocation) {
    super(message);
    this.name = 'SyntaxError';
  }
}

/** 1-based line and column of a character offset. */
export function locate(text: string, offset: number): CodeLocation {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return {line, column: offset - before.lastIndexOf('\n')};
}
