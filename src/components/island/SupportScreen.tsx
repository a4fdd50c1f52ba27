/** Shown right after "moral" is ticked: listening and emergency numbers first, then "Continuer". */
import type { RefObject } from 'preact';
import { keys } from '../../i18n/keys.ts';
import { Also } from './Also.tsx';
import { BackLink } from './BackLink.tsx';
import { questionTitle } from './format.ts';
import { UrgentNumbers } from './Phones.tsx';
import type { ScreenContext } from './types.ts';

interface Props {
  readonly screen: ScreenContext;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly onBack: () => void;
  readonly onContinue: () => void;
}

export function SupportScreen({ screen, heading, onBack, onContinue }: Props) {
  const { t, forOther } = screen;
  return (
    <div class="support">
      <BackLink t={t} onBack={onBack} />
      <h1 tabIndex={-1} ref={heading}>{questionTitle(t, 'soutien', forOther)}<Also screen={screen} text={(fr) => questionTitle(fr, 'soutien', forOther)} /></h1>
      <div class="notice notice--urgent">
        <p>{t(keys.question('soutien', 'hint'))}</p>
      </div>
      <UrgentNumbers screen={screen} />
      <p>{t('ui.support.after')}</p>
      <button type="button" class="btn" onClick={onContinue}>{t('ui.continue')}</button>
    </div>
  );
}
