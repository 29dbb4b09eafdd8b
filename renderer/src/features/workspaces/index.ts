// The workspaces feature's public module: the company switcher in the shell, its settings section.
export { CompanySwitcher } from './CompanySwitcher';
export { WorkspacesSettings } from './WorkspacesSettings';
export { useSwitchCompany, useWorkspaceList } from './use-workspaces';
