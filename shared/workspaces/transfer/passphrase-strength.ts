import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * How guessable an export passphrase is, by zxcvbn-ts (a kept-up estimator: common passwords,
 * keyboard patterns, dates, repeats), not a hand-made rule. Pure: the export form shows the same
 * verdict the back end enforces.
 */
export const minPassphraseScore = 3;

/** zxcvbn's warnings folded into the few things we tell a shop owner (i18n: passphraseHint.*). */
export type PassphraseHint = 'common' | 'pattern' | 'dates' | 'names' | 'personal' | 'short';

const hintOf: Record<string, PassphraseHint> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  wordByItself: 'common',
  pwned: 'common',
  straightRow: 'pattern',
  keyPattern: 'pattern',
  simpleRepeat: 'pattern',
  extendedRepeat: 'pattern',
  sequences: 'pattern',
  recentYears: 'dates',
  dates: 'dates',
  namesByThemselves: 'names',
  commonNames: 'names',
  userInputs: 'personal',
};

export interface PassphraseStrength {
  /** 0 (guessed at once) … 4 (very hard to guess). */
  score: number;
  strong: boolean;
  hint: PassphraseHint | null;
}

let factory: ZxcvbnFactory | null = null;
// Built on first use: the dictionaries take a moment to load and most screens never need them.
const estimator = () => (factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/** `userInputs`: words the passphrase must not lean on, such as the company's name. */
export function passphraseStrength(passphrase: string, userInputs: string[] = []): PassphraseStrength {
  // zxcvbn's work grows with length; past 100 characters only the first part decides.
  const result: ZxcvbnResult = estimator().check(passphrase.slice(0, 100), userInputs);
  const strong = result.score >= minPassphraseScore;
  const warning = result.feedback.warning;
  return { score: result.score, strong, hint: strong ? null : ((warning ? hintOf[warning] : undefined) ?? 'short') };
}
