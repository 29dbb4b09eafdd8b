import { Route, Switch } from 'wouter';
import { ContactEditPage } from './ContactEditPage';
import { ContactListPage } from './ContactListPage';
import { EmergencyCardPage } from './EmergencyCardPage';
import './contacts.css';

/** /contacts, /contacts/new, /contacts/:id/edit and /contacts/card. */
export function ContactsPage() {
  return (
    <Switch>
      <Route path="/new">{() => <ContactEditPage id={null} />}</Route>
      <Route path="/card" component={EmergencyCardPage} />
      <Route path="/:id/edit">{(params) => <ContactEditPage id={params.id} />}</Route>
      <Route component={ContactListPage} />
    </Switch>
  );
}
