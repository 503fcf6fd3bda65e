import { renderText, type LocalText } from '../i18n/local-text';
import type { Translate } from '../i18n';
import type { TableName } from '../vocabulary/contract';

/** One problem found in a data file: where it is, what is wrong, and what is allowed. */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  column: string | null;
  value: string | null;
  message: LocalText;
  allowed: LocalText | null;
}

/** Records an error at a cell of a file. */
export function issue(
  issues: ValidationIssue[],
  file: string,
  line: number,
  column: string,
  value: string,
  message: LocalText,
  allowed: LocalText | null = null,
) {
  issues.push({ severity: 'error', file, line, column, value, message, allowed });
}

/** One problem as a line of text in the reader's language: severity, file, row and column, what is wrong, what is allowed. */
export function formatIssue(issue: ValidationIssue, t: Translate): string {
  const where = [
    issue.file,
    issue.line !== null ? t('issueRow', { line: issue.line }) : null,
    issue.column,
  ]
    .filter(Boolean)
    .join(', ');
  return t('issueLine', {
    severity: t(issue.severity === 'error' ? 'issueError' : 'issueWarning'),
    where,
    message: renderText(issue.message, t),
    value: issue.value !== null ? t('issueValue', { value: issue.value }) : '',
    allowed: issue.allowed ? t('issueAllowed', { allowed: renderText(issue.allowed, t) }) : '',
  });
}

/** A table read from its file: each row with the line it starts on. */
export interface ValidatedTable {
  file: string;
  table: TableName;
  rows: { line: number; row: Record<string, string> }[];
}
