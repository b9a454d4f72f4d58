import { describe, expect, it } from 'vitest';
import type { InvokeEventLike, IpcMainLike } from './handle';
import { APP_INDEX_URL } from '../appProtocol';
import { createAppPageCheck, createAppSenderCheck, describeError, handleSafely } from './handle';

const frame = (url: string, parent: unknown = null): InvokeEventLike => ({ senderFrame: { url, parent } });

describe('createAppSenderCheck', () => {
  const isTrusted = createAppSenderCheck('file:///opt/PCO%20Desk/resources/app.asar/dist/renderer/index.html');

  it('trusts the top frame of our own page, whatever its route', () => {
    expect(isTrusted(frame('file:///opt/PCO%20Desk/resources/app.asar/dist/renderer/index.html'))).toBe(true);
    expect(isTrusted(frame('file:///opt/PCO%20Desk/resources/app.asar/dist/renderer/index.html#/workers/42?tab=notes'))).toBe(true);
  });

  it('refuses other files, remote pages, iframes, destroyed frames and garbage', () => {
    expect(isTrusted(frame('file:///tmp/evil.html'))).toBe(false);
    expect(isTrusted(frame('https://example.com/opt/PCO%20Desk/resources/app.asar/dist/renderer/index.html'))).toBe(false);
    expect(isTrusted(frame('file:///opt/PCO%20Desk/resources/app.asar/dist/renderer/index.html', { url: 'x' }))).toBe(false);
    expect(isTrusted({ senderFrame: null })).toBe(false);
    expect(isTrusted(frame('not a url'))).toBe(false);
  });
});

describe('the app://pco/ origin main.ts uses', () => {
  it('trusts only the top frame of app://pco/index.html, whatever its route; no file:// page any more', () => {
    const isTrusted = createAppSenderCheck(APP_INDEX_URL);
    expect(isTrusted(frame('app://pco/index.html'))).toBe(true);
    expect(isTrusted(frame('app://pco/index.html#/sync?tab=exchange'))).toBe(true);
    expect(isTrusted(frame('file:///opt/PCO%20Desk/resources/app.asar/dist/renderer/index.html'))).toBe(false);
    expect(isTrusted(frame('app://pco/assets/other.html'))).toBe(false);
    expect(isTrusted(frame('app://evil/index.html'))).toBe(false);
    expect(isTrusted(frame('https://pco/index.html'))).toBe(false);
    expect(isTrusted(frame('app://pco/index.html', { url: 'app://pco/index.html' }))).toBe(false);
  });

  it('lets the window reload itself and navigate nowhere else (will-navigate, will-redirect)', () => {
    const isAppPage = createAppPageCheck(APP_INDEX_URL);
    expect(isAppPage('app://pco/index.html#/workers/42')).toBe(true);
    expect(isAppPage('app://pco/')).toBe(false);
    expect(isAppPage('app://pco/index.html/../../secret')).toBe(false);
    expect(isAppPage('https://example.com/')).toBe(false);
    expect(isAppPage('file:///etc/passwd')).toBe(false);
  });
});

describe('createAppPageCheck', () => {
  it('matches our page with any route and nothing else', () => {
    const isAppPage = createAppPageCheck('file:///app/dist/renderer/index.html');
    expect(isAppPage('file:///app/dist/renderer/index.html#/offers')).toBe(true);
    expect(isAppPage('file:///app/dist/renderer/other.html')).toBe(false);
    expect(isAppPage('file:///app/dist/renderer/index.html/../../../etc/passwd')).toBe(false);
    expect(isAppPage('http://localhost/app/dist/renderer/index.html')).toBe(false);
    expect(isAppPage('::')).toBe(false);
    expect(isAppPage('file:///app/dist/renderer/%E0%A4%A.html')).toBe(false);
  });

  it('ignores percent-encoding differences in the path', () => {
    const isAppPage = createAppPageCheck('file:///C:/Users/Anna%20Rossi/PCO%20Desk/index.html');
    expect(isAppPage('file:///C:/Users/Anna Rossi/PCO Desk/index.html')).toBe(true);
    expect(isAppPage('file:///C:/Users/Anna%20Rossi/PCO%20Desk/index.html#/x')).toBe(true);
  });
});

describe('handleSafely', () => {
  function capture() {
    let listener: ((event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) | undefined;
    const ipcMain: IpcMainLike = { handle: (_channel, l) => void (listener = l) };
    return { ipcMain, call: (event: InvokeEventLike, ...args: unknown[]) => (listener ? listener(event, ...args) : Promise.reject(new Error('not registered'))) };
  }
  const spec = {
    isTrustedSender: (event: InvokeEventLike) => event.senderFrame?.url === 'file:///ok',
    refused: () => 'refused',
    failed: (error: unknown) => `failed: ${describeError(error)}`,
  };

  it('passes only the first argument, refuses strangers and converts throws into values', async () => {
    const { ipcMain, call } = capture();
    handleSafely(ipcMain, 'c', { ...spec, run: (request) => Promise.resolve(`got ${String(request)}`) });
    expect(await call(frame('file:///ok'), 'a', 'b')).toBe('got a');
    expect(await call(frame('file:///nope'), 'a')).toBe('refused');

    const failing = capture();
    handleSafely(failing.ipcMain, 'c', { ...spec, run: () => Promise.reject(Object.assign(new Error('boom'), { code: 'EIO' })) });
    expect(await failing.call(frame('file:///ok'))).toBe('failed: EIO: boom');
  });

  it('describes non-Error throwables', () => {
    expect(describeError('plain')).toBe('plain');
    expect(describeError(new Error('msg'))).toBe('msg');
  });
});
