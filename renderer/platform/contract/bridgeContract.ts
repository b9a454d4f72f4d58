// The DesktopBridge contract as tests: every implementation (web, Electron through main's real
// handlers, memory) runs this kit against a harness that plays the user at its dialogs and shows
// what reached the disk. What it pins is what the screens rely on: files saved and read whole or a
// piece at a time come back byte for byte, a cancel or an abort leaves nothing, a shared folder's
// file is never overwritten, limits are refused with the limit named, a handle is only ever the
// bridge's own.
import { describe, expect, it } from 'vitest';
import type { DesktopBridge } from '../../../shared/platform/desktopBridge';
import { MAX_PIECE_BYTES, openSink, openSource } from '../../../shared/platform/fileStreams';

export interface BridgeHarness {
  readonly bridge: DesktopBridge;
  /** The next save dialog chooses a file with this name (in the harness's own place). */
  answerSaveDialog(name: string): void;
  /** The next open dialog chooses a file holding these bytes. */
  answerOpenDialog(name: string, bytes: Uint8Array): void | Promise<void>;
  /** The next dialog (save or open) is closed by the user. */
  cancelNextDialog(): void;
  /** What a save through the dialog left under `name`; null for nothing. */
  savedBytes(name: string): Promise<Uint8Array | null>;
  /** A shared folder the bridge issued a token for, empty. */
  folderToken(): Promise<string>;
  /** The files in that folder a user would see (names → bytes). */
  folderFiles(): Promise<Map<string, Uint8Array>>;
  dispose(): Promise<void>;
}

/** Bytes that tell their pieces apart: a shift of one byte shows. */
export function patterned(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed + (i >> 8)) & 0xff;
  return bytes;
}

/** Byte equality that stays fast at megabytes (a deep toEqual walks and diffs every element). */
function expectSameBytes(actual: Uint8Array | null | false | undefined, expected: Uint8Array): void {
  expect(actual ? actual.length : actual).toBe(expected.length);
  if (!actual) return;
  let firstDifference = -1;
  for (let i = 0; i < expected.length; i++) {
    if (actual[i] !== expected[i]) {
      firstDifference = i;
      break;
    }
  }
  expect(firstDifference, 'the first byte that differs').toBe(-1);
}

const BUNDLE = [{ name: 'PCO bundle', extensions: ['pcobundle'] }];

