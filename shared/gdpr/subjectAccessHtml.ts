// The printable document of the right of access: standalone (inline style, no script, no
// external resource), so it opens the same on any computer, years later, and prints cleanly.
import type { AuditEntry } from '../domain/audit';
import type { DomainEvent } from '../domain/events';
import { describeEvent } from '../domain/eventText';
import { displayCode, displayCounselor, displayDate, displayDateTime, displayText, type DisplayContext } from './display';
import { html, SafeHtml } from './html';
import type { SubjectAccessInput } from './subjectAccess';
import { caseworkSections, NO_CASEWORK } from './subjectAccessCasework';
import { fieldRow, isScalarField, WORKER_SECTIONS } from './workerFields';

// No quotes in the style sheet: it is a trusted constant inserted as is.
const STYLE = new SafeHtml(`
  body { font-family: system-ui, sans-serif; color: #111; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; line-height: 1.4; }
  h1 { font-size: 1.5rem; margin-bottom: 0.5rem; }
  h2 { font-size: 1.1rem; border-bottom: 1px solid #999; padding-bottom: 0.2rem; margin-top: 1.8rem; }
  dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
  dl.summary dt { font-weight: 600; }
  dl.summary dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem; border: 1px solid #ccc; }
  table.fields th { width: 40%; font-weight: 600; background: #f4f4f4; }
  thead th { background: #f4f4f4; }
  section, tr { break-inside: avoid; }
  @page { margin: 1.5cm; }
  @media print { body { margin: 0; max-width: none; } }
`);

export function renderSubjectAccessHtml(input: SubjectAccessInput, events: readonly DomainEvent[], audit: readonly AuditEntry[]): string {
  const context: DisplayContext = { label: input.label, counselorName: input.counselorName, language: input.language };
  const t = input.label;
  const worker = input.worker.data;
  const fullName = `${worker.name} ${worker.surname}`;
  return html`<!DOCTYPE html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('gdpr.title')} — ${fullName}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${t('gdpr.title')}</h1>
<p>${t('gdpr.intro')}</p>
<dl class="summary">
<dt>${t('gdpr.dataSubject')}</dt><dd>${fullName}</dd>
<dt>${t('gdpr.controller')}</dt><dd>${displayText(input.programmeName)}</dd>
<dt>${t('gdpr.generatedAt')}</dt><dd>${displayDateTime(input.generatedAt)}</dd>
<dt>${t('gdpr.generatedBy')}</dt><dd>${displayCounselor(context, input.generatedBy)}</dd>
</dl>
${workerSections(input, context)}
${recordSection(input, context)}
${caseworkSections(input.casework ?? NO_CASEWORK, context)}
${historySection(events, context)}
${accessLogSection(audit, context, input.describeDetail ?? ((entry) => entry.detail))}
${infoSection(t)}
</main>
</body>
</html>
`.markup;
}

function workerSections(input: SubjectAccessInput, context: DisplayContext): SafeHtml[] {
  const worker = input.worker.data;
  return WORKER_SECTIONS.map(({ section, fields }) => {
    const body = section === 'cigs' ? cigsTable(input, context) : fieldsTable(fields.filter(isScalarField).map((field) => fieldRow(worker, field, context)));
    return html`<section>
<h2>${context.label(`worker.sections.${section}`)}</h2>
${body}
</section>
`;
  });
}

function fieldsTable(rows: readonly { label: string; value: string }[]): SafeHtml {
  return html`<table class="fields"><tbody>
${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.value}</td></tr>\n`)}</tbody></table>`;
}

function cigsTable(input: SubjectAccessInput, context: DisplayContext): SafeHtml {
  const t = context.label;
  const periods = input.worker.data.cigsPeriods;
  if (periods.length === 0) return html`<p>${t('gdpr.cigsNone')}</p>`;
  return html`<table>
<thead><tr><th scope="col">${t('worker.fields.periodStart')}</th><th scope="col">${t('worker.fields.periodEnd')}</th><th scope="col">${t('worker.fields.periodCause')}</th></tr></thead>
<tbody>
${periods.map((period) => html`<tr><td>${displayDate(period.start)}</td><td>${displayDate(period.end)}</td><td>${displayCode(context, 'cigsCause', period.cause)}</td></tr>\n`)}</tbody>
</table>`;
}

function recordSection(input: SubjectAccessInput, context: DisplayContext): SafeHtml {
  const t = context.label;
  const { meta } = input.worker;
  return html`<section>
<h2>${t('gdpr.sections.record')}</h2>
${fieldsTable([
  { label: t('gdpr.record.createdAt'), value: displayDateTime(meta.createdAt) },
  { label: t('gdpr.record.updatedAt'), value: displayDateTime(meta.updatedAt) },
  { label: t('gdpr.record.updatedBy'), value: displayCounselor(context, meta.updatedBy) },
])}
</section>
`;
}

function historySection(events: readonly DomainEvent[], context: DisplayContext): SafeHtml {
  const t = context.label;
  const body =
    events.length === 0
      ? html`<p>${t('worker.noHistory')}</p>`
      : html`<table>
<thead><tr><th scope="col">${t('gdpr.columns.date')}</th><th scope="col">${t('gdpr.columns.event')}</th><th scope="col">${t('gdpr.columns.note')}</th><th scope="col">${t('gdpr.columns.who')}</th></tr></thead>
<tbody>
${events.map(
  (event) =>
    html`<tr><td>${displayDate(event.occurredOn)}</td><td>${describeEvent(event, context.label)}</td><td>${displayText(event.payload.kind === 'worker.statusChanged' ? event.payload.note : '')}</td><td>${displayCounselor(context, event.recordedBy)}</td></tr>\n`,
)}</tbody>
</table>`;
  return html`<section>
<h2>${t('worker.sections.history')}</h2>
${body}
</section>
`;
}

function accessLogSection(audit: readonly AuditEntry[], context: DisplayContext, describe: (entry: AuditEntry) => string): SafeHtml {
  const t = context.label;
  const body =
    audit.length === 0
      ? html`<p>${t('gdpr.noAccessLog')}</p>`
      : html`<table>
<thead><tr><th scope="col">${t('gdpr.columns.when')}</th><th scope="col">${t('gdpr.columns.who')}</th><th scope="col">${t('gdpr.columns.action')}</th><th scope="col">${t('gdpr.columns.detail')}</th></tr></thead>
<tbody>
${audit.map(
  (entry) =>
    html`<tr><td>${displayDateTime(entry.at)}</td><td>${displayCounselor(context, entry.actorId)}</td><td>${t(`gdpr.action.${entry.action}`)}</td><td>${displayText(describe(entry))}</td></tr>\n`,
)}</tbody>
</table>`;
  return html`<section>
<h2>${t('gdpr.sections.accessLog')}</h2>
<p>${t('gdpr.accessLogIntro')}</p>
${body}
</section>
`;
}

function infoSection(t: (key: string) => string): SafeHtml {
  const paragraphs = ['purposes', 'sources', 'recipients', 'retention', 'automated', 'rights'].map((key) => html`<p>${t(`gdpr.info.${key}`)}</p>\n`);
  return html`<section>
<h2>${t('gdpr.sections.info')}</h2>
${paragraphs}</section>
`;
}
