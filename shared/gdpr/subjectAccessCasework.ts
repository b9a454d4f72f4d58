// The case work held about a worker, for the right of access: CV versions, action plans, course
// enrolments, candidacies and business ventures. The renderer reads them through its repositories
// (within the user's scope) and hands them over already joined (course titles, offer roles,
// employer names), so this module stays pure. Values are stored codes and ISO dates: the JSON
// carries them as they are, the HTML reads them out through the catalogue.
import { displayDate, displayNumber, displayText, EMPTY, type DisplayContext } from './display';
import { html, type SafeHtml } from './html';

export interface SubjectAccessCv {
  id: string;
  variant: string;
  language: string;
  /** Reference code printed on the CV (the anonymised one carries only this). */
  reference: string;
  /** ISO timestamp of the version. */
  createdAt: string;
}

export interface SubjectAccessActionPlan {
  id: string;
  signedOn: string | null;
  goals: readonly { text: string }[];
  activities: readonly { title: string; owner: string; dueDate: string; state: string }[];
}

export interface SubjectAccessEnrolment {
  id: string;
  courseTitle: string;
  provider: string;
  courseHours: number;
  enrolledOn: string;
  hoursAttended: number;
  /** enrolled, attending, completed, dropped. */
  state: string;
  endedOn: string | null;
  certificate: boolean | null;
}

export interface SubjectAccessCandidacy {
  id: string;
  offerRole: string;
  employerName: string;
  proposedOn: string;
  stage: string;
  history: readonly { occurredOn: string; from: string | null; to: string; reason: string; cvReference: string | null }[];
}

export interface SubjectAccessVenture {
  id: string;
  idea: string;
  atecoCode: string | null;
  milestones: readonly { kind: string; dueDate: string | null; doneOn: string | null }[];
  funding: readonly { source: string; requested: number; granted: number | null; state: string }[];
}

/** A document kept on the worker's file; its bytes are in the archive at `path`. */
export interface SubjectAccessDocument {
  id: string;
  type: string;
  date: string;
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  note: string;
  /** Where the file is in the archive, relative to the HTML page. */
  path: string;
}

export interface SubjectAccessCasework {
  cvs: readonly SubjectAccessCv[];
  actionPlans: readonly SubjectAccessActionPlan[];
  enrolments: readonly SubjectAccessEnrolment[];
  candidacies: readonly SubjectAccessCandidacy[];
  ventures: readonly SubjectAccessVenture[];
  documents: readonly SubjectAccessDocument[];
}

export const NO_CASEWORK: SubjectAccessCasework = { cvs: [], actionPlans: [], enrolments: [], candidacies: [], ventures: [], documents: [] };

/** A label through the catalogue, or the code itself when the catalogue has none (never an exception). */
function code(context: DisplayContext, key: string, value: string | null | undefined): string {
  if (!value) return EMPTY;
  const text = context.label(`${key}.${value}`);
  return text && text !== `${key}.${value}` ? text : value;
}

function table(headers: readonly string[], rows: readonly (readonly (string | SafeHtml)[])[], empty: string): SafeHtml {
  if (rows.length === 0) return html`<p>${empty}</p>`;
  return html`<table>
<thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>
${rows.map((cells) => html`<tr>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>\n`)}</tbody>
</table>`;
}

function section(title: string, body: SafeHtml | readonly SafeHtml[]): SafeHtml {
  return html`<section>
<h2>${title}</h2>
${body}
</section>
`;
}

