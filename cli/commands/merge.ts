// `pco merge DIR --identity KEY --out STORE [--enrolment FILE [--code CODE]]…`: merges every .pcobundle of a
// folder, in any order, into the coordinator store (created on first use from an enrolment file,
// which anchors trust in the coordinator device). Re-running with the same folder changes nothing:
// applied bundle ids are kept. Refused bundles are listed with their reason and skipped.
import { listOption, stringOption, type Command } from '../command';
import { EXIT_OK, EXIT_REFUSED, type Io } from '../io';
import { refusalLine } from '../messages';
import { readEnrolments, withEnrolments } from '../lib/enrolment';
import { readBundleFolder } from '../lib/folder';
import { readIdentity } from '../lib/identity';
import { mergeBundles, type FileOutcome } from '../lib/mergeBundles';
import { progressBar } from '../lib/progress';
import { readStore, storeExists, writeStore } from '../lib/store';
import { storeSummaryLines } from '../lib/storeSummary';
import { textTable } from '../lib/table';

function outcomeRow(outcome: FileOutcome): (string | number)[] {
  const sender = outcome.manifest?.sender.deviceId ?? '?';
  const receiver = outcome.manifest?.receiver.deviceId ?? '?';
  if (outcome.status === 'merged') return [outcome.name, 'unito/merged', sender, receiver, outcome.added, outcome.changed, outcome.newConflicts, ''];
  return [outcome.name, outcome.harmless ? 'saltato/skipped' : 'RIFIUTATO/REFUSED', sender, receiver, 0, 0, 0, refusalLine(outcome.reason, outcome.detail)];
}

/** One file's outcome for `--json`: what a scheduled job needs to alert on. */
function outcomeJson(outcome: FileOutcome): Record<string, unknown> {
  const common = { file: outcome.name, bundleId: outcome.manifest?.bundleId ?? null, sender: outcome.manifest?.sender.deviceId ?? null, receiver: outcome.manifest?.receiver.deviceId ?? null };
  if (outcome.status === 'merged') return { ...common, status: 'merged', added: outcome.added, changed: outcome.changed, conflicts: outcome.newConflicts };
  return { ...common, status: outcome.harmless ? 'skipped' : 'refused', reason: outcome.reason, detail: outcome.detail };
}

export const merge: Command = {
  path: ['merge'],
  usage: 'pco merge DIR --identity KEY --out STORE [--enrolment FILE [--code CODE]]… [--json]',
  summary: [
    "Unisce tutti i pacchetti .pcobundle di una cartella, in qualsiasi ordine, nell'archivio cifrato del coordinatore.",
    "Merges every .pcobundle of a folder, in any order, into the coordinator's encrypted store.",
  ],
  details: [
    '  DIR                        cartella con i pacchetti / folder holding the bundles',
    "  -i, --identity KEY         file d'identità age del programma / programme age identity file",
    "  -o, --out STORE            archivio (creato se manca, cifrato per il programma) / store (created when missing, encrypted to the programme)",
    "  -e, --enrolment FILE       file .pcoenrol emesso dal coordinatore: obbligatorio per un archivio nuovo (àncora di fiducia),",
    '                             ripetibile: accetta il primo pacchetto di quel portatile',
    '                             .pcoenrol issued by the coordinator: required for a new store (trust anchor),',
    "                             repeatable",
    "  --code CODE                codice di adesione mostrato al coordinatore con quel file (uno per --enrolment, nello",
    "                             stesso ordine): accetta il primo pacchetto di quel portatile / the enrolment code shown",
    "                             to the coordinator with that file (one per --enrolment, same order): accepts that",
    "                             laptop's first bundle",
    '  --json                     riepilogo in JSON su stdout (per i job pianificati) / JSON summary on stdout (for scheduled jobs)',
  ],
  notes: ['uscita/exit: 0 tutto unito o già presente / all merged or already there; 1 qualche pacchetto rifiutato (il resto è unito) / some bundle refused (the rest is merged)'],
  examples: [
    'pco merge /mnt/condivisa/pco --identity programma.age.txt --out coordinatore.pcostore --enrolment lap1.pcoenrol --code K7QDM-2XF9A-HHN3C-8RTWE',
    'pco merge /mnt/condivisa/pco -i programma.age.txt -o coordinatore.pcostore',
  ],
  options: { identity: { type: 'string', short: 'i' }, out: { type: 'string', short: 'o' }, enrolment: { type: 'string', short: 'e', multiple: true }, code: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  positionals: ['DIR'],
  async run(args, io: Io) {
    const [dir] = args.positionals as [string];
    const key = await readIdentity(stringOption(args, 'identity', this, true));
    const out = stringOption(args, 'out', this, true);
    const nowIso = new Date().toISOString();
    const existing = (await storeExists(out)) ? await readStore(out, key) : null;
    const start = withEnrolments(existing, await readEnrolments(listOption(args, 'enrolment'), listOption(args, 'code')), nowIso);

    const progress = progressBar(io);
    const files = await readBundleFolder(dir, (done, total) => progress.update(done, total, 'lettura/reading'.padEnd(22)));
    const { store, outcomes } = await mergeBundles(start, key, files, { nowMillis: Date.now(), nowIso }, (step, done, total) =>
      progress.update(done, total, (step === 'reading' ? 'decifratura/decrypting' : 'unione/merging').padEnd(22)),
    );
    progress.stop();

    const merged = outcomes.filter((o) => o.status === 'merged').length;
    const refused = outcomes.filter((o) => o.status === 'refused' && !o.harmless);
    const skipped = outcomes.length - merged - refused.length;
    if (!existing || merged > 0 || JSON.stringify(start.pendingEnrolments) !== JSON.stringify(existing.pendingEnrolments)) await writeStore(out, store, key);

    if (args.values['json'] === true) {
      io.out(JSON.stringify({ store: out, merged, alreadyThere: skipped, refused: refused.length, outcomes: outcomes.map(outcomeJson), conflicts: store.state.conflicts.filter((c) => c.differs).length }, null, 2));
      return refused.length > 0 ? EXIT_REFUSED : EXIT_OK;
    }
    if (outcomes.length === 0) io.out(`nessun pacchetto .pcobundle in ${dir} / no .pcobundle file in ${dir}`);
    else for (const line of textTable(['file', 'esito/outcome', 'mittente/sender', 'destinatario/receiver', 'aggiunti/added', 'modificati/changed', 'conflitti/conflicts', 'motivo/reason'], outcomes.map(outcomeRow))) io.out(line);
    io.out('');
    io.out(`uniti ${merged}, già presenti ${skipped}, rifiutati ${refused.length} / merged ${merged}, already there ${skipped}, refused ${refused.length}`);
    io.out(`archivio/store: ${out}`);
    for (const line of storeSummaryLines(store)) io.out(line);
    for (const outcome of refused) io.err(`rifiutato / refused: ${outcome.name}: ${outcome.status === 'refused' ? refusalLine(outcome.reason, outcome.detail) : ''}`);
    return refused.length > 0 ? EXIT_REFUSED : EXIT_OK;
  },
};
