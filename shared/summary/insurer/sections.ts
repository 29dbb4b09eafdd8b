/**
 * The insurer pack's own sections, in printed order (after the sections both audiences share):
 * what changed since the last pack sits right under the controls it compares.
 */
export const insurerSections = ['insurerControls', 'insurerChanges', 'insurerOpenQuestions', 'insurerIncidents', 'declaration'] as const;