export function caseworkSections(casework: SubjectAccessCasework, context: DisplayContext): SafeHtml[] {
  const t = context.label;
  const none = t('gdpr.casework.none');
  return [
    section(
      t('gdpr.sections.cvs'),
      table(
        [t('gdpr.casework.date'), t('gdpr.casework.variant'), t('gdpr.casework.language'), t('gdpr.casework.reference')],
        casework.cvs.map((cv) => [displayDate(cv.createdAt.slice(0, 10)), code(context, 'cv.screen.variants', cv.variant), code(context, 'cv.screen.languages', cv.language), cv.reference]),
        none,
      ),
    ),
    section(
      t('gdpr.sections.actionPlans'),
      casework.actionPlans.length === 0
        ? html`<p>${none}</p>`
        : casework.actionPlans.map(
            (plan) => html`<p>${t('gdpr.casework.signedOn')}: ${displayDate(plan.signedOn ?? undefined)}</p>
<p><strong>${t('gdpr.casework.goals')}</strong>: ${plan.goals.length > 0 ? plan.goals.map((goal) => goal.text).join('; ') : EMPTY}</p>
${table(
  [t('gdpr.casework.activity'), t('gdpr.casework.owner'), t('gdpr.casework.dueDate'), t('gdpr.casework.state')],
  plan.activities.map((activity) => [displayText(activity.title), displayText(activity.owner), displayDate(activity.dueDate), code(context, 'casework.activityState', activity.state)]),
  none,
)}
`,
          ),
    ),
    section(
      t('gdpr.sections.enrolments'),
      table(
        [t('gdpr.casework.course'), t('gdpr.casework.enrolledOn'), t('gdpr.casework.hours'), t('gdpr.casework.state'), t('gdpr.casework.endedOn')],
        casework.enrolments.map((enrolment) => [
          `${enrolment.courseTitle} — ${enrolment.provider}`,
          displayDate(enrolment.enrolledOn),
          `${displayNumber(enrolment.hoursAttended, context.language)} / ${displayNumber(enrolment.courseHours, context.language)}`,
          code(context, 'retraining.enrolments.state', enrolment.state) + (enrolment.certificate ? ` (${t('gdpr.casework.certificate')})` : ''),
          displayDate(enrolment.endedOn ?? undefined),
        ]),
        none,
      ),
    ),
    section(
      t('gdpr.sections.candidacies'),
      table(
        [t('gdpr.casework.offer'), t('gdpr.casework.proposedOn'), t('gdpr.casework.stage'), t('gdpr.casework.history')],
        casework.candidacies.map((candidacy) => [
          `${candidacy.offerRole} — ${candidacy.employerName}`,
          displayDate(candidacy.proposedOn),
          code(context, 'candidacies.stage', candidacy.stage),
          candidacy.history
            .map((move) => `${displayDate(move.occurredOn)}: ${code(context, 'candidacies.stage', move.to)}${move.cvReference ? ` (CV ${move.cvReference})` : ''}${move.reason ? ` — ${move.reason}` : ''}`)
            .join('; '),
        ]),
        none,
      ),
    ),
    section(
      t('gdpr.sections.ventures'),
      casework.ventures.length === 0
        ? html`<p>${none}</p>`
        : casework.ventures.map(
            (venture) => html`<p><strong>${t('gdpr.casework.idea')}</strong>: ${displayText(venture.idea)}${venture.atecoCode ? ` (ATECO ${venture.atecoCode})` : ''}</p>
${table(
  [t('gdpr.casework.milestone'), t('gdpr.casework.dueDate'), t('gdpr.casework.doneOn')],
  venture.milestones.map((milestone) => [code(context, 'retraining.venture.milestone', milestone.kind), displayDate(milestone.dueDate ?? undefined), displayDate(milestone.doneOn ?? undefined)]),
  none,
)}
${table(
  [t('gdpr.casework.funding'), t('gdpr.casework.requested'), t('gdpr.casework.granted'), t('gdpr.casework.state')],
  venture.funding.map((funding) => [
    displayText(funding.source),
    displayNumber(funding.requested, context.language),
    displayNumber(funding.granted ?? undefined, context.language),
    code(context, 'retraining.venture.fundingState', funding.state),
  ]),
  none,
)}
`,
          ),
    ),
    section(
      t('gdpr.sections.documents'),
      table(
        [t('gdpr.casework.date'), t('gdpr.casework.documentType'), t('gdpr.casework.documentFile'), t('gdpr.casework.documentSize'), t('gdpr.casework.documentNote')],
        (casework.documents ?? []).map((doc) => [
          displayDate(doc.date),
          code(context, 'documents.types', doc.type),
          html`<a href="${doc.path}">${doc.fileName}</a>`,
          `${displayNumber(Math.max(1, Math.round(doc.bytes / 1024)), context.language)} KB`,
          displayText(doc.note),
        ]),
        none,
      ),
    ),
  ];
}
