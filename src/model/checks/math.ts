import katex from 'katex';
import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/** Every `<Math tex>` parses as KaTeX's LaTeX; otherwise the page would fail to render. */
export const mathFormulas: Check = ({ input }) =>
  [...input.notes, ...input.themes].flatMap((entry) =>
    (entry.scan?.components ?? [])
      .filter((c) => c.name === 'Math' && typeof c.attributes.tex === 'string')
      .flatMap((c): ContentProblem[] => {
        const tex = c.attributes.tex as string;
        try {
          katex.renderToString(tex, { output: 'mathml', throwOnError: true, strict: 'error' });
          return [];
        } catch (error) {
          return [
            {
              file: entry.filePath,
              line: c.line,
              field: `<Math tex="${tex}">`,
              problem: `the LaTeX does not parse: ${(error as Error).message.replace(/^KaTeX parse error: /, '')}`,
              fix: 'correct the formula (KaTeX syntax, e.g. \\frac{a}{b})',
            },
          ];
        }
      }),
  );
