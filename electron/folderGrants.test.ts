import { describe, expect, it } from 'vitest';
import { createFolderGrants, MAX_DRIVE_FOLDERS, MAX_PICKED_FOLDERS } from './folderGrants';
import { createMemoryStore, type JsonStore } from './jsonFileStore';

function counter(): () => string {
  let next = 0;
  return () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`;
}

describe('folder grants', () => {
  it('issues a token for a picked folder, saves it, and resolves only what it issued', async () => {
    const store = createMemoryStore();
    const grants = createFolderGrants({ store, newId: counter() });
    const grant = await grants.grantPicked('/srv/pco');
    expect(grant).toEqual({ token: 'folder-00000000-0000-4000-8000-000000000001', path: '/srv/pco', origin: 'picked', network: false });
    expect(store.saved).toEqual({ version: 1, folders: [{ token: grant.token, path: '/srv/pco' }] });
    expect(await grants.resolve(grant.token)).toEqual(grant);
    for (const stranger of ['/srv/pco', 'folder-00000000-0000-4000-8000-000000000002', '', '../x', 'folder-1/..', 'C:\\x', '\\\\server\\share']) {
      expect(await grants.resolve(stranger), stranger).toBeUndefined();
    }
  });

  it('reads the saved folders back in a new process, and gives a re-picked folder its old token', async () => {
    const store = createMemoryStore();
    const first = await createFolderGrants({ store }).grantPicked('/srv/pco');
    const again = createFolderGrants({ store });
    expect(await again.resolve(first.token)).toEqual(first);
    expect((await again.grantPicked('/srv/pco/')).token).toBe(first.token);
  });

  it('keeps the last folders picked, forgetting the oldest', async () => {
    const grants = createFolderGrants({ store: createMemoryStore(), newId: counter() });
    const tokens: string[] = [];
    for (let i = 0; i <= MAX_PICKED_FOLDERS; i += 1) tokens.push((await grants.grantPicked(`/srv/pco-${i}`)).token);
    expect(await grants.resolve(tokens[0] ?? '')).toBeUndefined();
    expect(await grants.resolve(tokens[1] ?? '')).toMatchObject({ path: '/srv/pco-1' });
  });

  it('marks a picked network share, the one way main accepts one', async () => {
    const grants = createFolderGrants({ store: createMemoryStore() });
    expect(await grants.grantPicked('//server/share')).toMatchObject({ origin: 'picked', network: true });
  });

  it('refuses a relative folder', async () => {
    await expect(createFolderGrants({ store: createMemoryStore() }).grantPicked('share')).rejects.toThrow(/absolute/);
  });

  it('returns no token when the folder cannot be saved, so the renderer never holds one main will forget', async () => {
    const store: JsonStore = { load: () => Promise.resolve(undefined), save: () => Promise.reject(new Error('EROFS: read-only file system')) };
    const grants = createFolderGrants({ store, newId: counter() });
    await expect(grants.grantPicked('/srv/pco')).rejects.toThrow(/EROFS/);
    expect(await grants.resolve('folder-00000000-0000-4000-8000-000000000001')).toBeUndefined();
  });

  it('starts empty, and says so, when the saved folders are damaged or unreadable', async () => {
    const errors: unknown[] = [];
    const damaged = createFolderGrants({ store: createMemoryStore({ version: 1, folders: [{ token: '/etc', path: '/etc' }] }), onLoadError: (error) => errors.push(error) });
    expect(await damaged.resolve('folder-x')).toBeUndefined();
    const unreadable = createFolderGrants({ store: { load: () => Promise.reject(new SyntaxError('bad JSON')), save: () => Promise.resolve() }, onLoadError: (error) => errors.push(error) });
    expect(await unreadable.resolve('folder-x')).toBeUndefined();
    expect(errors).toHaveLength(2);
    expect(await unreadable.grantPicked('/srv/pco')).toMatchObject({ origin: 'picked' });
  });

  it('gives two picks of the same folder at once one token', async () => {
    const store = createMemoryStore();
    const grants = createFolderGrants({ store });
    const [a, b] = await Promise.all([grants.grantPicked('/srv/pco'), grants.grantPicked('/srv/pco')]);
    expect(a.token).toBe(b.token);
    expect(store.saved).toMatchObject({ folders: [{ path: '/srv/pco' }] });
  });

  it('issues drive tokens for this run only, the same one for the same drive, never for a network path', async () => {
    const store = createMemoryStore();
    const grants = createFolderGrants({ store, newId: counter() });
    const stick = grants.grantDrive('/media/giulia/PCO');
    expect(stick).toEqual({ token: 'drive-00000000-0000-4000-8000-000000000001', path: '/media/giulia/PCO', origin: 'drive', network: false });
    expect(grants.grantDrive('/media/giulia/PCO')).toEqual(stick);
    expect(await grants.resolve(stick?.token ?? '')).toEqual(stick);
    expect(grants.grantDrive('\\\\server\\share')).toBeUndefined();
    expect(grants.grantDrive('//server/share')).toBeUndefined();
    expect(grants.grantDrive('media/x')).toBeUndefined();
    expect(store.saved).toBeUndefined();
    expect(await createFolderGrants({ store }).resolve(stick?.token ?? '')).toBeUndefined();
  });

  it('forgets the oldest drive once too many were listed', async () => {
    const grants = createFolderGrants({ store: createMemoryStore(), newId: counter() });
    const first = grants.grantDrive('/media/stick-0');
    for (let i = 1; i <= MAX_DRIVE_FOLDERS; i += 1) grants.grantDrive(`/media/stick-${i}`);
    expect(await grants.resolve(first?.token ?? '')).toBeUndefined();
    expect(await grants.resolve(grants.grantDrive(`/media/stick-${MAX_DRIVE_FOLDERS}`)?.token ?? '')).toMatchObject({ path: `/media/stick-${MAX_DRIVE_FOLDERS}` });
  });
});
