import type { Locale } from '../core/index.js';

/**
 * Options every chart takes. Sizes are in SVG user units (pixels when the SVG is shown at its own size;
 * the `viewBox` lets it scale).
 *
 * @category Pictures
 */
export interface ChartOptions {
  /** The language of titles, labels and figures: `'vi'` (default; `128,75%`) or `'en'` (`128.75%`). */
  readonly locale?: Locale;
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
}
