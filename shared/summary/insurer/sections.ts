/** The insurer pack's own sections, in printed order (after the sections both audiences share). */
export const insurerSections = ['insurerControls', 'insurerOpenQuestions', 'insurerIncidents', 'insurerChanges', 'declaration'] as const;
