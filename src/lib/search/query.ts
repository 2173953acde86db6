/**
 * What is searched for. Its own module, with no imports, so that the header's search box can
 * use it without bringing the facet code into every page.
 *
 * A query of one character matches every word starting with it: a slow search that helps no
 * one. Shorter queries search nothing until a second character is typed.
 */
export const MIN_QUERY_LENGTH = 2;

/** The query the engine is asked: the typed one, or nothing while it is too short. */
export const searchableQuery = (q: string) => ([...q].length >= MIN_QUERY_LENGTH ? q : '');
