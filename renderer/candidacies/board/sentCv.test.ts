import { describe, expect, it } from 'vitest';
import type { StageChange } from '../../db/repositories/candidacyRepository';
import { sentCvId } from './sentCv';

const change = (to: StageChange['to'], cvId?: string, n = 1): StageChange => ({ id: `e${n}`, occurredOn: '2019-03-0' + n, hlc: `h${n}`, recordedBy: 'c', from: null, to, reason: '', ...(cvId ? { cvId } : {}) });

describe('sentCvId', () => {
  it('names the CV version of the move to "CV inviato", and keeps it through the later stages', () => {
    expect(sentCvId({ changes: [change('proposed'), change('cv_sent', 'cv-1', 2), change('meeting_scheduled', undefined, 3), change('hired', undefined, 4)] })).toBe('cv-1');
  });

  it('takes the latest version when the CV was sent again, and nothing when none was recorded', () => {
    expect(sentCvId({ changes: [change('cv_sent', 'cv-1'), change('proposed', undefined, 2), change('cv_sent', 'cv-2', 3)] })).toBe('cv-2');
    expect(sentCvId({ changes: [change('proposed'), change('cv_sent', undefined, 2)] })).toBeUndefined();
    expect(sentCvId({ changes: [change('proposed')] })).toBeUndefined();
  });
});
