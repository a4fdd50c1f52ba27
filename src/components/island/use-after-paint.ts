/**
 * False on a screen's first render, true once that render has been painted (the next frame, then a task): a long
 * screen shows its top at once and the rest right after, instead of making the tap wait for all of it. In a tab
 * that is not shown, frames wait until it is.
 */
import { useEffect, useState } from 'preact/hooks';

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
