/**
 * One IndexedDB transaction as a promise. The steps run in request callbacks rather than after `await`, because a
 * transaction commits as soon as no request is pending, and an awaited promise may resume after that.
 */
import { StorageError, toStorageError } from './storage-error.ts';

/** What the body of a transaction can do. */
export interface TransactionSteps<T> {
  /** The named object store of this transaction. */
  store(name: string): IDBObjectStore;
  /** Calls `next` with the request's result; if `next` throws, the transaction is aborted with that error. */
  then<R>(request: IDBRequest<R>, next: (result: R) => void): void;
  /** Sets what the promise resolves with once the transaction has committed. */
  finish(value: T): void;
}

/**
 * Runs `body` in one transaction over `stores` and resolves with what it finished with, after the commit. Any
 * failure (thrown, reported by a request, or an abort) rejects with a StorageError that names `action`.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: readonly string[],
  mode: IDBTransactionMode,
  action: string,
  body: (steps: TransactionSteps<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      reject(toStorageError(error, action));
      return;
    }
    let outcome: { readonly value: T } | undefined;
    // The first error thrown by a step; the abort it causes would otherwise be reported as a plain AbortError.
    let failure: unknown;
    const guarded = (step: () => void): void => {
      try {
        step();
      } catch (error) {
        failure ??= error;
        try {
          tx.abort();
        } catch {
          // The transaction has already finished or is aborting; its own handlers report the outcome.
        }
      }
    };
    tx.oncomplete = () => {
      if (outcome === undefined) reject(new StorageError('storage-failed', `${action} (no result was produced)`));
      else resolve(outcome.value);
    };
    tx.onabort = () => reject(toStorageError(failure ?? tx.error ?? new DOMException('aborted', 'AbortError'), action));
    guarded(() =>
      body({
        store: (name) => tx.objectStore(name),
        then: (request, next) => {
          request.onsuccess = () => guarded(() => next(request.result));
        },
        finish: (value) => {
          outcome = { value };
        },
      }),
    );
  });
}
