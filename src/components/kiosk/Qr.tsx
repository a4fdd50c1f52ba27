/** A QR code as an SVG image (`role="img"` with its name), black on white with its quiet zone. */
import { QUIET_ZONE, qrShape } from '../../kiosk/qr.ts';

export function Qr({ text, label, class: className }: { readonly text: string; readonly label: string; readonly class?: string }) {
  const { size, path } = qrShape(text);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      class={className ? `qr ${className}` : 'qr'}
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shape-rendering="crispEdges"
      data-qr={text}
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
