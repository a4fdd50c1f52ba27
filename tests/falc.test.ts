/**
 * FALC (facile à lire et à comprendre) is its own text, not the French one: the questions are rewritten in easy
 * French, and what the result shows (the axes, themes, dispositifs and redirections) is shorter than in French.
 */
import { describe, expect, it } from 'vitest';
import frFlow from '../src/i18n/locales/fr/flow.json' with { type: 'json' };
import falcFlow from '../src/i18n/locales/falc/flow.json' with { type: 'json' };
import frContent from '../src/i18n/locales/fr/content.json' with { type: 'json' };
import falcContent from '../src/i18n/locales/falc/content.json' with { type: 'json' };

type Texts = Record<string, Record<string, Record<string, string>>>;
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('FALC questions', () => {
  const fr = frFlow.question as Record<string, Record<string, string>>;
  const falc = falcFlow.question as Record<string, Record<string, string>>;

  it.each(Object.keys(fr))('%s: title, titleOther and hint are rewritten, not the French ones', (id) => {
    for (const part of ['title', 'titleOther', 'hint'] as const) expect(falc[id]?.[part], `${id}.${part}`).not.toBe(fr[id]?.[part]);
  });
});

describe('FALC result texts are shorter than the French ones', () => {
  const fr = frContent as unknown as Texts;
  const falc = falcContent as unknown as Texts;
  /** What the result and the axe pages show as running text. */
  const summaries: [group: string, parts: readonly string[]][] = [
    ['axe', ['short', 'who', 'what']],
    ['theme', ['summary']],
    ['dispositif', ['summary']],
    ['redirection', ['summary']],
  ];
  const cases = summaries.flatMap(([group, parts]) => Object.keys(fr[group]!).flatMap((id) => parts.map((part) => `${group}.${id}.${part}`)));

  it.each(cases)('%s', (key) => {
    const [group, id, part] = key.split('.') as [string, string, string];
    const french = fr[group]![id]![part]!;
    const easy = falc[group]![id]![part]!;
    expect(words(easy), `FALC: « ${easy} »\nFrench: « ${french} »`).toBeLessThan(words(french));
  });

  it('in all, every text of the axes, themes, dispositifs and redirections', () => {
    const total = (texts: Texts) =>
      ['axe', 'theme', 'dispositif', 'redirection'].reduce(
        (sum, group) => sum + Object.values(texts[group]!).reduce((s, parts) => s + Object.values(parts).reduce((n, t) => n + words(t), 0), 0),
        0,
      );
    console.log(`result texts: French ${total(fr)} words, FALC ${total(falc)} words`);
    expect(total(falc)).toBeLessThan(total(fr));
  });
});
