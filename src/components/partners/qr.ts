/**
 * QR codes of a link, as SVG (lean-qr, STACK.md): drawn on the server for the page without JavaScript and in the
 * browser by the link builder only (never on the questionnaire). No request: everything is computed here.
 */
import { correction, generate } from 'lean-qr';
import { toSvgDataURL, toSvgPath } from 'lean-qr/extras/svg';

/** Quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
export const QR_PAD = 4;

export interface Qr {
  /** The SVG viewBox: the modules from (0, 0), with the quiet zone around them. */
  readonly viewBox: string;
  /** The `d` of one path drawing the dark modules, in module units. */
  readonly path: string;
  /** A standalone SVG file of the code, as a data: URL (for « Télécharger »). */
  readonly file: string;
}

export function qrOf(text: string): Qr {
  // Medium correction: readable when printed and a little worn, still small for a long link.
  const code = generate(text, { minCorrectionLevel: correction.M });
  return {
    viewBox: `${-QR_PAD} ${-QR_PAD} ${code.size + 2 * QR_PAD} ${code.size + 2 * QR_PAD}`,
    path: toSvgPath(code),
    file: toSvgDataURL(code, { pad: QR_PAD, scale: 10, on: 'black', off: 'white' }),
  };
}
