import { describe, expect, it } from 'vitest';
import { citationDate, readMarkdownSources } from './markdown-sources.js';

describe('citationDate', () => {
  it.each([
    [
      'White House ONDCP blog, "New Report: Cocaine Smuggling in 2010", 16 Mar 2012 (summarizing ...)',
      '2012-03-16',
    ],
    ['ONDCP, *Cocaine Smuggling in 2006* (ONDCP-01-07, Aug 2007; NCJ 220494)', '2007-08'],
    ['UNODC, *World Drug Report 2008* (attribution inferred)', '2008'],
    ['Wikipedia, "Juárez Cartel" (2024-04 mirror; infobox \'Founded 1970\')', '2024-04'],
    [
      'Voice of America editorial (date not captured; context suggests the Sept 2015 majors list)',
      undefined,
    ],
    [
      'Mexico Crime Maps, "Group Evolution" (quarterly national presence of groups, 2007–2015)',
      undefined,
    ],
    ['"The Growing Atomization of Mexican Cartels", SOFREP (c. early 2015)', undefined],
  ])('%s', (citation, date) => {
    expect(citationDate(citation)).toBe(date);
  });
});

describe('readMarkdownSources', () => {
  const sources = readMarkdownSources('corridor/SOURCES.md');

  it('reads the via page of a source read on another page', () => {
    expect(sources.find((source) => source.id === 'INCSR2014')).toMatchObject({
      viaSourceId: 'INSIGHT_2014_03_04',
      publisher: expect.stringContaining('Department of State'),
    });
    expect(sources.find((source) => source.id === 'INCSR2014')?.url).toBeUndefined();
  });

  it('reads the URL, dropping markdown', () => {
    expect(sources.find((source) => source.id === 'ONDCP_CS2010')).toMatchObject({
      url: 'https://obamawhitehouse.archives.gov/blog/2012/03/16/new-report-cocaine-smuggling-2010',
      date: '2012-03-16',
    });
  });

  it('dates a Wikipedia page by its mirror, never by a year in its infobox', () => {
    const groups = readMarkdownSources('groups/SOURCES.md');
    expect(groups.find((source) => source.id === 'WIKI_LA_LINEA')?.date).toBe('2024-01');
    expect(groups.find((source) => source.id === 'WIKI_CDN')?.date).toBeUndefined();
  });

  it('keeps the sentence a source is quoted for', () => {
    expect(sources.find((source) => source.id === 'INCSR2009')?.quote).toBe(
      'as much as 90% of the cocaine entering the United States now transits through Mexico',
    );
  });

  it('gives both ids of a row that lists two', () => {
    const groups = readMarkdownSources('groups/SOURCES.md');
    expect(
      groups.filter(
        (source) => source.id === 'CSMONITOR_2014' || source.id === 'AP_CSM_2014_10_09',
      ),
    ).toHaveLength(2);
  });
});
