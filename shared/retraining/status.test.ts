import { describe, expect, it } from 'vitest';
import { WORKER_STATUSES } from '../domain/vocabulary';
import { statusWhenAttending, statusWhenCourseEnds, statusWhenLaunched } from './status';

describe('status transitions', () => {
  it('puts only an active worker in training when a course is under way', () => {
    expect(statusWhenAttending('active')).toBe('in_training');
    for (const status of WORKER_STATUSES.filter((s) => s !== 'active')) expect(statusWhenAttending(status)).toBeUndefined();
  });

  it('brings a worker back to active at the end, unless another course runs or the status changed', () => {
    expect(statusWhenCourseEnds('in_training', false)).toBe('active');
    expect(statusWhenCourseEnds('in_training', true)).toBeUndefined();
    expect(statusWhenCourseEnds('placed', false)).toBeUndefined();
    expect(statusWhenCourseEnds('self_employed', false)).toBeUndefined();
  });

  it('makes a worker self-employed at launch', () => {
    expect(statusWhenLaunched('active')).toBe('self_employed');
    expect(statusWhenLaunched('in_training')).toBe('self_employed');
    expect(statusWhenLaunched('self_employed')).toBeUndefined();
  });
});
