/**
 * A polite status message (`role="status"`) said a moment after the last change, so that typing fast does not
 * make a screen reader read every intermediate count.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export const STATUS_DELAY_MS = 400;

export function usePoliteStatus(): [status: string, announce: (message: string) => void] {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const announce = (message: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(message), STATUS_DELAY_MS);
  };
  return [status, announce];
}
