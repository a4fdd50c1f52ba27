/**
 * Runs `start` once the page's first screen has been painted: the callback of an animation frame runs just
 * before a paint, so one frame later that paint is done. What is not needed to show the first screen (the
 * questionnaire's code and content) then does not compete with it on a slow connection.
 */
export function afterFirstPaint(start: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(start));
}
