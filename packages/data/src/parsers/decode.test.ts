import { describe, expect, it } from 'vitest';
import { decodeText, looseKey } from './decode.js';

describe('decodeText', () => {
  it('reads UTF-8 bytes and drops the byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xb1, 0x6f]))).toBe('Año');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    expect(decodeText(new Uint8Array([0x41, 0xf1, 0x6f]))).toBe('Año');
    expect(decodeText(new Uint8Array([0x80, 0x93, 0x94, 0x9f, 0xe9]))).toBe('€“”Ÿé');
  });

  it('decodes Windows-1252 across its 8 KB chunks, each byte once', () => {
    // 20,000 bytes: "é" (0xe9) and "€" (0x80) alternate, so each chunk boundary falls between them
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 0xe9 : 0x80));
    expect(decodeText(bytes)).toBe('é€'.repeat(10_000));
  });

  it('drops the byte-order mark of a string', () => {
    expect(decodeText('\uFEFFregion')).toBe('region');
  });
});

describe('looseKey', () => {
  it('matches accented, upper-case and mis-decoded spellings of a header', () => {
    expect(new Set(['Año', 'AÑO', 'AÒo', 'año'].map(looseKey))).toEqual(new Set(['ao']));
    expect(looseKey('Bien jurÌdico afectado')).toBe(looseKey('Bien jurídico afectado'));
    expect(looseKey('Clave_Ent')).toBe('claveent');
  });
});
