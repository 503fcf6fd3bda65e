import { readUserFile } from './read-file';
import { LocalError } from '../i18n/local-text';
import type { ReaderReply } from './read-off-thread';

const post = (reply: ReaderReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<{ name: string; bytes: Uint8Array }>) => {
  try {
    const read = await readUserFile(event.data, (fraction) => post({ kind: 'progress', fraction }));
    post({ kind: 'done', read }, [read.utf8.buffer as ArrayBuffer, read.lines.buffer]);
  } catch (error) {
    post(
      error instanceof LocalError
        ? { kind: 'refused', text: error.text }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
    );
  }
};
