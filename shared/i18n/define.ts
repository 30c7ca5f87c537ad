type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * One feature's texts in both languages, side by side. The English half must have exactly
 * the Indonesian half's keys: a missing or extra key is a type error (and a test failure).
 */
export function defineMessages<const T>(messages: { id: T; en: Widen<T> }): { id: T; en: Widen<T> } {
  return messages;
}
