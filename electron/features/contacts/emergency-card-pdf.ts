import { buildEmergencyCard, defaultCardFit, type CardFit, type EmergencyCardInput } from '../../../shared/contacts/emergency-card';
import { cardLevels } from '../../../shared/contacts/emergency-card-layout';
import { pdfPageCount, renderPdf } from '../../services/pdf/pdf-renderer';

/**
 * Layouts to try, roomiest first: each level, and at crowded levels each number of phones side by
 * side (which is shortest depends on how the phones are spread over the contacts).
 */
function layoutsFrom(start: number): Omit<CardFit, 'contacts'>[] {
  return cardLevels.slice(start).flatMap((level, i) =>
    Array.from({ length: level.phoneColumns }, (_, k) => ({ level: start + i, phoneColumns: level.phoneColumns - k })),
  );
}

/**
 * The emergency card on exactly one page. The layout's estimate is only a first guess (text
 * widths are approximated), so the rendered page count is the judge: a card that spilled over is
 * made again in the next smaller layout, and below the readable minimum with one contact fewer
 * (counted under the table), never by cutting a name or a number.
 */
export async function renderEmergencyCard(input: EmergencyCardInput): Promise<{ pdf: Buffer; fit: CardFit }> {
  // The estimate only settles how many contacts are listed: it is pessimistic about levels
  // (a card it put at the smallest type fitted at the largest), so every level is tried, roomiest first.
  const guess = defaultCardFit(input);
  const layouts = layoutsFrom(0);
  for (let contacts = guess.contacts; ; contacts -= 1) {
    for (const layout of contacts === guess.contacts ? layouts : layoutsFrom(cardLevels.length - 1)) {
      const fit = { ...layout, contacts };
      const pdf = await renderPdf(buildEmergencyCard(input, fit));
      if (pdfPageCount(pdf) <= 1 || contacts <= 0) return { pdf, fit };
    }
  }
}
