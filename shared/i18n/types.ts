/** The shape of a translation: the same keys as the Japanese original, every leaf a string. */
export type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };
