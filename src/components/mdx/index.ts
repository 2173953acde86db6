/** The components an MDX body may use, by the name it uses them with: `<Content components={mdxComponents} />`. */
import type { ComponentName } from './allowlist.ts';
import Callout from './Callout.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';

// Checked against the allowlist: a component missing here, or one the content check does not know, is a type error.
export const mdxComponents = { Callout, KeyFigure, Quote } satisfies Record<ComponentName, unknown>;
