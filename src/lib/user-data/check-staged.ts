import type { Engine } from '../data/engine';
import {
  decimalCommaCountSql,
  dropStagedSql,
  fixDecimalCommasSql,
  observationRules,
  RULE_ROWS,
  stageObservationsSql,
  type RuleHit,
} from '../data/user-rules';
import { localText as lt, type LocalText } from '../i18n/local-text';
import type { ValidationIssue } from '../validation/issue';
import type { ReadUserFile } from './read-file';
import { ReadCancelled } from './read-off-thread';

const STAGING_FILE = 'user_staging.csv';

export interface StagedCheck {
  issues: ValidationIssue[];
  notices: LocalText[];
}

/**
 * Loads a scanned observations file into the engine's staging table and checks it, one SQL
 * query per rule; each rule lists its first rows (with their lines in the file) and counts
 * the rest. The staging table stays for `insertUserTables` when nothing is wrong.
 */
export async function stageAndCheck(
  engine: Engine,
  read: ReadUserFile,
  known: { sources: readonly string[]; areas: readonly string[] },
  onRule: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<StagedCheck> {
  const rules = observationRules(known);
  const lineOf = (rec: number) => read.lines[rec] ?? 0;
  const context = { file: read.name, lineOf };
  return engine.scratch(async (writer) => {
    if (!writer.registerFile) throw new Error('this engine cannot read files');
    const notices: LocalText[] = [];
    const issues: ValidationIssue[] = [];
    try {
      await writer.registerFile(STAGING_FILE, read.csv);
      try {
        await writer.exec(stageObservationsSql(STAGING_FILE, read.header, read.delimiter));
      } finally {
        await writer.dropFile?.(STAGING_FILE);
      }
      if (read.delimiter === ';') {
        const [row] = await writer.query(decimalCommaCountSql());
        const n = Number(Object.values(row ?? {})[0] ?? 0);
        if (n > 0) {
          notices.push({ ...lt('file_decimal_commas', { n }), file: read.name });
          await writer.exec(fixDecimalCommasSql());
        }
      }
      for (const [index, rule] of rules.entries()) {
        if (signal.aborted) throw new ReadCancelled();
        onRule(index + 1, rules.length);
        const hits = (await writer.query(rule.query)) as unknown as RuleHit[];
        for (const hit of hits)
          issues.push({
            severity: 'error',
            file: read.name,
            line: lineOf(Number(hit.rec)),
            column: rule.column,
            value: hit.value === null || hit.value === undefined ? '' : String(hit.value),
            message: rule.message(hit, context),
            allowed: typeof rule.allowed === 'function' ? rule.allowed(hit) : rule.allowed,
          });
        const last = hits[hits.length - 1];
        const total = Number(last?.total ?? 0);
        if (last && total > hits.length)
          issues.push({
            severity: 'error',
            file: read.name,
            line: lineOf(Number(last.rec)),
            column: rule.column,
            value: null,
            message: lt('issue_more_rows', {
              n: total - hits.length,
              column: rule.column,
              shown: RULE_ROWS,
            }),
            allowed: null,
          });
      }
      return { issues, notices };
    } catch (error) {
      await writer.exec(dropStagedSql()).catch(() => undefined);
      throw error;
    }
  });
}
