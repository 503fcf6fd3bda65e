import { SQL_IDENTIFIER_ALLOW_LIST } from '../vocabulary/contract';

export type SqlParam = string | number | boolean | null;

export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlParam[];
}

class Identifier {
  constructor(readonly quoted: string) {}
}

/** An identifier reaches SQL only if the data contract knows it. */
export function identifier(
  name: string,
  allowList: ReadonlySet<string> = SQL_IDENTIFIER_ALLOW_LIST,
): Identifier {
  if (!allowList.has(name) || !/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`identifier not allowed in SQL: ${JSON.stringify(name)}`);
  }
  return new Identifier(`"${name}"`);
}

/** Tagged template: interpolated values become `?` placeholders; identifiers are inlined. */
export function sql(
  strings: TemplateStringsArray,
  ...values: (SqlParam | Identifier | SqlQuery)[]
): SqlQuery {
  let text = strings[0] ?? '';
  const params: SqlParam[] = [];
  values.forEach((value, index) => {
    if (value instanceof Identifier) text += value.quoted;
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
