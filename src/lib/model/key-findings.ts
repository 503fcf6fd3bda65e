/**
 * The headline figures of the OSCE research and related sources, by observation id. The
 * "up to 40%" press framing (PRESS-UPTO40-MEMBERS) is deliberately not among them.
 */
export const KEY_FINDING_IDS = [
  'OSCE-ARRESTED-AVG20',
  'OSCE-SEE-THB-20-25',
  'BEL-2021-ARRESTED-PARTICIPATION',
  'SWE-ACTIVE-WOMEN',
  'SWE-LINKED-WOMEN',
  'EU27-2022-CONVICTED-WOMEN',
  'GLOTIP2022-STRUCTURED',
] as const;
