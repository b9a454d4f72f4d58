// `pco report STORE --identity KEY --month 2019-06 --xlsx OUT [--csv OUT] [--view …]`: the
// monthly monitoring report computed from the coordinator store with the app's own pure engine
// (shared/reports), external view (small cells suppressed) unless --view internal, written as the
// app's export: the same Italian sheets, XLSX and CSV.
import { monthPeriod } from '../../shared/reports/period';
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

export const report: Command = {
  path: ['report'],
  usage: 'pco report STORE --identity KEY --month YYYY-MM --xlsx OUT [--csv OUT] [--view external|internal] [--threshold N]',
  summary: ["Il rapporto di monitoraggio di un mese, calcolato dall'archivio del coordinatore, in XLSX (e CSV).", "The monthly monitoring report computed from the coordinator store, as XLSX (and CSV)."],
  details: [
    "  STORE                      archivio scritto da pco merge / store written by pco merge",
    "  -i, --identity KEY         file d'identità age del programma / programme age identity file",
    '  -m, --month YYYY-MM        mese del rapporto / report month',
    '  --xlsx OUT                 file XLSX da scrivere / XLSX file to write',
    '  --csv OUT                  anche un CSV (punto e virgola, UTF-8) / also a CSV (semicolons, UTF-8)',
    '  --view external|internal   esterna (predefinita: celle piccole oscurate) o interna / external (default: small cells suppressed) or internal',
    '  --threshold N              soglia delle celle piccole (predefinita 3) / small-cell threshold (default 3)',
  ],
  examples: ['pco report coordinatore.pcostore --identity programma.age.txt --month 2019-06 --xlsx monitoraggio-2019-06.xlsx'],
  options: {
    identity: { type: 'string', short: 'i' },
    month: { type: 'string', short: 'm' },
    xlsx: { type: 'string' },
    csv: { type: 'string' },
    view: { type: 'string' },
    threshold: { type: 'string' },
  },
  positionals: ['STORE'],
  async run(args, io: Io) {
    const [storePath] = args.positionals as [string];
    const key = await readIdentity(stringOption(args, 'identity', this, true));
    const month = stringOption(args, 'month', this, true);
    if (!MONTH.test(month)) throw usageError(`mese non valido: ${month} (atteso YYYY-MM)`, `invalid month: ${month} (expected YYYY-MM)`);
    const xlsxPath = stringOption(args, 'xlsx', this, true);
    const csvPath = stringOption(args, 'csv', this);
    const view = stringOption(args, 'view', this) ?? 'external';
    if (view !== 'external' && view !== 'internal') throw usageError(`vista non valida: ${view}`, `invalid view: ${view}`);
    const threshold = Number(stringOption(args, 'threshold', this) ?? '3');
    if (!Number.isInteger(threshold) || threshold < 1) throw usageError('soglia non valida (intero ≥ 1)', 'invalid threshold (integer ≥ 1)');

    const store = await readStore(storePath, key);
    const input = reportInputFromStore(store.state);
    const progress = progressBar(io);
    const internal = computeMonitoringReport(input, monthPeriod(`${month}-01`), { onProgress: (done) => progress.update(Math.round(done * 100), 100, 'rapporto/report') });
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
