import { describe, expect, it } from 'vitest';
import { createMemoryBridge } from '../platform/memory/bridge';
import { destinationFolder, destinationKey, destinationsOf } from './destinations';
import { writeFile, BUNDLE_FILTER } from './transport';

const stick = { path: '/media/giulia/PCO', label: 'PCO', sizeBytes: 16e9, token: 'drive-1' };

describe('export destinations', () => {
  it('offers the default first, then every removable drive', () => {
    expect(destinationsOf([stick]).map(destinationKey)).toEqual(['default', 'drive:drive-1']);
    expect(destinationsOf([])).toEqual([{ kind: 'default' }]);
  });

  it('writes to the chosen stick through the token the bridge issued for it, and to the shared folder or the dialog by default', async () => {
    const bridge = createMemoryBridge();
    bridge.plugDrive(stick);
    const drives = await bridge.listRemovableDrives();
    expect(drives).toEqual({ ok: true, value: [stick] });
    const [byDefault, onStick] = destinationsOf(drives.ok ? drives.value : []);
    const shared = { token: 'folder-1', label: '/srv/pco' };
    expect(destinationFolder(onStick!, shared)).toEqual({ token: 'drive-1', label: 'PCO' });
    const onDrive = await writeFile(bridge, destinationFolder(onStick!, shared), 'b.pcobundle', new Uint8Array([3]), BUNDLE_FILTER);
    expect(onDrive.ok).toBe(true);
    expect(bridge.folderFiles('drive-1').has('b.pcobundle')).toBe(true);
    expect(destinationFolder(byDefault!, shared)).toBe(shared);
    expect(destinationFolder(byDefault!, null)).toBeNull();

    const saved = await writeFile(bridge, null, 'a.pcobundle', new Uint8Array([1, 2]), BUNDLE_FILTER);
    expect(saved.ok && saved.value.location).toBe('memory://a.pcobundle');
  });
});
