import { describe, expect, it } from 'vitest';
import { listRemovableDrives, parseDiskutilInfo, parseLsblk, parseWindowsDisks, type DriveProbe } from './removableDrives';

// Shaped like lsblk 2.38 (util-linux, Debian 12): booleans and a mountpoints array.
const LSBLK = JSON.stringify({
  blockdevices: [
    { name: 'nvme0n1', rm: false, hotplug: false, mountpoints: [null], label: null, size: 512110190592, children: [
      { name: 'nvme0n1p1', rm: false, hotplug: false, mountpoints: ['/boot/efi'], label: null, size: 536870912 },
      { name: 'nvme0n1p2', rm: false, hotplug: false, mountpoints: ['/'], label: null, size: 511571189760 },
    ] },
    { name: 'sda', rm: true, hotplug: true, mountpoints: [null], label: null, size: 15938355200, children: [
      { name: 'sda1', rm: true, hotplug: true, mountpoints: ['/media/giulia/PCO-CHIAVE'], label: 'PCO-CHIAVE', size: 15937306624 },
    ] },
    { name: 'sdb', rm: false, hotplug: true, mountpoints: ['/media/giulia/disk'], label: '', size: '1000204886016' },
    { name: 'sr0', rm: true, hotplug: false, mountpoints: [null], label: null, size: 1073741312 },
  ],
});

describe('removable drives', () => {
  it('reads lsblk: mounted partitions of removable or hot-plugged disks only, never the system disk', () => {
    expect(parseLsblk(LSBLK)).toEqual([
      { path: '/media/giulia/PCO-CHIAVE', label: 'PCO-CHIAVE', sizeBytes: 15937306624 },
      { path: '/media/giulia/disk', label: '/media/giulia/disk', sizeBytes: 1000204886016 },
    ]);
  });

  it('reads older lsblk output ("1"/"0" strings and a single mountpoint)', () => {
    const old = JSON.stringify({ blockdevices: [{ name: 'sdc', rm: '1', hotplug: '1', mountpoint: null, children: [{ name: 'sdc1', rm: '1', mountpoint: '/media/usb', label: 'USB', size: '8000000000' }] }] });
    expect(parseLsblk(old)).toEqual([{ path: '/media/usb', label: 'USB', sizeBytes: 8000000000 }]);
  });

  it('reads Windows CIM disks, one object or several', () => {
    expect(parseWindowsDisks('{"DeviceID":"E:","VolumeName":"PCO","Size":16000000000}')).toEqual([{ path: 'E:\\', label: 'PCO', sizeBytes: 16000000000 }]);
    expect(parseWindowsDisks('[{"DeviceID":"E:","VolumeName":"","Size":null},{"DeviceID":"F:","VolumeName":"Backup","Size":"32000000000"}]')).toEqual([
      { path: 'E:\\', label: 'E:\\', sizeBytes: null },
      { path: 'F:\\', label: 'Backup', sizeBytes: 32000000000 },
    ]);
    expect(parseWindowsDisks('')).toEqual([]);
  });

  it('reads diskutil: external or ejectable volumes only', () => {
    const stick = '<dict><key>Ejectable</key><true/><key>Internal</key><false/><key>TotalSize</key><integer>15938355200</integer><key>VolumeName</key><string>PCO</string></dict>';
    const internal = '<dict><key>Ejectable</key><false/><key>Internal</key><true/><key>VolumeName</key><string>Macintosh HD</string></dict>';
    expect(parseDiskutilInfo(stick, '/Volumes/PCO')).toEqual({ path: '/Volumes/PCO', label: 'PCO', sizeBytes: 15938355200 });
    expect(parseDiskutilInfo(internal, '/Volumes/Macintosh HD')).toBeNull();
  });

  it('asks each OS its own tool, and answers "none" when the tool fails', async () => {
    const calls: string[] = [];
    const probe = (platform: string, output: Record<string, string>): DriveProbe => ({
      platform,
      run: (command, args) => {
        calls.push(`${command} ${args.join(' ')}`);
        const key = Object.keys(output).find((k) => `${command} ${args.join(' ')}`.includes(k));
        return key ? Promise.resolve(output[key] ?? '') : Promise.reject(new Error('not found'));
      },
      readdir: () => Promise.resolve(['PCO', 'Macintosh HD']),
    });
    expect(await listRemovableDrives(probe('linux', { lsblk: LSBLK }))).toHaveLength(2);
    expect(await listRemovableDrives(probe('win32', { Win32_LogicalDisk: '{"DeviceID":"E:","VolumeName":"PCO","Size":1}' }))).toEqual([{ path: 'E:\\', label: 'PCO', sizeBytes: 1 }]);
    const mac = await listRemovableDrives(probe('darwin', { '/Volumes/PCO': '<key>Ejectable</key><true/><key>VolumeName</key><string>PCO</string>' }));
    expect(mac.map((d) => d.path)).toEqual(['/Volumes/PCO']);
    expect(await listRemovableDrives(probe('linux', {}))).toEqual([]);
    expect(await listRemovableDrives(probe('freebsd', {}))).toEqual([]);
    expect(calls.some((c) => c.startsWith('lsblk --json'))).toBe(true);
  });
});
