import type { Source } from '../../src/schemas/sources.js';

/** A raw homicide file, the source record that cites it, and the vintage its values carry. */
export interface HomicideFileSource {
  id: string;
  file: string;
  /** Publication date of the release the file holds (see each entry for how it was dated). */
  vintage: string;
  source: Omit<Source, 'id'>;
}

function github(repo: string, commit: string, path: string): string {
  return `https://github.com/${repo}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

const inegiTerms =
  'INEGI public statistical information: free to use, share and adapt with attribution to INEGI (INEGI terms of free use of information).';
const sesnspTerms =
  'Official SESNSP open data (Mexican federal government); no license stated in the repository copy. Cite SESNSP as the publisher.';

/** Every raw homicide file the build reads, by role. */
export const homicideFileSources = {
  nationalAnnualTable: {
    id: 'DIEGOVALLE_TABLE_INEGI_SESNSP',
    file: 'homicides/national_annual_inegi_vs_sesnsp_1990_2017_diegovalle.csv',
    vintage: '2018-02-21',
    source: {
      title:
        'Homicides in Mexico, INEGI vs SESNSP, national annual table 1990-2017 (table-inegi-sesnsp.csv): INEGI deaths by year of registration and SESNSP victims and case files, both methodologies',
      publisher: 'Diego Valle-Jones, new.crimenmexico (data from INEGI, SESNSP and CONAPO)',
      date: '2018-02-21',
      url: github(
        'diegovalle/new.crimenmexico',
        '4e8a700cd8393ba328d87043c3e34929a3d7ccd7',
        'R/data/table-inegi-sesnsp.csv',
      ),
      license: `Repository code MIT-licensed; the figures are INEGI and SESNSP data. ${inegiTerms}`,
      notes:
        'Read at HEAD 27ef9c8b1d4f3cbca0b963de8546fe77e42b2901; the file last changed in commit 4e8a700 (2018-02-21), which dates the vintage.',
    },
  },
  inegiRegistrationMonthly: {
    id: 'DIEGOVALLE_INEGI_MONTHLY_1990_2016',
    file: 'homicides/inegi_homicides_state_month_registration_1990_2016.csv',
    vintage: '2018-07-21',
    source: {
      title:
        'INEGI deaths by homicide by state of occurrence and month of registration, 1990-2016 (INEGI mortality cube export, element [1] of national_1990.json)',
      publisher: 'INEGI (data); Diego Valle-Jones, new.crimenmexico (download and compilation)',
      date: '2018-07-21',
      url: github(
        'diegovalle/new.crimenmexico',
        'c5afd8bbe4d0a95f8c2b751e903efbd3c28e7469',
        'crimenmexico.diegovalle.net/assets/json/national_1990.json',
      ),
      license: `Repository code MIT-licensed. ${inegiTerms}`,
      notes:
        'Downloaded from INEGI\'s interactive cube ("Año de registro × Ent y mun de ocurrencia × Mes de registro") by R/data/inegi.sh. Population is CONAPO, interpolated monthly. The vintage is the commit date of the copy; INEGI\'s own release date is not given.',
    },
  },
  mxmortalitydb: {
    id: 'MXMORTALITYDB_2026',
    file: 'homicides/inegi_homicides_national_annual_registration_2004_2023_mxmortalitydb.csv',
    vintage: '2026-02-02',
    source: {
      title:
        'mxmortalitydb: number of registered homicides by year of registration, 2004-2023 (test_match_totals.R)',
      publisher:
        'Diego Valle-Jones, mxmortalitydb R package (recount of INEGI death-certificate microdata)',
      date: '2026-02-02',
      url: github(
        'diegovalle/mxmortalitydb',
        '2bc86e3905ce5f84d28f7436d29b5bb9e79657ee',
        'tests/testthat/test_match_totals.R',
      ),
      license: `MIT (package). ${inegiTerms}`,
      notes:
        'Counts of intent == "Homicide" by year_reg, as asserted by the package tests (commit "2024 INEGI data").',
    },
  },
  gargiulo: {
    id: 'GARGIULO_2024',
    file: 'homicides/inegi_homicides_state_month_occurrence_2000_2022_gargiulo.csv',
    vintage: '2024',
    source: {
      title:
        'Monthly municipal-level homicide rates in Mexico (January 2000-December 2022), state-month file',
      publisher: 'Gargiulo, Aburto & Floridi, OSF (from INEGI death-certificate microdata)',
      date: '2024',
      url: 'https://doi.org/10.17605/OSF.IO/U8DC3',
      license: 'CC BY 4.0',
      notes:
        'Read in thegargiulian/mexico-homicide-rates, mexico-state-month-homicide-rates-2000-2022.csv, commit 6869d42f7e4e0d7ad790bc46bd3b4704ce8b31dc (separator | converted to ,). By month and state of occurrence; excludes deaths abroad and records without cause, date or municipality. Cite as Gargiulo, Aburto & Floridi (2024), doi:10.17605/OSF.IO/U8DC3.',
    },
  },
  sesnspOldIncidents2018: {
    id: 'SESNSP_IDEFC_1997_2017_JUL2018',
    file: 'homicides/sesnsp_old_incidents_homicide_state_month_1997_2017.csv',
    vintage: '2018-07',
    source: {
      title:
        'Incidencia delictiva del fuero común, estatal, 1997-2017 (CIEISP method), July 2018 release',
      publisher: 'Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP)',
      date: '2018-07',
      url: github(
        'prestevez/amlo_homicides',
        'edab55e94ac1adebedd592d7bf8bd1dffae522fc',
        'IncidenciaDelictiva_FueroComun_Estatal_1997-2017 jul18.xlsx',
      ),
      license: sesnspTerms,
      notes:
        'Official state file as stored in prestevez/amlo_homicides (blob e3b725c2...). Only MODALIDAD = HOMICIDIOS kept, reshaped to one row per month.',
    },
  },
  sesnspOldIncidents2015: {
    id: 'SESNSP_IDEFC_1997_2014_JAN2015',
    file: 'homicides/sesnsp_old_incidents_homicide_state_month_1997_2014_vintage2015-01.csv',
    vintage: '2015-01-21',
    source: {
      title:
        'Incidencia delictiva del fuero común, estatal, 1997-2014 (CIEISP method), January 2015 release',
      publisher: 'Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP)',
      date: '2015-01-21',
      url: github(
        'mexicoevalua/incidenciaDelictiva',
        'afb3fb7edd0f2f1e63139d755407771d11b1f83e',
        'data/IncidenciaDelictivaEstatal.xlsx',
      ),
      license: `${sesnspTerms} The repository's code is MIT; its README leaves the data under SESNSP's terms.`,
      notes:
        'Official state file as stored by México Evalúa (commit of 2015-01-21, which dates the vintage). "DISTRITO FEDERAL" mapped to 09.',
    },
  },
  sesnspOldVictimsStates: {
    id: 'DIEGOVALLE_STATES_JSON_2017_12_24',
    file: 'homicides/sesnsp_old_victims_homicidio_doloso_state_month_2014_2017.csv',
    vintage: '2017-12-24',
    source: {
      title:
        'SESNSP victims of homicidio doloso by state and month, 2014-Nov 2017 (CIEISP method), as charted on crimenmexico.diegovalle.net (states.json)',
      publisher: 'SESNSP (data); Diego Valle-Jones, new.crimenmexico (compilation)',
      date: '2017-12-24',
      url: github(
        'diegovalle/new.crimenmexico',
        '60c2027559852baecb0db0e78b102866da668969',
        'crimenmexico.diegovalle.net/assets/json/states.json',
      ),
      license: `Repository code MIT-licensed. ${sesnspTerms}`,
      notes:
        'The "November 2017" site update. States add up exactly to the national row of national.json at the same commit.',
    },
  },
  sesnspNewVictims: {
    id: 'SESNSP_IDVFC_NM_JUN2025',
    file: 'homicides/sesnsp_nm_victims_homicide_state_month_2015_2025.csv',
    vintage: '2025-07-20',
    source: {
      title: 'Víctimas de delitos del fuero común, estatal (CNSP/38/15 method), data to June 2025',
      publisher: 'Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP)',
      date: '2025-07-20',
      url: github(
        'isaacarroyov/datos_facil_acceso',
        '804bd4016fa2a8dd4f12eb5562981903bba865ba',
        'GobiernoMexicano/sesnsp/db_victimas_delitos_ent_long.csv.bz2',
      ),
      license: sesnspTerms,
      notes:
        'Tidy copy of the official IDVFC_NM file in isaacarroyov/datos_facil_acceso (commit of 2025-07-20, which dates the vintage). Homicidio doloso, feminicidio and homicidio culposo kept, summed over age group.',
    },
  },
  sesnspNewIncidents: {
    id: 'SESNSP_IDEFC_NM_MAR2022',
    file: 'homicides/sesnsp_nm_incidents_homicide_state_month_2015_2022.csv',
    vintage: '2022-04',
    source: {
      title:
        'Incidencia delictiva del fuero común, estatal (CNSP/38/15 method), data to March 2022 (IDEFC_NM_mar22)',
      publisher: 'Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP)',
      date: '2022-04',
      url: github(
        'BretonErst/mex_homicidios',
        '3e4e59ae9e46b68fa19b83b1c8f7457ec3a297ac',
        'raw/IDEFC_NM_mar22.csv',
      ),
      license: sesnspTerms,
      notes:
        "Official state incidents file as stored in BretonErst/mex_homicidios (mis-encoded text repaired). SESNSP publishes a month's data about the 20th of the following month, so the March 2022 cut-off is dated 2022-04.",
    },
  },
  municipalRegistration: {
    id: 'AARONRUDKIN_INEGI_MUNICIPAL_1990_2015',
    file: 'homicides/inegi_homicides_municipality_month_registration_1990_2015.csv',
    vintage: '2016',
    source: {
      title:
        'INEGI deaths by homicide by municipality of occurrence and month of registration, 1990-2015 (INEGI cube exports, raw_source/1990.csv ... 2015.csv)',
      publisher: 'INEGI (data); Aaron Rudkin, INEGIMurderData (download)',
      url: github(
        'aaronrudkin/INEGIMurderData',
        '323cbfc63330e071daa9c37d7fb038fb8ad005fd',
        'raw_source',
      ),
      license: `No license stated in the repository. ${inegiTerms}`,
      notes: 'Used for benchmarks and reconciliation tests only (not a published table).',
    },
  },
} satisfies Record<string, HomicideFileSource>;

/** Copies of diegovalle/new.crimenmexico national.json, one per commit (the real-time vintages). */
export function nationalJsonVintageSource(commit: string, date: string): Source {
  return {
    id: `DIEGOVALLE_NATIONAL_JSON_${date.replaceAll('-', '_')}`,
    title: `SESNSP victims of homicidio doloso, national, monthly, as charted on crimenmexico.diegovalle.net on ${date} (national.json, element hd[0])`,
    publisher: 'SESNSP (data); Diego Valle-Jones, new.crimenmexico (compilation)',
    date,
    url: github(
      'diegovalle/new.crimenmexico',
      commit,
      'crimenmexico.diegovalle.net/assets/json/national.json',
    ),
    license: `Repository code MIT-licensed. ${sesnspTerms}`,
    notes: `Commit ${commit}: one monthly site update, i.e. what the public data said on ${date}.`,
  };
}

/** A press page that reported INEGI annual figures, with the rows it reported. */
export function pressSource(url: string, date: string, reports: readonly string[]): Source {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const label = host
    .split('.')[0]!
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return {
    id: `PRESS_${label}_${date.replaceAll('-', '_')}`,
    title: `Press coverage of INEGI homicide statistics (${host}, ${date})`,
    publisher: host,
    date,
    url,
    license:
      'Terms of the publisher (not stated in the stored copy); figures quoted for reference.',
    notes: reports.join(' | '),
  };
}
