import type { TFunction } from 'i18next';

/** GOV.UK back link: a real link (works as a link for assistive technologies), handled by the machine. */
export function BackLink({ t, onBack }: { readonly t: TFunction; readonly onBack: () => void }) {
  return (
    <a
      class="back-link no-print"
      href="#"
      onClick={(event) => {
        event.preventDefault();
        onBack();
      }}
    >
      {t('ui.back')}
    </a>
  );
}
