/**
 * QR codes for the borne (lean-qr): the outline of the dark modules as one SVG path, in module units, with its
 * size. Used by the borne's pages at build time and by its island in the browser (loaded only at the borne).
 * Correction level M: still read when a corner is worn or in a glare, and small enough for a phone at 40 cm.
 */
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

export interface QrShape {
  /** Modules per side (without the quiet zone). */
  readonly size: number;
  /** The `d` of a path drawing the dark modules, in module units. */
  readonly path: string;
}

/** The quiet zone around a code, in modules (the standard asks for 4). */
export const QUIET_ZONE = 4;

export function qrShape(text: string): QrShape {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { size: code.size, path: toSvgPath(code) };
}

/** The address as written under a code: without `https://`, `mailto:` or a trailing slash. */
export function writtenAddress(href: string): string {
  return href.replace(/^(?:https?:\/\/|mailto:)/, '').replace(/\/$/, '');
}
