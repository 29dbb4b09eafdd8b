import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints made-up files with the project's own eslint.config.js, at real paths inside the repo.
const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const eslint = new ESLint({ cwd: repoRoot });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return result!.messages.filter((m) => m.ruleId === 'otasuke/feature-boundaries').map((m) => m.message);
}

describe('a feature reaches another only through its public module', () => {
  it('refuses a back-end feature reading another feature’s file', async () => {
    const errors = await boundaryErrors('electron/features/incidents/probe.ts', "import { contactsSpec } from '../contacts/documents';\nexport const x = contactsSpec;\n");
    expect(errors).toEqual([expect.stringContaining("'contacts' feature's public module")]);
  });

  it('allows the public module, and a feature’s own files', async () => {
    expect(await boundaryErrors('electron/features/incidents/probe.ts', "import { readContacts } from '../contacts';\nimport { incidentsOf } from './repository';\nexport const x = [readContacts, incidentsOf];\n")).toEqual([]);
  });

  it('refuses the same in the UI, and infrastructure reaching into a feature', async () => {
    expect(await boundaryErrors('renderer/src/features/home/probe.tsx', "import { IncidentsHomePanel } from '../incidents/IncidentsHomePanel';\nexport const x = IncidentsHomePanel;\n")).toHaveLength(1);
    expect(await boundaryErrors('electron/services/probe.ts', "import { settingsSpec } from '../features/settings/documents';\nexport const x = settingsSpec;\n")).toHaveLength(1);
  });

  it('lets only the registration table import a feature’s registration module', async () => {
    expect(await boundaryErrors('electron/features/probe.ts', "import { contactsFeature } from './contacts/feature';\nexport const x = contactsFeature;\n")).toEqual([]);
    expect(await boundaryErrors('electron/features/summary/probe.ts', "import { contactsFeature } from '../contacts/feature';\nexport const x = contactsFeature;\n")).toHaveLength(1);
  });
});
