import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { UsmxElement } from '../../internal/base-element.js';
import { baseStyles } from '../../internal/base.styles.js';
import { WidgetError } from '../../internal/errors.js';
import { fetchUserFile, parseJson } from '../../internal/fetch-text.js';
import type { Locale } from '../../internal/i18n.js';
import type { ChartLayout } from '../../internal/model.js';
import { sourceRefs } from '../../internal/source-refs.js';
import { once } from '../../internal/once.js';
import { claimLayout } from './claim.chart.js';
import { claimModel, type ClaimModel } from './claim.model.js';
import { claimStyles } from './claim.styles.js';
import type { Claim, Source } from '@usmx/data/schemas';
import { validateObject } from '../../internal/user-rows.js';
import { claimWords } from '../../locales/words.js';

/**
 * The sources a claim's check can cite: the claims' own and those of the table the claim is
 * tested on, so a page showing one claim does not load every citation in the dataset (about 28 KB
 * min+gzip). A reader's claim citing a source outside them (its own, `MY_BLOG`) shows the id as
 * given, linked when it is a web address.
 */
async function citableSources(
  claim: Claim,
  claimSources: readonly Source[],
): Promise<readonly Source[]> {
  const indicator = claim.test.indicator;
  const family =
    indicator === 'corridor-share' || indicator === 'balloon-effect'
      ? (await import('@usmx/data/corridor')).corridorSources
      : indicator === 'group-count'
        ? (await import('@usmx/data/groups')).groupSources
        : (await import('@usmx/data/homicides')).homicideSources;
  return [...claimSources, ...family];
}

/** The claim shown with no `claim` attribute: the 2017 article's "up nearly 25 percent". */
export const DEFAULT_CLAIM = 'homicides-ytd-2017';

/** The indicator and the dataset tables the widget uses, loaded with the first widget. */
const loadModules = once(() =>
  Promise.all([import('@usmx/indicators/claims'), import('@usmx/data/claims')]),
);

/**
 * A published claim checked against the data: the quote, who said it and when, what each series,
 * figure or counting rule says (as published on the claim's date and now) against the claimed
 * value, the answer with its direction first ("Homicides rose more than the claim said: ..."), then
 * the verdict (supported, partly supported, not supported, depends on the definition, cannot be
 * checked) with the sentences behind it, and the sources.
 *
 * @summary A claim from the claims ledger (or your own), its verdict and the figures behind it.
 * @tagname usmx-claim
 *
 * @attr {string} claim - Id of a claim in the ledger (default `homicides-ytd-2017`).
 * @attr {string} src - URL of a JSON file holding one claim object to check instead.
 * @prop {Claim} data - A claim object to check instead of a ledger claim (validated against `claimSchema`).
 *
 * @fires {CustomEvent<UsmxReadyDetail>} usmx-ready - The claim was checked and drawn; `detail` has the title and summary.
 *
 * @csspart summary - The answer with its direction, then the verdict (also the chart's accessible name).
 * @csspart callout - The verdict.
 * @csspart claim - The quotation and who made it, when.
 * @csspart explanation - The sentences behind the verdict.
 * @csspart chart - The chart (focusable; arrow keys move between figures).
 * @csspart error - The error message, when the claim cannot be checked.
 *
 * @cssprop [--usmx-color-muted=light-dark(#545a63, #aab1bb)] - Axis, attribution and footer text.
 * @cssprop [--usmx-color-grid=light-dark(#e3e5e8, #30343a)] - Table rules.
 * @cssprop [--usmx-claim-agrees-color=light-dark(#1b7a3d, #7fd49b)] - Figures that agree with the claim.
 * @cssprop [--usmx-claim-disagrees-color=light-dark(#b3261e, #ff8a80)] - Figures that do not.
 * @cssprop [--usmx-claim-undecided-color=light-dark(#6b7280, #9ca3af)] - Figures that cannot say.
 * @cssprop [--usmx-claim-band-color=light-dark(#e8eef8, #26303d)] - The claimed range and its tolerance.
 */
export class UsmxClaim extends UsmxElement<ClaimModel> {
  static override styles = [baseStyles, claimStyles];

  static override properties: PropertyDeclarations = {
    claim: { reflect: true },
  };

  declare claim: string | undefined;

  protected override async load(locale: Locale, signal: AbortSignal): Promise<ClaimModel> {
    const [{ checkClaim }, { claimById, claims, claimSources }] = await loadModules();
    let claim: unknown;
    const origin = this.userDataOrigin();
    if (origin !== undefined) {
      const given =
        this.data !== undefined
          ? this.data
          : await parseJson(
              (await fetchUserFile(origin, locale.lang, signal)).text,
              origin,
              locale.lang,
            );
      const { claimSchema } = await import('@usmx/data/schemas');
      claim = await validateObject(given, claimSchema, origin, locale.lang);
    } else {
      const id = this.claim?.trim() || DEFAULT_CLAIM;
      claim = claimById(id);
      if (claim === undefined) {
        const t = claimWords(locale.lang);
        throw new WidgetError('invalid-attribute', `${t.unknownClaim}: ${id}`, [
          {
            column: 'claim',
            value: id,
            reason: t.unknownClaimReason(claims.map((known) => known.id).join(', ')),
          },
        ]);
      }
    }
    const sources = await citableSources(claim as Claim, claimSources);
    // a claim from `src` or `data` that fails validation is bad user data, like a bad file
    // the explanation's numbers are written as the widget writes its own (es-ES: +21,7 %)
    const locales = { [locale.lang]: locale.locale };
    const check = await checkClaim(claim, { sources }, { locales }).catch(
      async (error: unknown) => {
        throw await this.rowsError(error, locale.lang);
      },
    );
    return claimModel(check, { locale, sources: sourceRefs(check.sourceIds, sources) });
  }

  protected override layout(model: ClaimModel, width: number, locale: Locale): ChartLayout {
    return claimLayout(model, width, locale);
  }

  protected override renderControls(model: ClaimModel, locale: Locale): TemplateResult {
    const t = claimWords(locale.lang);
    const quoteLang = model.quoteLang === locale.lang ? nothing : model.quoteLang;
    return html`<figure class="claim" part="claim">
        <blockquote lang=${quoteLang}>“${model.quote}”</blockquote>
        ${model.rendering ? html`<p class="rendering">${t.englishRendering}: “${model.rendering}”</p>` : nothing}
        <figcaption>— ${model.attribution}</figcaption>
      </figure>
      <ul class="explanation" part="explanation">
        ${model.sentences.map((sentence) => html`<li>${sentence}</li>`)}
      </ul>`;
  }
}
