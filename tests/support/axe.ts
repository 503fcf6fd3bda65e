import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * Every axe-core violation on the page as it is now, of any impact, one line each:
 * `rule (impact): first targets`. axe is evaluated through the DevTools protocol (an injected
 * <script> would break the page's CSP), once per document.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE_SOURCE}\n;0`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    // Every rule, but only violations are detailed: passes on thousands of nodes cost time.
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}
