// USB sticks and other removable drives, as the export dialog lists them. Each OS already knows
// which of its drives are removable, so we ask its own tool rather than ship a native module
// (drivelist needs a compiled add-on per Electron version, which this build never rebuilds):
// Linux `lsblk`, Windows the CIM logical disks of type 2, macOS `diskutil info` on /Volumes.
// The command runner is injected, so the parsing runs under vitest on recorded outputs.
import type { RemovableDrive as BridgeDrive } from '../../shared/platform/desktopBridge';

export type RunCommand = (command: string, args: readonly string[]) => Promise<string>;

/** A drive as the OS tool reports it; the IPC handler adds the token main issues for its path. */
export type RemovableDrive = Omit<BridgeDrive, 'token'>;

export interface DriveProbe {
  readonly platform: string;
  readonly run: RunCommand;
  readonly readdir: (path: string) => Promise<string[]>;
}

interface LsblkDevice {
  name?: string;
  rm?: boolean | string | number;
  hotplug?: boolean | string | number;
  mountpoint?: string | null;
  mountpoints?: (string | null)[];
  label?: string | null;
  size?: number | string | null;
  children?: LsblkDevice[];
}

const truthy = (value: unknown) => value === true || value === 1 || value === '1' || value === 'true';

function sizeOf(value: unknown): number | null {
  const size = typeof value === 'string' ? Number(value) : value;
  return typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : null;
}

/** `lsblk --json --bytes --output NAME,RM,HOTPLUG,MOUNTPOINTS,LABEL,SIZE`: mounted filesystems of removable or hot-plugged disks. */
export function parseLsblk(json: string): RemovableDrive[] {
  const parsed = JSON.parse(json) as { blockdevices?: LsblkDevice[] };
  const drives: RemovableDrive[] = [];
  const visit = (device: LsblkDevice, removableParent: boolean) => {
    const removable = removableParent || truthy(device.rm) || truthy(device.hotplug);
    const mounts = [...(device.mountpoints ?? []), device.mountpoint].filter((m): m is string => typeof m === 'string' && m.startsWith('/') && m !== '/');
    if (removable) {
      for (const path of new Set(mounts)) drives.push({ path, label: device.label || path, sizeBytes: sizeOf(device.size) });
    }
    for (const child of device.children ?? []) visit(child, removable);
  };
  for (const device of parsed.blockdevices ?? []) visit(device, false);
  return drives;
}

interface CimDisk {
  DeviceID?: string;
  VolumeName?: string | null;
  Size?: number | string | null;
}

/** PowerShell `Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | ConvertTo-Json`: one object or an array. */
export function parseWindowsDisks(json: string): RemovableDrive[] {
  if (json.trim() === '') return [];
  const parsed = JSON.parse(json) as CimDisk | CimDisk[];
  return (Array.isArray(parsed) ? parsed : [parsed])
    .filter((disk) => typeof disk.DeviceID === 'string' && /^[A-Z]:$/i.test(disk.DeviceID))
    .map((disk) => {
      const path = `${disk.DeviceID}\\`;
      return { path, label: disk.VolumeName || path, sizeBytes: sizeOf(disk.Size) };
    });
}

/** The facts of `diskutil info -plist VOLUME` this needs, read from the XML plist. */
export function parseDiskutilInfo(plist: string, path: string): RemovableDrive | null {
  const flag = (key: string) => new RegExp(`<key>${key}</key>\\s*<true/>`).test(plist);
  const removable = flag('RemovableMedia') || flag('Ejectable') || /<key>Internal<\/key>\s*<false\/>/.test(plist);
  if (!removable) return null;
  const name = /<key>VolumeName<\/key>\s*<string>([^<]*)<\/string>/.exec(plist)?.[1];
  const size = /<key>TotalSize<\/key>\s*<integer>(\d+)<\/integer>/.exec(plist)?.[1];
  return { path, label: name || path, sizeBytes: sizeOf(size) };
}

const WINDOWS_QUERY = "Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | Select-Object DeviceID,VolumeName,Size | ConvertTo-Json";

/** The removable drives mounted now; an empty list when there are none or the OS tool is missing. */
export async function listRemovableDrives(probe: DriveProbe): Promise<RemovableDrive[]> {
  try {
    if (probe.platform === 'linux') return parseLsblk(await probe.run('lsblk', ['--json', '--bytes', '--output', 'NAME,RM,HOTPLUG,MOUNTPOINTS,LABEL,SIZE']));
    if (probe.platform === 'win32') return parseWindowsDisks(await probe.run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_QUERY]));
    if (probe.platform === 'darwin') {
      const drives: RemovableDrive[] = [];
      for (const name of await probe.readdir('/Volumes')) {
        const path = `/Volumes/${name}`;
        const drive = parseDiskutilInfo(await probe.run('diskutil', ['info', '-plist', path]).catch(() => ''), path);
        if (drive) drives.push(drive);
      }
      return drives;
    }
  } catch {
    // A missing or failing tool means "no drive found": the user can still pick a folder.
  }
  return [];
}
