// `npm run stats -- <files or folder> --out report.xlsx`: the statistics command line in plain Node.
import { runBuiltCli } from './run-built-cli.mjs';

runBuiltCli('out/main/stats-cli.js', process.argv.slice(2));
