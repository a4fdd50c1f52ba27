/**
 * The on-screen numeric keypad of the postal code field: a borne has no keyboard. Each key writes into the field
 * and lets it search as if typed (an `input` event); « ⌫ » deletes the last digit, « Tout effacer » empties it.
 */
import type { TFunction } from 'i18next';

const MAX_DIGITS = 5;

/**
 * A touch or a click on a key leaves the focus in the field, as typing on a keyboard would: the field's list of
 * communes stays open (it closes when the field loses the focus). The keys still take the focus from the keyboard.
 */
const keepFocus = (event: MouseEvent) => event.preventDefault();

function write(id: string, change: (value: string) => string): void {
  const field = document.getElementById(id);
  if (!(field instanceof HTMLInputElement)) return;
  const next = change(field.value);
  // The native setter, so that the field's own input handler sees the new value.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, next);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function Keypad({ t, input }: { readonly t: TFunction; readonly input: string }) {
  const digit = (d: string) => (
    <button type="button" class="keypad__key" onMouseDown={keepFocus} onClick={() => write(input, (v) => (/^\d*$/.test(v) ? v : '').concat(d).slice(0, MAX_DIGITS))}>
      {d}
    </button>
  );
  return (
    <div class="keypad" role="group" aria-label={t('kiosk.keypad.label')}>
      {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(digit)}
      <button type="button" class="keypad__key keypad__key--wide" onMouseDown={keepFocus} onClick={() => write(input, () => '')}>
        {t('kiosk.keypad.clear')}
      </button>
      {digit('0')}
      <button type="button" class="keypad__key" aria-label={t('kiosk.keypad.delete')} onMouseDown={keepFocus} onClick={() => write(input, (v) => v.slice(0, -1))}>
        <span aria-hidden="true">⌫</span>
      </button>
    </div>
  );
}
