import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(ROOT, 'tests/fixtures/small');

function check(mutate: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync(FIXTURE, dir, { recursive: true });
  mutate(dir);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(ROOT, 'data/scripts/build-data.ts'), '--check'],
    {
      cwd: ROOT,
      env: { ...process.env, ATLAS_DATA_DIR: dir },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const observations = (dir: string) => join(dir, 'observations', 'test.csv');
const replaceIn = (path: string, from: string, to: string) =>
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));

describe('npm run data:check', () => {
  it('passes on valid data', () => {
    const { status, output } = check(() => {});
    expect(output).toContain('data/ is valid');
    expect(status).toBe(0);
  });

  it('passes when every note of the atlas is in all six languages', () => {
    const { status, output } = check((d) => {
      replaceIn(
        observations(d),
        'convicted,male,count,90,,,exact,persons,,',
        'convicted,male,count,90,,,exact,persons,,A note.',
      );
      appendFileSync(
        join(d, 'texts.csv'),
        'A note.,Une note.,Eine Anmerkung.,Una nota.,Примечание.,Una nota.\n',
      );
    });
    expect(output).toContain('data/ is valid');
    expect(status).toBe(0);
  });

  it.each([
    [
      'an unknown code',
      (d: string) =>
        replaceIn(
          observations(d),
          'T-BEL-m,UNODC_GLOTIP,BEL,2020,2020,,offenders,human_trafficking,all,all,all,convicted',
          'T-BEL-m,UNODC_GLOTIP,BEL,2020,2020,,offenders,human_trafficking,all,all,all,jailed',
        ),
      'data/observations/test.csv, row 3, stage: unknown code (value: "jailed")',
    ],
    [
      'a missing source',
      (d: string) => replaceIn(observations(d), 'T-BEL-m,UNODC_GLOTIP', 'T-BEL-m,NOPE'),
      'row 3, source_id: no source with this id',
    ],
    [
      'a duplicate id',
      (d: string) => replaceIn(observations(d), 'T-BEL-m,', 'T-BEL-f,'),
      'duplicate obs_id',
    ],
    [
      'a note of the atlas without its translations',
      (d: string) =>
        replaceIn(
          observations(d),
          'convicted,male,count,90,,,exact,persons,,',
          'convicted,male,count,90,,,exact,persons,,A note.',
        ),
      'row 3, note: the atlas’s own words need a row in data/texts.csv with all six languages (value: "A note.")',
    ],
    [
      'a note of the atlas missing in one language',
      (d: string) => {
        replaceIn(
          observations(d),
          'convicted,male,count,90,,,exact,persons,,',
          'convicted,male,count,90,,,exact,persons,,A note.',
        );
        appendFileSync(
          join(d, 'texts.csv'),
          'A note.,Une note.,Eine Anmerkung.,Una nota.,,Una nota.\n',
        );
      },
      'data/texts.csv, row 5, ru',
    ],
    [
      'a note on a State without its translations',
      (d: string) =>
        replaceIn(
          join(d, 'countries.csv'),
          'true,western_europe,true,\n',
          'true,western_europe,true,A note on a State.\n',
        ),
      'countries.csv, row 2, note: the atlas’s own words need a row in data/texts.csv with all six languages (value: "A note on a State.")',
    ],
    [
      'a note on a region missing in one language',
      (d: string) => {
        const path = join(d, 'regions.csv');
        const [header = '', first = '', ...rest] = readFileSync(path, 'utf8').split('\n');
        writeFileSync(path, [header, `${first}A note on a region.`, ...rest].join('\n'));
        appendFileSync(
          join(d, 'texts.csv'),
          'A note on a region.,Une note.,Eine Anmerkung.,Una nota.,Примечание.,\n',
        );
      },
      'data/texts.csv, row 5, es',
    ],
    [
      'a note on a source without its translations',
      (d: string) =>
        replaceIn(
          join(d, 'sources.csv'),
          'research_report,,,\n',
          'research_report,,,Relayed by a blog.\n',
        ),
      'sources.csv, row 3, note: the atlas’s own words need a row in data/texts.csv with all six languages (value: "Relayed by a blog.")',
    ],
    [
      'a note on a source missing in one language',
      (d: string) => {
        replaceIn(
          join(d, 'sources.csv'),
          'research_report,,,\n',
          'research_report,,,Relayed by a blog.\n',
        );
        appendFileSync(
          join(d, 'texts.csv'),
          'Relayed by a blog.,Relayé par un blog.,Von einem Blog weitergegeben.,Ripreso da un blog.,,Difundido por un blog.\n',
        );
      },
      'data/texts.csv, row 5, ru',
    ],
    [
      'bad encoding',
      (d: string) =>
        writeFileSync(
          join(d, 'sources.csv'),
          Buffer.concat([
            readFileSync(join(d, 'sources.csv')),
            Buffer.from([0x4f, 0x2c, 0xe9, 0x0a]),
          ]),
        ),
      'not valid UTF-8',
    ],
  ])('fails with a row-precise message on %s', (_, mutate, message) => {
    const { status, output } = check(mutate);
    expect(status).toBe(1);
    expect(output).toContain(message);
    expect(output).toContain('nothing was written');
  });
});
