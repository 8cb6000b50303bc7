import { z } from 'astro/zod';
import { citationSchema } from './claim.ts';
import { kebabCase } from './shared.ts';

/**
 * A figure drawn from data at build time, declared in a note's frontmatter and placed in the
 * prose with `<Chart id="…" />`. Values are read loosely here on purpose: a missing value, a
 * number written as text or a unit that differs from the axis is reported by the chart check
 * (src/model/checks/charts.ts) with its line and a fix, not as a schema error.
 */
export const chartSchema = z
  .object({
    /** Kebab-case, unique across the site; the figure's anchor (`#chart-<id>`). */
    id: kebabCase('chart id'),
    /** The figure's title, shown above it; e.g. "Training tokens per parameter". */
    title: z.string().trim().min(1, 'give the chart a title'),
    /** The text alternative: the quantity shown and the main finding, in one or two sentences. */
    summary: z.string().trim().min(1, 'say what the chart shows and its main finding'),
    /** The value axis: what is measured, its unit (`%`, `B parameters`), `log` for a log scale. */
    value: z
      .object({
        label: z.string().trim().min(1),
        unit: z.string().trim().min(1, 'give the unit of the values, e.g. "%"'),
        scale: z.enum(['linear', 'log']).default('linear'),
      })
      .strict(),
    /** What the bars are: the label of the category axis, e.g. "Model". */
    category: z.string().trim().min(1, 'name what the bars are, e.g. "Model"'),
    /** Where the numbers come from, each with a locator, as `<Cite>` gives them. */
    sources: z.array(citationSchema).default([]),
    /** Reference lines across the bars, e.g. Chinchilla's 20 tokens per parameter. */
    marks: z
      .array(z.object({ label: z.string().trim().min(1), value: z.unknown().optional() }).strict())
      .default([]),
    /** One row per bar: its category, its series (for grouped bars), the value and its unit. */
    data: z
      .array(
        z
          .object({
            label: z.string().trim().min(1, 'give the bar a label'),
            series: z.string().trim().min(1).optional(),
            value: z.unknown().optional(),
            unit: z.string().trim().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type ChartData = z.infer<typeof chartSchema>;
