import { Route, Switch } from 'wouter';
import { DetailPage } from './DetailPage';
import { ListPage } from './ListPage';
import { NewPage } from './NewPage';
import './incidents.css';

/** `/incidents`: the list, `/incidents/new`, and `/incidents/<id>` (view and edit). */
export function IncidentsPage() {
  return (
    <Switch>
      <Route path="/" component={ListPage} />
      <Route path="/new" component={NewPage} />
      <Route path="/:id">{(params) => <DetailPage id={params.id} />}</Route>
    </Switch>
  );
}
