import { runSummaryCli } from './run-summary';

// `npm run summary -- …` (scripts/summary.mjs builds this file if needed, then runs it in Node).
const code = await runSummaryCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  appVersion: __APP_VERSION__,
});
process.exitCode = code;
