// The web bridge in Node: `window`, `document` and `navigator` are replaced by small fakes that
// record what the bridge does with the File System Access API, a download link or a file input.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SECRET_BYTES } from '../../../shared/platform/desktopBridge';
import { toAcceptAttribute, toPickerTypes } from './filePickers';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function loadBridge() {
  vi.resetModules();
  return (await import('./bridge')).bridge;
}

function fakeWritable() {
  const chunks: Uint8Array[] = [];
  return { chunks, stream: { write: (chunk: Uint8Array) => Promise.resolve(void chunks.push(chunk)), close: () => Promise.resolve(), abort: () => Promise.resolve() } };
}

const abortError = () => new DOMException('The user aborted a request.', 'AbortError');
const filters = [{ name: 'PCO bundle', extensions: ['pcobundle'] }];

describe('picker conversions', () => {
  it('maps filters to picker types and accept attributes', () => {
    expect(toPickerTypes(filters)).toEqual([{ description: 'PCO bundle', accept: { 'application/octet-stream': ['.pcobundle'] } }]);
    expect(toAcceptAttribute([...filters, { name: 'Text', extensions: ['txt', 'pcobundle'] }])).toBe('.pcobundle,.txt');
    expect(toAcceptAttribute([])).toBe('');
  });
});

describe('web bridge with the File System Access API', () => {
  it('writes through the save picker and reports cancel', async () => {
    const { chunks, stream } = fakeWritable();
    const showSaveFilePicker = vi.fn().mockResolvedValueOnce({ name: 'export.pcobundle', createWritable: () => Promise.resolve(stream) }).mockRejectedValueOnce(abortError());
    vi.stubGlobal('window', { showSaveFilePicker });
    const bridge = await loadBridge();
    const result = await bridge.saveFile({ suggestedName: 'export.pcobundle', bytes: new Uint8Array([4, 5]), filters });
    expect(result).toEqual({ ok: true, value: { location: 'export.pcobundle', size: 2 } });
    expect(chunks.map((chunk) => [...chunk])).toEqual([[4, 5]]);
    expect(showSaveFilePicker).toHaveBeenCalledWith({ suggestedName: 'export.pcobundle', types: toPickerTypes(filters), excludeAcceptAllOption: true });
    expect(await bridge.saveFile({ suggestedName: 'export.pcobundle', bytes: new Uint8Array([4]) })).toEqual({ ok: false, error: 'cancelled' });
  });

  it('reads through the open picker, refusing files over maxBytes before reading', async () => {
    const small = new File([new Uint8Array([7, 8])], 'in.pcobundle');
    const big = new File([new Uint8Array(100)], 'big.pcobundle');
    const bigRead = vi.spyOn(big, 'arrayBuffer');
    const showOpenFilePicker = vi
      .fn()
      .mockResolvedValueOnce([{ getFile: () => Promise.resolve(small) }])
      .mockResolvedValueOnce([{ getFile: () => Promise.resolve(big) }])
      .mockRejectedValueOnce(abortError());
    vi.stubGlobal('window', { showOpenFilePicker });
    const bridge = await loadBridge();
    const opened = await bridge.openFile({ maxBytes: 10, filters });
    expect(opened.ok && { name: opened.value.name, bytes: [...opened.value.bytes] }).toEqual({ name: 'in.pcobundle', bytes: [7, 8] });
    expect(await bridge.openFile({ maxBytes: 10 })).toMatchObject({ ok: false, error: 'tooLarge' });
    expect(bigRead).not.toHaveBeenCalled();
    expect(await bridge.openFile({ maxBytes: 10 })).toEqual({ ok: false, error: 'cancelled' });
  });

  it('refuses invalid requests before touching any picker', async () => {
    const showSaveFilePicker = vi.fn();
    vi.stubGlobal('window', { showSaveFilePicker });
    const bridge = await loadBridge();
    expect(await bridge.saveFile({ suggestedName: 'a:b', bytes: new Uint8Array(1) })).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(showSaveFilePicker).not.toHaveBeenCalled();
  });
});

