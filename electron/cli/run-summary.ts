import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/result';
import { resources } from '../../shared/i18n/resources';
import { shortFingerprint } from '../../shared/fingerprint/short-form';
import { presetOptions, summaryAudiences, type SummaryAudience } from '../../shared/summary/options';
import { fill } from '../../shared/summary/text';
import { createDemoWorkspace } from '../features/workspaces';
import { Services } from '../services/services';
import { writeFileAtomic } from '../services/store/atomic-write';
import { parseCliArgs, requestedLang } from './summary-args';
import { CliError, fromExportFile, passphraseFrom, reasonOf } from './summary-from-export';
import { checkOutTarget, type CliInputs } from './summary-output';
import { collectSummaryInputs, renderSummaryPdf, type SummaryInputs } from '../features/summary';
import { collectPackageInput, renderScsPackage } from '../features/scs';
import type { Workspace } from '../services/workspaces';
import type { Language } from '../../shared/settings/schema';

type CliText = (typeof resources)['ja']['summary']['cli'];

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
  appVersion?: string;
  /** Where OTASUKE_PASSPHRASE is read from; process.env unless a test gives its own. */
  env?: Record<string, string | undefined>;
}

function servicesOn(dataDir: string, io: CliIo): Services {
  return new Services({ dataDir, platform: { host: 'browser', appVersion: io.appVersion ?? '0.0.0' }, now: io.now });
}

function demoInput<T>(io: CliIo, use: (ws: Workspace) => T): T {
  // The demo workspace is built in a throw-away data folder through the app's own services.
  const dataDir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'otasuke-summary-demo-'));
  try {
    return use(createDemoWorkspace(servicesOn(dataDir, io)));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function dataDirInput<T>(dataDir: string, workspaceId: string | undefined, text: CliText, io: CliIo, use: (ws: Workspace) => T): T {
  if (!fs.existsSync(dataDir) || !fs.statSync(dataDir).isDirectory()) throw new CliError(fill(text.noDataDir, { path: dataDir }));
  const services = servicesOn(dataDir, io);
  let ws;
  if (workspaceId) {
    if (!services.workspaces.exists(workspaceId)) throw new CliError(fill(text.unknownWorkspace, { id: workspaceId }));
    ws = services.workspaces.get(workspaceId);
  } else {
    ws = services.lastOpenedWorkspaceOrNull();
    if (!ws) throw new CliError(fill(text.noWorkspace, { path: dataDir }));
  }
  return use(ws);
}

const reports = ['summary', 'scs'] as const;

/** `npm run summary -- …`: returns the exit code; never leaves a partial PDF behind. */
export async function runSummaryCli(argv: string[], io: CliIo): Promise<number> {
  let text: CliText = resources[requestedLang(argv)].summary.cli as CliText;
  try {
    const { values, positionals } = parseCliArgs(argv, text);
    if (values.help) {
      io.out(text.usage);
      return 0;
    }
    if (values.lang !== 'ja' && values.lang !== 'en') throw new CliError(`${text.badLang}\n${text.usage}`, 2);
    const lang: Language = values.lang;
    text = resources[lang].summary.cli as CliText;
    if (!summaryAudiences.includes(values.audience as SummaryAudience)) throw new CliError(`${text.badAudience}\n${text.usage}`, 2);
    if (!(reports as readonly string[]).includes(values.report)) throw new CliError(`${text.badReport}\n${text.usage}`, 2);
    if (!values.out) throw new CliError(`${text.needOut}\n${text.usage}`, 2);
    const sources = [values.demo, Boolean(values['data-dir']), positionals.length > 0].filter(Boolean).length;
    if (sources !== 1 || positionals.length > 1) throw new CliError(`${text.needInput}\n${text.usage}`, 2);

    const out = path.resolve(values.out);
    const inputs: CliInputs = {
      files: [...positionals, values['passphrase-file']].filter((f): f is string => Boolean(f)).map((f) => path.resolve(f)),
      dataDir: values['data-dir'] ? path.resolve(values['data-dir']) : undefined,
    };
    checkOutTarget(out, inputs, values.force, text);
    const now = io.now?.() ?? new Date();
    // Every report reads one company the same three ways: the demo, a data folder, an export file.
    const read = <T,>(use: (ws: Workspace) => T): Promise<T> =>
      Promise.resolve().then(() =>
        values.demo
          ? demoInput(io, use)
          : values['data-dir']
            ? dataDirInput(path.resolve(values['data-dir']), values.workspace, text, io, use)
            : fromExportFile(path.resolve(positionals[0]!), passphraseFrom(values['passphrase-file'], io.env ?? process.env, text), lang, (dir) => servicesOn(dir, io), use),
      );
    let made: { pdf: Buffer; fingerprint: string };
    try {
      if (values.report === 'scs') {
        const input = await read((ws) => collectPackageInput(ws, lang, now));
        made = { pdf: await renderScsPackage(input), fingerprint: input.fingerprint };
      } else {
        const collected: SummaryInputs = await read((ws) => collectSummaryInputs(ws, lang, now));
        made = await renderSummaryPdf(collected.input, presetOptions(values.audience as SummaryAudience, lang), now, collected.fingerprintOf);
      }
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found' && values.report === 'scs') throw new CliError(text.noScsWorkbook);
      if (error instanceof AppError) throw new CliError(fill(text.invalidData, { reason: error.message }));
      throw error;
    }
    const { pdf, fingerprint } = made;
    // Making the PDF takes seconds: look again, so a file that appeared meanwhile is not replaced.
    checkOutTarget(out, inputs, values.force, text);
    try {
      writeFileAtomic(out, pdf);
    } catch (error) {
      throw new CliError(fill(text.writeFailed, { path: out, reason: reasonOf(error) }));
    }
    io.out(fill(text.done, { path: out, size: fill(text.bytes, { kb: Math.ceil(pdf.length / 1024) }), fingerprint: shortFingerprint(fingerprint) }));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`${reasonOf(error)}`);
    return 1;
  }
}
