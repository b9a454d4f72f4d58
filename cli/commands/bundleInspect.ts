// `pco bundle inspect FILE [--identity KEY] [--store STORE]`: what a bundle file is, without
// applying it. No key: size, SHA-256 and the age header (how many recipients, of which type).
// With the programme identity: the manifest, the payload hash check and the signature state,
// against the key the manifest names and, with a store, against the store's device registry.
import { sha256HexAsync } from '../../shared/sync';
import { stringOption, type Command } from '../command';
import { CliError, EXIT_OK, type Io } from '../io';
import { readAgeHeader } from '../lib/ageHeader';
import { fileLines, manifestLines } from '../lib/describe';
import { readBytes } from '../lib/files';
import { readIdentity } from '../lib/identity';
import { peekBundle, signedBy, type Peek } from '../lib/peek';
import { readStore, type Store } from '../lib/store';
import { registryOf } from '../lib/trust';

type Opened = Extract<Peek, { ok: true }>;

function registryLine(opened: Opened, store: Store): string {
  const sender = opened.manifest.sender.deviceId;
  const registered = registryOf(store).find((device) => device.deviceId === sender);
  if (!registered) return 'registro/registry: dispositivo non registrato / device not registered';
  if (registered.revokedAt) return `registro/registry: dispositivo revocato il ${registered.revokedAt} / device revoked at ${registered.revokedAt}`;
  return signedBy(opened, registered.signPublicKey)
    ? 'registro/registry: firma valida con la chiave registrata / signature valid with the registered key'
    : 'registro/registry: la firma NON corrisponde alla chiave registrata / signature does NOT match the registered key';
}

function openedLines(opened: Opened, store: Store | null): string[] {
  const applied = store?.applied.find((entry) => entry.bundleId === opened.manifest.bundleId);
  return [
    ...manifestLines(opened.manifest),
    '',
    `carico/payload:   ${opened.payloadBytes} byte, ${opened.payloadLines} righe/lines, sha256 ${opened.payloadSha256}`,
    opened.payloadHashMatches ? 'hash:             corrisponde al manifest / matches the manifest' : `hash:             NON corrisponde al manifest (${opened.manifest.payloadSha256}) / does NOT match the manifest`,
    opened.signature === null
      ? 'firma/signature:  riga di firma mancante o malformata / signature line missing or malformed'
      : opened.selfSignatureValid
        ? 'firma/signature:  valida con la chiave del mittente nel manifest / valid with the sender key in the manifest'
        : 'firma/signature:  NON valida con la chiave del mittente nel manifest / NOT valid with the sender key in the manifest',
    ...(store ? [registryLine(opened, store)] : []),
    ...(store && store.programmeId !== opened.manifest.programmeId ? [`programma/programme: diverso dall'archivio (${store.programmeId}) / differs from the store`] : []),
    ...(applied ? [`archivio/store:   già applicato il ${applied.appliedAt} / already applied`] : []),
  ];
}

export const bundleInspect: Command = {
  path: ['bundle', 'inspect'],
  usage: 'pco bundle inspect FILE [--identity KEY] [--store STORE]',
  summary: ['Descrive un pacchetto .pcobundle senza applicarlo.', 'Describes a .pcobundle file without applying it.'],
  details: [
    '  FILE                       il pacchetto / the bundle file',
    "  -i, --identity KEY         file d'identità age del programma: mostra manifest, conteggi, hash e firma",
    '                             programme age identity file: shows manifest, counts, hash and signature',
    "  -s, --store STORE          archivio del coordinatore: verifica la firma col registro dei dispositivi",
    "                             coordinator store: checks the signature against the device registry",
  ],
  examples: ['pco bundle inspect chiavetta/lap1.pcobundle', 'pco bundle inspect lap1.pcobundle --identity programma.age.txt --store coordinatore.pcostore'],
  options: { identity: { type: 'string', short: 'i' }, store: { type: 'string', short: 's' } },
  positionals: ['FILE'],
  async run(args, io: Io) {
    const [path] = args.positionals as [string];
    const identityPath = stringOption(args, 'identity', this);
    const storePath = stringOption(args, 'store', this);
    const bytes = await readBytes(path, { it: 'il pacchetto', en: 'the bundle' });
    for (const line of fileLines(path, bytes.length, await sha256HexAsync(bytes), readAgeHeader(bytes))) io.out(line);
    if (!identityPath) {
      if (storePath) io.err('nota: --store richiede --identity / note: --store needs --identity');
      return EXIT_OK;
    }
    const key = await readIdentity(identityPath);
    const store = storePath ? await readStore(storePath, key) : null;
    const opened = await peekBundle(bytes, key.identity);
    if (!opened.ok) {
      if (opened.stage === 'decrypt' && /no identity matched/i.test(opened.detail)) {
        throw new CliError('il pacchetto non è cifrato per questa identità', 'the bundle is not encrypted to this identity');
      }
      throw new CliError(`pacchetto illeggibile (${opened.stage}): ${opened.detail}`, `unreadable bundle (${opened.stage}): ${opened.detail}`);
    }
    io.out('');
    for (const line of openedLines(opened, store)) io.out(line);
    return EXIT_OK;
  },
};
