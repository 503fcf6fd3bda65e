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

/**
 * Arrow columns built straight from typed arrays, with explicit validity bitmaps. No Arrow
 * builder is used: those generate code with `new Function`, which the atlas's
 * Content-Security-Policy forbids. Text columns are dictionary-encoded (each distinct value
 * stored once), which keeps a million rows of repeated codes small.
 */
export class ColumnBuilder {
  private readonly validity: Uint8Array;
  private nulls = 0;
  private readonly numbers: Float64Array | Int32Array | Uint8Array | null;
  private readonly indices: Int32Array | null;
  private readonly dictionary = new Map<string, number>();

  constructor(
    readonly kind: ColumnKind,
    readonly length: number,
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
    this.indices = kind === 'utf8' ? new Int32Array(length) : null;
  }

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
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
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
      case 'utf8':
        return makeData({
          type: new Dictionary(new Utf8(), new Int32(), id),
          ...common,
          data: this.indices as Int32Array,
          dictionary: utf8Vector([...this.dictionary.keys()]),
        });
    }
  }
}

/** A plain Utf8 vector of distinct strings: offsets and UTF-8 bytes written directly. */
function utf8Vector(strings: string[]): Vector<Utf8> {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(strings.length + 1);
  let bytes = new Uint8Array(Math.max(16, strings.length * 12));
  let end = 0;
  strings.forEach((s, i) => {
    const needed = end + s.length * 3;
    if (needed > bytes.length) {
      const grown = new Uint8Array(Math.max(needed, bytes.length * 2));
      grown.set(bytes.subarray(0, end));
      bytes = grown;
    }
    end += encoder.encodeInto(s, bytes.subarray(end)).written;
    offsets[i + 1] = end;
  });
  return makeVector(
    makeData({
      type: new Utf8(),
      length: strings.length,
      nullCount: 0,
      valueOffsets: offsets,
      data: bytes.subarray(0, end),
    }),
  );
}

/** Columns of equal length as one Arrow IPC stream. */
export function columnsToIpc(columns: { name: string; builder: ColumnBuilder }[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  columns.forEach(({ name, builder }, i) => {
    vectors[name] = makeVector(builder.finish(i));
  });
  return tableToIPC(new Table(vectors), 'stream');
}
