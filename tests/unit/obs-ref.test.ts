import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { observationCells, observationRow } from '../support/observation-row';
import { openNodeEngine } from '../../data/scripts/node-engine';
import { columnNames } from '../../src/lib/vocabulary/contract';
import { formatCsv } from '../../src/lib/io/csv';
import { readUserFile } from '../../src/lib/user-data/read-file';
import { stageAndCheck } from '../../src/lib/user-data/check-staged';
import { insertUserTables } from '../../src/lib/data/user-tables';
import { obsRefQuery } from '../../src/lib/data/queries/obs-ref';
import { listedRowsQuery } from '../../src/lib/data/queries/listed-rows';
import { sql } from '../../src/lib/data/sql';
import { OBS_REF_LIMIT, parseObsRef } from '../../src/lib/model/obs-ref';
import { observationCount } from '../../src/views/usage';

const columns = columnNames('observations');
/** `n` rows of one State, stage and year: women in rows 0, 2, 4…, men in the others. */
function districts(n: number, area: string): string[][] {
  return Array.from({ length: n }, (_, i) =>
    observationCells(
      observationRow({
        obs_id: `D${area}${i}`,
        source_id: 'USER_DATA',
        area,
        sex: i % 2 ? 'male' : 'female',
        value: '1',
        denominator: `district ${i}`,
      }),
    ),
  );
}

describe('aggregate rows over more than 1,000 observation rows', () => {
  it('carry a reference with the count, and its query lists exactly the rows summed', async () => {
    const node = await openNodeEngine(resolve(import.meta.dirname, '../../data'));
    try {
      const text = formatCsv(columns, [
        ...districts(2 * OBS_REF_LIMIT + 2, 'ALB'),
        ...districts(10, 'MKD'),
        ...districts(2 * OBS_REF_LIMIT, 'SRB'),
      ]);
      const read = await readUserFile({ name: 'd.csv', bytes: new TextEncoder().encode(text) });
      const { issues } = await stageAndCheck(
        node.engine,
        read,
        { sources: ['USER_DATA'], areas: ['ALB', 'MKD', 'SRB'] },
        () => {},
        new AbortController().signal,
      );
      expect(issues).toEqual([]);
      await node.engine.replaceTables((writer) =>
        insertUserTables(writer, { sources: null, label: 'mine' }),
      );
      const rows = await node.engine.query(
        sql`SELECT iso3, women, men, women_obs_ids, men_obs_ids FROM count_series WHERE source_id = 'user:USER_DATA' ORDER BY iso3`,
      );
      const [alb, mkd, srb] = rows;
      expect(alb?.women).toBe(OBS_REF_LIMIT + 1);
      expect(alb?.women_obs_ids).toBe(
        `@${OBS_REF_LIMIT + 1}/count_series/user:USER_DATA/ALB/human_trafficking/convicted/2020/female`,
      );
      const listed = await node.engine.query(obsRefQuery(String(alb?.women_obs_ids)));
      expect(listed).toHaveLength(OBS_REF_LIMIT + 1);
      expect(listed.every((r) => /^user:DALB\d*[02468]$/.test(String(r.obs_id)))).toBe(true);
      // Below the limit the ids themselves, as before.
      expect(String(mkd?.women_obs_ids).split(' ')).toHaveLength(5);
      // At the limit itself, still the ids.
      expect(srb?.women).toBe(OBS_REF_LIMIT);
      expect(String(srb?.women_obs_ids).split(' ')).toHaveLength(OBS_REF_LIMIT);
      const [small] = await node.engine.query(
        sql`SELECT obs_ids FROM coverage WHERE iso3 = 'MKD' AND market = 'human_trafficking' AND stage = 'convicted' AND year = 2020`,
      );
      // The cell lists the user's rows beside the bundled ones of the same State and year.
      const ids = String(small?.obs_ids).split(' ');
      expect(ids.filter((id) => id.startsWith('user:')).sort()).toEqual(
        Array.from({ length: 10 }, (_, i) => `user:DMKD${i}`).sort(),
      );
      expect(ids).toEqual([...ids].sort());

      const [coverage] = await node.engine.query(
        sql`SELECT obs_ids FROM coverage WHERE iso3 = 'ALB' AND market = 'human_trafficking' AND stage = 'convicted' AND year = 2020`,
      );
      const reference = String(coverage?.obs_ids);
      expect(parseObsRef(reference)?.table).toBe('coverage');
      const behind = await node.engine.query(obsRefQuery(reference));
      expect(behind).toHaveLength(parseObsRef(reference)?.count ?? -1);
      expect(behind.length).toBeGreaterThanOrEqual(2 * OBS_REF_LIMIT + 2);

      // Listing the rows in view: ids and references together, each row once, in id order.
      const inView = [String(alb?.women_obs_ids), 'user:DMKD0', 'user:DMKD3', 'user:DMKD0'];
      const listedInView = await node.engine.query(listedRowsQuery(inView));
      const expected = [...listed.map((r) => String(r.obs_id)), 'user:DMKD0', 'user:DMKD3'].sort();
      expect(listedInView.map((r) => String(r.obs_id))).toEqual(expected);
      expect(Object.keys(listedInView[0] ?? {})).toEqual(expect.arrayContaining(columns));
      // Two references that overlap: the coverage cell holds the women's rows too.
      const overlapping = await node.engine.query(
        listedRowsQuery([String(alb?.women_obs_ids), reference]),
      );
      expect(overlapping).toHaveLength(behind.length);
      // An id no row has lists nothing, and a quote in it stays a value.
      expect(await node.engine.query(listedRowsQuery(["x' OR '1'='1"]))).toEqual([]);
    } finally {
      node.close();
    }
  }, 120000);

  it('are counted as a floor, said "at least", when references stand for rows', () => {
    expect(observationCount(new Map([['S1', ['a', 'b']]]))).toEqual({ n: 2, atLeast: false });
    const usage = new Map([
      [
        'S1',
        [
          '@1500/count_series/S1/ALB/m/convicted/2020/female',
          '@1200/count_series/S1/ALB/m/convicted/2020/male',
        ],
      ],
      ['S2', ['@2000/coverage/ALB/m/convicted/2020', 'x1']],
    ]);
    expect(observationCount(usage)).toEqual({ n: 2700, atLeast: true });
    expect(() => obsRefQuery('S1')).toThrow(/not an observation reference/);
  });
});
