// Former roles typed in either grammatical gender are one row of the report (shared/domain/roleCatalogue.ts).
import { describe, expect, it } from 'vitest';
import { computeMonitoringReport } from './report';
import { MARCH, marchInput } from './testing';

describe('enrolled workers by former role', () => {
  it('counts masculine and feminine titles of a role once, in one row naming both', () => {
    const input = marchInput();
    const retitled = {
      ...input,
      // w1 and w4 are women: "Operaia trafilatura" beside w2's "Operaio trafilatura"; w7 an "Impiegato amministrativo" beside the erased file's "Impiegata amministrativa".
      workers: input.workers.map((w) => (w.id === 'w1' || w.id === 'w4' ? { ...w, data: { ...w.data, formerRole: 'Operaia trafilatura' } } : w.id === 'w7' ? { ...w, data: { ...w.data, formerRole: 'Impiegato amministrativo' } } : w)),
    };
    const table = computeMonitoringReport(retitled, MARCH).tables.find((t) => t.id === 'enrolledByRole');
    const rows = Object.fromEntries((table?.rows ?? []).map((row) => [row.key, row.cells[0]?.value]));
    expect(rows).toEqual({ 'Operaio/a trafilatura': 3, 'Impiegato/a amministrativo/a': 2, 'Manutentore meccanico': 1, 'Addetto qualità': 1 });
  });
});
