/** Where `npm start` and `npm run dev` serve the site. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

/** The site's canonical origin: SITE_URL when a deployment sets it (e.g. GitHub Pages), else the local preview. */
export const siteUrl = (env: Record<string, string | undefined> = process.env): string => env.SITE_URL ?? PREVIEW_ORIGIN;
