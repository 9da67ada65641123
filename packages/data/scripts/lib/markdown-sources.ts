import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../src/schemas/sources.js';
import { rawDir, rawPath } from './raw-csv.js';

const months: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};
const monthName = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

/**
 * The publication date written in a citation (`16 Mar 2012`, `Mar 2012`, `(2014)`), as
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. None when the citation says the date was not captured or
 * gives only an approximate (`c. 2015`) year or a span.
 */
export function citationDate(citation: string): string | undefined {
  if (/date not captured|year not captured/i.test(citation)) return undefined;
  const day = new RegExp(`\\b(\\d{1,2}) ${monthName} (\\d{4})\\b`).exec(citation);
  if (day) return `${day[3]}-${months[day[2]!.toLowerCase()]}-${day[1]!.padStart(2, '0')}`;
  const iso = /\b(\d{4})-(\d{2})\b/.exec(citation);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const month = new RegExp(`\\b${monthName} (\\d{4})\\b`).exec(citation);
  if (month) return `${month[2]}-${months[month[1]!.toLowerCase()]}`;
  return /(?<!c\. (?:early |late )?)(?<![–-])\b((?:19|20)\d\d)\b(?![–-])/.exec(citation)?.[1];
}

/** U.S. federal publishers, by id prefix: their works are not under copyright in the United States. */
const usGovernmentPublishers: [RegExp, string][] = [
  [/^CRS_/, 'Congressional Research Service'],
  [
    /^(STATE_)?INCSR/,
    'U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs',
  ],
  [/^ONDCP_/, 'Office of National Drug Control Policy (The White House)'],
  [/^NDIC_/, 'National Drug Intelligence Center, U.S. Department of Justice'],
  [/^DEA_/, 'Drug Enforcement Administration'],
  [/^GAO_/, 'U.S. Government Accountability Office'],
  [/^SOUTHCOM_/, 'U.S. Southern Command'],
];

/** Publisher for the id prefixes whose citations name an author or a title first. */
const publishers: [RegExp, string][] = [
  ...usGovernmentPublishers,
  [/^UNODC_/, 'United Nations Office on Drugs and Crime'],
  [/^WILSON_/, 'Wilson Center, Mexico Institute'],
  [/^INSIGHT_/, 'InSight Crime'],
  [/^COHA_/, 'Council on Hemispheric Affairs'],
  [/^ICG_/, 'International Crisis Group'],
  [/^WIKI/, 'Wikipedia (text as read on the page or mirror at the URL)'],
  [/^JORNADA_/, 'La Jornada'],
  [/^LATIMES/, 'Los Angeles Times'],
  [/^SDUT_/, 'The San Diego Union-Tribune'],
  [/^BB_/, 'Borderland Beat'],
  [/^INFOBAE/, 'Infobae'],
  [/^WOLA_/, 'Washington Office on Latin America (WOLA)'],
  [/^PARES_/, 'Fundación Paz y Reconciliación (Pares)'],
  [/^ATUESTA_/, 'Trends in Organized Crime (Springer)'],
  [/^BACRIM2020$/, 'Rafael Prieto-Curiel (GitHub repository rafaelprietocuriel/Recruitment)'],
  [/^NYT_/, 'The New York Times'],
  [/^MIAMIHERALD_/, 'Miami Herald'],
  [/^ELUNIVERSAL_/, 'El Universal'],
  [/^AP_/, 'Associated Press'],
  [/^DESERET_AP_/, 'Deseret News (Associated Press)'],
  [/^ELCRONISTA$/, 'El Cronista'],
  [/^PROCESO_/, 'Proceso'],
  [/^EXCELSIOR_/, 'Excélsior'],
  [/^LASILLAROTA_/, 'La Silla Rota'],
  [/^ELFINANCIERO_/, 'El Financiero'],
  [/^CORRESPONSALES_/, 'corresponsales.mx (report by La Razón)'],
  [/^PERSISTENCIES_BB_/, 'Borderland Beat (rssing.com mirror)'],
  [/^GH_MMDRZACO_/, 'GitHub repository MmdrzaCo/Latest (news repost)'],
  [/^RADIOZ_/, 'Radio Z'],
];

