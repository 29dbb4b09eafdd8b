import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../api/client';
import { useCurrentWorkspace } from '../../api/use-app-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CompanyRow } from './CompanyRow';
import { SameNameWarning } from './SameNameWarning';
import { useWorkspaceChange, useWorkspaceList } from './use-workspaces';
import { useAnnouncement } from './switch-announcement';

/** The supporter's list of client companies; an owner with one company just sees it listed. */
export function CompaniesSection() {
  const { t } = useTranslation('workspaces');
  const { data: list } = useWorkspaceList();
  const { data: current } = useCurrentWorkspace();
  const [name, setName] = useState('');
  const create = useWorkspaceChange((companyName: string) => getApi().workspaces.create({ name: companyName }), 'create');
  const added = useAnnouncement('create');
  return (
    <section className="settings-section card ws-section" aria-labelledby="ws-companies">
      <h2 id="ws-companies">{t('companiesTitle')}</h2>
      <p className="muted">{t('companiesLead')}</p>
      <ul className="ws-company-list">
        {list?.map((meta) => <CompanyRow key={meta.id} meta={meta} isCurrent={meta.id === current?.id} />)}
      </ul>
      <form
        className="ws-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(name.trim(), { onSuccess: () => setName('') });
        }}
      >
        <label htmlFor="ws-add-name" className="field-label">{t('addLabel')}</label>
        <div className="ws-inline-row">
          <input id="ws-add-name" className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          <button type="submit" className="button button-secondary" disabled={!name.trim() || create.isPending}>{t('addButton')}</button>
        </div>
        <SameNameWarning name={name} />
      </form>
      {added && <p role="status" className="saved-hint">{t('added', { name: added })}</p>}
      <ErrorMessage error={create.error} />
    </section>
  );
}
