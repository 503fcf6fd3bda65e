import type { Stage } from '../vocabulary/codes';

/**
 * The offender stages with per-State counts by sex: the stage filter's choices, the count series
 * and the pipeline's offender stages, in the order of the justice process.
 */
export const COUNT_STAGES = [
  'formal_contact',
  'prosecuted',
  'convicted',
] as const satisfies readonly Stage[];
export type CountStage = (typeof COUNT_STAGES)[number];