export function describeBridgeContract(implementation: string, makeHarness: () => Promise<BridgeHarness>): void {
  describe(`DesktopBridge contract: ${implementation}`, () => {
    const withHarness = (run: (harness: BridgeHarness) => Promise<void>) => async () => {
      const harness = await makeHarness();
      try {
        await run(harness);
      } finally {
        await harness.dispose();
      }
    };

    it(
      'saves and opens a whole file byte for byte, and says when the user cancels',
      withHarness(async (h) => {
        const bytes = patterned(1000);
        h.answerSaveDialog('whole.pcobundle');
        expect(await h.bridge.saveFile({ suggestedName: 'whole.pcobundle', bytes, filters: BUNDLE })).toMatchObject({ ok: true, value: { size: 1000 } });
        expectSameBytes(await h.savedBytes('whole.pcobundle'), bytes);
        await h.answerOpenDialog('in.pcobundle', bytes);
        const opened = await h.bridge.openFile({ filters: BUNDLE, maxBytes: 1000 });
        expectSameBytes(opened.ok && opened.value.bytes, bytes);
        await h.answerOpenDialog('in.pcobundle', bytes);
        expect(await h.bridge.openFile({ filters: BUNDLE, maxBytes: 999 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 999 });
        h.cancelNextDialog();
        expect(await h.bridge.saveFile({ suggestedName: 'never.pcobundle', bytes, filters: BUNDLE })).toMatchObject({ ok: false, error: 'cancelled' });
        expect(await h.savedBytes('never.pcobundle')).toBeNull();
      }),
    );

    it(
      'writes a file a piece at a time through the save dialog, whole only once finished',
      withHarness(async (h) => {
        const bytes = patterned(3 * 1024 * 1024 + 17);
        h.answerSaveDialog('streamed.pcobundle');
        const sink = await openSink(h.bridge, { to: 'dialog', suggestedName: 'streamed.pcobundle', filters: BUNDLE });
        if (!sink.ok) throw new Error(sink.error);
        // Pieces of uneven sizes, as age hands them over.
        for (let offset = 0; offset < bytes.length; offset += 65_536 + 3) await sink.value.write(bytes.subarray(offset, Math.min(bytes.length, offset + 65_536 + 3)));
        expect(await sink.value.finish()).toMatchObject({ size: bytes.length });
        expectSameBytes(await h.savedBytes('streamed.pcobundle'), bytes);
      }),
    );

    it(
      'leaves nothing behind when a streamed save is cancelled or abandoned',
      withHarness(async (h) => {
        h.cancelNextDialog();
        expect(await h.bridge.beginWrite({ to: 'dialog', suggestedName: 'cancelled.pcobundle', filters: BUNDLE })).toMatchObject({ ok: false, error: 'cancelled' });
        h.answerSaveDialog('abandoned.pcobundle');
        const sink = await openSink(h.bridge, { to: 'dialog', suggestedName: 'abandoned.pcobundle', filters: BUNDLE });
        if (!sink.ok) throw new Error(sink.error);
        await sink.value.write(patterned(5 * 1024 * 1024));
        await sink.value.abort();
        expect(await h.savedBytes('abandoned.pcobundle')).toBeNull();
        const folder = await h.folderToken();
        const inFolder = await openSink(h.bridge, { to: 'folder', folder, name: 'abandoned.pcobundle' });
        if (!inFolder.ok) throw new Error(inFolder.error);
        await inFolder.value.write(patterned(100));
        await inFolder.value.abort();
        expect([...(await h.folderFiles()).keys()]).toEqual([]);
      }),
    );

    it(
      'writes a new file in the shared folder and never overwrites one',
      withHarness(async (h) => {
        const folder = await h.folderToken();
        const bytes = patterned(200_000);
        const sink = await openSink(h.bridge, { to: 'folder', folder, name: 'a.pcobundle' });
        if (!sink.ok) throw new Error(sink.error);
        await sink.value.write(bytes);
        await sink.value.finish();
        expectSameBytes((await h.folderFiles()).get('a.pcobundle'), bytes);
        expect(await h.bridge.beginWrite({ to: 'folder', folder, name: 'a.pcobundle' })).toMatchObject({ ok: false, error: 'ioError' });
        expect(await h.bridge.writeSharedFile({ folder, name: 'a.pcobundle', bytes: patterned(3) })).toMatchObject({ ok: false, error: 'ioError' });
        expectSameBytes((await h.folderFiles()).get('a.pcobundle'), bytes);
        expect(await h.bridge.beginWrite({ to: 'folder', folder: 'folder-not-issued-here', name: 'b.pcobundle' })).toMatchObject({ ok: false, error: 'unknownFolder' });
        expect(await h.bridge.beginWrite({ to: 'folder', folder, name: '../escape.pcobundle' })).toMatchObject({ ok: false, error: 'invalidRequest' });
        expect(await h.bridge.beginWrite({ to: 'folder', folder, name: 'notes.txt' })).toMatchObject({ ok: false, error: 'invalidRequest' });
      }),
    );

    it(
      'reads a chosen file a piece at a time from any offset, stopping at its size',
      withHarness(async (h) => {
        const bytes = patterned(2 * 1024 * 1024 + 5);
        await h.answerOpenDialog('big.pcobundle', bytes);
        const source = await openSource(h.bridge, { from: 'dialog', filters: BUNDLE, maxBytes: 10 * 1024 * 1024 });
        if (!source.ok) throw new Error(source.error);
        expect({ name: source.value.name, size: source.value.size }).toEqual({ name: 'big.pcobundle', size: bytes.length });
        expectSameBytes(await source.value.read(0, bytes.length), bytes);
        expectSameBytes(await source.value.read(1_000_003, 70_000), bytes.subarray(1_000_003, 1_070_003));
        expectSameBytes(await source.value.read(bytes.length - 2, 100), bytes.subarray(bytes.length - 2));
        expect((await source.value.read(bytes.length, 100)).length).toBe(0);
        await source.value.close();
      }),
    );

    it(
      'reads a file of the shared folder, and refuses one over the limit before reading, naming the limit',
      withHarness(async (h) => {
        const folder = await h.folderToken();
        const bytes = patterned(4096);
        expect(await h.bridge.writeSharedFile({ folder, name: 'in.pcobundle', bytes })).toMatchObject({ ok: true });
        const source = await openSource(h.bridge, { from: 'folder', folder, name: 'in.pcobundle', maxBytes: 4096 });
        if (!source.ok) throw new Error(source.error);
        expectSameBytes(await source.value.read(0, 4096), bytes);
        await source.value.close();
        expect(await h.bridge.beginRead({ from: 'folder', folder, name: 'in.pcobundle', maxBytes: 4095 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 4095 });
        await h.answerOpenDialog('big.pcobundle', bytes);
        expect(await h.bridge.beginRead({ from: 'dialog', filters: BUNDLE, maxBytes: 100 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 100 });
        h.cancelNextDialog();
        expect(await h.bridge.beginRead({ from: 'dialog', filters: BUNDLE, maxBytes: 100 })).toMatchObject({ ok: false, error: 'cancelled' });
      }),
    );

    it(
      'answers only for handles it issued and still holds, and refuses pieces over the limit',
      withHarness(async (h) => {
        const unknown = { handle: 'handle-never-issued' };
        expect(await h.bridge.writePiece({ ...unknown, bytes: patterned(4) })).toMatchObject({ ok: false, error: 'invalidRequest' });
        expect(await h.bridge.finishWrite(unknown)).toMatchObject({ ok: false, error: 'invalidRequest' });
        expect(await h.bridge.readPiece({ ...unknown, offset: 0, length: 4 })).toMatchObject({ ok: false, error: 'invalidRequest' });
        expect(await h.bridge.readPiece({ handle: '../../etc/passwd', offset: 0, length: 4 })).toMatchObject({ ok: false, error: 'invalidRequest' });
        await h.answerOpenDialog('x.pcobundle', patterned(10));
        const started = await h.bridge.beginRead({ from: 'dialog', filters: BUNDLE, maxBytes: 100 });
        if (!started.ok) throw new Error(started.error);
        expect(await h.bridge.readPiece({ handle: started.value.handle, offset: 0, length: MAX_PIECE_BYTES + 1 })).toMatchObject({ ok: false, error: 'invalidRequest' });
        await h.bridge.endRead({ handle: started.value.handle });
        expect(await h.bridge.readPiece({ handle: started.value.handle, offset: 0, length: 4 })).toMatchObject({ ok: false, error: 'invalidRequest' });
        h.answerSaveDialog('y.pcobundle');
        const writing = await h.bridge.beginWrite({ to: 'dialog', suggestedName: 'y.pcobundle', filters: BUNDLE });
        if (!writing.ok) throw new Error(writing.error);
        expect(await h.bridge.writePiece({ handle: writing.value.handle, bytes: new Uint8Array(0) })).toMatchObject({ ok: false, error: 'invalidRequest' });
        await h.bridge.abortWrite({ handle: writing.value.handle });
      }),
    );
  });
}
