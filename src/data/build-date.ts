/**
 * The moment of this build: the build script sets ATLANTE_BUILD_DATE so that pages and the files
 * it writes beside Astro (citations, open data) give the same day.
 */
export const BUILD_DATE = new Date(process.env.ATLANTE_BUILD_DATE ?? Date.now());
