/** Results are valid 3 years (Perban BKN 26/2019 Pasal 29(4), domain.md §2.9). */
export const VALIDITY_YEARS = 3;

/** The last day a result counts, as an ISO date: the day before the third anniversary. */
export function validUntil(assessedOn: string, years = VALIDITY_YEARS): string {
  const [y, m, d] = assessedOn.slice(0, 10).split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 29 Feb forward to 1 Mar in a non-leap year; minus one day gives 28 Feb.
  const anniversary = new Date(Date.UTC(y + years, m - 1, d));
  anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}

export function isExpired(assessedOn: string, today: string, years = VALIDITY_YEARS): boolean {
  return today.slice(0, 10) > validUntil(assessedOn, years);
}

/** A result may be reused for another post of the same jenjang while it is valid (BKN FAQ). */
export function canReuse(
  result: { jenjang: string; assessedOn: string },
  target: { jenjang: string },
  today: string,
): boolean {
  return result.jenjang === target.jenjang && !isExpired(result.assessedOn, today);
}
