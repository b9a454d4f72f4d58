// Enrolment files as the store's trust anchor: each is signed by the coordinator device it names
// and says which programme it belongs to. The first one seeds a new store; every one adds a
// pending enrolment. With its enrolment code (`--code`, shown on the coordinator's screen when the
// file was issued) the first bundle of that laptop is accepted as the app's coordinator does;
// without it, only once a coordinator bundle has registered the laptop.
import { checkEnrolmentCode, readEnrolmentFile, type EnrolmentBody } from '../../shared/sync';
import { CliError } from '../io';
import { readText } from './files';
import { emptyStore, type Store } from './store';

export interface GivenEnrolment {
  readonly body: EnrolmentBody;
  readonly code?: string;
}

/** The enrolment files, each with the code given in the same position (`--code`: none, or one per file). */
export async function readEnrolments(paths: readonly string[], codes: readonly string[] = []): Promise<GivenEnrolment[]> {
  if (codes.length > 0 && codes.length !== paths.length) {
    throw new CliError(`--code va dato una volta per ogni --enrolment, nello stesso ordine (${codes.length} codici, ${paths.length} file)`, `--code goes once per --enrolment, in the same order (${codes.length} codes, ${paths.length} files)`);
  }
  const given: GivenEnrolment[] = [];
  for (const [index, path] of paths.entries()) {
    const result = readEnrolmentFile(await readText(path, { it: "il file d'iscrizione", en: 'the enrolment file' }));
    if (!result.ok) throw new CliError(`file d'iscrizione ${path} rifiutato: ${result.reason}`, `enrolment file ${path} refused: ${result.reason}`);
    const typed = codes[index];
    if (typed === undefined) {
      given.push({ body: result.enrolment });
      continue;
    }
    const code = checkEnrolmentCode(typed);
    if (!code.ok) throw new CliError(`il codice di adesione per ${path} non è valido (${code.problem})`, `the enrolment code for ${path} is not valid (${code.problem})`);
    given.push({ body: result.enrolment, code: code.code });
  }
  return given;
}

/** A new store from the first enrolment, or the existing one; then every enrolment added as pending. */
export function withEnrolments(store: Store | null, given: readonly GivenEnrolment[], nowIso: string): Store {
  const enrolments = given.map((entry) => entry.body);
  const first = enrolments[0];
  let result = store;
  if (!result) {
    if (!first) throw new CliError("un archivio nuovo richiede --enrolment FILE (un file .pcoenrol emesso dal coordinatore)", 'a new store needs --enrolment FILE (a .pcoenrol issued by the coordinator)');
    result = emptyStore(first.programmeId, { deviceId: first.coordinator.deviceId, label: first.coordinator.label, signPublicKey: first.coordinator.signPublicKey }, nowIso);
  }
  const pending = [...result.pendingEnrolments];
  for (const { body: enrolment, code } of given) {
    if (enrolment.programmeId !== result.programmeId) {
      throw new CliError(`il file d'iscrizione è del programma ${enrolment.programmeId}, l'archivio di ${result.programmeId}`, `the enrolment file belongs to programme ${enrolment.programmeId}, the store to ${result.programmeId}`);
    }
    if (enrolment.coordinator.deviceId !== result.anchor.deviceId || enrolment.coordinator.signPublicKey !== result.anchor.signPublicKey) {
      throw new CliError("il file d'iscrizione è firmato da un altro coordinatore", 'the enrolment file is signed by another coordinator');
    }
    const entry = { enrolmentId: enrolment.enrolmentId, counselorId: enrolment.counselor.id, ...(code ? { code } : {}) };
    const known = pending.findIndex((p) => p.enrolmentId === enrolment.enrolmentId);
    if (known < 0) pending.push(entry);
    else if (code) pending[known] = entry;
  }
  return { ...result, pendingEnrolments: pending };
}
