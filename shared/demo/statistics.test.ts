// The demo should look like the real programme: these are the shares it is tuned for, checked on several seeds.
import { describe, expect, it } from 'vitest';
import type { Worker } from '../domain/worker';
import { generateDemoProgramme } from './generator';
import { DEMO_CASES } from './testing';

const SEEDS = [2019, 1, 7, 42, 1234];
const GRADUATE_LEVELS: readonly Worker['educationLevel'][] = ['bachelor', 'master', 'doctorate'];
const OFFICE_AND_TECHNICAL_DEPARTMENTS = new Set(['Amministrazione', 'Acquisti', 'Pianificazione', 'Qualità', 'Laboratorio', 'Ingegneria di processo', 'Direzione tecnica']);

function shareOf(workers: readonly Worker[], predicate: (worker: Worker) => boolean): number {
  return workers.filter(predicate).length / workers.length;
}

function countBy<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

const CASES = DEMO_CASES.flatMap(({ name, options }) => SEEDS.map((seed) => ({ name, seed, options })));

describe.each(CASES)('demo statistics, 300 workers, $name, seed $seed', ({ seed, options }) => {
  const demo = generateDemoProgramme({ ...options, workers: 300, seed });
  const workers = demo.workers.map(({ worker }) => worker);
  const age = (worker: Worker) => Number(demo.anchor.slice(0, 4)) - Number(worker.birthDate.slice(0, 4));

  it('stands on its anchor day with about a third placed and the rest mostly active', () => {
    const share = (status: Worker['status']) => shareOf(workers, (worker) => worker.status === status);
    expect(share('placed')).toBeGreaterThanOrEqual(0.25);
    expect(share('placed')).toBeLessThanOrEqual(0.42);
    expect(share('in_training')).toBeGreaterThanOrEqual(0.04);
    expect(share('in_training')).toBeLessThanOrEqual(0.14);
    for (const status of ['self_employed', 'retired', 'withdrawn'] as const) {
      expect(share(status), status).toBeGreaterThan(0.005);
      expect(share(status), status).toBeLessThanOrEqual(0.07);
    }
    expect(share('active')).toBeGreaterThanOrEqual(0.35);
    expect(share('active')).toBeLessThanOrEqual(0.65);
    expect(workers.filter((worker) => worker.status === 'placed').every((worker) => worker.exitReason === 'placed')).toBe(true);
    expect(workers.filter((worker) => worker.status === 'retired').every((worker) => worker.exitReason === 'retirement')).toBe(true);
  });

  it('puts most workers on relocation and few on self-employment', () => {
    const tracks = countBy(workers.map((worker) => worker.primaryTrack));
    const ranked = [...tracks].sort((a, b) => b[1] - a[1]).map(([track]) => track);
    expect(ranked[0]).toBe('relocation');
    expect(tracks.get('self_employment') ?? 0).toBeLessThan(tracks.get('retraining') ?? 0);
    expect(shareOf(workers, (worker) => worker.secondaryTracks.length > 0)).toBeGreaterThan(0.2);
  });

  it('reflects a steel plant workforce: mostly men, mostly 45–58, few graduates', () => {
    const men = shareOf(workers, (worker) => worker.sex === 'M');
    expect(men).toBeGreaterThanOrEqual(0.75);
    expect(men).toBeLessThanOrEqual(0.92);
    expect(shareOf(workers, (worker) => age(worker) >= 45 && age(worker) <= 58)).toBeGreaterThanOrEqual(0.45);
    expect(shareOf(workers, (worker) => age(worker) < 35)).toBeGreaterThan(0.02);
    const graduates = workers.filter((worker) => GRADUATE_LEVELS.includes(worker.educationLevel));
    expect(graduates.length / workers.length).toBeLessThanOrEqual(0.12);
    expect(shareOf(graduates, (worker) => OFFICE_AND_TECHNICAL_DEPARTMENTS.has(worker.department))).toBeGreaterThanOrEqual(0.5);
    const wireAndStranding = shareOf(workers, (worker) => worker.department === 'Trafilatura' || worker.department === 'Cordatura');
    expect(wireAndStranding).toBeGreaterThan(0.25);
  });

  it('gives licences that fit the role', () => {
    const forkliftDrivers = workers.filter((worker) => worker.department === 'Logistica interna');
    expect(forkliftDrivers.length).toBeGreaterThan(0);
    expect(forkliftDrivers.every((worker) => worker.licences.includes('forklift'))).toBe(true);
    const maintenance = workers.filter((worker) => worker.department === 'Manutenzione');
    expect(shareOf(maintenance, (worker) => worker.licences.includes('ple') || worker.licences.includes('pes_pav') || worker.licences.includes('welding'))).toBeGreaterThan(0.6);
    expect(shareOf(workers, (worker) => worker.licences.includes('patente_b'))).toBeGreaterThan(0.88);
  });

  it('draws people mostly from the area, some from the South and about 8% from abroad', () => {
    const foreign = shareOf(workers, (worker) => worker.birthplaceCode.startsWith('Z'));
    expect(foreign).toBeGreaterThanOrEqual(0.04);
    expect(foreign).toBeLessThanOrEqual(0.13);
    const residences = [...countBy(workers.map((worker) => worker.residenceCode))].sort((a, b) => b[1] - a[1]);
    expect(residences[0]?.[0]).toBe('M321');
    expect((residences[0]?.[1] ?? 0) / workers.length).toBeGreaterThan(0.25);
    expect(shareOf(workers, (worker) => worker.languages.some((skill) => skill.language === 'Italiano' && skill.level === 'native'))).toBeGreaterThan(0.85);
    for (const worker of workers.filter((candidate) => candidate.birthplaceCode.startsWith('Z'))) {
      expect(worker.languages.find((skill) => skill.language === 'Italiano')?.level).toMatch(/^(B1|B2|C1)$/);
    }
  });

  it('has a few protected-category workers and some with their own CIGS periods (more when the plant stopped in phases)', () => {
    const protectedShare = shareOf(workers, (worker) => worker.protectedCategory);
    expect(protectedShare).toBeGreaterThanOrEqual(0.015);
    expect(protectedShare).toBeLessThanOrEqual(0.1);
    const ownCigs = shareOf(workers, (worker) => worker.cigsPeriods.length > 0);
    const [least, most] = demo.variant === 'historical' ? [0.01, 0.09] : [0.12, 0.35];
    expect(ownCigs).toBeGreaterThanOrEqual(least);
    expect(ownCigs).toBeLessThanOrEqual(most);
    expect(shareOf(workers, (worker) => worker.availableFrom !== undefined)).toBeGreaterThan(0.03);
  });
});
