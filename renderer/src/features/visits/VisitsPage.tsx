import { Route, Switch } from 'wouter';
import { VisitEditPage } from './VisitEditPage';
import { VisitListPage } from './VisitListPage';
import { VisitPreparationPage } from './VisitPreparationPage';
import { VisitProgrammesPage } from './VisitProgrammesPage';
import './visits.css';

/** `/visits`: the records, `/visits/new`, `/visits/prepare`, `/visits/programmes` and `/visits/<id>` (correct one). */
export function VisitsPage() {
  return (
    <Switch>
      <Route path="/" component={VisitListPage} />
      <Route path="/new">{() => <VisitEditPage id={null} />}</Route>
      <Route path="/prepare" component={VisitPreparationPage} />
      <Route path="/programmes" component={VisitProgrammesPage} />
      <Route path="/:id">{(params) => <VisitEditPage id={params.id} />}</Route>
    </Switch>
  );
}
