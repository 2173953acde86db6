/** The site's canonical origin: SITE_URL when a deployment sets it (e.g. GitHub Pages), else the local preview. */
export const siteUrl = (env: Record<string, string | undefined> = process.env): string => env.SITE_URL ?? 'http://localhost:4321';
