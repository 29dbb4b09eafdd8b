// The actions feature's public module: what other features (the self-check pages) may use.
export { ActionForm } from './ActionForm';
export { ActionsPage } from './ActionsPage';
export { useActions } from './use-actions';
