import { runStatsCli } from './run-stats';

// `npm run stats -- …` (scripts/stats.mjs builds this file if needed, then runs it in Node).
const code = await runStatsCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
process.exitCode = code;
