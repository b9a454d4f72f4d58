// Runs one of the OS's own drive-listing tools: no shell, fixed arguments, a short timeout and a
// small output limit, so a hung or chatty tool cannot stall the export dialog.
import { execFile } from 'node:child_process';

const TIMEOUT_MS = 5000;
const MAX_OUTPUT = 1024 * 1024;

export function runTool(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { timeout: TIMEOUT_MS, maxBuffer: MAX_OUTPUT, windowsHide: true, encoding: 'utf8' }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}
