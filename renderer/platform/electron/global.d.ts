// The object electron/preload.ts exposes with contextBridge. Present only inside the Electron
// app, hence optional; feature code never reads it — only ./bridge.ts does.
import type { DesktopBridge } from '../../../shared/platform/desktopBridge';

declare global {
  interface Window {
    readonly pcoDesktop?: DesktopBridge;
  }
}

export {};
