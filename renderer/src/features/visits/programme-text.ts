import type { Programme } from '../../../../shared/visits/programmes';

/** A programme's steps as the editor shows them: one step a line, "title: topic, topic". */
export function stepsToText(programme: Programme): string {
  return programme.steps.map((s) => (s.topics.length ? `${s.title}: ${s.topics.join(', ')}` : s.title)).join('\n');
}

/** The editor's lines back into steps; blank lines are dropped, topics split at commas (、 too). */
export function textToSteps(text: string): Programme['steps'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.search(/[:：]/);
      if (colon < 0) return { title: line, topics: [] };
      const topics = line.slice(colon + 1).split(/[,、]/).map((t) => t.trim()).filter(Boolean);
      return { title: line.slice(0, colon).trim(), topics };
    });
}
