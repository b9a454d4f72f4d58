import { beforeAll, describe, expect, it } from 'vitest';
import { courseSchema, enrolmentSchema, MILESTONES, ventureSchema } from '../../domain/casework';
import { attendanceShare, meetsMinimumAttendance } from '../../retraining/attendance';
import { checkAttendance, checkEnding } from '../../retraining/rules';
import { isLaunched, milestoneDoneOn, ventureIssues } from '../../retraining/venture';
import { calendarOf } from '../calendar';
import { generateDemoProgramme, type DemoProgramme } from '../generator';
import { DEMO_CASES } from '../testing';
import { generateRetraining, type RetrainingDemo } from './retraining';

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

describe.each(DEMO_CASES)('demo retraining, 300 workers, $name', ({ options }) => {
  let demo: DemoProgramme;
  let data: RetrainingDemo;
  let anchor: string;

  beforeAll(() => {
    demo = generateDemoProgramme(options);
    data = generateRetraining(demo, demo.seed);
    anchor = demo.anchor;
  });

  const selfEmployedCount = () => demo.workers.filter((w) => w.worker.status === 'self_employed').length;

  it('is the same for the same seed, and different for another', () => {
    expect(generateRetraining(demo, demo.seed)).toEqual(data);
    expect(generateRetraining(demo, demo.seed + 1).enrolments.map((e) => e.id)).not.toEqual(data.enrolments.map((e) => e.id));
  });

  it('lists about twelve courses of the programme’s year, in editions that start on a Monday, all valid', () => {
    const titles = new Set(data.courses.map((c) => c.course.title));
    expect(titles.size).toBeGreaterThanOrEqual(12);
    expect(titles.size).toBeLessThanOrEqual(14);
    expect(data.courses.length).toBeLessThan(45);
    for (const { course } of data.courses) {
      expect(courseSchema.parse(course)).toEqual(course);
      expect(weekday(course.startDate)).toBe(1);
      expect(course.startDate > calendarOf(demo).closure).toBe(true);
    }
    expect(new Set(data.courses.map((c) => c.course.funding))).toEqual(new Set(['regional_voucher', 'interprofessional_fund', 'social_plan', 'other']));
  });

  it('records attendance the rules accept: inside the course, after the enrolment, within its hours', () => {
    const courses = new Map(data.courses.map((c) => [c.id, c.course]));
    const workers = new Map(demo.workers.map((w) => [w.id, w]));
    for (const item of data.enrolments) {
      expect(enrolmentSchema.parse(item.enrolment)).toEqual(item.enrolment);
      const course = courses.get(item.enrolment.courseId)!;
      const worker = workers.get(item.enrolment.workerId)!;
      expect(item.counselorId).toBe(worker.worker.counselorId);
      expect(item.enrolment.enrolledOn >= worker.worker.enrolmentDate).toBe(true);
      const days: { date: string; hours: number }[] = [];
      for (const day of item.attendance) {
        expect(checkAttendance({ course, enrolledOn: item.enrolment.enrolledOn, progress: { days }, date: day.date, hours: day.hours, today: anchor })).toEqual({ ok: true });
        days.push(day);
      }
      if (item.ending) expect(checkEnding({ enrolledOn: item.enrolment.enrolledOn, progress: { days }, date: item.ending.date, today: anchor })).toEqual({ ok: true });
    }
  });

  it('has every worker in training attending a course that runs past the anchor day, with lessons ahead, and no one else attending', () => {
    const ongoing = data.enrolments.filter((e) => !e.ending);
    const inTraining = demo.workers.filter((w) => w.worker.status === 'in_training').map((w) => w.id);
    expect(ongoing.map((e) => e.enrolment.workerId).sort()).toEqual(inTraining.sort());
    const courses = new Map(data.courses.map((c) => [c.id, c.course]));
    for (const item of ongoing) expect(courses.get(item.enrolment.courseId)!.endDate > anchor).toBe(true);
    expect(ongoing.length).toBeGreaterThan(0);
  });

  it('completes courses with a certificate only from 70% of the hours, and has some without one and a few dropped', () => {
    const courses = new Map(data.courses.map((c) => [c.id, c.course]));
    const ended = data.enrolments.filter((e) => e.ending);
    for (const item of ended.filter((e) => e.ending?.certificate)) {
      const hours = item.attendance.reduce((sum, day) => sum + day.hours, 0);
      expect(meetsMinimumAttendance(attendanceShare(hours, courses.get(item.enrolment.courseId)!.hours))).toBe(true);
    }
    const count = (outcome: string, certificate: boolean) => ended.filter((e) => e.ending?.outcome === outcome && e.ending.certificate === certificate).length;
    expect(count('completed', true)).toBeGreaterThan(10);
    expect(count('completed', false)).toBeGreaterThan(0);
    expect(count('dropped', false)).toBeGreaterThanOrEqual(2);
  });

  it('gives every self-employed worker a venture launched the day the status changed', () => {
    const launched = data.ventures.filter((v) => isLaunched(v.venture));
    const selfEmployed = demo.workers.filter((w) => w.worker.status === 'self_employed');
    expect(launched.map((v) => v.venture.workerId).sort()).toEqual(selfEmployed.map((w) => w.id).sort());
    for (const worker of selfEmployed) {
      const venture = launched.find((v) => v.venture.workerId === worker.id)!;
      expect(milestoneDoneOn(venture.venture, 'launch')).toBe(worker.statusHistory.at(-1)?.occurredOn);
    }
  });

  it('writes valid ventures, in progress only for workers on the self-employment track', () => {
    const workers = new Map(demo.workers.map((w) => [w.id, w]));
    expect(data.ventures.length).toBeGreaterThan(selfEmployedCount());
    for (const { venture, createdOn } of data.ventures) {
      expect(ventureSchema.parse(venture)).toEqual(venture);
      expect(ventureIssues(venture, anchor)).toEqual([]);
      expect(venture.milestones.map((m) => m.kind)).toEqual([...MILESTONES]);
      expect(createdOn <= anchor).toBe(true);
      for (const milestone of venture.milestones) if (milestone.doneOn) expect(milestone.doneOn <= anchor).toBe(true);
      const worker = workers.get(venture.workerId)!.worker;
      if (!isLaunched(venture)) expect([worker.primaryTrack, ...worker.secondaryTracks]).toContain('self_employment');
    }
  });
});

