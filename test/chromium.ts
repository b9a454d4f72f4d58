// The system Chromium (Debian package) that end-to-end tests and browser benchmarks drive:
// Playwright's own browser download is not reachable from these machines. Override with PCO_CHROMIUM.
import { existsSync } from 'node:fs';

export const chromiumExecutable: string | undefined = process.env.PCO_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** No sandbox (CI runs as root), no GPU, and no background traffic to hosts this network cannot reach. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