describe('web bridge without the File System Access API', () => {
  function fakeDocument(onInput?: (input: FakeElement) => void) {
    const created: FakeElement[] = [];
    const document = {
      body: { append: (element: FakeElement) => void element.appended.push(true) },
      createElement: (tag: string) => {
        const element = new FakeElement(tag, onInput);
        created.push(element);
        return element;
      },
    };
    return { document, created };
  }

  it('saves with a download link and a blob URL', async () => {
    const { document, created } = fakeDocument();
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', document);
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fake');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const bridge = await loadBridge();
    expect(await bridge.saveFile({ suggestedName: 'report.csv', bytes: new Uint8Array([1, 2, 3]) })).toEqual({ ok: true, value: { location: 'report.csv', size: 3 } });
    const link = created[0];
    expect(link?.tag).toBe('a');
    expect(link && { href: link.href, download: link.download, clicked: link.clicked, removed: link.removed }).toEqual({ href: 'blob:fake', download: 'report.csv', clicked: 1, removed: true });
    expect(createObjectURL).toHaveBeenCalledOnce();
  });

  it('opens with a hidden file input and treats its cancel event as cancelled', async () => {
    const chosen = new File([new Uint8Array([1])], 'x.pcobundle');
    let answer: 'choose' | 'cancel' = 'choose';
    const { document } = fakeDocument((input) => {
      if (answer === 'choose') {
        input.files = [chosen];
        input.fire('change');
      } else input.fire('cancel');
    });
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', document);
    const bridge = await loadBridge();
    expect(await bridge.openFile({ maxBytes: 5, filters })).toMatchObject({ ok: true, value: { name: 'x.pcobundle' } });
    answer = 'cancel';
    expect(await bridge.openFile({ maxBytes: 5 })).toEqual({ ok: false, error: 'cancelled' });
  });

  it('reports the web kind and version', async () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('navigator', { platform: 'TestOS' });
    const bridge = await loadBridge();
    expect(await bridge.getAppInfo()).toEqual({ kind: 'web', version: '0.1.0', platform: 'TestOS' });
  });

  it('never has a bundle opened by the OS', async () => {
    vi.stubGlobal('window', {});
    const bridge = await loadBridge();
    expect(await bridge.takeOpenedBundle()).toEqual({ ok: true, value: null });
  });
});

describe('web bridge secret protection', () => {
  it('offers none: the browser has no OS key store for the page', async () => {
    vi.stubGlobal('window', {});
    const bridge = await loadBridge();
    expect(await bridge.secretStorage()).toEqual({ available: false, backend: 'none' });
    expect(await bridge.protectSecret(new Uint8Array([1, 2]))).toMatchObject({ ok: false, error: 'unavailable' });
    expect(await bridge.unprotectSecret(new Uint8Array([1, 2]))).toMatchObject({ ok: false, error: 'unavailable' });
  });

  it('still refuses what Electron would refuse', async () => {
    vi.stubGlobal('window', {});
    const bridge = await loadBridge();
    expect(await bridge.protectSecret(new Uint8Array(0))).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(await bridge.protectSecret(new Uint8Array(MAX_SECRET_BYTES + 1))).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(await bridge.unprotectSecret([1] as unknown as Uint8Array)).toMatchObject({ ok: false, error: 'invalidRequest' });
  });
});

class FakeElement {
  href = '';
  download = '';
  rel = '';
  type = '';
  accept = '';
  hidden = false;
  clicked = 0;
  removed = false;
  files: File[] | null = null;
  readonly appended: boolean[] = [];
  private readonly listeners = new Map<string, () => void>();
  constructor(
    readonly tag: string,
    private readonly onInputClick?: (input: FakeElement) => void,
  ) {}
  addEventListener(name: string, listener: () => void): void {
    this.listeners.set(name, listener);
  }
  fire(name: string): void {
    this.listeners.get(name)?.();
  }
  click(): void {
    this.clicked += 1;
    if (this.tag === 'input') this.onInputClick?.(this);
  }
  remove(): void {
    this.removed = true;
  }
}

describe('web bridge shared folder', () => {
  it('answers unknownFolder for a token it never issued (a path kept by an old setting among them)', async () => {
    vi.stubGlobal('window', {});
    const bridge = await loadBridge();
    for (const folder of ['/home/giulia/PCO', 'folder-never-issued']) {
      expect(await bridge.listSharedFolder({ folder })).toMatchObject({ ok: false, error: 'unknownFolder' });
      expect(await bridge.writeSharedFile({ folder, name: 'a.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: false, error: 'unknownFolder' });
      expect(await bridge.readSharedFile({ folder, name: 'a.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'unknownFolder' });
    }
  });
});
