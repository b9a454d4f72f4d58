// The plumbing every IPC domain shares: a structural view of ipcMain (so handlers are testable
// in plain Node), the sender check, and a wrapper that turns any surprise into a value instead
// of a rejected promise. Domains (appIpc, fileIpc) stay free of Electron imports.

/** The part of a WebFrameMain the sender check needs. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** The part of IpcMainInvokeEvent the handlers need. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** The part of Electron's ipcMain used here; the real ipcMain satisfies it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export type SenderCheck = (event: InvokeEventLike) => boolean;

/**
 * True for our own renderer page: the same file, with any #route or ?query. Used to allow a
 * reload of the app itself while every other navigation is refused.
 */
export function createAppPageCheck(appIndexUrl: string): (url: string) => boolean {
  const expected = pageKey(appIndexUrl);
  return (url) => expected !== undefined && pageKey(url) === expected;
}

/** protocol + host + decoded path: Chromium and Node may percent-encode a file path differently. */
function pageKey(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${decodeURIComponent(parsed.pathname)}`;
  } catch {
    return undefined;
  }
}

/** Trusts only the top-level frame showing our own page; iframes and anything else are refused. */
export function createAppSenderCheck(appIndexUrl: string): SenderCheck {
  const isAppPage = createAppPageCheck(appIndexUrl);
  return (event) => {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppPage(frame.url);
  };
}

export interface HandlerSpec<T> {
  readonly isTrustedSender: SenderCheck;
  /** The answer for a sender that is not our renderer. */
  readonly refused: () => T;
  /** The answer if the handler itself throws (it should not). */
  readonly failed: (error: unknown) => T;
  readonly run: (request: unknown) => Promise<T>;
}

/** Registers `run` for `channel`; the returned promise always resolves. Only the first argument is read. */
export function handleSafely<T>(ipcMain: IpcMainLike, channel: string, spec: HandlerSpec<T>): void {
  ipcMain.handle(channel, async (event, request) => {
    if (!spec.isTrustedSender(event)) return spec.refused();
    try {
      return await spec.run(request);
    } catch (error) {
      return spec.failed(error);
    }
  });
}

/** A short, non-throwing description of an unknown error (Node error code when there is one). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code: unknown = (error as Error & { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
