import fs from 'node:fs';
import path from 'node:path';
import { fill } from '../../shared/summary/text';
import { CliError } from './summary-from-export';

interface InputText {
  noFile: string;
  noParquet: string;
}

/** The files named, a folder standing for the .parquet files in it (not below it), sorted. */
export function statisticsFiles(paths: readonly string[], text: InputText): string[] {
  return paths.flatMap((given) => {
    const full = path.resolve(given);
    if (!fs.existsSync(full)) throw new CliError(fill(text.noFile, { path: given }));
    if (!fs.statSync(full).isDirectory()) return [full];
    const found = fs.readdirSync(full).filter((name) => name.toLowerCase().endsWith('.parquet')).sort().map((name) => path.join(full, name));
    if (found.length === 0) throw new CliError(fill(text.noParquet, { path: given }));
    return found;
  });
}
