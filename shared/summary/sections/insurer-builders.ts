import type { Content } from 'pdfmake/interfaces.js';
import type { insurerSections } from '../insurer/sections';
import type { SectionContext } from './context';
import { declarationSection } from './declaration';
import { insurerChangesSection } from './insurer-changes';
import { insurerControlsSection } from './insurer-controls';
import { insurerIncidentFactsSection } from './insurer-incident-facts';
import { insurerOpenQuestionsSection } from './insurer-open-questions';

/** The insurer pack's section builders, spread into the document's table of builders. */
export const insurerBuilders: Record<(typeof insurerSections)[number], (ctx: SectionContext) => Content[]> = {
  // In the order of insurerSections: the document prints builders in their key order.
  insurerControls: insurerControlsSection,
  insurerChanges: insurerChangesSection,
  insurerOpenQuestions: insurerOpenQuestionsSection,
  insurerIncidents: insurerIncidentFactsSection,
  declaration: declarationSection,
};
