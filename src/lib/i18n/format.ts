/**
 * Message formatting: `{name}` is replaced by a parameter; `{name, plural, one {…} other {…}}`
 * picks the branch for the number by the language's plural rules (Intl.PluralRules: one, few,
 * many, other…), and `#` inside a branch is the number written for the locale.
 */
export type MessageParams = Record<string, string | number>;

function findClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const key = body.slice(i, open).trim();
    const close = findClose(body, open);
    if (close < 0) break;
    branches.set(key, body.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRule(locale: string, value: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

export function formatMessage(
  template: string,
  params: MessageParams,
  locale: string,
  number: (n: number) => string,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = findClose(template, open);
    if (close < 0) {
      out += template.slice(open);
      break;
    }
    const inner = template.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,(.*)$/s.exec(inner);
    if (plural) {
      const [, name = '', body = ''] = plural;
      const value = Number(params[name] ?? 0);
      const branches = pluralBranches(body);
      const rule = pluralRule(locale, value);
      const branch = branches.get(`=${value}`) ?? branches.get(rule) ?? branches.get('other') ?? '';
      out += formatMessage(branch, params, locale, number).replace(/#/g, number(value));
    } else {
      const name = inner.trim();
      out += name in params ? String(params[name]) : `{${name}}`;
    }
    i = close + 1;
  }
  return out;
}
