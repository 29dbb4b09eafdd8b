import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/result';
import { resources } from '../../shared/i18n/resources';
import { fill } from '../../shared/summary/text';
import { requireDocumentSpec } from '../services/store/document-registry';
import type { Services } from '../services/services';
import type { Workspace } from '../services/workspaces';
import { readWorkspaceExport, type ImportProblem } from '../features/workspaces';
import { featureDocuments } from '../features';
import { collectSummaryInputs, type SummaryInputs } from '../features/summary';
import type { Language } from '../../shared/settings/schema';

type CliText = (typeof resources)['ja']['summary']['cli'];

/** An expected failure: printed as one plain sentence, exit code 1 (2 for wrong usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const reasonOf = (error: unknown) =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);

/** Checks that `file` is a readable file, with a sentence for each way it is not. */
export function checkReadableFile(file: string, text: CliText): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(fill(text.missingFile, { path: file }));
    throw new CliError(fill(text.unreadableFile, { path: file, reason: reasonOf(error) }));
  }
  if (!stat.isFile()) throw new CliError(fill(text.notAFile, { path: file }));
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (error) {
    throw new CliError(fill(text.unreadableFile, { path: file, reason: reasonOf(error) }));
  }
}

/**
 * The passphrase for an encrypted export. Never an argument: the command line of a running
 * process is visible to every user of the machine (`ps`). A file or the environment is not.
 */
export function passphraseFrom(passphraseFile: string | undefined, env: Record<string, string | undefined>, text: CliText): string | undefined {
  if (passphraseFile) {
    checkReadableFile(passphraseFile, text);
    // Editors add a final newline; it is never part of the passphrase.
    const value = fs.readFileSync(passphraseFile, 'utf8').replace(/\r?\n$/, '');
    if (!value) throw new CliError(fill(text.emptyPassphraseFile, { path: passphraseFile }));
    return value;
  }
  return env.OTASUKE_PASSPHRASE || undefined;
}

const problemOf = (error: AppError) => error.issues?.[0]?.code as ImportProblem | undefined;

/**
 * Summarises an `.otasuke` export file: the file is validated by the same reader the app's
 * import uses, installed into a throw-away data folder through the real workspace service, and
 * read back by the same collector the app uses, so the PDF matches what the app would print.
 */
export async function exportFileInput(file: string, passphrase: string | undefined, lang: Language, services: (dataDir: string) => Services, now: Date): Promise<SummaryInputs> {
  return fromExportFile(file, passphrase, lang, services, (ws) => collectSummaryInputs(ws, lang, now));
}

/** Installs an export file in a throw-away data folder and reads what `use` needs from it (any report). */
export async function fromExportFile<T>(file: string, passphrase: string | undefined, lang: Language, services: (dataDir: string) => Services, use: (ws: Workspace) => T): Promise<T> {
  const text = resources[lang].summary.cli as CliText;
  checkReadableFile(file, text);
  let exported;
  try {
    exported = await readWorkspaceExport(file, passphrase, featureDocuments);
  } catch (error) {
    if (!(error instanceof AppError)) throw new CliError(fill(text.unreadableFile, { path: file, reason: reasonOf(error) }));
    const problem = problemOf(error) ?? 'invalid_content';
    const words = resources[lang].workspaces.importProblem as Record<string, string>;
    const hint = problem === 'passphrase_required' || problem === 'wrong_passphrase' ? ` ${text.passphraseHint}` : '';
    throw new CliError(fill(text.badExport, { path: file, reason: `${words[problem] ?? error.message}${hint}` }));
  }
  const dataDir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'otasuke-summary-export-'));
  try {
    const { name, createdAt, isDemo } = exported.meta;
    const documents = Object.entries(exported.documents).map(([docName, data]) => [requireDocumentSpec(docName, featureDocuments), data] as [ReturnType<typeof requireDocumentSpec>, unknown]);
    const ws = services(dataDir).workspaces.install({ name, createdAt, isDemo }, documents);
    return use(ws);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
