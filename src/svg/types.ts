import type { LocaleTag } from '../core/index.js';

/**
 * Options every chart takes. Sizes are in SVG user units (pixels when the SVG is shown at its own size;
 * the `viewBox` lets it scale).
 *
 * @category Pictures
 */
export interface ChartOptions {
  /** The language of titles, labels and figures: `'vi'` (default; `128,75%`) or `'en'` (`128.75%`). */
  readonly locale?: LocaleTag;
  /** Width, 120 to 4000. Each chart has its own default. */
  readonly width?: number;
  /** Height, 40 to 4000. Each chart has its own default. */
  readonly height?: number;
  /** The accessible name (`<title>`), also the heading drawn on the chart. Each chart has its own default. */
  readonly title?: string;
  /**
   * A prefix for the ids of `<title>` and `<desc>`, a letter then up to 63 letters, digits, `_` or `-`.
   * By default it is derived from the chart's text, so different charts on one page get different ids.
   */
  readonly id?: string;
  /**
   * Colours for a light page (`'light'`, the default: dark ink, transparent background), a dark page
   * (`'dark'`: light ink on its own dark background), or `'auto'`: light colours that switch to the dark
   * ones when the reader's system is dark (`prefers-color-scheme`). Choose `'auto'` only where the page
   * itself follows the system scheme; otherwise pass the page's own theme.
   */
  readonly theme?: 'light' | 'dark' | 'auto';
  /**
   * Colours by role, as hex (`'#0b57d0'`), over the theme's. Each role is also the CSS custom property
   * `--chitieu-<role>` (`--chitieu-not-met`, `--chitieu-over-limit`…), which a page can set to restyle
   * charts drawn inline: every painted element carries `style="fill:var(--chitieu-ink,#263238)"`.
   */
  readonly colors?: Partial<Record<ChartColorRole, string>>;
  /** Draw a background in the theme's `background` colour. Default: only for `theme: 'dark'`. */
  readonly background?: boolean;
}

/**
 * The colour roles of a chart. `notMet`, `met`, `exceeded`: the status colours (bar, value, target);
 * `track`: the empty bar; `band`: a range target; `overLimit`: the part beyond an at-most limit; `ink`:
 * headings, markers and labels; `muted`: ticks, axes and legends; `pace`: the linear pace line;
 * `surface`: the inside of hollow points; `background`: the chart's background.
 *
 * CSS classes a page can style: the root `svg.chitieu-chart` with `chitieu-bullet` or
 * `chitieu-term-progress`; `background`, `heading`, `value`, `track`, `target-band`, `over-limit`,
 * `achieved` (with `data-status`), `target`, `limit`, `tick`; in the term chart also `legend`,
 * `legend-key`, `axis`, `year`, `pace`, `projection`, `projection-point`, `cumulative`, `point` (with
 * `data-date`), `label`.
 *
 * @category Pictures
 */
export type ChartColorRole =
  | 'notMet'
  | 'met'
  | 'exceeded'
  | 'track'
  | 'band'
  | 'overLimit'
  | 'ink'
  | 'muted'
  | 'pace'
  | 'surface'
  | 'background';
