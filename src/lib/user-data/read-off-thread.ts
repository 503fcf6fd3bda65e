import { readUserFile, type ReadUserFile } from './read-file';
import { UserFileError } from './decode-file';
import type { LocalText } from '../i18n/local-text';

export type ReaderReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; read: ReadUserFile }
  | { kind: 'refused'; text: LocalText }
  | { kind: 'failed'; message: string };

/** The user stopped the reading; nothing of the file was kept. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * Reads a user's file in a worker, so that a large file never freezes the page; cancelling
 * ends the worker. Where there are no workers (Node tests), the same code runs in place.
 */
export async function readOffThread(
  file: { name: string; content: Blob },
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<ReadUserFile> {
  if (signal.aborted) throw new ReadCancelled();
  if (typeof Worker === 'undefined')
    return readUserFile(
      { name: file.name, bytes: new Uint8Array(await file.content.arrayBuffer()) },
      onProgress,
    );
  const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ReadUserFile>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new ReadCancelled()), { once: true });
    worker.onmessage = (event: MessageEvent<ReaderReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.fraction);
      else if (reply.kind === 'done') resolve(reply.read);
      else if (reply.kind === 'refused') reject(new UserFileError(reply.text));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the file reader stopped'));
    worker.postMessage(file);
  }).finally(() => worker.terminate());
}
