import type { HomicideSeries } from '../../src/schemas/homicides.js';

/** What a series is; coverage, vintages and sourceIds are computed from its observations. */
export type SeriesDefinition = Omit<HomicideSeries, 'coverage' | 'vintages' | 'sourceIds'>;

const inegiVsSesnsp =
  'INEGI counts deaths from death certificates; SESNSP counts what prosecutors record. INEGI is usually higher than SESNSP victims, which are higher than SESNSP case files.';
const sesnspRevisions =
  'SESNSP revises past months in later releases: each release is a separate vintage; take the latest unless you need what was public on a date.';
const nationalIsSum =
  'The national (MX) rows are the sum of the 32 states, computed in this package.';
const incidentsNotVictims =
  'Counts case files (incidents): one case file can have several victims.';
const inegiCrime =
  'Deaths whose certificate classes them as presumed homicide (assault, ICD-10 X85-Y09, Y87.1): comparable with intentional homicide including feminicide, not with culpable homicide (accidents are excluded).';
const annualTable =
  'National annual totals from the diegovalle table (Feb 2018 vintage); the monthly series of the same methodology may differ slightly by vintage.';

/** What the two national annual series of INEGI registrations (INEGI's and the recount) share. */
const inegiRegistrationAnnual = {
  agency: 'INEGI',
  unit: 'deaths',
  methodology: 'inegi-registration',
  crime: 'intentional-homicide-and-feminicide',
  frequency: 'annual',
  geography: 'national',
} as const;

