import { Route, Switch } from 'wouter';
import { recordKinds, type RecordKind } from '../../../../shared/records/schema';
import { CalendarPage } from './CalendarPage';
import { RecordsListPage } from './RecordsListPage';
import './records.css';

const asKind = (value: string | undefined): RecordKind | null => (recordKinds as readonly string[]).includes(value ?? '') ? (value as RecordKind) : null;

/** The records feature's pages: the records (optionally opened at one kind) and the calendar. */
export function RecordsPage() {
  return (
    <Switch>
      <Route path="/calendar" component={CalendarPage} />
      <Route path="/:kind">{(params) => <RecordsListPage focus={asKind(params.kind)} />}</Route>
      <Route>{() => <RecordsListPage focus={null} />}</Route>
    </Switch>
  );
}
