// Each part of the score on hand-made cases: its points and the sentence that explains it.
import { describe, expect, it } from 'vitest';
import { createMatchContext, matchOffer, matchPair, matchWorker } from './engine';
import { DEFAULT_MATCHING_WEIGHTS as W } from './settings';
import { aWorker, anOffer, CASTEL_FOCOGNANO, FIRENZE, INCISA } from './testFixtures';
import type { MatchCandidacy, MatchOffer, MatchWorker, PartKind, RankedMatch } from './types';

const TODAY = '2019-12-31';
function ranked(worker: MatchWorker, offer: MatchOffer, candidacies: MatchCandidacy[] = []): RankedMatch {
  const outcome = matchPair(worker, offer, createMatchContext({ today: TODAY, candidacies }));
  if (!('ranked' in outcome)) throw new Error('expected a ranked match');
  return outcome.ranked;
}
const part = (match: RankedMatch, kind: PartKind) => match.parts.find((p) => p.kind === kind);

describe('score parts', () => {
  it('the score is the sum of the parts', () => {
    const match = ranked(aWorker(), anOffer({ soft: { preferredSkills: ['PLC', 'quadri elettrici'] } }));
    expect(match.score).toBeCloseTo(match.parts.reduce((sum, p) => sum + p.points, 0), 5);
  });

  it('preferred skills: share covered, through synonyms', () => {
    const match = ranked(aWorker({ skills: ['PLC Siemens S7', 'cablaggio quadri'] }), anOffer({ soft: { preferredSkills: ['PLC', 'quadri elettrici', 'domotica'] } }));
    expect(part(match, 'skills')).toEqual({ kind: 'skills', points: 20, reason: { key: 'skillsSome', params: { count: 2, total: 3, skills: 'PLC, quadri elettrici' } } });
    const none = ranked(aWorker({ skills: [] }), anOffer({ soft: { preferredSkills: ['domotica'] } }));
    expect(part(none, 'skills')).toEqual({ kind: 'skills', points: 0, reason: { key: 'skillsNone', params: { total: 1 } } });
    expect(part(ranked(aWorker(), anOffer()), 'skills')).toBeUndefined();
  });

  it('years in the role: same role plus points per year, capped', () => {
    const match = ranked(aWorker({ yearsAtPlant: 8 }), anOffer({ role: 'Manutentore elettrico' }));
    expect(part(match, 'role')).toEqual({ kind: 'role', points: W.sameRole + 8 * W.experiencePerYear, reason: { key: 'roleYears', params: { count: 8, role: 'Manutentore elettrico-elettronico' } } });
    expect(part(ranked(aWorker({ yearsAtPlant: 30 }), anOffer()), 'role')?.points).toBe(W.sameRole + W.experienceCapYears * W.experiencePerYear);
    expect(part(ranked(aWorker({ yearsAtPlant: undefined }), anOffer()), 'role')?.reason.key).toBe('roleSame');
    expect(part(ranked(aWorker({ yearsAtPlant: 2 }), anOffer({ soft: { preferredSkills: [], minYearsInRole: 3 } })), 'role')?.reason).toEqual({ key: 'roleYearsShort', params: { count: 2, role: 'Manutentore elettrico-elettronico', minimum: 3 } });
    expect(part(ranked(aWorker({ formerRole: 'Magazziniere' }), anOffer()), 'role')).toEqual({ kind: 'role', points: 0, reason: { key: 'roleOther', params: { role: 'Magazziniere' } } });
  });

  it('education above the minimum, up to three levels', () => {
    const offer = anOffer({ hard: { licences: [], requiredSkills: [], minEducation: 'upper_secondary' } });
    expect(part(ranked(aWorker({ educationLevel: 'bachelor' }), offer), 'education')).toEqual({ kind: 'education', points: 3 * W.educationPerLevel, reason: { key: 'educationAbove', params: { education: 'bachelor', count: 3 } } });
    expect(part(ranked(aWorker({ educationLevel: 'upper_secondary' }), offer), 'education')).toBeUndefined();
  });

  it('distance: full points at home, none at the limit, estimate said', () => {
    const home = part(ranked(aWorker(), anOffer()), 'distance');
    expect(home).toEqual({ kind: 'distance', points: W.distance, reason: { key: 'distance', params: { from: 'Figline e Incisa Valdarno', to: 'Figline e Incisa Valdarno', km: 0, limit: 30 } } });
    const incisa = part(ranked(aWorker({ residenceCode: INCISA }), anOffer()), 'distance');
    expect(incisa?.reason.params?.from).toBe("Incisa in Val d'Arno");
    expect(incisa!.points).toBeLessThan(W.distance);
    expect(incisa!.points).toBeGreaterThan(W.distance * 0.6);
    const noLimit = part(ranked(aWorker({ residenceCode: FIRENZE, commuteLimitKm: undefined }), anOffer()), 'distance');
    expect(noLimit?.reason.key).toBe('distanceNoLimit');
    expect(noLimit?.points).toBe(0); // beyond the default 30 km, scored but not excluded
    expect(part(ranked(aWorker({ residenceCode: CASTEL_FOCOGNANO, commuteLimitKm: 200 }), anOffer()), 'distance')?.reason.key).toBe('distanceEstimate');
    expect(part(ranked(aWorker({ residenceCode: 'Z100' }), anOffer()), 'distance')).toEqual({ kind: 'distance', points: 0, reason: { key: 'distanceUnknown', params: { from: 'Albania', to: 'Figline e Incisa Valdarno' } } });
  });

  it('contract preferences', () => {
    expect(part(ranked(aWorker({ preferredContracts: ['permanent'] }), anOffer()), 'contract')).toEqual({ kind: 'contract', points: W.contract, reason: { key: 'contractPreferred', params: { contract: 'permanent' } } });
    expect(part(ranked(aWorker({ preferredContracts: ['fixed_term'] }), anOffer()), 'contract')?.reason.key).toBe('contractNotPreferred');
    expect(part(ranked(aWorker(), anOffer()), 'contract')).toBeUndefined();
  });

  it('shift preferences: all, some or none of the offer’s shifts accepted', () => {
    const offer = anOffer({ shifts: ['two_shifts', 'night'] });
    expect(part(ranked(aWorker({ acceptedShifts: ['day', 'two_shifts', 'night'] }), offer), 'shifts')).toEqual({ kind: 'shifts', points: W.shifts, reason: { key: 'shiftsAccepted', params: { shifts: 'two_shifts,night' } } });
    expect(part(ranked(aWorker({ acceptedShifts: ['two_shifts'] }), offer), 'shifts')).toEqual({ kind: 'shifts', points: 0, reason: { key: 'shiftsSome', params: { shifts: 'night' } } });
    expect(part(ranked(aWorker({ acceptedShifts: ['day'] }), offer), 'shifts')?.points).toBe(-W.shifts);
    expect(part(ranked(aWorker(), offer), 'shifts')).toBeUndefined();
  });

  it('time since the last proposal spreads chances', () => {
    expect(part(ranked(aWorker(), anOffer()), 'spread')).toEqual({ kind: 'spread', points: W.spread, reason: { key: 'neverProposed' } });
    const recent: MatchCandidacy = { workerId: 'w-1', offerId: 'o-9', employerId: 'e-9', proposedOn: '2019-12-01', stage: 'cv_sent' };
    expect(part(ranked(aWorker(), anOffer(), [recent]), 'spread')).toEqual({ kind: 'spread', points: Math.round((W.spread * 30 * 10) / W.spreadDays) / 10, reason: { key: 'lastProposed', params: { lastDate: '2019-12-01', count: 30 } } });
    expect(part(ranked(aWorker(), anOffer(), [{ ...recent, proposedOn: '2019-01-01' }]), 'spread')?.points).toBe(W.spread);
  });

  it('already proposed to, or rejected by, this employer', () => {
    const there: MatchCandidacy = { workerId: 'w-1', offerId: 'o-2', employerId: 'e-1', proposedOn: '2019-05-02', stage: 'meeting_held' };
    expect(part(ranked(aWorker(), anOffer(), [there]), 'employer')).toEqual({ kind: 'employer', points: -W.sameEmployer, reason: { key: 'proposedToEmployer', params: { count: 1 } } });
    expect(part(ranked(aWorker(), anOffer(), [{ ...there, stage: 'rejected_by_employer' }]), 'employer')).toEqual({ kind: 'employer', points: -W.rejectedByEmployer, reason: { key: 'rejectedByEmployer', params: { proposedDate: '2019-05-02' } } });
    expect(part(ranked(aWorker(), anOffer(), [{ ...there, employerId: 'e-2' }]), 'employer')).toBeUndefined();
  });

  it('an open candidacy on this offer is flagged, a closed one is not', () => {
    const open: MatchCandidacy = { workerId: 'w-1', offerId: 'o-1', employerId: 'e-1', proposedOn: '2019-11-02', stage: 'cv_sent' };
    expect(ranked(aWorker(), anOffer(), [open]).openStage).toBe('cv_sent');
    expect(ranked(aWorker(), anOffer(), [{ ...open, stage: 'withdrawn' }]).openStage).toBeUndefined();
    // The candidacy on this very offer is not "another offer at the same employer".
    expect(part(ranked(aWorker(), anOffer(), [open]), 'employer')).toBeUndefined();
  });

  it('weights are settings: zero a part and it stops counting', () => {
    const context = createMatchContext({ today: TODAY, weights: { ...W, distance: 0, spread: 0 } });
    const outcome = matchPair(aWorker({ residenceCode: INCISA }), anOffer(), context);
    expect('ranked' in outcome && outcome.ranked.parts.filter((p) => p.kind === 'distance' || p.kind === 'spread').map((p) => p.points)).toEqual([0, 0]);
  });
});

describe('ranking', () => {
  it('best first, ties by id', () => {
    const workers = [aWorker({ id: 'far', residenceCode: FIRENZE, commuteLimitKm: 50 }), aWorker({ id: 'b-near' }), aWorker({ id: 'a-near' })];
    expect(matchOffer(anOffer(), workers, createMatchContext({ today: TODAY })).ranked.map((r) => r.workerId)).toEqual(['a-near', 'b-near', 'far']);
  });

  it('open offers for a worker, same reasons', () => {
    const offers = [anOffer({ id: 'closed', state: 'closed' }), anOffer({ id: 'far', comuneCode: FIRENZE }), anOffer({ id: 'home' }), anOffer({ id: 'needs-c', hard: { licences: ['patente_c'], requiredSkills: [] } })];
    const result = matchWorker(aWorker({ commuteLimitKm: 50 }), offers, createMatchContext({ today: TODAY }));
    expect(result.ranked.map((r) => r.offerId)).toEqual(['home', 'far']);
    expect(result.excluded.map((e) => e.offerId)).toEqual(['needs-c']);
  });
});
