import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openTools } from '../support/atlas-page';
import { columnNames } from '../../src/lib/vocabulary/contract';

const atlas = useBuiltAtlas();

const HEADER = columnNames('observations').join(',');
const row = (id: string, area: string, sex: string, value: string, year = '2020', group = '') =>
  [
    id,
    'USER_DATA',
    area,
    year,
    year,
    '',
    'offenders',
    'human_trafficking',
    'all',
    'all',
    'all',
    'convicted',
    sex,
    'count',
    value,
    '',
    '',
    'exact',
    'persons',
    group,
    '',
  ].join(',');
const repeat9000 = () => 'note '.repeat(1800);
const VALID = `${HEADER}\n${row('U1', 'ALB', 'female', '3')}\n${row('U2', 'ALB', 'male', '9')}\n${row('U3', 'MKD', 'female', '4')}\n${row('U4', 'MKD', 'male', '6')}\n`;

async function open(query = '?year=2020'): Promise<{ page: Page; outside: string[] }> {
  const page = await atlas.browser.newPage({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
  });
  const outside: string[] = [];
  const origin = new URL(atlas.server.url).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      outside.push(r.url());
  });
  await page.goto(`${atlas.server.url}${query}`);
  await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
  await openTools(page);
  await page.locator('[data-testid="user-data"] summary').click();
  return { page, outside };
}

const upload = (page: Page, name: string, content: string | Buffer) =>
  page.setInputFiles('[data-testid="user-files"]', {
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });

