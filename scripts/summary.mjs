// `npm run summary -- <file> --out summary.pdf`: the summary command line in plain Node.
import { runBuiltCli } from './run-built-cli.mjs';

runBuiltCli('out/main/summary-cli.js', process.argv.slice(2));
