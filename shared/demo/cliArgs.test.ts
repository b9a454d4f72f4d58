import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from './cliArgs';

describe('parseDemoArgs', () => {
  it('defaults to today’s programme of 300 workers, seed 2019 and a file under dist/demo', () => {
    expect(parseDemoArgs([])).toEqual({ kind: 'run', options: { workers: 300, seed: 2019, variant: 'today', out: 'dist/demo/demo-300-2019.json' } });
  });

  it('reads --name value and --name=value, and names the default file after them', () => {
    expect(parseDemoArgs(['--workers', '1000', '--seed=-4'])).toEqual({ kind: 'run', options: { workers: 1000, seed: -4, variant: 'today', out: 'dist/demo/demo-1000--4.json' } });
    expect(parseDemoArgs(['--out', 'tmp/x.json', '--workers=30000'])).toEqual({ kind: 'run', options: { workers: 30000, seed: 2019, variant: 'today', out: 'tmp/x.json' } });
  });

  it('chooses the historical programme or the anchor day of today’s', () => {
    expect(parseDemoArgs(['--variant', 'historical'])).toEqual({ kind: 'run', options: { workers: 300, seed: 2019, variant: 'historical', out: 'dist/demo/demo-300-2019-historical.json' } });
    expect(parseDemoArgs(['--anchor=2026-03-18'])).toEqual({ kind: 'run', options: { workers: 300, seed: 2019, variant: 'today', anchor: '2026-03-18', out: 'dist/demo/demo-300-2019.json' } });
  });

  it('answers --help and -h before anything else', () => {
    expect(parseDemoArgs(['--workers', 'abc', '--help'])).toEqual({ kind: 'help' });
    expect(parseDemoArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--workers', '0'], '--workers must be an integer from 1 to 30000, got "0"'],
    [['--workers', '30001'], '--workers must be an integer from 1 to 30000, got "30001"'],
    [['--workers', '12.5'], '--workers must be an integer from 1 to 30000, got "12.5"'],
    [['--workers', '1e3'], '--workers must be an integer from 1 to 30000, got "1e3"'],
    [['--seed', 'abc'], '--seed must be an integer, got "abc"'],
    [['--seed', '99999999999999999999'], '--seed must be an integer, got "99999999999999999999"'],
    [['--seed'], '--seed needs a value'],
    [['--seed', '--workers', '3'], '--seed needs a value'],
    [['--colour', 'red'], 'unknown option --colour'],
    [['300'], 'unexpected argument "300"'],
    [['--seed', '1', '--seed', '2'], '--seed given more than once'],
    [['--out='], '--out must not be empty'],
    [['--variant', '2019'], '--variant must be today or historical, got "2019"'],
    [['--anchor', '18/03/2026'], '--anchor must be a day as YYYY-MM-DD, got "18/03/2026"'],
    [['--variant', 'historical', '--anchor', '2026-03-18'], "--anchor is for today's programme: the historical one is shown on 2019-12-31"],
  ])('rejects %j', (args, message) => {
    expect(parseDemoArgs(args)).toEqual({ kind: 'error', message });
  });
});
