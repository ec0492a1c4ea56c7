/**
 * The timeline widget — vis-timeline with moment and hammer.js, the largest code the app has — is a chunk of
 * its own, so that the app's shell, data loading, filters, graph and table start without waiting for it. The
 * app asks for it at start-up, while the data is fetched and validated, and the timeline draws once both are
 * in; asking again returns the same promise.
 */
let widget: Promise<typeof import('../components/Timeline.svelte')> | undefined;

export function timelineWidget(): Promise<typeof import('../components/Timeline.svelte')> {
  widget ??= import('../components/Timeline.svelte');
  return widget;
}
