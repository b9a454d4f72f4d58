// Benchmarks of the monitoring report: the full monthly report (every table, internal view, then
// the external view) on the demo programme with its year of activity, at 300 and 30,000 workers.
// The input is built from the generators once (not measured); the report is what runs in the Web
// Worker behind the progress bar.
import { generateDemoProgramme } from '../../shared/demo/generator';
import { reportInputFromDemo } from '../../shared/reports/fromDemo';
import { computeMonitoringReport } from '../../shared/reports/report';
import { pseudonymise } from '../../shared/reports/suppression';
import type { ReportInput } from '../../shared/reports/types';
import type { BenchCase } from './harness';

const NOVEMBER = { start: '2019-11-01', end: '2019-11-30' };

function monthlyReport(input: ReportInput) {
  return pseudonymise(computeMonitoringReport(input, NOVEMBER), 3);
}

export function reportsBenchmarks(): BenchCase[] {
  let small: ReportInput | undefined;
  let big: ReportInput | undefined;
  return [
    {
      name: 'monthly report, 300 workers, a year of history',
      targetMs: 200,
      note: 'every table, internal and external views (issue 8 target: under 200 ms)',
      setup: () => {
        small = reportInputFromDemo(generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' }));
      },
      run: () => monthlyReport(small as ReportInput),
    },
    {
      name: 'monthly report, 30,000 workers, a year of history',
      targetMs: 3000,
      runs: 3,
      note: 'every table, internal and external views (issue 8 target: under 3 s)',
      setup: () => {
        big = reportInputFromDemo(generateDemoProgramme({ workers: 30_000, seed: 2019, variant: 'historical' }));
        small = undefined;
      },
      run: () => monthlyReport(big as ReportInput),
    },
  ];
}
