import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundlePathCandidate, bundlePathsFromArgv, createOpenedBundleQueue, queueBundlesFromArgv, queueOpenedPath, type StatPath } from './openedBundles';

let dir: string;
let bundle: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pco-opened-'));
  bundle = join(dir, 'da Portatile A.pcobundle');
  await writeFile(bundle, new Uint8Array([1, 2, 3]));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realStat: StatPath = (path) => stat(path);
/** Windows paths cannot exist on this machine: a fake disk that holds exactly these files. */
const fakeDisk =
  (...files: string[]): StatPath =>
  (path) =>
    files.includes(path) ? Promise.resolve({ isFile: () => true }) : Promise.reject(new Error(`ENOENT: ${path}`));

describe('bundle paths from argv', () => {
  it('Linux AppImage and deb: executable, sandbox flags, then the file', async () => {
    expect(await bundlePathsFromArgv(['/tmp/.mount_PCODesk/pco-desk', '--no-sandbox', bundle], realStat)).toEqual([bundle]);
    expect(await bundlePathsFromArgv(['/opt/PCO Desk/pco-desk', bundle], realStat)).toEqual([bundle]);
  });

  it('Linux file managers passing a file:// URI (%U)', async () => {
    expect(await bundlePathsFromArgv(['/opt/PCO Desk/pco-desk', pathToFileURL(bundle).href], realStat)).toEqual([bundle]);
  });

  it('Windows NSIS and portable, including the flags a second instance receives', async () => {
    const onStick = 'E:\\scambio\\da Portatile A.pcobundle';
    const disk = fakeDisk(onStick);
    expect(await bundlePathsFromArgv(['C:\\Program Files\\PCO Desk\\PCO Desk.exe', onStick], disk)).toEqual([onStick]);
    const portable = ['C:\\Users\\anna\\AppData\\Local\\Temp\\2abc\\PCO Desk.exe', '--allow-file-access-from-files', '--original-process-start-time=13345', onStick];
    expect(await bundlePathsFromArgv(portable, disk)).toEqual([onStick]);
  });

  it('never touches a bundle on a network share (no authentication to the host): it is queued unread, for main to refuse', async () => {
    const touched: string[] = [];
    const spy: StatPath = (path) => (touched.push(path), Promise.reject(new Error('ENOENT')));
    const shares = ['\\\\server\\share\\x.pcobundle', '\\\\?\\UNC\\server\\share\\y.pcobundle', '//server/share/z.pcobundle'];
    expect(await bundlePathsFromArgv(['C:\\PCO Desk.exe', ...shares], spy)).toEqual(shares);
    const queue = createOpenedBundleQueue();
    expect(await queueOpenedPath(queue, '//server/share/w.pcobundle', spy)).toBe(true);
    expect(touched).toEqual([]);
  });

  it('macOS and development: the process serial number and the app path are skipped', async () => {
    expect(await bundlePathsFromArgv(['/Applications/PCO Desk.app/Contents/MacOS/PCO Desk', '-psn_0_123456'], realStat)).toEqual([]);
    expect(await bundlePathsFromArgv(['/repo/node_modules/electron/dist/electron', '/repo/dist/electron/main.cjs', bundle], realStat)).toEqual([bundle]);
  });

  it('skips missing files, folders, relative paths, other extensions and duplicates', async () => {
    const folder = join(dir, 'cartella.pcobundle');
    await mkdir(folder);
    const other = join(dir, 'note.txt');
    await writeFile(other, 'x');
    const argv = ['/usr/bin/pco-desk', join(dir, 'missing.pcobundle'), folder, 'relative.pcobundle', other, bundle, bundle, '--flag=x.pcobundle'];
    expect(await bundlePathsFromArgv(argv, realStat)).toEqual([bundle]);
    // The executable itself is never taken, whatever its name.
    expect(await bundlePathsFromArgv([bundle], realStat)).toEqual([]);
  });

  it('accepts the extension in any case and refuses a NUL or a malformed URI', () => {
    expect(bundlePathCandidate('/media/stick/X.PCOBUNDLE')).toBe('/media/stick/X.PCOBUNDLE');
    expect(bundlePathCandidate('/media/stick/x.pcobundle\0')).toBeUndefined();
    expect(bundlePathCandidate('file://server/%E0%A4%A.pcobundle')).toBeUndefined();
    expect(bundlePathCandidate('')).toBeUndefined();
  });
});

describe('opened bundle queue', () => {
  it('hands paths out oldest first, once each, and stays bounded', () => {
    const queue = createOpenedBundleQueue(2);
    expect(queue.offer('/a.pcobundle')).toBe(true);
    expect(queue.offer('/a.pcobundle')).toBe(false);
    expect(queue.offer('/b.pcobundle')).toBe(true);
    expect(queue.offer('/c.pcobundle')).toBe(false);
    expect(queue.size).toBe(2);
    expect(queue.take()).toBe('/a.pcobundle');
    expect(queue.take()).toBe('/b.pcobundle');
    expect(queue.take()).toBeUndefined();
  });

  it('queues from a second launch argv and from macOS open-file with the same checks', async () => {
    const queue = createOpenedBundleQueue();
    expect(await queueBundlesFromArgv(queue, ['/opt/PCO Desk/pco-desk', bundle], realStat)).toBe(1);
    expect(await queueOpenedPath(queue, join(dir, 'gone.pcobundle'), realStat)).toBe(false);
    expect(await queueOpenedPath(queue, bundle, realStat)).toBe(false); // already waiting
    expect(queue.take()).toBe(bundle);
    expect(await queueOpenedPath(queue, bundle, realStat)).toBe(true);
    expect(queue.take()).toBe(bundle);
  });
});
