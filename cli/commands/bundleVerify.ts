// `pco bundle verify FILE --identity KEY [--store STORE]`: the same checks an import runs
// (decrypt, signature, payload hash, every line against its schema; with a store also registry,
// revocation, programme, replay and clock drift). Exit 0 when valid, 1 with the refusal reason.
// Without a store the signature can only be checked against the key the manifest itself names.
import { decodeBundle, HARMLESS_REFUSALS, keyFingerprint, type DecodeContext } from '../../shared/sync';
import { stringOption, type Command } from '../command';
import { EXIT_OK, EXIT_REFUSED, type Io } from '../io';
import { refusalLine } from '../messages';
import { readBytes } from '../lib/files';
import { readIdentity, type ProgrammeIdentity } from '../lib/identity';
import { peekBundle } from '../lib/peek';
import { readStore } from '../lib/store';
import { decodeContextFor } from '../lib/trust';

async function selfContext(bytes: Uint8Array, key: ProgrammeIdentity): Promise<DecodeContext> {
  const peek = await peekBundle(bytes, key.identity);
  const manifest = peek.ok ? peek.manifest : null;
  return {
    identities: [key.identity],
    deviceId: manifest?.receiver.deviceId ?? '',
    programmeId: manifest?.programmeId ?? '',
    devices: manifest ? [{ deviceId: manifest.sender.deviceId, signPublicKey: manifest.sender.signPublicKey, revokedAt: null, role: manifest.sender.role }] : [],
    appliedBundleIds: new Set(),
    peerKnows: {},
    nowMillis: Date.now(),
  };
}

export const bundleVerify: Command = {
  path: ['bundle', 'verify'],
  usage: 'pco bundle verify FILE --identity KEY [--store STORE]',
  summary: ['Verifica un pacchetto come farebbe un import: uscita 0 se valido, 1 col motivo del rifiuto.', 'Verifies a bundle as an import would: exit 0 when valid, 1 with the refusal reason.'],
  details: [
    '  FILE                       il pacchetto / the bundle file',
    "  -i, --identity KEY         file d'identità age del programma / programme age identity file",
    '  -s, --store STORE          archivio: firma verificata col registro, pacchetti già applicati, programma',
    '                             store: signature checked against the registry, bundles already applied, programme',
  ],
  examples: ['pco bundle verify lap1.pcobundle --identity programma.age.txt', 'pco bundle verify lap1.pcobundle -i programma.age.txt --store coordinatore.pcostore'],
  options: { identity: { type: 'string', short: 'i' }, store: { type: 'string', short: 's' } },
  positionals: ['FILE'],
  async run(args, io: Io) {
    const [path] = args.positionals as [string];
    const key = await readIdentity(stringOption(args, 'identity', this, true));
    const storePath = stringOption(args, 'store', this);
    const bytes = await readBytes(path, { it: 'il pacchetto', en: 'the bundle' });
    let context: DecodeContext;
    if (storePath) {
      const store = await readStore(storePath, key);
      const peek = await peekBundle(bytes, key.identity);
      context = decodeContextFor(store, key, peek.ok ? peek.manifest : null, Date.now());
    } else {
      context = await selfContext(bytes, key);
    }
    const result = await decodeBundle(bytes, context);
    if (!result.ok) {
      const line = refusalLine(result.reason, result.detail);
      if (HARMLESS_REFUSALS.includes(result.reason)) {
        io.out(`valido, già coperto dall'archivio / valid, already covered by the store: ${line}`);
        return EXIT_OK;
      }
      io.out(`rifiutato / refused: ${line}`);
      return EXIT_REFUSED;
    }
    const { manifest } = result.bundle;
    io.out(`valido / valid: ${manifest.bundleId}`);
    io.out(`  mittente/sender ${manifest.sender.deviceId} (${manifest.sender.role}), chiave/key ${keyFingerprint(manifest.sender.signPublicKey)} → ${manifest.receiver.deviceId}`);
    io.out(
      storePath
        ? '  firma verificata col registro dei dispositivi dell\'archivio / signature verified against the store\'s device registry'
        : '  firma verificata con la chiave dichiarata nel manifest, non con un registro (usare --store) / signature checked against the key the manifest declares, not a registry (use --store)',
    );
    return EXIT_OK;
  },
};
