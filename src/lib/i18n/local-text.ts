import type { MessageKey, Translate } from './index';

export type LocalParams = Record<string, string | number | LocalText>;

/** A user-facing text written in the reader's language only when shown: a catalogue key and its parameters. */
export interface LocalText {
  key: MessageKey;
  params?: LocalParams;
  /** The user's file the text is about, put in front of it. */
  file?: string;
}

export function localText(key: MessageKey, params?: LocalParams): LocalText {
  return params ? { key, params } : { key };
}

/** An error whose message is a LocalText, so that the page can show it in the reader's language. */
export class LocalError extends Error {
  constructor(readonly text: LocalText) {
    super(text.key);
  }
}

export function renderText(value: LocalText | string, t: Translate): string {
  if (typeof value === 'string') return value;
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(value.params ?? {}))
    params[name] = typeof param === 'object' ? renderText(param, t) : param;
  const body = t(value.key, params);
  return value.file ? t('inFile', { file: value.file, text: body }) : body;
}

/** An error as the reader should see it: ours in their language, anything else as it came. */
export function errorText(error: unknown): LocalText | string {
  if (error instanceof LocalError) return error.text;
  return error instanceof Error ? error.message : String(error);
}
