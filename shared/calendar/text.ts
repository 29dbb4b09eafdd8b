import { resources } from '../i18n/resources';
import type { Language } from '../settings/schema';
import { fill } from '../summary/text';
import type { Obligation } from './obligations';

/** An obligation in words, the same on the screen and in the .ics file (in the app's language). */
export function obligationTitle(o: Obligation, language: Language): string {
  const t = resources[language].records;
  switch (o.kind) {
    case 'review':
      return fill(t.obligations.review, { topic: t.topics[o.topic ?? 'other'] });
    case 'report':
      return fill(t.obligations.report[o.report ?? 'final'], { title: o.title });
    case 'contactsCheck':
    case 'deviceUpdates':
    case 'adminReview':
      return fill(t.obligations[o.kind], { count: o.count ?? 0 });
    case 'action':
    case 'evidenceReview':
      return fill(t.obligations[o.kind], { title: o.title });
    default:
      return t.obligations[o.kind];
  }
}
