import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/dates/local-day';
import { evidenceDetailsSchema, evidenceLimits, type ClaimRef, type EvidenceDetails } from '../../../../shared/evidence/schema';
import { ApiCallError } from '../../api/api-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { FormDateField } from '../../components/date-field/FormDateField';
import { useAddNote, useAttachFile } from './use-evidence';

type Values = ReturnType<typeof evidenceDetailsSchema.parse>;

/** The code of a refusal the evidence text words better than the general message. */
const ownCodes = ['invalid_file', 'too_large', 'conflict'] as const;

/** Add a file or a note as evidence, tied to `claim` when the page was opened for one answer. */
export function EvidenceForm({ claim, claimLabel, onSaved }: { claim: ClaimRef | null; claimLabel: string | null; onSaved: (title: string) => void }) {
  const { t } = useTranslation('evidence');
  const [kind, setKind] = useState<'file' | 'note'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const attach = useAttachFile((share) => setProgress(share));
  const addNote = useAddNote();
  const form = useForm<EvidenceDetails, unknown, Values>({
    resolver: zodResolver(evidenceDetailsSchema),
    defaultValues: { title: '', proves: '', appliesOn: localDay(), providedBy: '', reviewBy: null, claims: claim ? [claim] : [] },
  });
  const errors = form.formState.errors;
  const failed = attach.error ?? addNote.error;
  const ownCode = failed instanceof ApiCallError ? ownCodes.find((code) => code === failed.code) ?? null : null;

  const onSubmit = form.handleSubmit(async (details) => {
    setProblem(null);
    if (kind === 'file') {
      if (!file) return setProblem(t('form.file'));
      // Refused here before any byte is sent; the back end checks again (and the type by content).
      if (file.size > evidenceLimits.fileBytes) return setProblem(t('errors.too_large'));
      setProgress(0);
      const saved = await attach.mutateAsync({ file, details }).catch(() => null);
      setProgress(null);
      if (saved) onSaved(saved.title);
    } else {
      if (!url.trim() && !note.trim()) return setProblem(t('errors.noteOrUrl'));
      const saved = await addNote.mutateAsync({ details, url: url.trim(), note: note.trim() }).catch(() => null);
      if (saved) onSaved(saved.title);
    }
  });

  return (
    <form className="card evidence-form" onSubmit={onSubmit} noValidate aria-labelledby="evidence-form-title">
      <h2 id="evidence-form-title">{t('form.heading')}</h2>
      {claimLabel && <p className="muted">{t('form.claim', { claim: claimLabel })}</p>}
      <fieldset className="field">
        <legend className="field-label">{t('form.kind')}</legend>
        <label className="choice"><input type="radio" name="evidence-kind" checked={kind === 'file'} onChange={() => setKind('file')} /> {t('form.kindFile')}</label>
        <label className="choice"><input type="radio" name="evidence-kind" checked={kind === 'note'} onChange={() => setKind('note')} /> {t('form.kindNote')}</label>
      </fieldset>
      {kind === 'file' ? (
        <FormField id="evidence-file" label={t('form.file')} required>
          <input id="evidence-file" type="file" className="input" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </FormField>
      ) : (
        <>
          <FormField id="evidence-url" label={t('form.url')}>
            <input id="evidence-url" type="url" className="input" value={url} onChange={(e) => setUrl(e.target.value)} />
          </FormField>
          <FormField id="evidence-note" label={t('form.note')}>
            <textarea id="evidence-note" className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </FormField>
        </>
      )}
      <FormField id="evidence-title" label={t('form.title')} required error={errors.title}>
        <input id="evidence-title" className="input" aria-required="true" aria-invalid={!!errors.title} aria-describedby={describedBy('evidence-title', false, !!errors.title)} {...form.register('title')} />
      </FormField>
      <FormField id="evidence-proves" label={t('form.proves')} error={errors.proves}>
        <input id="evidence-proves" className="input" {...form.register('proves')} />
      </FormField>
      <div className="field-row">
        <FormField id="evidence-applies" label={t('form.appliesOn')} required error={errors.appliesOn}>
          <FormDateField control={form.control} name="appliesOn" id="evidence-applies" aria-required="true" />
        </FormField>
        <FormField id="evidence-review" label={t('form.reviewBy')} error={errors.reviewBy}>
          <FormDateField control={form.control} name="reviewBy" emptyAs={null} id="evidence-review" aria-invalid={!!errors.reviewBy} aria-describedby={describedBy('evidence-review', false, !!errors.reviewBy)} />
        </FormField>
        <FormField id="evidence-by" label={t('form.providedBy')} error={errors.providedBy}>
          <input id="evidence-by" className="input" {...form.register('providedBy')} />
        </FormField>
      </div>
      {problem && <p className="field-error" role="alert">{problem}</p>}
      {ownCode ? <p className="alert alert-error" role="alert">{t(`errors.${ownCode}`)}</p> : <ErrorMessage error={failed} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('form.save')}</button>
        {progress !== null && <span role="status">{t('form.uploading', { percent: Math.round(progress * 100) })}</span>}
      </div>
    </form>
  );
}
