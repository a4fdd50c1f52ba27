import { describe, expect, it } from 'vitest';
import { formatDay, formatToday } from './dates.ts';

describe('dates', () => {
  it('formats a content date in each language', () => {
    expect(formatDay('2026-11-23', 'fr')).toBe('23 novembre 2026');
    expect(formatDay('2026-01-01', 'en')).toBe('January 1, 2026');
  });

  it("says today's date as toLocaleDateString does, in the person's time zone", () => {
    const options = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    for (const lang of ['fr', 'en', 'ar', 'es']) {
      for (const now of [new Date(2026, 0, 1, 0, 5), new Date(2026, 10, 30, 23, 55), new Date(2027, 1, 28, 12)]) {
        expect(formatToday(lang, now)).toBe(now.toLocaleDateString(lang, options));
      }
    }
  });
});
