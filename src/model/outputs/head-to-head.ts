import type { Analysis, RouteRecord } from '../analyze/analyze';

/**
 * The route a name means: its path (with or without `.md`), its title or one of its aliases,
 * or a part of its title that only one route has (case-insensitive; a path written exactly
 * wins). Else a message: the routes there are, or the paths of those the name fits.
 */
export function findRoute(
  analysis: Analysis,
  name: string,
): { route: RouteRecord } | { message: string } {
  const written = name.trim();
  const q = written.toLowerCase();
  const routes = analysis.routes;
  const byPath = routes.find((r) => r.id === written || r.id === `${written}.md`);
  if (byPath) return { route: byPath };
  const exact = routes.filter(
    (r) =>
      r.id.toLowerCase() === q ||
      r.id.toLowerCase() === `${q}.md` ||
      r.title.toLowerCase() === q ||
      r.aliases.some((a) => a.toLowerCase() === q),
  );
  const fits = exact.length > 0 ? exact : routes.filter((r) => r.title.toLowerCase().includes(q));
  if (fits.length === 1 && fits[0]) return { route: fits[0] };
  if (fits.length > 1)
    return {
      message: `"${name}" names ${fits.length} routes: ${fits.map((r) => r.id).join(', ')}. Give ${exact.length > 0 ? 'the path of the one you mean' : 'more of the title, or the path'}.`,
    };
  const list = routes.map((r) => `"${r.title}"`).join(', ');
  return {
    message:
      routes.length === 0
        ? `"${name}" names no route: the vault has no routes yet.`
        : `"${name}" names no route. The routes are: ${list}.`,
  };
}

/**
 * The two routes two names mean, or every reason they do not: a name that fits no route or
 * several, or both names meaning one route. The CLI's `compare` and the code block's table
 * both ask this.
 */
export function findRoutePair(
  analysis: Analysis,
  names: readonly string[],
): { pair: [RouteRecord, RouteRecord] } | { messages: string[] } {
  const found = names.slice(0, 2).map((name) => findRoute(analysis, name));
  const messages = found.flatMap((f) => ('message' in f ? [f.message] : []));
  const [a, b] = found.flatMap((f) => ('route' in f ? [f.route] : []));
  if (messages.length > 0 || !a || !b) return { messages };
  if (a.id === b.id)
    return { messages: [`both names mean the same route, "${a.title}"; name two routes.`] };
  return { pair: [a, b] };
}