describe.each(DEMO_CASES)('demo retraining, other seeds and sizes, $name', ({ options }) => {
  it('keeps attendance, statuses and ventures consistent', () => {
    for (const [seed, workers] of [[1, 120], [7, 60], [42, 500]] as const) {
      const other = generateDemoProgramme({ ...options, seed, workers });
      const anchor = other.anchor;
      const generated = generateRetraining(other, seed);
      const courses = new Map(generated.courses.map((c) => [c.id, c.course]));
      for (const item of generated.enrolments) {
        const course = courses.get(item.enrolment.courseId)!;
        const days: { date: string; hours: number }[] = [];
        for (const day of item.attendance) {
          expect(checkAttendance({ course, enrolledOn: item.enrolment.enrolledOn, progress: { days }, date: day.date, hours: day.hours, today: anchor })).toEqual({ ok: true });
          days.push(day);
        }
        if (item.ending?.certificate) expect(meetsMinimumAttendance(attendanceShare(days.reduce((sum, day) => sum + day.hours, 0), course.hours))).toBe(true);
        if (!item.ending) expect(course.endDate > anchor).toBe(true);
      }
      const ongoing = generated.enrolments.filter((e) => !e.ending).map((e) => e.enrolment.workerId).sort();
      expect(ongoing).toEqual(other.workers.filter((w) => w.worker.status === 'in_training').map((w) => w.id).sort());
      const launched = generated.ventures.filter((v) => isLaunched(v.venture)).map((v) => v.venture.workerId).sort();
      expect(launched).toEqual(other.workers.filter((w) => w.worker.status === 'self_employed').map((w) => w.id).sort());
      for (const { venture } of generated.ventures) expect(ventureIssues(venture, anchor)).toEqual([]);
    }
  });
});
