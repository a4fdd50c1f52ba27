import { describe, expect, it } from 'vitest';
import flow from '../src/content/flow.json' with { type: 'json' };
import fr from '../src/i18n/locales/fr/flow.json' with { type: 'json' };

const glossary = fr.glossary as unknown as Record<string, { term?: string; definition?: string } | string>;
const used = flow.steps.flatMap((step) => ('glossary' in step ? (step.glossary as string[]) : []));

describe('glossary of the questions', () => {
  it('explains every hard word a question names, with a term and a definition', () => {
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) {
      const entry = glossary[id];
      expect(typeof entry === 'object' && entry.term && entry.definition, `glossary.${id}`).toBeTruthy();
    }
  });

  it('keeps no entry that no question uses', () => {
    const entries = Object.keys(glossary).filter((key) => key !== 'title');
    expect(entries.filter((id) => !used.includes(id))).toEqual([]);
  });

  it('covers the words the accessibility brief names', () => {
    for (const id of ['arret_travail', 'ald', 'ij', 'css', 'rqth', 'mdph', 'carsat']) expect(used, id).toContain(id);
  });
});
