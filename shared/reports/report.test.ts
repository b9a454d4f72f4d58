// Every table of the March 2019 report on the hand-built programme of testing.ts; each expected
// figure is worked out in the comment above it.
import { describe, expect, it } from 'vitest';
import { computeMonitoringReport } from './report';
import { administrativeDistanceBands, kilometreDistanceBands } from './distance';
import { event, MARCH, marchInput } from './testing';
import type { MonitoringReport, ReportTable, TableId } from './types';

function table(report: MonitoringReport, id: TableId): ReportTable {
  const found = report.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

/** key → value of the given column, rows with value 0 left out; `total` included when there is one. */
function figures(report: MonitoringReport, id: TableId, column = 0): Record<string, number | null> {
  const t = table(report, id);
  const out: Record<string, number | null> = {};
  for (const row of t.rows) if (row.cells[column]?.value !== 0) out[row.key] = row.cells[column]?.value ?? null;
  if (t.total && t.total.cells[column]?.value !== null) out.total = t.total.cells[column]?.value ?? null;
  return out;
}

const march = computeMonitoringReport(marchInput(), MARCH);

describe('enrolled workers at the end of March', () => {
  // w1, w2, w3, w4, w5, w7 and the erased s1; w6 enrolled in April.
  it('by primary track, by any track, and new in the period', () => {
    expect(figures(march, 'enrolledByTrack')).toEqual({ relocation: 2, outplacement: 2, reindustrialisation: 1, retraining: 1, self_employment: 1, total: 7 });
    // w1 follows retraining as a secondary track: counted under relocation and retraining.
    expect(figures(march, 'enrolledByTrack', 1)).toEqual({ relocation: 2, outplacement: 2, reindustrialisation: 1, retraining: 2, self_employment: 1 });
    // Only w5 joined in March.
    expect(figures(march, 'enrolledByTrack', 2)).toEqual({ retraining: 1, total: 1 });
  });

  it('by status held on 31 March: placed twice counts once, a contract ended is active again, withdrawn stays', () => {
    // active: w3 (back from a fixed-term contract), w5 (status typed in April: the status it left applies);
    // placed: w1, w2 (second hiring), s1 (its March move); withdrawn: w4; self-employed: w7.
    expect(figures(march, 'enrolledByStatus')).toEqual({ active: 2, placed: 3, withdrawn: 1, self_employed: 1, total: 7 });
  });

  it('by age band at enrolment, sex, former role and education', () => {
    // w5 23, w3 33, w1 48 and w7 43, w2 53 and s1 (50-54), w4 59.
    expect(figures(march, 'enrolledByAge')).toEqual({ '<30': 1, '30-39': 1, '40-49': 2, '50-54': 2, '55-59': 1, total: 7 });
    expect(figures(march, 'enrolledBySex')).toEqual({ F: 3, M: 4, total: 7 });
    expect(figures(march, 'enrolledByRole')).toEqual({ 'Operaio trafilatura': 3, 'Addetto qualità': 1, Carrellista: 1, 'Impiegata amministrativa': 1, 'Manutentore meccanico': 1, total: 7 });
    expect(figures(march, 'enrolledByEducation')).toEqual({ primary: 1, lower_secondary: 3, vocational_qualification: 1, upper_secondary: 1, its: 1, total: 7 });
  });
});

describe('placements in March', () => {
  it('counts hirings, placed workers, the rate to date', () => {
    // Hirings dated in March: w1 (15/03), w2's second (20/03), the erased x9 (28/03).
    // Placed to date: w1, w2 (first in February), w3 (February, since back), x9 → 4 of 7 enrolled = 57.1%.
    expect(figures(march, 'placementOutcome')).toEqual({ placements: 3, workersPlaced: 3, workersPlacedToDate: 4, enrolledToDate: 7, placementRate: 57.1 });
  });

  it('by contract, ATECO section and distance band', () => {
    expect(figures(march, 'placementsByContract')).toEqual({ permanent: 2, fixed_term: 1, total: 3 });
    // E1 is manufacturing (C), E2 wholesale (G).
    expect(figures(march, 'placementsBySector')).toEqual({ '2007:C': 1, '2007:G': 2, total: 3 });
    // w1 at Figline itself (0 km); w2 at Reggello through offer O2, x9 at E2's seat in Reggello: 11 road km.
    expect(figures(march, 'placementsByDistance')).toEqual({ km_0_10: 1, km_11_25: 2, total: 3 });
    // The same placements by territory: the site's comune, then its province (Reggello is in Florence's).
    const byTerritory = computeMonitoringReport(marchInput(), MARCH, { distance: administrativeDistanceBands });
    expect(figures(byTerritory, 'placementsByDistance')).toEqual({ site_comune: 1, site_province: 2, total: 3 });
  });

  it('days to hire count only first hirings of live files in the period', () => {
    // Only w1: 10/01 → 15/03 is 21 + 28 + 15 = 64 days. w2's first hiring was in February, x9 is erased.
    expect(figures(march, 'daysToHire')).toEqual({ hires: 1, q1: 64, median: 64, q3: 64 });
    // January to March: w2 17 days (15/01 → 01/02), w3 21 (20/01 → 10/02), w1 64.
    // Quartiles by linear interpolation: q1 = 17 + (21 − 17)/2 = 19, median 21, q3 = 21 + (64 − 21)/2 = 42.5.
    const quarter = computeMonitoringReport(marchInput(), { start: '2019-01-01', end: '2019-03-31' });
    expect(figures(quarter, 'daysToHire')).toEqual({ hires: 3, q1: 19, median: 21, q3: 42.5 });
  });

  it('bands kilometres from the plant, abroad beyond 50 km', () => {
    // Arezzo (A390) is 48 road km away, Florence (D612) 33, Milan (F205) 355; Germany (Z112) is abroad.
    expect(['M321', 'H222', 'D612', 'A390', 'F205', 'Z112', undefined].map((code) => kilometreDistanceBands.bandOf('M321', code))).toEqual(['km_0_10', 'km_11_25', 'km_26_50', 'km_26_50', 'km_over_50', 'km_over_50', 'unknown']);
  });

  it('the list behind a figure is the figure', () => {
    const permanent = table(march, 'placementsByContract').rows.find((row) => row.key === 'permanent');
    expect(permanent?.cells[0]?.items?.map((item) => item.workerId).sort()).toEqual(['w1', 'x9']);
  });
});

describe('activity, retraining and ventures in March', () => {
  it('interviews by type and the activity measures', () => {
    // w5 intake, w1 and w3 follow-ups, w3 skills assessment; w2's intake was in January.
    expect(figures(march, 'interviewsByType')).toEqual({ intake: 1, skills_assessment: 1, follow_up: 2, total: 4 });
    expect(figures(march, 'activity')).toEqual({
      interviews: 4,
      workersInterviewed: 3,
      // O1 (E1, 2 positions) and O2 (E2, 1); O3 came in February.
      offersCollected: 2,
      offerEmployers: 2,
      positionsOffered: 3,
      // C1, C2, C3 of w1, w2, w3; C4 was February's.
      candidaciesProposed: 3,
      candidatesProposed: 3,
      // M1 with C1 and C3, M2 with C2; M3 is in April and not held.
      meetingsHeld: 2,
      candidatesMet: 3,
      trials: 1,
    });
  });

  it('candidacy moves by stage', () => {
    expect(figures(march, 'candidacyStages')).toEqual({ proposed: 3, cv_sent: 2, meeting_scheduled: 1, meeting_held: 3, trial: 1, hired: 2, rejected_by_employer: 1 });
  });

  it('retraining: enrolments, completions, hours', () => {
    // EN1 (w5) enrolled 6/03; EN2 (w1) completed 28/03; hours 4 + 4 (EN1) + 3 (EN2), April's 4 left out.
    expect(figures(march, 'retraining')).toEqual({ courseEnrolments: 1, completions: 1, workersAttending: 2, hoursAttended: 11 });
  });

  it('retraining: a day recorded again counts once, with its latest hours; a day corrected to 0 is no day attended', () => {
    const input = marchInput();
    // EN1's 7 March corrected from 4 to 2 hours, EN2's 7 March corrected to an absence.
    const corrected = { ...input, events: [...input.events, event('EN1', '2019-03-07', { kind: 'course.attendance', hours: 2 }), event('EN2', '2019-03-07', { kind: 'course.attendance', hours: 0 })] };
    expect(figures(computeMonitoringReport(corrected, MARCH), 'retraining')).toEqual({ courseEnrolments: 1, completions: 1, workersAttending: 1, hoursAttended: 6 });
  });

  it('ventures launched', () => {
    expect(figures(march, 'ventures')).toEqual({ venturesLaunched: 1, venturesLaunchedToDate: 1, venturesInProgress: 1 });
  });
});

describe('CIGS ending within 90 days of 31 March, not placed', () => {
  it('bands of workers still looking for work', () => {
    // w5 20 days (active), w3 45 days (active again); w2 (placed), w4 (withdrawn), w7 (self-employed) need none;
    // w6 joined in April.
    expect(figures(march, 'cigsEnding')).toEqual({ d0_30: 1, d31_60: 1, total: 2 });
    const items = table(march, 'cigsEnding').rows.flatMap((row) => row.cells[0]?.items ?? []);
    expect(items.map((item) => [item.workerId, item.amount])).toEqual([['w5', 20], ['w3', 45]]);
  });
});

describe('an empty month', () => {
  const empty = computeMonitoringReport(marchInput(), { start: '2018-06-01', end: '2018-06-30' });
  it('has zeros, no rate and no quartiles', () => {
    expect(figures(empty, 'enrolledByStatus')).toEqual({ total: 0 });
    expect(figures(empty, 'placementOutcome')).toEqual({ placementRate: null });
    expect(figures(empty, 'daysToHire')).toEqual({ q1: null, median: null, q3: null });
    expect(figures(empty, 'activity')).toEqual({});
    expect(figures(empty, 'cigsEnding')).toEqual({ total: 0 });
  });

  it('reports progress to the end', () => {
    const steps: number[] = [];
    computeMonitoringReport(marchInput(), MARCH, { onProgress: (done) => steps.push(done) });
    expect(steps.at(-1)).toBe(1);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });
});
