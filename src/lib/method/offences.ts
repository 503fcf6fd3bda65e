import { COUNT_MARKETS } from '../vocabulary/codes';
import { COUNT_STAGES } from '../model/stages';

/** The stages at which each offence with per-State counts by sex is published. */
const STAGES_OF: Record<string, readonly string[]> = {
  human_trafficking: COUNT_STAGES,
};
const DRUG_STAGES = ['formal_contact'] as const;

export function hasCounts(market: string): boolean {
  return (COUNT_MARKETS as readonly string[]).includes(market);
}

export function isDrugTrafficking(market: string): boolean {
  return market.startsWith('drug_trafficking');
}

export function stagesWithCounts(market: string): readonly string[] {
  return STAGES_OF[market] ?? (isDrugTrafficking(market) ? DRUG_STAGES : []);
}

/**
 * The stage a count series is drawn at: the chosen one when the offence is published at it,
 * otherwise the only stage published (drug-trafficking offences: formal contact), which the
 * figure then names.
 */
export function effectiveStage(market: string, stage: string): string {
  const stages = stagesWithCounts(market);
  return stages.includes(stage) ? stage : (stages[0] ?? stage);
}
