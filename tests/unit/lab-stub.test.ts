import {expect, it} from 'vitest';
import {lab} from '../../sandbox/worker/lab';
import * as stub from './fixtures/lab-stub.mjs';

it('the Node stand-in for lab (compile-differential) offers exactly what lab offers', () => {
  expect(Object.keys(stub).sort()).toEqual(Object.keys(lab).sort());
});
