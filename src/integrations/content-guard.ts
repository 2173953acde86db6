/**
 * Stops `astro dev` and `astro build` before anything is written when the content is invalid,
 * printing each problem as `file:line:col  field  message  → fix` instead of a stack trace.
 * The build script checks first and tells the guard so (ATLANTE_CONTENT_CHECKED=1).
 */
import { contentRoot } from '../schemas/index.ts';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check.ts';
import { formatReport } from '../lib/problems.ts';

export default function contentGuard(): AstroIntegration {
  return {
    name: 'atlante:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (process.env.ATLANTE_CONTENT_CHECKED === '1' || command === 'preview') return;
        const result = checkContent(contentRoot());
        if (result.errors) {
          console.error(formatReport(result.problems));
          process.exit(1);
        }
        if (result.warnings) logger.warn(formatReport(result.problems));
      },
    },
  };
}
