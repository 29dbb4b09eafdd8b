// The contacts feature's public module: what other features may read or do with contacts.
export { contactsSpec, readContacts, seedPresetContacts } from './documents';
