import { describe, expect, it } from 'vitest';
import { offerSchema } from '../../domain/offer';
import { employerContactSchema } from '../../domain/events';
import { employerSchema } from '../../domain/employer';
import { generateDemoProgramme } from '../generator';
import { calendarOf } from '../calendar';
import { DEMO_CASES } from '../testing';
import { generateEmployers } from './employers';

describe.each(DEMO_CASES)('demo activity with employers, $name', ({ options }) => {
  const demo = generateDemoProgramme(options);
  const { closure, anchor } = calendarOf(demo);
  const activity = generateEmployers(demo, 2019);

  it('is deterministic for a seed and changes with it', () => {
    expect(generateEmployers(demo, 2019)).toEqual(activity);
    expect(generateEmployers(demo, 7).offers.map((o) => o.offer.role)).not.toEqual(activity.offers.map((o) => o.offer.role));
  });

  it('collects about 190 valid offers over the programme’s year from every demo employer', () => {
    expect(activity.offers.length).toBeGreaterThanOrEqual(180);
    expect(activity.offers.length).toBeLessThanOrEqual(200);
    const employerIds = new Set(demo.employers.map((e) => e.id));
    for (const { id, offer } of activity.offers) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(offerSchema.parse(offer)).toEqual(offer);
      expect(employerIds.has(offer.employerId)).toBe(true);
      expect(offer.receivedOn > closure && offer.receivedOn <= anchor).toBe(true);
    }
    expect(new Set(activity.offers.map((o) => o.offer.employerId)).size).toBe(demo.employers.length);
    expect(new Set(activity.offers.map((o) => o.id)).size).toBe(activity.offers.length);
  });

  it('leaves a plausible share open on the anchor day, with no open offer past its deadline', () => {
    const open = activity.offers.filter((o) => o.offer.state === 'open');
    expect(open.length).toBeGreaterThanOrEqual(15);
    expect(open.length).toBeLessThanOrEqual(60);
    for (const { offer } of open) if (offer.deadline) expect(offer.deadline >= anchor).toBe(true);
    expect(activity.offers.some((o) => o.offer.state === 'filled')).toBe(true);
    expect(activity.offers.some((o) => o.offer.state === 'closed')).toBe(true);
  });

  it('asks for roles that fit the employer’s trade', () => {
    const roleOf = (code: string) => activity.offers.filter((o) => demo.employers.find((e) => e.id === o.offer.employerId)?.employer.ateco.code.startsWith(code)).map((o) => o.offer.role);
    for (const role of roleOf('49')) expect(role).toMatch(/^Autista/);
    for (const role of roleOf('15.12')) expect(role).toMatch(/pelle|pelletteria|calzature|qualità|Magazziniere/);
  });

  it('logs valid contacts for every employer, none after the anchor day, by counselors of the programme', () => {
    const counselorIds = new Set(demo.counselors.map((c) => c.id));
    expect(activity.contacts.length).toBeGreaterThan(activity.offers.length);
    for (const contact of activity.contacts) {
      expect(employerContactSchema.parse(contact.payload)).toEqual(contact.payload);
      expect(contact.occurredOn <= anchor).toBe(true);
      expect(counselorIds.has(contact.counselorId)).toBe(true);
    }
    expect(new Set(activity.contacts.map((c) => c.employerId)).size).toBe(demo.employers.length);
  });

  it('gives every employer valid incentives, the company’s €10,000 included', () => {
    expect(activity.incentives).toHaveLength(demo.employers.length);
    for (const { employerId, incentives } of activity.incentives) {
      expect(incentives).toContain('company_third_party');
      const employer = demo.employers.find((e) => e.id === employerId)!;
      expect(employerSchema.parse({ ...employer.employer, incentives }).incentives).toEqual(incentives);
    }
  });
});
