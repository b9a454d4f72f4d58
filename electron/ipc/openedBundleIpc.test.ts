import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { createOpenedBundleQueue } from '../openedBundles';
import type { InvokeEventLike, IpcMainLike } from './handle';
import { createTakeOpenedBundleHandler, registerOpenedBundleIpc } from './openedBundleIpc';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pco-opened-ipc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs = { stat: (path: string) => stat(path), readFile: (path: string) => readFile(path) };

describe('take opened bundle', () => {
  it('answers null when nothing waits, then reads each queued bundle once', async () => {
    const queue = createOpenedBundleQueue();
    const take = createTakeOpenedBundleHandler({ queue, ...realFs });
    expect(await take()).toEqual({ ok: true, value: null });
    const path = join(dir, 'da Portatile A.pcobundle');
    await writeFile(path, new Uint8Array([7, 8, 9]));
    queue.offer(path);
    const result = await take();
    expect(result.ok && result.value?.name).toBe('da Portatile A.pcobundle');
    expect(result.ok && [...(result.value?.bytes ?? [])]).toEqual([7, 8, 9]);
    expect(await take()).toEqual({ ok: true, value: null });
  });

  it('refuses a file over the limit, a non-bundle, a folder and a file gone from the stick', async () => {
    const queue = createOpenedBundleQueue();
    const take = createTakeOpenedBundleHandler({ queue, ...realFs, maxBytes: 4 });
    const big = join(dir, 'big.pcobundle');
    await writeFile(big, new Uint8Array(5));
    queue.offer(big);
    expect(await take()).toMatchObject({ ok: false, error: 'tooLarge' });
    const text = join(dir, 'note.txt');
    await writeFile(text, 'x');
    queue.offer(text);
    expect(await take()).toMatchObject({ ok: false, error: 'invalidRequest' });
    queue.offer(dir + '.pcobundle');
    expect(await take()).toMatchObject({ ok: false, error: 'ioError' });
    queue.offer(join(dir, 'gone.pcobundle'));
    const gone = await take();
    expect(gone).toMatchObject({ ok: false, error: 'ioError' });
    if (!gone.ok) expect(gone.detail).toMatch(/ENOENT/);
  });

  it('refuses a bundle on a network share without touching it', async () => {
    const queue = createOpenedBundleQueue();
    const touched: string[] = [];
    const take = createTakeOpenedBundleHandler({ queue, stat: (path) => (touched.push(path), stat(path)), readFile: (path) => (touched.push(path), readFile(path)) });
    queue.offer('\\\\server\\share\\x.pcobundle');
    queue.offer('//server/share/x.pcobundle');
    expect(await take()).toMatchObject({ ok: false, error: 'invalidRequest', detail: expect.stringMatching(/network/) as unknown });
    expect(await take()).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(touched).toEqual([]);
  });

  it('names the limit in a refusal and never asks the disk for more than it', async () => {
    const queue = createOpenedBundleQueue();
    const asked: (number | undefined)[] = [];
    const take = createTakeOpenedBundleHandler({ queue, stat: (path) => stat(path), readFile: (_path, maxBytes) => (asked.push(maxBytes), Promise.resolve(new Uint8Array(5))), maxBytes: 4 });
    const big = join(dir, 'big.pcobundle');
    await writeFile(big, new Uint8Array(5));
    queue.offer(big);
    expect(await take()).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 4 });
    const grown = join(dir, 'grown.pcobundle');
    await writeFile(grown, new Uint8Array(3));
    queue.offer(grown);
    expect(await take()).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 4 });
    expect(asked).toEqual([4]);
  });

  it('reads at most the bundle limit by default', async () => {
    const queue = createOpenedBundleQueue();
    const asked: (number | undefined)[] = [];
    const take = createTakeOpenedBundleHandler({ queue, stat: (path) => stat(path), readFile: (path, maxBytes) => (asked.push(maxBytes), readFile(path)) });
    const path = join(dir, 'a.pcobundle');
    await writeFile(path, new Uint8Array([1]));
    queue.offer(path);
    expect(await take()).toMatchObject({ ok: true });
    expect(asked).toEqual([MAX_BUNDLE_BYTES]);
  });

  it('refuses a sender that is not our renderer without touching the queue', async () => {
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, handler) => void handlers.set(channel, handler) };
    const queue = createOpenedBundleQueue();
    const path = join(dir, 'x.pcobundle');
    await writeFile(path, new Uint8Array([1]));
    queue.offer(path);
    registerOpenedBundleIpc(ipcMain, { isTrustedSender: () => false, queue, ...realFs });
    const event = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await handlers.get(IPC_CHANNELS.takeOpenedBundle)?.(event)).toEqual({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' });
    expect(queue.size).toBe(1);
    registerOpenedBundleIpc(ipcMain, { isTrustedSender: () => true, queue, ...realFs });
    expect(await handlers.get(IPC_CHANNELS.takeOpenedBundle)?.(event)).toMatchObject({ ok: true, value: { name: 'x.pcobundle' } });
  });
});
