// The installers cannot be built here (electron-builder downloads Electron and its tools), so the
// configuration is checked the way electron-builder itself checks it, and every file it names must exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';

const root = join(import.meta.dirname, '..');

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, 'electron-builder.yml', null);
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is refused when a key is misspelt, so the check above can fail', async () => {
    const config = await loadConfig();
    const misspelt = { ...config, nsis: { ...config.nsis, oneClik: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration/i);
  });

  it('targets Windows (NSIS and portable), Linux (AppImage and deb) and macOS (dmg)', async () => {
    const config = await loadConfig();
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.appId).toBe('it.pcodesk.app');
  });

  it('associates .pcobundle files with the app', async () => {
    const associations = [(await loadConfig()).fileAssociations ?? []].flat();
    expect(associations.map((association) => association.ext)).toContain('pcobundle');
  });

  it('names icons that exist and are large enough for every platform (512 × 512 PNG)', async () => {
    const config = await loadConfig();
    const resources = join(root, config.directories?.buildResources ?? 'build');
    for (const platform of [config.win, config.linux, config.mac]) {
      const icon = platform?.icon;
      expect(icon, 'every platform names its icon').toBeTruthy();
      const path = join(resources, String(icon));
      expect(existsSync(path), path).toBe(true);
      expect(pngSize(path)).toEqual({ width: 512, height: 512 });
    }
  });

  it('packs what the build writes: package.json main and the preload live under dist/electron', async () => {
    const config = await loadConfig();
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    const buildScript = readFileSync(join(root, 'build/scripts/build-electron.mjs'), 'utf8');
    // getConfig normalises `files` into filter objects: compare the patterns, whatever the nesting.
    const patterns = JSON.stringify(config.files);
    expect(patterns).toContain('"dist/electron/**"');
    expect(patterns).toContain('"dist/renderer/**"');
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(buildScript).toContain("'main.cjs'");
    expect(buildScript).toContain("'preload.cjs'");
  });

  it('sets every fuse to its strictest value: no file:// privileges, the renderer is served from app://pco/', async () => {
    const fuses = (await loadConfig()).electronFuses;
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
