// The contact log of an employer: log a call, visit or email (an append-only event whose note is
// sealed), with the day to call back if one was agreed (it goes to the agenda and to Oggi), and
// read the contacts, newest first.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import { CONTACT_CHANNELS } from '../../shared/domain/vocabulary';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { messageWithValues } from '../../shared/domain/messages';
import { contactInputSchema, type ContactInput } from '../db/repositories/employerRepository';
import { Field } from '../ui/Field';
import { DateInput } from '../ui/DateInput';
import { useEmployerRepository } from './catalogue';

type ContactOutput = z.output<typeof contactInputSchema>;

const emptyContact = (): ContactInput => ({ channel: 'call', occurredOn: todayIso(), outcome: '', note: '', callBackOn: '' });

// The call-back day comes after the contact: it is what the agenda reminds of.
const formSchema = contactInputSchema.superRefine((values, ctx) => {
  if (values.callBackOn && values.callBackOn <= values.occurredOn) ctx.addIssue({ code: 'custom', path: ['callBackOn'], message: messageWithValues('agenda.validation.callBackNotAfter', { date: formatItalianDate(values.occurredOn) }) });
});

export function ContactLog({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const employers = useEmployerRepository();
  const contacts = useLiveQuery(() => employers.contacts(employerId), [employers, employerId]);
  const [saved, setSaved] = useState(false);
  const form = useForm<ContactInput, unknown, ContactOutput>({ resolver: zodResolver(formSchema), defaultValues: emptyContact() });
  const { register, control, formState } = form;
  const errors = formState.errors;

  const log = async (contact: ContactOutput) => {
    await employers.logContact(employerId, contact);
    form.reset({ ...emptyContact(), channel: contact.channel });
    setSaved(true);
  };

  return (
    <section className="form-section contact-log" aria-labelledby="contact-log-title">
      <h2 id="contact-log-title">{t('employers.contacts.title')}</h2>
      <form noValidate onSubmit={(event) => void form.handleSubmit(log)(event)} aria-label={t('employers.contacts.log')} onChange={() => setSaved(false)}>
        <div className="contact-form-row">
          <Field label={t('employers.contacts.channel')} error={errors.channel}>
            {(c) => (
              <select {...c} {...register('channel')}>
                {CONTACT_CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`employers.contacts.channels.${channel}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('employers.contacts.date')} error={errors.occurredOn}>
            {(c) => <Controller control={control} name="occurredOn" render={({ field }) => <DateInput {...c} {...field} />} />}
          </Field>
          <Field label={t('agenda.callBackField')} error={errors.callBackOn} hint={t('agenda.callBackFieldHint')}>
            {(c) => <Controller control={control} name="callBackOn" render={({ field }) => <DateInput {...c} {...field} value={field.value ?? ''} />} />}
          </Field>
        </div>
        <Field label={t('employers.contacts.outcome')} error={errors.outcome}>
          {(c) => <input {...c} {...register('outcome')} autoComplete="off" />}
        </Field>
        <Field label={t('employers.contacts.note')} error={errors.note}>
          {(c) => <textarea {...c} {...register('note')} rows={3} />}
        </Field>
        <button type="submit" disabled={formState.isSubmitting}>
          {t('employers.contacts.save')}
        </button>
        {saved && (
          <p role="status" className="notice success">
            {t('employers.contacts.saved')}
          </p>
        )}
      </form>
      {contacts && contacts.length > 0 ? (
        <ol className="contact-list" aria-label={t('employers.contacts.list')} data-testid="contact-log">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <p className="contact-head">
                <strong>{formatItalianDate(contact.occurredOn)}</strong> · {t(`employers.contacts.channels.${contact.payload.channel}`)}
              </p>
              {contact.payload.outcome && <p>{contact.payload.outcome}</p>}
              {contact.payload.callBackOn && <p>{t('agenda.callBackOn', { date: formatItalianDate(contact.payload.callBackOn) })}</p>}
              {contact.payload.note && <p className="hint contact-note">{contact.payload.note}</p>}
            </li>
          ))}
        </ol>
      ) : (
        contacts && <p className="hint">{t('employers.contacts.none')}</p>
      )}
    </section>
  );
}
