import { Route, Switch } from 'wouter';
import { IncidentDetailPage } from './IncidentDetailPage';
import { IncidentListPage } from './IncidentListPage';
import { NewIncidentPage } from './NewIncidentPage';
import './incidents.css';

/** `/incidents`: the list, `/incidents/new`, and `/incidents/<id>` (view and edit). */
export function IncidentsPage() {
  return (
    <Switch>
      <Route path="/" component={IncidentListPage} />
      <Route path="/new" component={NewIncidentPage} />
      <Route path="/:id">{(params) => <IncidentDetailPage id={params.id} />}</Route>
    </Switch>
  );
}
