import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { resources } from '../../shared/i18n/resources';
import { fill } from '../../shared/summary/text';
import { CliError } from './summary-from-export';
import type { Language } from '../../shared/settings/schema';

type CliText = (typeof resources)['ja']['summary']['cli'];

const options = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
  audience: { type: 'string', default: 'provider' },
  report: { type: 'string', default: 'summary' },
  lang: { type: 'string', default: 'ja' },
  demo: { type: 'boolean', default: false },
  'data-dir': { type: 'string' },
  workspace: { type: 'string' },
  'passphrase-file': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

/** The language asked for, read before parsing so that even a parse error is in that language. */
export function requestedLang(argv: string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang=en' || (argv[i] === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'ja';
}

const optionNamed = (name: string) =>
  Object.entries(options).find(([long, spec]) => long === name || ('short' in spec && spec.short === name))?.[1];

/**
 * Node's parse errors are written for programmers (`ERR_PARSE_ARGS_UNKNOWN_OPTION` and a hint
 * about `--`). A second, lenient pass over the same words finds the flag at fault, so the user
 * gets one sentence naming it, in their language.
 */
function plainParseProblem(argv: string[], error: unknown, text: CliText): string {
  const code = (error as NodeJS.ErrnoException).code;
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = optionNamed(token.name);
    if (!spec) return fill(text.unknownOption, { flag: token.rawName });
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      return fill(text.missingValue, { flag: token.rawName });
    }
    if (spec.type === 'boolean' && token.value !== undefined) return fill(text.noValueWanted, { flag: token.rawName });
  }
  return code ?? String(error);
}

export type CliArgs = ReturnType<typeof parseCliArgs>;

/** Parses the command line; wrong usage is a CliError with exit code 2 and the usage text. */
export function parseCliArgs(argv: string[], text: CliText) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    throw new CliError(`${plainParseProblem(argv, error, text)}\n${text.usage}`, 2);
  }
}
