import { readUserFile } from './read-file';
import { LocalError } from '../i18n/local-text';
import type { ReaderReply } from './read-off-thread';

const post = (reply: ReaderReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<{ name: string; content: Blob }>) => {
  try {
    const { name, content } = event.data;
    const bytes = new Uint8Array(await content.arrayBuffer());
    const read = await readUserFile({ name, bytes }, (fraction) =>
      post({ kind: 'progress', fraction }),
    );
    post({ kind: 'done', read }, [read.lines.buffer]);
  } catch (error) {
    post(
      error instanceof LocalError
        ? { kind: 'refused', text: error.text }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
    );
  }
};
