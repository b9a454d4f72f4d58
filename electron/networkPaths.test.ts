import { describe, expect, it } from 'vitest';
import { isNetworkPath } from './networkPaths';

describe('isNetworkPath', () => {
  it('recognises UNC paths in every spelling Windows accepts', () => {
    for (const path of ['\\\\server\\share', '\\\\server\\share\\x.pcobundle', '\\\\?\\UNC\\server\\share', '\\\\.\\UNC\\server\\share', '//server/share', '/\\server\\share', '\\/server/share', '\\??\\UNC\\server\\share', '\\\\192.168.1.9\\c$']) {
      expect(isNetworkPath(path), path).toBe(true);
    }
  });

  it('also refuses the other device forms, which no dialog or drive tool gives', () => {
    expect(isNetworkPath('\\\\?\\C:\\Users\\x')).toBe(true);
    expect(isNetworkPath('\\\\.\\PhysicalDrive0')).toBe(true);
  });

  it('leaves local paths alone', () => {
    for (const path of ['C:\\Users\\Anna\\PCO', 'E:\\', '/media/giulia/PCO', '/Volumes/PCO', '/home/x//y', 'relative\\\\dir', '']) {
      expect(isNetworkPath(path), path).toBe(false);
    }
  });
});
