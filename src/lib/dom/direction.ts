/**
 * Writing direction as an attachment: `<div {@attach direction(() => s.dir)}>`.
 *
 * Svelte re-assigns a `dir` attribute written in markup every time anything else in the same template
 * updates (a workaround for Chromium not re-running bidi on text changes under `dir="auto"`). On a
 * container that re-assignment restyles its whole subtree — the entire explore screen on every filter
 * change. Our containers never use `dir="auto"`, so the attachment writes `dir` only when it changes.
 */
export function direction(dir: () => 'ltr' | 'rtl'): (element: HTMLElement) => void {
  return (element) => {
    const next = dir();
    if (element.dir !== next) element.dir = next;
  };
}
