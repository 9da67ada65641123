import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
const copies: string[] = [];

/** Runs the build on a copy of raw/ where `file` has `find` replaced by `replace`. */
async function buildWith(
  file: string,
  find: string,
  replace: string,
): Promise<{ code: number; stderr: string }> {
  const raw = mkdtempSync(join(tmpdir(), 'usmx-raw-'));
  copies.push(raw);
  cpSync(join(packageDir, 'raw'), raw, { recursive: true });
  const text = readFileSync(join(raw, file), 'utf8');
  expect(text).toContain(find);
  writeFileSync(join(raw, file), text.replace(find, replace));
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
      cwd: packageDir,
      env: { ...process.env, USMX_DATA_RAW_DIR: raw },
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/**
 * Each case: what is wrong, the raw file, the text replaced in it and its replacement, and what the
 * build's error output must contain (a string, or a pattern where a line number may move).
 */
const badInputs: [
  name: string,
  file: string,
  find: string,
  replace: string,
  says: string | RegExp,
][] = [
  [
    'a non-numeric count: exits non-zero naming the file, line and column',
    'homicides/inegi_homicides_state_month_registration_1990_2016.csv',
    '00,Nacional,1990,2,1126,',
    '00,Nacional,1990,2,11x6,',
    'raw/homicides/inegi_homicides_state_month_registration_1990_2016.csv, line 3, column "homicides" (value "11x6")',
  ],
  [
    'an unknown state code',
    'homicides/inegi_homicides_state_month_occurrence_2000_2022_gargiulo.csv',
    '\n01,2000,2,',
    '\n41,2000,2,',
    'gargiulo.csv, line 3, column "state_code" (value "41"): unknown INEGI state code',
  ],
  [
    'an organization id the schema refuses, named by its CSV column',
    'groups/organizations.csv',
    '\nGUADALAJARA,Guadalajara Cartel,',
    '\nGuadalajara,Guadalajara Cartel,',
    'raw/groups/organizations.csv, line 2, column "org_id" (value "Guadalajara")',
  ],
  [
    'a cycle in the lineage',
    'groups/organizations.csv',
    '\nGUADALAJARA,Guadalajara Cartel,Félix Gallardo organization,,',
    '\nGUADALAJARA,Guadalajara Cartel,Félix Gallardo organization,SINALOA,',
    /lineage cycle (GUADALAJARA -> SINALOA -> GUADALAJARA|SINALOA -> GUADALAJARA -> SINALOA)/,
  ],
  [
    'a source id that resolves to no citation',
    'corridor/observations.csv',
    'ONDCP_CS2010,,"Approximately',
    'ONDCP_CS2011,,"Approximately',
    'corridor C003: unknown id ONDCP_CS2011',
  ],
  [
    'a corridor period with no Spanish rendering',
    'corridor/periods-es.csv',
    'mid-1980s,',
    'mid 1980s,',
    /raw\/corridor\/observations\.csv, line \d+, column "ref_period" \(value "mid-1980s"\): no Spanish rendering/,
  ],
  [
    'a published count unit with no Spanish rendering',
    'groups/units-es.csv',
    '\ncells (approx.),',
    '\ncells approx,',
    /column "unit" \(value "cells \(approx\.\)"\): no Spanish rendering/,
  ],
  [
    'a corridor measure with no Spanish rendering',
    'corridor/measures-es.csv',
    '\nroute importance (qualitative),',
    '\nroute importance,',
    /raw\/corridor\/observations\.csv, line \d+, column "measure" \(value "route importance \(qualitative\)"\): no Spanish rendering in corridor\/measures-es\.csv/,
  ],
  [
    'a corridor reporter with no Spanish rendering',
    'corridor/reported-by-es.csv',
    '\nDEA (NDTA 2015),',
    '\nDEA (NDTA 2016),',
    /raw\/corridor\/observations\.csv, line \d+, column "reported_by" \(value "DEA \(NDTA 2015\)"\): no Spanish rendering in corridor\/reported-by-es\.csv/,
  ],
  [
    'a published count body with no Spanish rendering',
    'groups/counting-bodies-es.csv',
    '\nPGR officials,',
    '\nPGR official,',
    /raw\/groups\/published_counts\.csv, line \d+, column "counting_body" \(value "PGR officials"\): no Spanish rendering in groups\/counting-bodies-es\.csv/,
  ],
  [
    'a published count date with no Spanish rendering',
    'groups/ref-dates-es.csv',
    '\nOct 2014,',
    '\nOct 2041,',
    /raw\/groups\/published_counts\.csv, line \d+, column "ref_date_text" \(value "Oct 2014"\): no Spanish rendering in groups\/ref-dates-es\.csv/,
  ],
  [
    'a wording rendered twice in Spanish, named by its second row',
    'groups/counting-bodies-es.csv',
    '\nPGR officials,Funcionarios de la PGR\n',
    '\nPGR officials,Funcionarios de la PGR\nPGR officials,Autoridades de la PGR\n',
    /raw\/groups\/counting-bodies-es\.csv, line \d+, column "counting_body" \(value "PGR officials"\): a second rendering of this wording/,
  ],
  [
    'a blank Spanish rendering',
    'corridor/measures-es.csv',
    '\nroute importance (qualitative),importancia de la ruta (cualitativa)\n',
    '\nroute importance (qualitative),\n',
    /raw\/corridor\/measures-es\.csv, line \d+, column "measure_es" \(value ""\): blank rendering/,
  ],
  [
    'a Spanish name for an organization that does not exist',
    'groups/names-es.csv',
    '\nGULF,',
    '\nGOLF,',
    /raw\/groups\/names-es\.csv, line \d+, column "org_id" \(value "GOLF"\): no organization has this id/,
  ],
  [
    'a claim whose test names an unknown indicator, named by its CSV column',
    'claims/claims.csv',
    '{""indicator"":""corridor-share"",""route"":""caribbean"",""refYear"":2013',
    '{""indicator"":""horoscope"",""route"":""caribbean"",""refYear"":2013',
    /raw\/claims\/claims\.csv, line \d+, column "test"/,
  ],
  [
    'a leadership event marked verified that cites no source',
    'groups/leadership_events.csv',
    ',Mexican Navy,JUSTICEINMEXICO_2012_09_13,true,',
    ',Mexican Navy,,true,',
    'leadership event E021: verified true but cites no source',
  ],
  [
    'a claim citing a published count that does not exist',
    'claims/claims.csv',
    '""P035""',
    '""P999""',
    'claim group-count-2012-pgr publishedCountIds: unknown id P999',
  ],
];

describe('build-data fails loudly on a row it cannot place', () => {
  it.each(badInputs)('%s', async (_, file, find, replace, says) => {
    const { code, stderr } = await buildWith(file, find, replace);
    expect(code).toBe(1);
    expect(stderr).toMatch(says);
  });
}, 60_000);
