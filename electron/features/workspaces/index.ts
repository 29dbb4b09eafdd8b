// The workspaces feature's public module: the demo company and reading an export file.
export { createDemoWorkspace } from './demo';
export { readWorkspaceExport, type ImportProblem } from './transfer/read-export';
