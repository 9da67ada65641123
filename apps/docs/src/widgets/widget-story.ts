import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor, within } from 'storybook/test';
import { createWidget, widgetSnippet, type WidgetAttributes } from './snippet.js';

/** Tag (written literally in each story, as Storybook's indexer requires) of the stories that show a widget's error state; every other story must draw a chart. */
export const errorStateTag = 'error-state';

/** Story parameters read by {@link widgetMeta}. */
export interface WidgetStoryParameters {
  /** Show the widget in a block this many pixels wide (and say so in the snippet). */
  maxWidth?: number;
}

interface Settled {
  type: 'usmx-ready' | 'usmx-error';
  detail: { summary?: string; message?: string };
}

const settled = new WeakMap<Element, Settled>();

function track(element: HTMLElement): HTMLElement {
  const record = (event: Event) => {
    settled.set(element, {
      type: event.type as Settled['type'],
      detail: (event as CustomEvent).detail ?? {},
    });
  };
  element.addEventListener('usmx-ready', record);
  element.addEventListener('usmx-error', record);
  return element;
}

function usmxParameters(context: Pick<StoryContext, 'parameters'>): WidgetStoryParameters {
  return (context.parameters.usmx ?? {}) as WidgetStoryParameters;
}

/**
 * Waits until the widget has drawn or shown its error, then checks the outcome the story expects:
 * a chart whose accessible name is the summary sentence, or a readable error, and nothing written
 * to the console as an error.
 */
async function expectOutcome(tag: string, context: StoryContext): Promise<void> {
  const widget = context.canvasElement.querySelector(tag);
  await expect(widget, `<${tag}> is on the page`).not.toBeNull();
  const element = widget as HTMLElement;
  const result = await waitFor(
    () => {
      const outcome = settled.get(element);
      if (!outcome) throw new Error(`<${tag}> fired neither usmx-ready nor usmx-error`);
      return outcome;
    },
    { timeout: 45_000 },
  );
  const shadow = within(element.shadowRoot as unknown as HTMLElement);
  if (!context.tags.includes(errorStateTag)) {
    await expect(result.type, `usmx-error: ${result.detail.message ?? ''}`).toBe('usmx-ready');
    const summary = result.detail.summary ?? '';
    await expect(summary.length).toBeGreaterThan(0);
    // The chart, in the role it declares, has the summary sentence as its accessible name.
    const chart = element.shadowRoot?.querySelector('[part~="chart"]');
    const role = chart?.getAttribute('role');
    await expect(role, 'the chart declares a role').toBeTruthy();
    await expect(shadow.getByRole(role as string, { name: summary })).toBe(chart);
  } else {
    await expect(result.type).toBe('usmx-error');
    await expect(shadow.getByRole('alert')).toHaveTextContent(/\S/);
  }
  await expect(console.error).not.toHaveBeenCalled();
}

/** Controls for the attributes every widget has. */
const commonArgTypes = {
  lang: { control: 'inline-radio', options: ['en', 'es'] },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  data: { control: false },
} satisfies Meta['argTypes'];

/** Number controls for a widget's `from` and `to` years, between `min` and `max`. */
export function yearArgTypes(min: number, max: number) {
  const year = { control: { type: 'number' as const, min, max } };
  return { from: year, to: year } satisfies Meta['argTypes'];
}

/** Said under every widget's description on its docs page. */
const SHOW_CODE = 'Every story ends with the HTML that reproduces it on any page ("Show code").';

/**
 * The shared shape of every widget's stories: `args` are the element's attributes, the canvas holds
 * exactly the element the snippet describes, the docs source is that snippet, and each story's test
 * waits for the widget to settle and checks its outcome (the a11y check runs after it). `argTypes`
 * are added to {@link commonArgTypes}; `description` heads the docs page.
 */
export function widgetMeta(
  tag: string,
  {
    description,
    ...meta
  }: Omit<Meta<WidgetAttributes>, 'component' | 'render' | 'play'> & { description: string },
): Meta<WidgetAttributes> {
  return {
    component: tag,
    ...meta,
    argTypes: { ...commonArgTypes, ...meta.argTypes },
    render: (args, context) => {
      const element = track(createWidget(tag, args));
      // Event handlers from the Actions panel (`onUsmxReady` listens to `usmx-ready`).
      for (const [name, handler] of Object.entries(args)) {
        if (/^on[A-Z]/.test(name) && typeof handler === 'function') {
          element.addEventListener(
            name.slice(2).replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase()),
            handler as EventListener,
          );
        }
      }
      const { maxWidth } = usmxParameters(context);
      if (maxWidth === undefined) return element;
      const block = document.createElement('div');
      block.style.maxWidth = `${maxWidth}px`;
      block.append(element);
      return block;
    },
    play: (context) => expectOutcome(tag, context),
    parameters: {
      ...meta.parameters,
      docs: {
        ...meta.parameters?.docs,
        description: { component: `${description} ${SHOW_CODE}` },
        source: {
          language: 'html',
          transform: (_code: string, context: StoryContext) =>
            widgetSnippet(tag, context.args as WidgetAttributes, {
              maxWidth: usmxParameters(context).maxWidth,
            }),
        },
      },
    },
  };
}

export type WidgetStory = StoryObj<WidgetAttributes>;

/** A story described on the docs page by `text` (a story re-exported from here has no JSDoc of its own there). */
function described(text: string, story: WidgetStory): WidgetStory {
  return { ...story, parameters: { ...story.parameters, docs: { description: { story: text } } } };
}

/**
 * The variants every widget shows, built once; each stories file re-exports them, one line each:
 * `export const Dark: WidgetStory = variants.Dark;`. Storybook's indexer reads a story's name and
 * tags from the source text, not from a value, so a story whose name is not its export name
 * spreads the variant under its name: `{ name: 'Narrow (320 px)', ...variants.Narrow }`.
 */
export const variants = {
  Spanish: described('In Spanish: text, numbers and dates.', { args: { lang: 'es' } }),
  Dark: described('The dark theme, whatever the reader’s system setting.', {
    args: { theme: 'dark' },
  }),
  Narrow: described('In a 320-pixel column, as on a phone.', {
    parameters: { usmx: { maxWidth: 320 } },
  }),
} satisfies Record<string, WidgetStory>;

/** The year controls of the two widgets that chart organizations: the lineage and the splinter count. */
export const organizationYearArgTypes = yearArgTypes(1930, 2025);

/** The stories the two widgets that chart organizations share: the lineage and the splinter count. */
export const organizationStories = {
  AnotherSpan: described("Another span: the years of the article's claim, 2002 to 2017.", {
    args: { from: 2002, to: 2017 },
  }),
  UserData: described(
    'A reader’s own file (`src`): the Gulf Cartel and the groups split from it (provenance in `public/data/PROVENANCE.md`).',
    { args: { src: 'data/organizations-gulf-family.json' } },
  ),
  ErrorState: described(
    'A file with a bad organization: the widget lists each problem instead of a chart.',
    { args: { src: 'data/organizations-malformed-example.json' } },
  ),
} satisfies Record<string, WidgetStory>;
