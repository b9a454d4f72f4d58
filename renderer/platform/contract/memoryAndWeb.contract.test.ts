// The memory bridge and the web bridge pass the DesktopBridge contract. The web bridge runs in
// Node against small fakes of Chromium's File System Access API that behave as Chromium does: a
// writable stream puts its bytes in place only on close, a file created in a folder is visible
// (empty) until then, a closed picker throws AbortError.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { createMemoryBridge } from '../memory/bridge';
import { concatBytes } from '../../../shared/sync/bytes';
import { describeBridgeContract, type BridgeHarness } from './bridgeContract';

describeBridgeContract('memory', () => {
  const bridge = createMemoryBridge();
  return Promise.resolve<BridgeHarness>({
    bridge,
    answerSaveDialog: () => undefined,
    answerOpenDialog: (name, bytes) => bridge.queueOpen({ name, bytes }),
    // An open dialog with nothing queued is cancelled already.
    cancelNextDialog: () => bridge.failNext('saveFile', 'cancelled'),
    savedBytes: (name) => Promise.resolve(bridge.saved.find((file) => file.name === name)?.bytes ?? null),
    async folderToken() {
      bridge.setNextFolder('folder-contract');
      const chosen = await bridge.chooseSharedFolder();
      if (!chosen.ok) throw new Error(chosen.error);
      return chosen.value.token;
    },
    folderFiles: () => Promise.resolve(new Map(bridge.folderFiles('folder-contract'))),
    dispose: () => Promise.resolve(),
  });
});

const abortError = () => new DOMException('The user aborted a request.', 'AbortError');

/** A file on the fake disk: written through a swap copy that replaces it on close. */
class FakeFileHandle {
  constructor(
    readonly name: string,
    private readonly disk: Map<string, Uint8Array>,
  ) {}
  createWritable() {
    const parts: Uint8Array[] = [];
    const { disk, name } = this;
    return Promise.resolve({
      write: (chunk: Uint8Array) => Promise.resolve(void parts.push(chunk.slice())),
      close: () => Promise.resolve(void disk.set(name, concatBytes(parts))),
      abort: () => Promise.resolve(),
    });
  }
  getFile() {
    const bytes = this.disk.get(this.name);
    if (!bytes) return Promise.reject(new DOMException('gone', 'NotFoundError'));
    return Promise.resolve(new File([new Uint8Array(bytes)], this.name));
  }
}

/** Methods on the prototype: IndexedDB stores the handle as the browser would (its fields). */
class FakeDirectory {
  readonly name = 'cartella-pco';
  constructor(readonly entries: Map<string, Uint8Array>) {}
  getFileHandle(name: string, options?: { create?: boolean }) {
    if (!this.entries.has(name)) {
      if (!options?.create) return Promise.reject(new DOMException('no such file', 'NotFoundError'));
      this.entries.set(name, new Uint8Array(0));
    }
    return Promise.resolve(new FakeFileHandle(name, this.entries));
  }
  async *values() {
    for (const name of [...this.entries.keys()]) yield await Promise.resolve({ kind: 'file' as const, name });
  }
  removeEntry(name: string) {
    this.entries.delete(name);
    return Promise.resolve();
  }
  queryPermission() {
    return Promise.resolve('granted' as const);
  }
}

describeBridgeContract('web (File System Access API)', async () => {
  const disk = new Map<string, Uint8Array>();
  const folder = new FakeDirectory(new Map());
  let nextSave: string | null = null;
  let nextOpen: { name: string; bytes: Uint8Array } | null = null;
  let cancel = false;
  const answer = <T>(make: () => T): Promise<T> => {
    if (cancel) {
      cancel = false;
      return Promise.reject(abortError());
    }
    return Promise.resolve(make());
  };
  vi.stubGlobal('window', {
    showSaveFilePicker: () => answer(() => new FakeFileHandle(nextSave ?? 'unnamed', disk)),
    showOpenFilePicker: () =>
      answer(() => {
        const chosen = nextOpen ?? { name: 'nothing', bytes: new Uint8Array(0) };
        const opens = new Map([[chosen.name, chosen.bytes]]);
        return [new FakeFileHandle(chosen.name, opens)];
      }),
    showDirectoryPicker: () => answer(() => folder),
  });
  vi.resetModules();
  const { bridge } = await import('../web/bridge');
  return {
    bridge,
    answerSaveDialog: (name) => void (nextSave = name),
    answerOpenDialog: (name, bytes) => void (nextOpen = { name, bytes }),
    cancelNextDialog: () => void (cancel = true),
    savedBytes: (name) => Promise.resolve(disk.get(name) ?? null),
    async folderToken() {
      const chosen = await bridge.chooseSharedFolder();
      if (!chosen.ok) throw new Error(`${chosen.error} ${chosen.detail ?? ''}`);
      return chosen.value.token;
    },
    folderFiles: () => Promise.resolve(new Map(folder.entries)),
    dispose: () => Promise.resolve(void vi.unstubAllGlobals()),
  };
});
