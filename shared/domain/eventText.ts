// One line of text for any event of the log: the worker file's timeline and status history, and
// the right-of-access document, all describe events through here, so they never disagree.
//
// Only the structured content is described (kinds, codes, numbers, dates). Free text the counselor
// typed (notes, outcomes, reasons) is shown by the caller where it belongs, never folded in here.
// `label` returns the plain text of a catalogue key (no interpolation): the text is composed here.
import type { EventPayload } from './events';
import { cigsChanges, type CigsPeriod } from './cigs';
import { formatItalianDate } from '../time/dates';

export type Label = (key: string) => string;

/** An empty list of changes reads as a visible dash. */
const NONE = '—';

/** "Attivo → Ricollocato"; a first state, with nothing before it, is named alone (not "— → Attivo"). */
const move = (from: string | undefined, to: string) => (from === undefined ? to : `${from} → ${to}`);

export function describeEvent(event: { readonly payload: EventPayload }, label: Label): string {
  const payload = event.payload;
  switch (payload.kind) {
    case 'worker.created':
      return label('gdpr.event.created');
    case 'worker.consentRecorded':
      return `${label('gdpr.event.consent')}: ${label(payload.given ? 'worker.consentGiven' : 'worker.consentWithdrawn')}`;
    case 'worker.statusChanged': {
      const from = payload.from ? label(`vocab.status.${payload.from}`) : undefined;
      const reason = payload.exitReason ? ` (${label(`vocab.exitReason.${payload.exitReason}`)})` : '';
      return `${move(from, label(`vocab.status.${payload.to}`))}${reason}`;
    }
    case 'worker.interviewHeld': {
      const skills = payload.skillsFound.length > 0 ? `; ${label('casework.event.skillsFound')}: ${payload.skillsFound.join(', ')}` : '';
      return `${label('casework.event.interview')}: ${label(`casework.interviewType.${payload.interviewType}`)} (${payload.durationMinutes} min)${skills}`;
    }
    case 'employer.contactLogged':
      return `${label('casework.event.employerContact')}: ${label(`casework.contactChannel.${payload.channel}`)}`;
    case 'candidacy.stageChanged': {
      const from = payload.from ? label(`casework.stage.${payload.from}`) : undefined;
      return `${label('casework.event.candidacy')}: ${move(from, label(`casework.stage.${payload.to}`))}`;
    }
    case 'worker.placed': {
      const parts = [label(`vocab.contract.${payload.contractType}`)];
      if (payload.fixedTermMonths !== undefined) parts.push(`${payload.fixedTermMonths} ${label('casework.event.months')}`);
      if (payload.partTimePercent !== undefined) parts.push(`${label('casework.event.partTime')} ${payload.partTimePercent}%`);
      parts.push(`${label('casework.event.startingOn')} ${formatItalianDate(payload.startDate)}`);
      return `${label('casework.event.placed')}: ${parts.join(', ')}`;
    }
    case 'course.attendance':
      return `${label('casework.event.attendance')}: ${decimal(payload.hours, label)} ${label('casework.event.hours')}`;
    case 'course.ended': {
      const certificate = payload.certificate ? `, ${label('casework.event.certificate')}` : '';
      return `${label('casework.event.courseEnded')}: ${label(`casework.courseOutcome.${payload.outcome}`)}${certificate}`;
    }
    case 'programme.cigsPeriodsChanged': {
      const period = (p: CigsPeriod) => `${formatItalianDate(p.start)}–${formatItalianDate(p.end)} (${label(`vocab.cigsCause.${p.cause}`)})`;
      const lines = cigsChanges(payload.from, payload.to).map((change) =>
        change.kind === 'added'
          ? `${label('casework.event.cigsAdded')} ${period(change.after)}`
          : change.kind === 'removed'
            ? `${label('casework.event.cigsRemoved')} ${period(change.before)}`
            : `${label('casework.event.cigsCorrected')} ${period(change.before)} → ${period(change.after)}`,
      );
      return `${label('casework.event.cigsPeriodsChanged')}: ${lines.join('; ') || NONE}`;
    }
    default:
      return unknownKind(payload);
  }
}

/**
 * A new payload kind that is not described here fails to compile. At run time (an event written
 * by a newer version and received through sync) the kind code is shown rather than thrown: an
 * access export or a timeline must never fail on one event.
 */
function unknownKind(payload: never): string {
  return (payload as { kind: string }).kind;
}

/** 2.5 hours reads "2,5" in Italian: the separator is a label, like every other text. */
function decimal(value: number, label: Label): string {
  return String(value).replace('.', label('casework.event.decimalSeparator'));
}
