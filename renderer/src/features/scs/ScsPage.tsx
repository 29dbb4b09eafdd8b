import { Route, Switch } from 'wouter';
import { CriterionPage } from './CriterionPage';
import { TriagePage } from './TriagePage';
import { WorkbookPage } from './WorkbookPage';
import './scs.css';

/** The SCS feature's pages: the workbook overview and one criterion (`/scs/c/4-4-4-2`), the which-star triage. */
export function ScsPage() {
  return (
    <Switch>
      <Route path="/triage" component={TriagePage} />
      <Route path="/c/:id">{(params) => <CriterionPage key={params.id} criterionId={params.id} />}</Route>
      <Route>{() => <WorkbookPage />}</Route>
    </Switch>
  );
}
