import { useCurrentWorkspace } from '../../api/use-app-queries';
import { AtRestSection } from './AtRestSection';
import { CompaniesSection } from './CompaniesSection';
import { DeletedCompaniesSection } from './DeletedCompaniesSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SnapshotsSection } from './SnapshotsSection';
import './workspaces.css';

/** Everything about companies and their data, shown on the settings page. */
export function WorkspacesSettings() {
  const { data: current } = useCurrentWorkspace();
  return (
    <>
      <CompaniesSection />
      {/* Keyed by company: an export result or an open snapshot belongs to the company it was for. */}
      <ExportSection key={`export-${current?.id}`} companyName={current?.name ?? ''} />
      <ImportSection />
      <SnapshotsSection key={`snapshots-${current?.id}`} />
      <DeletedCompaniesSection />
      <AtRestSection />
    </>
  );
}
