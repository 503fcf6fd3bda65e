import {
  Bool,
  Dictionary,
  Float64,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  type Data,
  type DataType,
  type Vector,
} from 'apache-arrow';

export type ColumnKind = 'float64' | 'int32' | 'bool' | 'utf8';

/** Text with few distinct values is dictionary-encoded; text with many (ids) is stored plain. */
export type TextDistinct = 'few' | 'many';

/**
 * Arrow columns built straight from typed arrays, with explicit validity bitmaps. No Arrow
 * builder is used: those generate code with `new Function`, which the atlas's
 * Content-Security-Policy forbids. Text arrives as strings or as UTF-8 bytes (left undecoded:
 * decoding a million ids to strings and encoding them again took a second and a half).
 */
export class ColumnBuilder {
  private readonly validity: Uint8Array;
  private nulls = 0;
  private readonly numbers: Float64Array | Int32Array | Uint8Array | null;
  private readonly indices: Int32Array | null;
  private readonly dictionary = new Map<string | Uint8Array, number>();
  private readonly plain: PlainText | null;

  constructor(
    readonly kind: ColumnKind,
    readonly length: number,
    distinct: TextDistinct = 'few',
  ) {
    this.validity = new Uint8Array(Math.ceil(length / 8));
    this.numbers =
      kind === 'float64'
        ? new Float64Array(length)
        : kind === 'int32'
          ? new Int32Array(length)
          : kind === 'bool'
            ? new Uint8Array(Math.ceil(length / 8))
            : null;
    const text = kind === 'utf8';
    this.plain = text && distinct === 'many' ? new PlainText(length) : null;
    this.indices = text && !this.plain ? new Int32Array(length) : null;
  }

  /** Sets one value; text columns stored plain take their values in row order. */
  set(index: number, value: unknown): void {
    if (
      value === null ||
      value === undefined ||
      (typeof value === 'number' && Number.isNaN(value))
    ) {
      this.nulls++;
      return;
    }
    this.validity[index >> 3]! |= 1 << (index & 7);
    switch (this.kind) {
      case 'float64':
      case 'int32':
        (this.numbers as Float64Array | Int32Array)[index] = Number(value);
        return;
      case 'bool':
        if (value === true || value === 'true')
          (this.numbers as Uint8Array)[index >> 3]! |= 1 << (index & 7);
        return;
      case 'utf8': {
        const text =
          value instanceof Uint8Array || typeof value === 'string'
            ? value
            : value instanceof Date
              ? value.toISOString().slice(0, 10)
              : String(value);
        if (this.plain) {
          this.plain.set(index, text);
          return;
        }
        // Bytes from a Parquet dictionary are one object per distinct value: keyed by identity.
        let code = this.dictionary.get(text);
        if (code === undefined) {
          code = this.dictionary.size;
          this.dictionary.set(text, code);
        }
        (this.indices as Int32Array)[index] = code;
      }
    }
  }

  /** The column as Arrow data; `id` must be unique among the dictionaries of one table. */
  finish(id: number): Data<DataType> {
    const common = {
      length: this.length,
      nullCount: this.nulls,
      ...(this.nulls > 0 ? { nullBitmap: this.validity } : {}),
    };
    switch (this.kind) {
      case 'float64':
        return makeData({ type: new Float64(), ...common, data: this.numbers as Float64Array });
      case 'int32':
        return makeData({ type: new Int32(), ...common, data: this.numbers as Int32Array });
      case 'bool':
        return makeData({ type: new Bool(), ...common, data: this.numbers as Uint8Array });
      case 'utf8': {
        if (this.plain) return makeData({ type: new Utf8(), ...common, ...this.plain.finish() });
        const values = [...this.dictionary.keys()];
        const text = new PlainText(values.length);
        values.forEach((v, i) => text.set(i, v));
        return makeData({
          type: new Dictionary(new Utf8(), new Int32(), id),
          ...common,
          data: this.indices as Int32Array,
          dictionary: makeVector(
            makeData({ type: new Utf8(), length: values.length, nullCount: 0, ...text.finish() }),
          ),
        });
      }
    }
  }
}

/** UTF-8 bytes and offsets of a text column, written in row order (a row not set is empty). */
class PlainText {
  private readonly offsets: Int32Array;
  private bytes: Uint8Array;
  private end = 0;
  private next = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly length: number) {
    this.offsets = new Int32Array(length + 1);
    this.bytes = new Uint8Array(Math.max(64, length * 8));
  }

  set(index: number, value: string | Uint8Array): void {
    if (index < this.next) throw new Error(`text column written out of order at row ${index}`);
    this.offsets.fill(this.end, this.next + 1, index + 1);
    const needed = this.end + (typeof value === 'string' ? value.length * 3 : value.length);
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.end));
      this.bytes = grown;
    }
    if (typeof value === 'string')
      this.end += this.encoder.encodeInto(value, this.bytes.subarray(this.end)).written;
    else {
      this.bytes.set(value, this.end);
      this.end += value.length;
    }
    this.offsets[index + 1] = this.end;
    this.next = index + 1;
  }

  finish(): { valueOffsets: Int32Array; data: Uint8Array } {
    this.offsets.fill(this.end, this.next + 1, this.length + 1);
    return { valueOffsets: this.offsets, data: this.bytes.subarray(0, this.end) };
  }
}

/** Columns of equal length as one Arrow IPC stream. */
export function columnsToIpc(columns: { name: string; builder: ColumnBuilder }[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  columns.forEach(({ name, builder }, i) => {
    vectors[name] = makeVector(builder.finish(i));
  });
  return tableToIPC(new Table(vectors), 'stream');
}
