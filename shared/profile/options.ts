/** Option keys for the profile; their labels live in the i18n resources (`profile.industry.*`). */
export const industries = [
  'manufacturing',
  'construction',
  'wholesale',
  'retail',
  'food',
  'lodging',
  'healthcare',
  'welfare',
  'professional',
  'it',
  'realEstate',
  'transport',
  'finance',
  'education',
  'agriculture',
  'services',
  'other',
] as const;
export type Industry = (typeof industries)[number];

/** JIS X 0401 order, so lists read the way Japanese users expect. */
export const prefectures = [
  'hokkaido', 'aomori', 'iwate', 'miyagi', 'akita', 'yamagata', 'fukushima',
  'ibaraki', 'tochigi', 'gunma', 'saitama', 'chiba', 'tokyo', 'kanagawa',
  'niigata', 'toyama', 'ishikawa', 'fukui', 'yamanashi', 'nagano', 'gifu',
  'shizuoka', 'aichi', 'mie', 'shiga', 'kyoto', 'osaka', 'hyogo', 'nara',
  'wakayama', 'tottori', 'shimane', 'okayama', 'hiroshima', 'yamaguchi',
  'tokushima', 'kagawa', 'ehime', 'kochi', 'fukuoka', 'saga', 'nagasaki',
  'kumamoto', 'oita', 'miyazaki', 'kagoshima', 'okinawa',
] as const;
export type Prefecture = (typeof prefectures)[number];
