// Reading an audit entry's detail. The log stores codes only, so that it names no one and survives
// erasure: changed field names, `candidacy:<id>:<stage>`, `cv-pdf <variant> <language> <ref>`,
// `contact:<channel>`, `employer:<id>`, `enrolments:<n>`, `ics <from>..<to>`,
// `<xlsx|csv> <external|internal> <from>..<to>` (monitoring report), `absorbed:<id>` (a merge),
// `document <type> <id>` (renderer/documents/auditText.ts) and a few fixed codes
// written by the case-work repositories. Here they become a sentence in the user's language; a code
// this version does not know (written by a newer one) is shown as stored.
import type { AuditEntry } from '../../shared/domain/audit';
import { formatItalianDate } from '../../shared/time/dates';
import { describeDocumentDetail } from '../documents/auditText';

/** i18next's t and exists, untyped: the keys are built from stored codes. */
export interface Translator {
  t: (key: string, values?: Record<string, string | number>) => string;
  exists: (key: string) => boolean;
}

/** Names of the records an entry may point at (an employer's name for an offer's entry). */
export type NameOf = (kind: 'employer', id: string) => string | undefined;

/** Fixed codes written by the repositories, and the text each one reads as. */
const FIXED_CODES: Readonly<Record<string, string>> = {
  venture: 'ventureCreated',
  'venture.update': 'ventureUpdated',
  'venture.delete': 'ventureDeleted',
  enrolment: 'enrolled',
  'enrolment.delete': 'enrolmentDeleted',
  'course.attendance': 'attendance',
  'course.ended': 'courseEnded',
  actionPlan: 'actionPlan',
  interview: 'interview',
  setting: 'setting',
};

/** Where each kind of record keeps its field labels, after the access log's own. */
const FIELD_LABELS: Readonly<Partial<Record<AuditEntry['subjectKind'], readonly string[]>>> = {
  worker: ['worker.fields'],
  employer: ['audit.fields.employer', 'employers.fields'],
  offer: ['audit.fields.offer', 'employers.offer.fields'],
  course: ['retraining.course.fields'],
};

const FIELD_LIST = /^[A-Za-z]+(,[A-Za-z]+)*$/;

function fieldLabel(tr: Translator, kind: AuditEntry['subjectKind'], field: string): string {
  const key = (FIELD_LABELS[kind] ?? []).map((prefix) => `${prefix}.${field}`).find((candidate) => tr.exists(candidate));
  return key ? tr.t(key) : field;
}

/** A label for a vocabulary code, or the code itself when the catalogue does not know it. */
function labelOr(tr: Translator, key: string, code: string): string {
  return tr.exists(key) ? tr.t(key) : code;
}

export function describeAuditDetail(entry: Pick<AuditEntry, 'action' | 'subjectKind' | 'detail'>, tr: Translator, nameOf: NameOf = () => undefined): string {
  const detail = entry.detail.trim();
  if (!detail) return '';
  const fixed = FIXED_CODES[detail];
  if (fixed) return tr.t(`audit.details.${fixed}`);
  const document = describeDocumentDetail(entry, tr);
  if (document !== undefined) return document;

  const [head = '', ...rest] = detail.split(':');
  if (head === 'candidacy' && rest.length === 2) {
    const stage = rest[1] ?? '';
    return tr.t('audit.details.candidacy', { stage: labelOr(tr, `candidacies.stage.${stage}`, stage) });
  }
  if (head === 'contact' && rest.length === 1) {
    const channel = rest[0] ?? '';
    return tr.t('audit.details.contact', { channel: labelOr(tr, `employers.contacts.channels.${channel}`, channel) });
  }
  if (head === 'employer' && rest.length === 1) {
    const name = nameOf('employer', rest[0] ?? '');
    return name ? tr.t('audit.details.ofEmployer', { name }) : '';
  }
  if (head === 'absorbed' && rest.length === 1 && entry.action === 'merge') return tr.t('audit.details.absorbed', { id: (rest[0] ?? '').slice(-8) });
  if (head === 'enrolments' && rest.length === 1 && /^\d+$/.test(rest[0] ?? '')) return tr.t('audit.details.withEnrolments', { count: Number(rest[0]) });

  const words = detail.split(' ');
  if (words[0] === 'cv-pdf' && words.length === 4) {
    const [, variant = '', language = '', reference = ''] = words;
    return tr.t('audit.details.cv', { variant: labelOr(tr, `cv.screen.variants.${variant}`, variant).toLowerCase(), language: labelOr(tr, `cv.screen.languages.${language}`, language).toLowerCase(), reference });
  }
  const period = /^ics (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(detail);
  if (period) return tr.t('audit.details.agenda', { from: formatItalianDate(period[1]), to: formatItalianDate(period[2]) });
  const report = /^(xlsx|csv) (external|internal) (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(detail);
  if (report) {
    const [, format = '', view = '', from, to] = report;
    return tr.t('audit.details.monitoring', { format: format.toUpperCase(), view: tr.t(`audit.details.reportView.${view}`), from: formatItalianDate(from), to: formatItalianDate(to) });
  }

  if (entry.action === 'consent' && (detail === 'given' || detail === 'withdrawn')) return tr.t(detail === 'given' ? 'audit.details.consentGiven' : 'audit.details.consentWithdrawn');
  if (entry.action === 'export' && detail === 'html+json') return tr.t('audit.details.subjectAccess');
  if (entry.action === 'update' && FIELD_LIST.test(detail)) {
    return tr.t('audit.details.fields', { fields: detail.split(',').map((field) => fieldLabel(tr, entry.subjectKind, field)).join(', ') });
  }
  return detail;
}
