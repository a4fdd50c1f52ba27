/** The hard words of a question, explained in a disclosure under its hint (texts: `glossary.*`). */
import type { TFunction } from 'i18next';

export function Glossary({ t, ids }: { readonly t: TFunction; readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <details class="details glossary">
      <summary>{t('glossary.title')}</summary>
      <dl>
        {ids.map((id) => (
          <div key={id}>
            <dt>{t(`glossary.${id}.term`)}</dt>
            <dd>{t(`glossary.${id}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
