import { describe, expect, it } from 'vitest';
import { appInfoSchema } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { createGetAppInfoHandler, registerAppIpc } from './appIpc';
import type { InvokeEventLike, IpcMainLike } from './handle';

describe('app info', () => {
  it('describes the Electron app and matches the shared schema', async () => {
    const info = await createGetAppInfoHandler({ version: '0.1.0', platform: 'linux' })();
    expect(info).toEqual({ kind: 'electron', version: '0.1.0', platform: 'linux' });
    expect(appInfoSchema.safeParse(info).success).toBe(true);
  });

  it('registers one channel and tells untrusted senders nothing', async () => {
    const registered: string[] = [];
    let listener: ((event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) | undefined;
    const ipcMain: IpcMainLike = {
      handle: (channel, l) => {
        registered.push(channel);
        listener = l;
      },
    };
    const trusted: InvokeEventLike = { senderFrame: { url: 'file:///app/index.html', parent: null } };
    registerAppIpc(ipcMain, { version: '1.2.3', platform: 'win32', isTrustedSender: (event) => event === trusted });
    expect(registered).toEqual([IPC_CHANNELS.getAppInfo]);
    if (!listener) throw new Error('not registered');
    expect(await listener(trusted)).toEqual({ kind: 'electron', version: '1.2.3', platform: 'win32' });
    expect(await listener({ senderFrame: null })).toEqual({ kind: 'electron', version: 'unknown', platform: 'unknown' });
  });
});