describe('bring your own study data', () => {
  it('loads a valid file locally, shows it labelled as the user’s, and forgets it', async () => {
    const { page, outside } = await open();
    await upload(page, 'mine.csv', VALID);
    await page.waitForSelector('[data-testid="user-valid"]');
    await page.fill('[data-testid="user-label"]', 'Ministry test data');
    await page.locator('[data-testid="user-load"]').click();
    await page.waitForSelector('[data-testid="user-loaded"]');
    await expect
      .poll(() =>
        page
          .locator('[data-figure="share-by-state"] text[data-iso3]')
          .evaluateAll((els) =>
            els.map((e) => [
              e.getAttribute('data-iso3'),
              e.textContent,
              e.getAttribute('data-obs-id'),
            ]),
          ),
      )
      .toEqual([
        ['MKD', '40.0% (16–69%) · 4 of 10', 'user:U3 user:U4'],
        ['ALB', '25.0% (8–54%) · 3 of 12', 'user:U1 user:U2'],
      ]);
    expect(await page.locator('svg[data-figure="share-by-state"]').textContent()).toContain(
      'Source: Ministry test data',
    );
    expect(
      await page.locator('#sources [data-source-id="user:USER_DATA"]').textContent(),
    ).toContain('Your own data');
    expect(outside).toEqual([]);
    // A second file replaces the first at once, under its own label, in every view.
    const second = `${HEADER}\n${row('V1', 'SRB', 'female', '6')}\n${row('V2', 'SRB', 'male', '6')}\n`;
    await upload(page, 'second.csv', second);
    await page.waitForSelector('[data-testid="user-valid"]');
    await page.fill('[data-testid="user-label"]', 'Second ministry file');
    await page.locator('[data-testid="user-load"]').click();
    await expect
      .poll(() =>
        page
          .locator('[data-figure="share-by-state"] text[data-iso3]')
          .evaluateAll((els) => els.map((e) => [e.getAttribute('data-iso3'), e.textContent])),
      )
      .toEqual([['SRB', '50.0% (25–75%) · 6 of 12']]);
    expect(await page.locator('svg[data-figure="share-by-state"]').textContent()).toContain(
      'Source: Second ministry file',
    );
    await page.locator('[data-testid="user-forget"]').click();
    await expect
      .poll(() => page.locator('[data-figure="share-by-state"] text[data-iso3="SRB"]').count())
      .toBe(0);
    expect(await page.locator('svg[data-figure="share-by-state"]').textContent()).not.toContain(
      'Second ministry file',
    );
    await page.close();
  });

  it('keeps the data across a reload only when asked, and forgets it on request', async () => {
    const context = await atlas.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${atlas.server.url}?year=2020`);
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
    await openTools(page);
    await page.locator('[data-testid="user-data"] summary').click();
    await page.waitForSelector('[data-testid="user-data"][data-restore="done"]', {
      state: 'attached',
      timeout: 60000,
    });
    const databases = () =>
      page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    // Nothing is written to the browser's storage before the user asks to keep the data.
    expect(await databases()).toEqual([]);
    await upload(page, 'mine.csv', VALID);
    await page.waitForSelector('[data-testid="user-valid"]');
    await page.locator('[data-testid="user-remember"]').check();
    await page.locator('[data-testid="user-load"]').click();
    await page.waitForSelector('[data-testid="user-loaded"]');
    await page.reload();
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
    await openTools(page);
    await page.locator('[data-testid="user-data"] summary').click();
    await page.waitForSelector('[data-testid="user-loaded"]', { timeout: 30000 });
    await expect
      .poll(() =>
        page.locator('[data-figure="share-by-state"] text[data-iso3="MKD"]').textContent(),
      )
      .toBe('40.0% (16–69%) · 4 of 10');
    // A second tab restores the kept data; forgetting in the first clears it there too.
    const second = await context.newPage();
    await second.goto(`${atlas.server.url}?year=2020`);
    await second.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
    await expect
      .poll(
        () => second.locator('[data-figure="share-by-state"] text[data-iso3="MKD"]').textContent(),
        { timeout: 60000 },
      )
      .toBe('40.0% (16–69%) · 4 of 10');
    await page.locator('[data-testid="user-forget"]').click();
    await expect.poll(() => page.locator('[data-testid="user-loaded"]').count()).toBe(0);
    await expect
      .poll(() => second.locator('[data-figure="share-by-state"] text[data-iso3="MKD"]').count())
      .toBe(0);
    await second.close();
    await page.reload();
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
    await openTools(page);
    await page.waitForSelector('[data-testid="user-data"][data-restore="done"]', {
      state: 'attached',
      timeout: 60000,
    });
    expect(await page.locator('[data-figure="share-by-state"] text[data-iso3="MKD"]').count()).toBe(
      0,
    );
    await context.close();
  });

  it('lists every problem of an invalid file and loads nothing; the atlas keeps working', async () => {
    const { page } = await open();
    const bad = `${HEADER}\n${row('U1', 'ZZZ', 'female', '3')}\n${row('U1', 'ALB', 'woman', '-2')}\n`;
    await upload(page, 'bad.csv', bad);
    await page.waitForSelector('[data-testid="user-issues"]');
    const issues = await page.locator('[data-testid="user-issues"] li').allTextContents();
    expect(issues.join('\n')).toMatch(/row 2, area: unknown area \(value: "ZZZ"\)/);
    expect(issues.join('\n')).toMatch(/row 3, sex: unknown code \(value: "woman"\)/);
    expect(issues.join('\n')).toMatch(/duplicate obs_id/);
    expect(await page.locator('[data-testid="user-load"]').count()).toBe(0);
    await page.selectOption('[data-testid="stage"]', 'prosecuted');
    await expect
      .poll(() => page.locator('svg[data-figure="share-by-state"] title').textContent())
      .toContain('prosecuted');
    await upload(page, 'not.parquet', Buffer.from('PAR1 garbage'));
    await expect
      .poll(() => page.locator('[data-testid="user-error"]').textContent())
      .toMatch(/Parquet/);
    await page.close();
  });

  it('says what is wrong with a file in the reader’s language, naming the file, row and column', async () => {
    const page = await atlas.browser.newPage({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${atlas.server.url}?year=2020&lang=de`);
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
    await openTools(page);
    await page.locator('[data-testid="user-data"] summary').click();
    await upload(page, 'schlecht.csv', `${HEADER}\n${row('U1', 'ZZZ', 'female', '3')}\n`);
    await page.waitForSelector('[data-testid="user-issues"]');
    const issues = await page.locator('[data-testid="user-issues"] li').allTextContents();
    expect(issues.join('\n')).toMatch(
      /^FEHLER schlecht\.csv, Zeile 2, area: unbekanntes Gebiet \(Wert: „ZZZ“\)\. Zulässig: /,
    );
    await upload(page, 'leer.csv', `${HEADER}\n`);
    await expect
      .poll(() => page.locator('[data-testid="user-error"]').textContent())
      .toMatch(/^leer\.csv: Die Datei hat eine Kopfzeile, aber keine Datenzeilen/);
    await page.close();
  });

  it('previews the first rows, refuses conflicting rows with both line numbers, sorts messages by row', async () => {
    const { page } = await open();
    const conflicting = `${HEADER}\n${row('U1', 'ALB', 'female', '3')}\n${row('U2', 'ZZZ', 'male', '9')}\n${row('U3', 'ALB', 'female', '5')}\n`;
    await upload(page, 'conflict.csv', conflicting);
    await page.waitForSelector('[data-testid="user-issues"]');
    const issues = await page.locator('[data-testid="user-issues"] li').allTextContents();
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/row 3, area: unknown area/);
    expect(issues[1]).toMatch(/row 4, value: conflicts with row 2 \(3 \/ {2}\/ {2}\/ exact\)/);
    expect(await page.locator('[data-testid="user-load"]').count()).toBe(0);
    const preview = page.locator('[data-testid="user-preview"]');
    expect(await preview.locator('tbody tr').count()).toBe(3);
    expect(await preview.locator('th').first().textContent()).toBe('obs_id');
    await page.close();
  });

  it('widens the period to the loaded years, and refuses a file over the size limit before reading it', async () => {
    const { page } = await open();
    const older = `${HEADER}\n${row('U1', 'ALB', 'female', '3', '2012')}\n${row('U2', 'ALB', 'male', '9', '2012')}\n`;
    await upload(page, 'older.csv', older);
    await page.waitForSelector('[data-testid="user-valid"]');
    await page.locator('[data-testid="user-load"]').click();
    await page.waitForSelector('[data-testid="user-years"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2012');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2020');
    const refused = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="user-files"]')!;
      const big = new File([new Uint8Array(8)], 'huge.csv', { type: 'text/csv' });
      Object.defineProperty(big, 'size', { value: 400 * 1024 * 1024 });
      const list = new DataTransfer();
      list.items.add(big);
      Object.defineProperty(input, 'files', { value: list.files, configurable: true });
      const bigList = input.files!;
      Object.defineProperty(bigList[0]!, 'size', { value: 400 * 1024 * 1024 });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return bigList[0]!.size;
    });
    expect(refused).toBe(400 * 1024 * 1024);
    await expect
      .poll(() => page.locator('[data-testid="user-error"]').textContent())
      .toMatch(/huge\.csv: the file is 400 MB; the atlas reads files of at most 300 MB/);
    await page.close();
  });

  it('refuses a header-only file and a NUL without touching loaded data, reads UTF-16, and names the file and its physical line', async () => {
    const { page } = await open();
    await upload(page, 'mine.csv', VALID);
    await page.waitForSelector('[data-testid="user-valid"]');
    await page.locator('[data-testid="user-load"]').click();
    await page.waitForSelector('[data-testid="user-loaded"]');
    await upload(page, 'empty.csv', `${HEADER}\n`);
    await expect
      .poll(() => page.locator('[data-testid="user-error"]').textContent())
      .toMatch(/^empty\.csv: The file has a header but no data rows/);
    expect(await page.locator('[data-testid="user-loaded"]').count()).toBe(1);
    await upload(page, 'nul.csv', `${HEADER}\n${row('U1', 'ALB', 'female', '3')}\u0000\n`);
    await expect
      .poll(() => page.locator('[data-testid="user-error"]').textContent())
      .toMatch(/^nul\.csv: Line 2 holds a NUL character/);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${HEADER}\n\n${row('U1', 'ZZZ', 'female', '3')}\n`, 'utf16le'),
    ]);
    await upload(page, 'unicode.csv', utf16);
    await page.waitForSelector('[data-testid="user-issues"]');
    expect(await page.locator('[data-testid="user-notices"]').textContent()).toContain('UTF-16');
    expect(await page.locator('[data-testid="user-issues"] li').first().textContent()).toMatch(
      /unicode\.csv, row 3, area: unknown area/,
    );
    expect(await page.locator('[data-testid="user-loaded"]').count()).toBe(1);
    await page.close();
  });

  it('reads a Windows-1252 file with semicolons and says what it assumed', async () => {
    const { page } = await open();
    const text = VALID.replace(/,/g, ';')
      .replace('U1;USER_DATA;ALB', 'U1;USER_DATA;ALB')
      .replace(/\n$/, '');
    const withNote = text.replace(/(U4;[^\n]*);$/m, '$1;Données');
    const bytes = Buffer.from([...withNote].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
    await upload(page, 'excel-fr.csv', bytes);
    await page.waitForSelector('[data-testid="user-valid"]');
    const notices = await page.locator('[data-testid="user-notices"]').textContent();
    expect(notices).toContain('Windows-1252');
    expect(notices).toContain('semicolons');
    await page.close();
  });

  /** A Parquet file written by DuckDB from one SELECT, in `directory`; its path. */
  async function parquetAt(directory: string, name: string, select: string): Promise<string> {
    const file = join(directory, name);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (${select}) TO '${file}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    return file;
  }

  it('refuses hostile and odd files, each in its own words in the reader’s language, and keeps the data loaded', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
    const { page, outside } = await open('?year=2020&lang=ru');
    await upload(page, 'mine.csv', VALID);
    await page.waitForSelector('[data-testid="user-valid"]');
    await page.locator('[data-testid="user-load"]').click();
    await page.waitForSelector('[data-testid="user-loaded"]');
    const loaded = await page.locator('[data-testid="user-loaded"]').textContent();
    const note = repeat9000();
    const files: [string, string | Buffer, RegExp][] = [
      [
        await parquetAt(
          directory,
          'bomb.parquet',
          `SELECT 'U' || i AS obs_id, 'USER_DATA' AS source_id, 'ALB' AS area, '${note}' AS note FROM range(200000) t(i)`,
        ),
        '',
        /^bomb\.parquet: В распакованном виде файл Parquet содержит более 300 МБ текста/,
      ],
      [
        await parquetAt(directory, 'nested.parquet', `SELECT 'U1' AS obs_id, {'a': 1} AS detail`),
        '',
        /^nested\.parquet: Столбец detail содержит вложенные значения/,
      ],
      [
        await parquetAt(directory, 'wait.parquet', `SELECT 'U1' AS obs_id, INTERVAL 3 DAY AS wait`),
        '',
        /^wait\.parquet: Столбец wait имеет тип, который атлас не может прочитать \(INTERVAL\)/,
      ],
      [
        'par2.parquet',
        Buffer.concat([Buffer.from('PAR2'), Buffer.alloc(64), Buffer.from('PAR1')]),
        /^par2\.parquet: Файл не является файлом Parquet/,
      ],
      [
        'mixed.csv',
        Buffer.concat([
          Buffer.from(`${HEADER}\n${row('U1', 'TUR', 'female', '3')}Türkiye\n`, 'utf8'),
          Buffer.from(`${row('U2', 'TUR', 'male', '3')}C\xf4te\n`, 'latin1'),
        ]),
        /^mixed\.csv: В файле смешаны кодировки/,
      ],
    ];
    for (const [name, content, message] of files) {
      if (content === '') await page.setInputFiles('[data-testid="user-files"]', name);
      else await upload(page, name, content);
      await expect
        .poll(() => page.locator('[data-testid="user-error"]').textContent(), { timeout: 60000 })
        .toMatch(message);
      expect(await page.locator('[data-testid="user-valid"]').count()).toBe(0);
      expect(await page.locator('[data-testid="user-issues"]').count()).toBe(0);
      expect(await page.locator('[data-testid="user-loaded"]').textContent()).toBe(loaded);
    }
    // A Windows-1251 file whose ASCII header outnumbers its Cyrillic is read as 1251, not 1252.
    const cyrillic = Buffer.from(
      [...`${HEADER}\n${row('U1', 'ALB', 'female', '3')}Пример\n`].map((c) =>
        c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0),
      ),
    );
    await upload(page, 'russian.csv', cyrillic);
    await page.waitForSelector('[data-testid="user-valid"]');
    expect(await page.locator('[data-testid="user-notices"]').textContent()).toContain(
      'Windows-1251',
    );
    expect(await page.locator('[data-testid="user-preview"]').textContent()).toContain('Пример');
    expect(await page.locator('[data-testid="user-loaded"]').textContent()).toBe(loaded);
    await page.screenshot({ path: join(directory, 'russian.png') });
    expect(outside).toEqual([]);
    rmSync(directory, { recursive: true, force: true });
    await page.close();
  }, 300000);

  /** 200,000 rows as a police service might export them: one per district, stage and sex. */
  const largeFile = () => {
    const stages = ['formal_contact', 'prosecuted', 'convicted'];
    const lines = [HEADER];
    for (let i = 0; i < 200_000; i++)
      lines.push(
        row(
          `L${i}`,
          i % 2 ? 'ALB' : 'MKD',
          i % 3 ? 'male' : 'female',
          String(i % 50),
          '2020',
          `district ${i}`,
        ).replace(',convicted,', `,${stages[i % 3]},`),
      );
    return `${lines.join('\n')}\n`;
  };

  it('reads, checks and loads 200,000 rows from CSV and from Parquet through the page, with progress and cancel', async () => {
    // Files by path: a 30 MB buffer through the browser protocol alone takes seconds.
    const directory = mkdtempSync(join(tmpdir(), 'atlas-large-'));
    const csv = join(directory, 'large.csv');
    writeFileSync(csv, largeFile());
    const { page, outside } = await open();
    await page.setInputFiles('[data-testid="user-files"]', csv);
    await page.locator('[data-testid="user-progress"] progress').waitFor();
    await page.locator('[data-testid="user-cancel"]').click();
    await page.waitForSelector('[data-testid="user-error"]');
    expect(await page.locator('[data-testid="user-error"]').textContent()).toContain(
      'Reading stopped; nothing was loaded.',
    );
    expect(await page.locator('[data-testid="user-progress"]').count()).toBe(0);
    expect(await page.locator('[data-testid="user-valid"]').count()).toBe(0);

    // A file chosen while another is still read replaces it: only the second one is judged, and
    // the first one's end ("Reading stopped") is not shown over it.
    await page.setInputFiles('[data-testid="user-files"]', []);
    await page.setInputFiles('[data-testid="user-files"]', csv);
    await page.locator('[data-testid="user-progress"] progress').waitFor();
    await upload(page, 'small.csv', VALID);
    await page.waitForSelector('[data-testid="user-valid"]', { timeout: 120000 });
    expect(await page.locator('[data-testid="user-valid"]').textContent()).toBe(
      '4 rows are valid.',
    );
    expect(await page.locator('[data-testid="user-preview"] td').first().textContent()).toBe('U1');
    expect(await page.locator('[data-testid="user-error"]').count()).toBe(0);
    expect(await page.locator('[data-testid="user-progress"]').count()).toBe(0);

    await page.setInputFiles('[data-testid="user-files"]', []);
    await page.setInputFiles('[data-testid="user-files"]', csv);
    await page.waitForSelector('[data-testid="user-valid"]', { timeout: 120000 });
    expect(await page.locator('[data-testid="user-valid"]').textContent()).toMatch(
      /200,000 rows are valid/,
    );
    expect(await page.locator('[data-testid="user-preview"] td').first().textContent()).toBe('L0');
    await page.locator('[data-testid="user-load"]').click();
    await page.waitForSelector('[data-testid="user-loaded"]', { timeout: 120000 });
    expect(await page.locator('[data-testid="user-loaded"]').textContent()).toContain('200,000');

    const parquet = join(directory, 'large.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * REPLACE (CAST(period_start AS INTEGER) AS period_start, CAST(period_end AS INTEGER) AS period_end, CAST(value AS DOUBLE) AS value) FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    await page.setInputFiles('[data-testid="user-files"]', parquet);
    await page.waitForSelector('[data-testid="user-valid"]', { timeout: 120000 });
    expect(await page.locator('[data-testid="user-valid"]').textContent()).toMatch(
      /200,000 rows are valid/,
    );
    await page.locator('[data-testid="user-load"]').click();
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="user-valid"]') &&
        document.querySelector('[data-testid="user-loaded"]'),
      null,
      { timeout: 120000 },
    );
    expect(outside).toEqual([]);
    rmSync(directory, { recursive: true, force: true });
    await page.close();
  }, 300000);
});
