// `pco report STORE --identity KEY (--month 2019-06 | --from 2019-01-01 --to 2019-12-31) --xlsx OUT
// [--csv OUT] [--view …]`: the monitoring report of a month or of any range of days, computed from
// the coordinator store with the app's own pure engine (shared/reports), external view (small
// cells suppressed) unless --view internal, written as the app's export: the same Italian sheets,
// XLSX and CSV.
import { isRealIsoDate } from '../../shared/time/days';
import { monthPeriod } from '../../shared/reports/period';
import type { Period } from '../../shared/reports/types';
import { computeMonitoringReport } from '../../shared/reports/report';
import { pseudonymise } from '../../shared/reports/suppression';
import { stringOption, type Command } from '../command';
import { EXIT_OK, usageError, type Io } from '../io';
import { writeBytesAtomically } from '../lib/files';
import { readIdentity } from '../lib/identity';
import { progressBar } from '../lib/progress';
import { labelledSheets, sheetsCsv, sheetsXlsx } from '../lib/reportFiles';
import { reportInputFromStore } from '../lib/reportInput';
import { readStore } from '../lib/store';
import { textTable } from '../lib/table';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function day(value: string): string {
  if (isRealIsoDate(value)) return value;
  throw usageError(`data non valida: ${value} (atteso YYYY-MM-DD, un giorno che esiste)`, `invalid date: ${value} (expected YYYY-MM-DD, a day that exists)`);
}

/** The period asked for: a calendar month, or a range of days from --from to --to inclusive. */
function periodOption(month: string | undefined, from: string | undefined, to: string | undefined): Period {
  if (month !== undefined && (from !== undefined || to !== undefined)) throw usageError('indicare --month oppure --from e --to, non entrambi', 'give --month or --from and --to, not both');
  if (month !== undefined) {
    if (!MONTH.test(month)) throw usageError(`mese non valido: ${month} (atteso YYYY-MM)`, `invalid month: ${month} (expected YYYY-MM)`);
    return monthPeriod(`${month}-01`);
  }
  if (from === undefined && to === undefined) throw usageError(`manca il periodo: --month YYYY-MM oppure --from YYYY-MM-DD --to YYYY-MM-DD — uso: ${report.usage}`, `missing the period: --month YYYY-MM or --from YYYY-MM-DD --to YYYY-MM-DD — usage: ${report.usage}`);
  if (to === undefined) throw usageError('manca --to: --from e --to vanno indicati insieme', 'missing --to: --from and --to go together');
  if (from === undefined) throw usageError('manca --from: --from e --to vanno indicati insieme', 'missing --from: --from and --to go together');
  const period = { start: day(from), end: day(to) };
  if (period.end < period.start) throw usageError(`periodo non valido: la fine (${period.end}) precede l'inizio (${period.start})`, `invalid period: the end (${period.end}) precedes the start (${period.start})`);
  return period;
}

export const report: Command = {
  path: ['report'],
  usage: 'pco report STORE --identity KEY (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) --xlsx OUT [--csv OUT] [--view external|internal] [--threshold N]',
  summary: [
    "Il rapporto di monitoraggio di un mese o di un periodo, calcolato dall'archivio del coordinatore, in XLSX (e CSV).",
    'The monitoring report of a month or of any period, computed from the coordinator store, as XLSX (and CSV).',
  ],
  details: [
    "  STORE                      archivio scritto da pco merge / store written by pco merge",
    "  -i, --identity KEY         file d'identità age del programma / programme age identity file",
    '  -m, --month YYYY-MM        mese del rapporto / report month',
    '  --from YYYY-MM-DD          oppure: primo giorno del periodo / or: first day of the period',
    '  --to YYYY-MM-DD            ultimo giorno del periodo (incluso) / last day of the period (included)',
    '  --xlsx OUT                 file XLSX da scrivere / XLSX file to write',
    '  --csv OUT                  anche un CSV (punto e virgola, UTF-8) / also a CSV (semicolons, UTF-8)',
    '  --view external|internal   esterna (predefinita: celle piccole oscurate) o interna / external (default: small cells suppressed) or internal',
    '  --threshold N              soglia delle celle piccole (predefinita 3) / small-cell threshold (default 3)',
  ],
  examples: [
    'pco report coordinatore.pcostore --identity programma.age.txt --month 2019-06 --xlsx monitoraggio-2019-06.xlsx',
    'pco report coordinatore.pcostore -i programma.age.txt --from 2019-01-01 --to 2019-12-31 --xlsx monitoraggio-2019.xlsx',
  ],
  options: {
    identity: { type: 'string', short: 'i' },
    month: { type: 'string', short: 'm' },
    from: { type: 'string' },
    to: { type: 'string' },
    xlsx: { type: 'string' },
    csv: { type: 'string' },
    view: { type: 'string' },
    threshold: { type: 'string' },
  },
  positionals: ['STORE'],
  async run(args, io: Io) {
    const [storePath] = args.positionals as [string];
    const key = await readIdentity(stringOption(args, 'identity', this, true));
    const period = periodOption(stringOption(args, 'month', this), stringOption(args, 'from', this), stringOption(args, 'to', this));
    const xlsxPath = stringOption(args, 'xlsx', this, true);
    const csvPath = stringOption(args, 'csv', this);
    const view = stringOption(args, 'view', this) ?? 'external';
    if (view !== 'external' && view !== 'internal') throw usageError(`vista non valida: ${view}`, `invalid view: ${view}`);
    const threshold = Number(stringOption(args, 'threshold', this) ?? '3');
    if (!Number.isInteger(threshold) || threshold < 1) throw usageError('soglia non valida (intero ≥ 1)', 'invalid threshold (integer ≥ 1)');

    const store = await readStore(storePath, key);
    const input = reportInputFromStore(store.state);
    const progress = progressBar(io);
    const internal = computeMonitoringReport(input, period, { onProgress: (done) => progress.update(Math.round(done * 100), 100, 'rapporto/report') });
    progress.stop();
    const result = view === 'external' ? pseudonymise(internal, threshold) : internal;
    const sheets = labelledSheets(result, store.state, input);
    await writeBytesAtomically(xlsxPath, await sheetsXlsx(sheets));
    if (csvPath) await writeBytesAtomically(csvPath, sheetsCsv(sheets));

    io.out(`${result.programmeName}: ${result.period.start} – ${result.period.end}, vista/view ${result.view}`);
    const rows = result.tables.map((table) => [table.id, table.rows.length, table.total?.cells[0]?.value ?? '']);
    for (const line of textTable(['tabella/table', 'righe/rows', 'totale/total'], rows)) io.out(line);
    io.out(`xlsx: ${xlsxPath}${csvPath ? `, csv: ${csvPath}` : ''}`);
    return EXIT_OK;
  },
};
