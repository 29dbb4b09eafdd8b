/**
 * The 25 self-check questions' ids, in IPA's order (part 1: q01–q05, part 2: q06–q18,
 * part 3: q19–q25). Other features (incidents' "proven weak" marks) refer to questions by these.
 */
export const questionIds = [
  'q01', 'q02', 'q03', 'q04', 'q05',
  'q06', 'q07', 'q08', 'q09', 'q10', 'q11', 'q12', 'q13', 'q14', 'q15', 'q16', 'q17', 'q18',
  'q19', 'q20', 'q21', 'q22', 'q23', 'q24', 'q25',
] as const;
export type QuestionId = (typeof questionIds)[number];
