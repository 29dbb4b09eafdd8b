import { AtRestSection } from './AtRestSection';
import { CompaniesSection } from './CompaniesSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SnapshotsSection } from './SnapshotsSection';
import './workspaces.css';

/** Everything about companies and their data, shown on the settings page. */
export function WorkspaceSettings() {
  return (
    <>
      <CompaniesSection />
      <ExportSection />
      <ImportSection />
      <SnapshotsSection />
      <AtRestSection />
    </>
  );
}
