// A file merged into another (two counselors registered the same person): its events and rows
// count once, as the survivor's, in every table.
import { describe, expect, it } from 'vitest';
import { computeMonitoringReport } from './report';
import { event, MARCH, marchInput } from './testing';
import type { ReportInput, ReportTable } from './types';

const cell = (table: ReportTable | undefined, row: string, column = 0) => table?.rows.find((r) => r.key === row)?.cells[column];

describe('reports with merged files', () => {
  it("count the absorbed file's interview as the survivor's, and drop none", () => {
    const base = marchInput();
    const absorbed = 'w1-old';
    const withMerge: ReportInput = {
      ...base,
      events: [
        ...base.events,
        event(absorbed, '2019-03-12', { kind: 'worker.interviewHeld', interviewType: 'intake', durationMinutes: 30, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] }),
      ],
      mergedWorkers: new Map([[absorbed, 'w1']]),
    };
    const before = computeMonitoringReport(base, MARCH);
    const after = computeMonitoringReport(withMerge, MARCH);
    const interviews = (report: typeof before) => report.tables.find((t) => t.id === 'interviewsByType');
    expect(cell(interviews(after), 'intake')?.value).toBe((cell(interviews(before), 'intake')?.value ?? 0) + 1);
    expect(cell(interviews(after), 'intake')?.items?.some((item) => item.workerId === 'w1' && item.date === '2019-03-12')).toBe(true);
    // Without the redirect the same event names no known worker and is not counted.
    const unresolved = computeMonitoringReport({ ...withMerge, mergedWorkers: new Map() }, MARCH);
    expect(cell(interviews(unresolved), 'intake')?.value).toBe(cell(interviews(before), 'intake')?.value);
  });
});