/** The homicide series, in the order they are listed. */
export const seriesDefinitions: readonly SeriesDefinition[] = [
  {
    id: 'inegi-registration-monthly',
    title: {
      en: 'INEGI deaths by homicide, by month of registration',
      es: 'INEGI, defunciones por homicidio por mes de registro',
    },
    agency: 'INEGI',
    unit: 'deaths',
    methodology: 'inegi-registration',
    crime: 'intentional-homicide-and-feminicide',
    frequency: 'monthly',
    geography: 'national-and-states',
    caveats: [
      'Year and month are of registration, not of death; the state is the state of occurrence.',
      'The 32 states add up to slightly less than the national row: some deaths have an unspecified or foreign place of occurrence.',
      inegiCrime,
      'Population is CONAPO, interpolated monthly by the compiler.',
      inegiVsSesnsp,
    ],
  },
  {
    id: 'inegi-registration-annual',
    title: {
      en: 'INEGI deaths by homicide, national, by year of registration',
      es: 'INEGI, defunciones por homicidio, nacional, por año de registro',
    },
    ...inegiRegistrationAnnual,
    caveats: [
      inegiCrime,
      '1990-2016: definitive figures from the diegovalle table. 2016-2024: INEGI preliminary and definitive figures as reported in the press, each release a vintage dated by its publication.',
      'Preliminary figures (published each July/August) are later revised upwards by about 2-4% (status: preliminary vs definitive).',
      'The 2024 definitive figure (33,550) was read in one newspaper only and not checked against an INEGI bulletin (verified: partial).',
      inegiVsSesnsp,
    ],
  },
  {
    id: 'inegi-registration-annual-mxmortalitydb',
    title: {
      en: 'INEGI registered homicides, national, recounted from the microdata (mxmortalitydb)',
      es: 'Homicidios registrados (INEGI), nacional, recontados de los microdatos (mxmortalitydb)',
    },
    ...inegiRegistrationAnnual,
    caveats: [
      inegiCrime,
      "An independent recount of INEGI death certificates by year of registration; within ±4 of INEGI's definitive figures.",
    ],
  },
  {
    id: 'inegi-occurrence-monthly',
    title: {
      en: 'INEGI deaths by homicide, by month and state of occurrence (Gargiulo et al.)',
      es: 'INEGI, defunciones por homicidio por mes y entidad de ocurrencia (Gargiulo et al.)',
    },
    agency: 'INEGI',
    unit: 'deaths',
    methodology: 'inegi-occurrence',
    crime: 'intentional-homicide-and-feminicide',
    frequency: 'monthly',
    geography: 'national-and-states',
    caveats: [
      "Built by Gargiulo, Aburto & Floridi from INEGI microdata by date of occurrence; deaths abroad and records without cause, date or municipality are excluded, so totals are lower than INEGI's registration totals in recent years.",
      `${nationalIsSum} National population is the sum of the states' mid-year estimates.`,
      'Homicide as classified by Elo, Beltrán-Sánchez & Macinko (2014). Population: census interpolation to 1 July.',
    ],
  },
  ...(['hd', 'culposo', 'all'] as const).map((crime): SeriesDefinition => ({
    id: `sesnsp-1997-incidents-${crime}`,
    title: {
      en: `SESNSP ${{ hd: 'intentional homicide', culposo: 'culpable homicide', all: 'homicide (intentional and culpable)' }[crime]} case files, 1997-2017 method`,
      es: `SESNSP, averiguaciones previas por ${{ hd: 'homicidio doloso', culposo: 'homicidio culposo', all: 'homicidio (doloso y culposo)' }[crime]}, metodología 1997-2017`,
    },
    agency: 'SESNSP',
    unit: 'incidents',
    methodology: 'sesnsp-1997',
    crime: (
      { hd: 'intentional-homicide', culposo: 'culpable-homicide', all: 'all-homicide' } as const
    )[crime],
    frequency: 'monthly',
    geography: 'national-and-states',
    caveats: [
      incidentsNotVictims,
      'Two releases kept: January 2015 (1997-2014) and July 2018 (1997-2017). 2010-2014 values differ between them (2011: 22,852 vs 22,409 intentional).',
      'In 1997 some states repeated one monthly value for January-June; early years are less reliable.',
      'The January 2015 release leaves some weapon-subtype cells blank (not reported, mostly 2011-2014); a state-month adds up the subtypes it reports.',
      nationalIsSum,
      sesnspRevisions,
    ],
  })),
  {
    id: 'sesnsp-1997-victims-hd',
    title: {
      en: 'SESNSP intentional homicide victims, 1997-2017 method',
      es: 'SESNSP, víctimas de homicidio doloso, metodología 1997-2017',
    },
    agency: 'SESNSP',
    unit: 'victims',
    methodology: 'sesnsp-1997',
    crime: 'intentional-homicide',
    frequency: 'monthly',
    geography: 'national-and-states',
    caveats: [
      'States: January 2014 to November 2017 (November 2017 site update); December 2017 exists only as part of the annual total (see sesnsp-1997-victims-hd-annual).',
      'National: every monthly release from June 2016 to December 2017, each a vintage dated by its publication on crimenmexico.diegovalle.net, so you can read what was public on a date (e.g. 2017-05-20).',
      'SESNSP published victims only from 2014.',
      sesnspRevisions,
    ],
  },
  ...(
    [
      ['hd', 'intentional-homicide', 'intentional homicide', 'homicidio doloso'],
      [
        'hd-feminicide',
        'intentional-homicide-and-feminicide',
        'intentional homicide and feminicide',
        'homicidio doloso y feminicidio',
      ],
      ['feminicide', 'feminicide', 'feminicide', 'feminicidio'],
      ['culposo', 'culpable-homicide', 'culpable homicide', 'homicidio culposo'],
    ] as const
  ).flatMap(([suffix, crime, en, es]): SeriesDefinition[] => [
    {
      id: `sesnsp-2015-victims-${suffix}`,
      title: {
        en: `SESNSP ${en} victims, 2015- method`,
        es: `SESNSP, víctimas de ${es}, metodología 2015-`,
      },
      agency: 'SESNSP',
      unit: 'victims',
      methodology: 'sesnsp-2015',
      crime,
      frequency: 'monthly',
      geography: 'national-and-states',
      caveats: [
        'June 2025 release (January 2015 to June 2025), summed over modality, sex and age group.',
        ...(suffix === 'hd-feminicide'
          ? [
              'Also the national monthly releases of February-July 2018 (as charted on crimenmexico.diegovalle.net, under a file name that says intentional homicide), where 2015 has values only every third month.',
            ]
          : []),
        'From 2015 feminicide is a separate crime: all intentional killings = homicidio doloso + feminicidio.',
        nationalIsSum,
        sesnspRevisions,
      ],
    },
    {
      id: `sesnsp-2015-incidents-${suffix}`,
      title: {
        en: `SESNSP ${en} case files, 2015- method`,
        es: `SESNSP, carpetas de investigación por ${es}, metodología 2015-`,
      },
      agency: 'SESNSP',
      unit: 'incidents',
      methodology: 'sesnsp-2015',
      crime,
      frequency: 'monthly',
      geography: 'national-and-states',
      caveats: [
        'March 2022 release (January 2015 to March 2022), summed over modality. No state file after March 2022 was available.',
        incidentsNotVictims,
        nationalIsSum,
        sesnspRevisions,
      ],
    },
  ]),
  ...(
    [
      [
        'sesnsp-1997-incidents-hd-annual',
        'incidents',
        'sesnsp-1997',
        'intentional-homicide',
        'SESNSP intentional homicide case files, 1997-2017 method, national annual',
        'SESNSP, averiguaciones previas por homicidio doloso, metodología 1997-2017, nacional anual',
      ],
      [
        'sesnsp-1997-victims-hd-annual',
        'victims',
        'sesnsp-1997',
        'intentional-homicide',
        'SESNSP intentional homicide victims, 1997-2017 method, national annual',
        'SESNSP, víctimas de homicidio doloso, metodología 1997-2017, nacional anual',
      ],
      [
        'sesnsp-2015-victims-hd-annual',
        'victims',
        'sesnsp-2015',
        'intentional-homicide',
        'SESNSP intentional homicide victims, 2015- method, national annual',
        'SESNSP, víctimas de homicidio doloso, metodología 2015-, nacional anual',
      ],
      [
        'sesnsp-2015-victims-feminicide-annual',
        'victims',
        'sesnsp-2015',
        'feminicide',
        'SESNSP feminicide victims, 2015- method, national annual',
        'SESNSP, víctimas de feminicidio, metodología 2015-, nacional anual',
      ],
      [
        'sesnsp-2015-victims-hd-feminicide-annual',
        'victims',
        'sesnsp-2015',
        'intentional-homicide-and-feminicide',
        'SESNSP intentional homicide and feminicide victims, 2015- method, national annual',
        'SESNSP, víctimas de homicidio doloso y feminicidio, metodología 2015-, nacional anual',
      ],
      [
        'sesnsp-2015-incidents-hd-annual',
        'incidents',
        'sesnsp-2015',
        'intentional-homicide',
        'SESNSP intentional homicide case files, 2015- method, national annual',
        'SESNSP, carpetas por homicidio doloso, metodología 2015-, nacional anual',
      ],
      [
        'sesnsp-2015-incidents-feminicide-annual',
        'incidents',
        'sesnsp-2015',
        'feminicide',
        'SESNSP feminicide case files, 2015- method, national annual',
        'SESNSP, carpetas por feminicidio, metodología 2015-, nacional anual',
      ],
    ] as const
  ).map(([id, unit, methodology, crime, en, es]): SeriesDefinition => ({
    id,
    title: { en, es },
    agency: 'SESNSP',
    unit,
    methodology,
    crime,
    frequency: 'annual',
    geography: 'national',
    caveats: [
      annualTable,
      ...(id === 'sesnsp-1997-victims-hd-annual'
        ? [
            'The only source of the full-year 2017 old-method victims figure (29,168): December 2017 was not published monthly.',
          ]
        : []),
      sesnspRevisions,
    ],
  })),
];
