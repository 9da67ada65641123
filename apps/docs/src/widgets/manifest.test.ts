import { describe, expect, it } from 'vitest';
import { docsManifest, type Manifest } from './manifest.js';

const manifest: Manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      path: 'src/components/homicide-trend/homicide-trend.component.ts',
      declarations: [
        { kind: 'variable', name: 'DEFAULT_HOMICIDE_SERIES' },
        {
          kind: 'class',
          name: 'UsmxHomicideTrend',
          tagName: 'usmx-homicide-trend',
          attributes: [
            { name: 'region', fieldName: 'region', type: { text: 'string | undefined' } },
            { name: 'as-of', fieldName: 'asOf', type: { text: 'string | undefined' } },
            { name: 'theme', fieldName: 'theme', type: { text: 'ThemeSetting' } },
          ],
          members: [
            { kind: 'field', name: 'region', attribute: 'region' },
            { kind: 'field', name: 'asOf' },
            { kind: 'field', name: 'data' },
          ],
        },
      ],
    },
  ],
};

describe('docsManifest', () => {
  const widget = docsManifest(manifest).modules[0]?.declarations?.[1];

  it('lists a property that mirrors an attribute once, as the attribute', () => {
    expect(widget?.attributes?.map((attribute) => attribute.name)).toEqual([
      'region',
      'as-of',
      'theme',
    ]);
    expect(widget?.members?.map((member) => member.name)).toEqual(['data']);
  });

  it('types an optional attribute by its value type', () => {
    expect(widget?.attributes?.map((attribute) => attribute.type?.text)).toEqual([
      'string',
      'string',
      'ThemeSetting',
    ]);
  });

  it('leaves declarations without a tag as they are', () => {
    expect(docsManifest(manifest).modules[0]?.declarations?.[0]).toBe(
      manifest.modules[0]?.declarations?.[0],
    );
  });
});
