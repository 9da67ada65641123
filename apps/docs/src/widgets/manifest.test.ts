import { describe, expect, it } from 'vitest';
import { docsManifest, tagNameOf, type Manifest } from './manifest.js';

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
          superclass: { name: 'UsmxElement' },
          attributes: [
            { name: 'region', fieldName: 'region', type: { text: 'string | undefined' } },
            { name: 'as-of', fieldName: 'asOf' },
            { name: '_state' },
          ],
          members: [
            { kind: 'field', name: 'region', attribute: 'region' },
            { kind: 'field', name: 'asOf', attribute: 'as-of' },
            { kind: 'field', name: 'data' },
            { kind: 'field', name: 'styles', static: true },
            { kind: 'field', name: '_state', privacy: 'protected', attribute: '_state' },
            { kind: 'field', name: '#run', privacy: 'private' },
            { kind: 'method', name: 'load', privacy: 'protected' },
          ],
        },
      ],
    },
    {
      path: 'src/internal/base-element.ts',
      declarations: [{ kind: 'class', name: 'UsmxElement', attributes: [{ name: '_state' }] }],
    },
  ],
};

describe('docsManifest', () => {
  const widget = docsManifest(manifest).modules[0]?.declarations?.[1];

  it('gives each widget class its tag', () => {
    expect(widget).toMatchObject({ tagName: 'usmx-homicide-trend', customElement: true });
  });

  it('keeps public attributes and public properties without an attribute', () => {
    expect(widget?.attributes?.map((attribute) => attribute.name)).toEqual(['region', 'as-of']);
    expect(widget?.members?.map((member) => member.name)).toEqual(['data']);
  });

  it('types an optional attribute by its value type', () => {
    expect(widget?.attributes?.[0]?.type).toEqual({ text: 'string' });
  });

  it('leaves other declarations as they are', () => {
    const result = docsManifest(manifest);
    expect(result.modules[0]?.declarations?.[0]).toBe(manifest.modules[0]?.declarations?.[0]);
    expect(result.modules[1]?.declarations?.[0]).toBe(manifest.modules[1]?.declarations?.[0]);
  });
});

describe('tagNameOf', () => {
  it('turns the class name into the tag name', () => {
    expect(tagNameOf('UsmxCorridorShare')).toBe('usmx-corridor-share');
    expect(tagNameOf('UsmxGroupLineage')).toBe('usmx-group-lineage');
  });
});
