import { demoContacts } from '../../../shared/contacts/demo';
import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { contactsSpec } from './documents';
import { contactsHandlers } from './handlers';

export const contactsFeature: BackEndFeature<'contacts'> = {
  handlers: contactsHandlers,
  documents: [{ spec: contactsSpec as DocumentSpec<unknown> }],
  seedDemo: (ws, today) => void ws.document(contactsSpec).set(demoContacts(today)),
};
