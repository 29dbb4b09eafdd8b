/**
 * English's singular of a counted text: i18next picks `key_one` over `key` when `count` is 1 in
 * English, and Japanese has no such form, so only the English side may carry these keys.
 */
type SingularForms<T> = { [K in keyof T as T[K] extends string ? `${K & string}_one` : never]?: string };

/** The shape of a translation: the same keys as the Japanese original, every leaf a string. */
export type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> } & SingularForms<T>;
