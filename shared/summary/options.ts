import { z } from 'zod';
import { languageSchema, type Language } from '../settings/schema';
import { insurerSections } from './insurer/sections';

export const summaryAudiences = ['provider', 'insurer'] as const;
export type SummaryAudience = (typeof summaryAudiences)[number];

/** The document's sections in printed order (the cover with the profile always comes first). */
export const summarySections = [
  'profile',
  'selfCheck',
  'weakItems',
  'unknownItems',
  'actions',
  'incidents',
  'contacts',
  'evidenceRecords',
  'signatures',
  ...insurerSections,
] as const;
export type SummarySection = (typeof summarySections)[number];

/** Everything but the insurer pack's own sections (the supporter gets the advice and the plan instead). */
const providerSections: SummarySection[] = summarySections.filter((s) => !(insurerSections as readonly string[]).includes(s));

/** What the renderer may ask for: choices only, never a document definition. */
export const summaryOptionsSchema = z
  .object({
    audience: z.enum(summaryAudiences),
    language: languageSchema,
    /** Insurer version only: free-text notes are left out unless ticked in. */
    includeNotes: z.boolean().default(false),
    /** Insurer version only: people's names are left out unless ticked in. */
    includeNames: z.boolean().default(false),
    /** The full incident register (older incidents one by one too) as an appendix. */
    incidentRegister: z.boolean().default(false),
    sections: z.array(z.enum(summarySections)).max(summarySections.length).default([...providerSections]),
  })
  .strict();
export type SummaryOptions = z.output<typeof summaryOptionsSchema>;
export type SummaryOptionsInput = z.input<typeof summaryOptionsSchema>;

/**
 * Each audience's default sections. The insurer gets the profile, the score, the evidence kept
 * with the last restore test and training (asked by name, research-2026 §3.2), the key controls in
 * its own headings, the open points, five years of incidents with leak facts and claim costs, the
 * changes since the last pack and a declaration to sign (research-2026.md §3); the advice,
 * plan and contacts are for the supporter.
 */
export const audiencePresets: Record<SummaryAudience, SummarySection[]> = {
  provider: [...providerSections],
  insurer: ['profile', 'selfCheck', 'evidenceRecords', ...insurerSections],
};

export function presetOptions(audience: SummaryAudience, language: Language): SummaryOptions {
  return { audience, language, includeNotes: false, includeNames: false, incidentRegister: false, sections: [...audiencePresets[audience]] };
}

/** Whether free text and people's names may be printed: always for the supporter, opt-in for insurers. */
export function disclosure(options: SummaryOptions): { notes: boolean; names: boolean } {
  const everything = options.audience === 'provider';
  return { notes: everything || options.includeNotes, names: everything || options.includeNames };
}
