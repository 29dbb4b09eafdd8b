/**
 * The headings Japanese cyber policies pay under (domain.md §7: response costs, liability,
 * business interruption), so a claim form can be filled from the cost log.
 *
 * A cost entry stores only a free-text item, an amount, a date and whether the receipt was kept.
 * Until entries carry a heading of their own (the extension point: a `claimHeading` field on
 * costEntrySchema, chosen in the cost form), the heading is read from words in the item; an item
 * no word matches goes under その他 rather than a guessed heading, and the printout says so.
 */
export const claimHeadings = ['response', 'liability', 'businessInterruption', 'other'] as const;
export type ClaimHeading = (typeof claimHeadings)[number];

/** Checked in this order: an apology gift is a response cost, a settlement a liability. */
const keywords: [ClaimHeading, RegExp][] = [
  ['liability', /賠償|慰謝料|示談|和解|訴訟|損害金|compensation|damages|settlement|lawsuit/i],
  ['businessInterruption', /休業|売上|逸失|利益|営業停止|営業損失|lost (profit|revenue|income)|interruption/i],
  [
    'response',
    /調査|フォレンジック|鑑識|緊急対応|出張|駆けつけ|復旧|復元|代替|購入|交換|修理|再設定|コールセンター|相談窓口|弁護士|法律|コンサル|謝罪|お詫び|見舞|広報|会見|通知|郵送|モニタリング|再発防止|対策|保守|業者|investigat|forensic|recover|restor|replace|call cent|legal|lawyer|consult|apolog|notif|monitor|repair/i,
  ],
];

export function claimHeadingOf(item: string): ClaimHeading {
  for (const [heading, pattern] of keywords) if (pattern.test(item)) return heading;
  return 'other';
}
