/**
 * How far a long validation has got, reported to whoever runs it (a worker forwards it to the progress bar).
 * Reports are coarse — once per file and once per thousand records — so that reporting never costs more
 * than the work it reports on.
 */
export interface ProgressStep {
  /**
   * Parsing a file's JSON; checking each record against the schema; checking records against each other; and,
   * once the files are found clean, the page reading the events it was sent (`data-client.ts`).
   */
  readonly phase: 'parse' | 'records' | 'checks' | 'prepare';
  /**
   * Units done in this phase: files for `parse`, parts of the events file for `prepare`, records otherwise — or,
   * for events read a part at a time (`validate-in-parts.ts`), bytes of their file.
   */
  readonly done: number;
  /** Units in this phase. */
  readonly total: number;
}

export type ProgressReporter = (step: ProgressStep) => void;

/** How many records pass between two reports. */
export const PROGRESS_EVERY = 1000;
