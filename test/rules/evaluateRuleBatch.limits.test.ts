import { describe, expect, it } from 'vitest';
import { evaluateRuleBatch, partyOrganizationFounding } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

// A batch past 50,000,000 cases is refused before a case is read: a sparse list of 2^32 − 1 (one line of
// code away in a front end) would otherwise run four billion empty cases.
describe('evaluateRuleBatch: the size of a batch', () => {
  it('rows and columns past the limit are too_long at once', () => {
    const rows = errorOf(() => evaluateRuleBatch(partyOrganizationFounding, new Array(2 ** 32 - 1), { asOf: '2024-07-16' }));
    expect([rows.code, rows.path]).toEqual(['too_long', ['cases']]);
    const cols = errorOf(() => evaluateRuleBatch(partyOrganizationFounding, { officialMembers: new Array(2 ** 32 - 1) }, { asOf: '2024-07-16' }));
    expect([cols.code, cols.path]).toEqual(['too_long', ['cases', 'officialMembers']]);
  });
});