/** Dates a citation's wording would mislead the parser on (the date of the content, not of publication). */
const dateOverrides: Record<string, string | null> = {
  NDIC_NDTA2008_DLINKS: '2007-10', // a page of the NDTA 2008 (Oct 2007); "January–December 2006" is the period charted
  VDOCUMENTS_CS2006: null, // transcript of a report whose title holds the year it covers
  NCJRS_CS2007: null,
  NCJRS_CS2009: null,
  UTAHSTANDARD_NDTA2015: null,
};

function license(id: string): string {
  if (usGovernmentPublishers.some(([prefix]) => prefix.test(id)))
    return 'U.S. Government work: not subject to copyright in the United States (17 U.S.C. § 105).';
  if (id.startsWith('WIKI'))
    return 'Wikipedia text: CC BY-SA (Creative Commons Attribution-ShareAlike), as republished by the mirror.';
  return 'Not stated in the stored copy; copyright of the publisher. Quoted for reference only.';
}

function plain(markdown: string): string {
  return markdown
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The publisher: from the id for known outlets and agencies, else the citation's first part (the
 * outlet in most citations), else the host of the URL when that first part is a title or a
 * description ("Blog post ...", "Repost of ...").
 */
function publisher(id: string, citation: string, url: string | undefined): string {
  const known = publishers.find(([pattern]) => pattern.test(id));
  if (known) return known[1];
  const first = citation.split(/,(?![^(]*\))/)[0]!.trim();
  const described =
    /["“']/.test(first) ||
    /^(Blog|Repost|Reprint|Document|NCJRS|Cenapi)/.test(first) ||
    first.length > 40;
  return described && url ? new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '') : first;
}

/** Publication date: an override, a Wikipedia mirror's date (never an infobox year), or {@link citationDate}. */
function sourceDate(id: string, citation: string): string | undefined {
  if (id in dateOverrides) return dateOverrides[id] ?? undefined;
  if (id.startsWith('WIKI')) {
    const mirror =
      /mirror,? ([A-Z][a-z]{2} \d{4})|([A-Z][a-z]{2} \d{4}|\d{4}-\d{2})(?: [A-Z]\w+)? mirror/.exec(
        citation,
      );
    return mirror ? citationDate(mirror[1] ?? mirror[2]!) : undefined;
  }
  return citationDate(citation);
}

/**
 * Reads the source tables (`| source_id | Citation | URL / location | ...`) of a SOURCES.md file. A
 * row may give two ids (`A / B`) for one citation. The location column gives the URL read (the
 * first http(s) address or `github.com/...`), and `via ID` when the figures were read on another
 * page; everything else in it, and a "Used for" column, goes to `notes`. A sentence quoted in
 * either (`"..."`, 16 characters or more) becomes the source's `quote`.
 */
export function readMarkdownSources(file: string): Source[] {
  const lines = readFileSync(join(rawDir, file), 'utf8').split('\n');
  const sources: Source[] = [];
  lines.forEach((line, index) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const ids = cells[0]?.split(' / ') ?? [];
    if (cells.length < 3 || ids.length === 0 || !ids.every((id) => /^[A-Z][A-Z0-9_]+$/.test(id)))
      return;
    const [, citationCell = '', locationCell = '', usedFor] = cells;
    const citation = plain(citationCell);
    const location = plain(locationCell);
    const address = /https?:\/\/[^\s;,)]+|\bgithub\.com\/[^\s;,)]+/.exec(location)?.[0];
    const url = address && !address.startsWith('http') ? `https://${address}` : address;
    const via = /\b(?:via|see) ([A-Z][A-Z0-9_]+)/.exec(location)?.[1];
    const quote = /"([^"]{16,})"/.exec(`${location} ${usedFor ?? ''}`)?.[1];
    const notes = [
      location !== url ? `Location: ${location}` : '',
      usedFor ? `Used for: ${plain(usedFor)}` : '',
    ]
      .filter(Boolean)
      .join('. ');
    for (const id of ids) {
      const source: Source = {
        id,
        title: citation,
        publisher: publisher(id, citation, url),
        license: license(id),
      };
      const date = sourceDate(id, citation);
      if (date) source.date = date;
      if (url) source.url = url;
      if (via) source.viaSourceId = via;
      if (quote) source.quote = quote;
      if (notes) source.notes = `${notes} (${rawPath(file)}, line ${index + 1})`;
      else source.notes = `${rawPath(file)}, line ${index + 1}`;
      sources.push(source);
    }
  });
  if (sources.length === 0) throw new Error(`${rawPath(file)}: no source table found`);
  return sources;
}
