import { claimById } from '@usmx/data/claims';
import { describe, expect, it } from 'vitest';
import { rejectionIssuesOf } from '../internal/test-helpers.js';
import { checkClaim } from './check-claim.js';

const claim = claimById('homicides-ytd-2017')!;

// found by pnpm fuzz (seed 5, index 11, and seed 5, index 28) and listed in issue 18
describe('checkClaim, given options a careless caller writes', () => {
  it.each([
    [{ en: '' }, ['locales', 'en'], ''],
    [{ es: 'es_MX' }, ['locales', 'es'], 'es_MX'],
    [{ en: 5 }, ['locales', 'en'], 5],
    ['es-MX', ['locales'], 'es-MX'],
  ])(
    'rejects the locales %j as not-locale, where Intl would throw',
    async (locales, path, value) => {
      expect(await rejectionIssuesOf(checkClaim(claim, undefined, { locales } as never))).toEqual([
        {
          code: 'not-locale',
          path,
          value,
          params: {},
          reason: 'expected a language tag such as en-US or es-MX',
        },
      ]);
    },
  );

  it('reads null options as none, and explains with a well-formed tag Intl does not know', async () => {
    const plain = await checkClaim(claim);
    expect((await checkClaim(claim, undefined, null as never)).explanation).toEqual(
      plain.explanation,
    );
    // "xx" is well formed (two letters) but no language Intl has data for: it falls back
    const unknown = await checkClaim(claim, undefined, { locales: { en: 'xx' } });
    expect(unknown.explanation.en).toHaveLength(plain.explanation.en.length);
  });
});
