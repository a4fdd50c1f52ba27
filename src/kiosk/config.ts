/**
 * The borne's settings (src/content/borne.json), validated by zod when a kiosk page is built: a value out of range
 * stops `npm run build` with the file, the setting and the allowed range. Pure (no DOM).
 *
 * - `inactivitySeconds`: how long nobody touches the screen before « Vous êtes toujours là ? » (30 s to 10 min).
 * - `warningSeconds`: how long that question counts down before everything is wiped (20 s to 2 min; WCAG 2.2.1
 *   asks for at least 20 s to say « I am still here »).
 * - `language`: the language the borne comes back to after a reset (its start screen: `/borne/`, `/en/borne/`…).
 * - `paper`: the ticket's printer: `80mm` (receipt printer, one ticket as long as its content) or `A4`.
 */
import { z } from 'zod';
import { ContentError, formatIssues } from '../domain/problems.ts';
import { locales } from '../i18n/routes.ts';

export const INACTIVITY_MIN_SECONDS = 30;
export const INACTIVITY_MAX_SECONDS = 600;
export const WARNING_MIN_SECONDS = 20;
export const WARNING_MAX_SECONDS = 120;

const seconds = (name: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `${name} must be a number of seconds` })
    .int({ error: `${name} must be a whole number of seconds` })
    .min(min, { error: `${name} must be at least ${min} seconds (${unit}), got a smaller value` })
    .max(max, { error: `${name} must be at most ${max} seconds (${unit}), got a larger value` });

export const BorneConfigSchema = z.strictObject({
  /** Seconds without a touch before « Vous êtes toujours là ? ». */
  inactivitySeconds: seconds('inactivitySeconds', INACTIVITY_MIN_SECONDS, INACTIVITY_MAX_SECONDS, 'between 30 s and 10 min'),
  /** Seconds that question counts down before everything is wiped. */
  warningSeconds: seconds('warningSeconds', WARNING_MIN_SECONDS, WARNING_MAX_SECONDS, 'between 20 s and 2 min'),
  /** The language the borne comes back to after a reset. */
  language: z.enum(locales, { error: `language must be one of ${locales.join(', ')}` }),
  /** The ticket's printer: a receipt printer (`80mm`) or `A4`. */
  paper: z.enum(['80mm', 'A4'], { error: 'paper must be "80mm" or "A4"' }),
});

export type BorneConfig = z.infer<typeof BorneConfigSchema>;

/** The settings, or a ContentError naming the file, each wrong setting and its allowed range. */
export function parseBorneConfig(raw: unknown, file = 'src/content/borne.json'): BorneConfig {
  const parsed = BorneConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ContentError(formatIssues(file, parsed.error));
}
