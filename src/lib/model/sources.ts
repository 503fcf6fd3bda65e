/**
 * The sources the atlas knows by name, and which of them draws the per-State counts by sex.
 *
 * An importer of a new source of per-State counts adds its id here, in COUNT_SOURCE_IDS and in
 * countSourceFor (see src/views/README.md, "A source of per-State counts").
 */

/** UNODC Global Report on Trafficking in Persons: counts by sex, trafficking in persons. */
export const UNODC_SOURCE_ID = 'UNODC_GLOTIP';
/** UNODC World Drug Report: counts by sex, drug-trafficking offences. */
export const WDR_SOURCE_ID = 'UNODC_WDR_DRUGS';
/** GI-TOC Global Organized Crime Index: market scores, no counts. */
export const GITOC_SOURCE_ID = 'GITOC_OCINDEX';
/** The edition of the GI-TOC index the atlas draws. */
export const GITOC_EDITION = 2023;

/** The bundled sources of per-State counts by sex; the published-figure views leave them out. */
export const COUNT_SOURCE_IDS: readonly string[] = [UNODC_SOURCE_ID, WDR_SOURCE_ID];

/**
 * The bundled source of per-State counts by sex for a market; a user's own counts, loaded to be
 * shown alone, replace them for every market.
 */
export function countSourceFor(market: string, override: string | null): string {
  if (override) return override;
  return market.startsWith('drug_') ? WDR_SOURCE_ID : UNODC_SOURCE_ID;
}

/**
 * The offences each drawn from one bundled source of counts: trafficking in persons (UNODC GLOTIP)
 * and drug trafficking, all drugs (UNODC WDR). The markets view, a State's profile and the
 * data-gaps view show these two.
 */
export const COUNT_OFFENCES = ['human_trafficking', 'drug_trafficking'] as const;
