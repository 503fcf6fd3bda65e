import { SQL_IDENTIFIER_ALLOW_LIST } from '../vocabulary/contract';

export type SqlParam = string | number | boolean | null;

export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlParam[];
}

/** A piece of SQL text that is not a value: an allow-listed name or a type from the contract. */
class Inlined {
  constructor(readonly text: string) {}
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const SQL_TYPES = new Set(['VARCHAR', 'INTEGER', 'DOUBLE', 'BOOLEAN']);

/** An identifier reaches SQL only if the data contract knows it. */
export function identifier(
  name: string,
  allowList: ReadonlySet<string> = SQL_IDENTIFIER_ALLOW_LIST,
): Inlined {
  if (!allowList.has(name) || !IDENTIFIER.test(name)) {
    throw new Error(`identifier not allowed in SQL: ${JSON.stringify(name)}`);
  }
  return new Inlined(`"${name}"`);
}

/** A `columns = {...}` argument for read_csv, from allow-listed names and contract types only. */
export function columnTypes(columns: readonly { name: string; sqlType: string }[]): Inlined {
  const parts = columns.map((c) => {
    identifier(c.name);
    if (!SQL_TYPES.has(c.sqlType)) throw new Error(`SQL type not allowed: ${c.sqlType}`);
    return `'${c.name}': '${c.sqlType}'`;
  });
  return new Inlined(`{${parts.join(', ')}}`);
}

/**
 * An ENUM type of a vocabulary's codes, for tables that must be small (the benchmark's 10M
 * rows); codes come from the contract's vocabularies and are checked to be plain codes.
 */
export function enumType(codes: readonly string[]): Inlined {
  if (codes.length === 0 || !codes.every((c) => /^[A-Za-z0-9_ ]+$/.test(c)))
    throw new Error(`codes not allowed in an ENUM type: ${JSON.stringify(codes)}`);
  return new Inlined(`ENUM(${codes.map((c) => `'${c}'`).join(', ')})`);
}

/** Tagged template: interpolated values become `?` placeholders; identifiers are inlined. */
export function sql(
  strings: TemplateStringsArray,
  ...values: (SqlParam | Inlined | SqlQuery)[]
): SqlQuery {
  let text = strings[0] ?? '';
  const params: SqlParam[] = [];
  values.forEach((value, index) => {
    if (value instanceof Inlined) text += value.text;
    else if (value !== null && typeof value === 'object') {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1] ?? '';
  });
  return { text, params };
}

export function joinSql(parts: SqlQuery[], separator: string): SqlQuery {
  return {
    text: parts.map((p) => p.text).join(separator),
    params: parts.flatMap((p) => p.params),
  };
}

/** A stable key for a query: equal keys give equal results on the same tables. */
export function queryKey(query: SqlQuery): string {
  return JSON.stringify([query.text, query.params]);
}
