import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localDay } from '../../shared/dates/local-day';
import { resources } from '../../shared/i18n/resources';
import type { Language } from '../../shared/settings/schema';
import { fill } from '../../shared/summary/text';
import { collectFacts, factsFile, factsReport, reportPdf, reportWorkbook } from '../features/statistics';
import { createSamplePortfolio } from '../features/portfolio';
import { duckDbProblem } from '../services/duckdb';
import { Services } from '../services/services';
import { writeFileAtomic } from '../services/store/atomic-write';
import { statisticsFiles } from './stats-inputs';
import { requestedLang } from './summary-args';
import { CliError, reasonOf } from './summary-from-export';
import { checkOutTarget } from './summary-output';

type StatsText = (typeof resources)['ja']['statistics'];

export interface StatsIo {
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
}

const options = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
  k: { type: 'string', default: '5' },
  lang: { type: 'string', default: 'ja' },
  'demo-portfolio': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The sample portfolio's facts, made in a throw-away data folder through the app's own services. */
function demoFacts(k: number, now: Date) {
  const dataDir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'otasuke-stats-demo-'));
  try {
    const services = new Services({ dataDir, platform: { host: 'browser', appVersion: '0.0.0' }, now: () => now });
    createSamplePortfolio(services);
    return collectFacts(services.workspaces, k);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `npm run stats -- …`: returns the exit code; outputs are written whole (0600) or not at all. */
export async function runStatsCli(argv: string[], io: StatsIo): Promise<number> {
  let lang: Language = requestedLang(argv);
  let text: StatsText = resources[lang].statistics;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options, allowPositionals: true });
    } catch (error) {
      const flag = /'([^']+)'/.exec(String((error as Error).message))?.[1] ?? '';
      throw new CliError(`${fill(text.cli.unknownOption, { flag })}\n${text.cli.usage}`, 2);
    }
    const { values, positionals } = parsed;
    if (values.help) return io.out(text.cli.usage), 0;
    lang = values.lang === 'en' ? 'en' : 'ja';
    text = resources[lang].statistics;
    const k = Number(values.k);
    if (!Number.isInteger(k) || k < 2 || k > 50) throw new CliError(`${text.cli.badK}\n${text.cli.usage}`, 2);
    if (!values.out) throw new CliError(`${text.cli.needOut}\n${text.cli.usage}`, 2);
    const demo = values['demo-portfolio'];
    if (demo === positionals.length > 0) throw new CliError(`${text.cli.needInput}\n${text.cli.usage}`, 2);
    const out = path.resolve(values.out);
    const format = path.extname(out).slice(1).toLowerCase();
    const allowed = demo ? ['parquet', 'csv'] : ['xlsx', 'pdf'];
    if (!allowed.includes(format)) throw new CliError(`${text.cli.badFormat}\n${text.cli.usage}`, 2);
    const files = demo ? [] : statisticsFiles(positionals, text.cli);
    const summaryText = resources[lang].summary.cli;
    checkOutTarget(out, { files }, values.force, summaryText, demo ? 'stats.parquet' : 'report.xlsx');
    const problem = await duckDbProblem();
    if (problem) throw new CliError(fill(text.cli.unavailable, { problem }));
    const now = io.now?.() ?? new Date();
    let bytes: Buffer;
    let companies: number;
    if (demo) {
      const facts = demoFacts(k, now);
      bytes = await factsFile(facts, format as 'parquet' | 'csv');
      companies = facts.length;
    } else {
      const report = await factsReport([], files.map((file) => ({ name: path.basename(file), file })), k);
      for (const refused of report.refused) io.err(fill(text.cli.refused, { reason: fill(text.refused[refused.problem], { name: refused.name, columns: refused.columns.join(', ') }) }));
      if (report.sources.files === 0) throw new CliError(text.cli.nothingRead);
      bytes = format === 'pdf' ? await reportPdf(report, lang, localDay(now)) : await reportWorkbook(report, lang, localDay(now), now);
      companies = report.participants;
    }
    // Making the report takes a moment: look again, so a file that appeared meanwhile is not replaced.
    checkOutTarget(out, { files }, values.force, summaryText, demo ? 'stats.parquet' : 'report.xlsx');
    try {
      writeFileAtomic(out, bytes);
    } catch (error) {
      throw new CliError(fill(text.cli.writeFailed, { path: out, reason: reasonOf(error) }));
    }
    io.out(fill(text.cli.done, { path: out, companies }));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(reasonOf(error));
    return 1;
  }
}
