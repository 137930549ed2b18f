/** The page's client routes (pure: unit-tested). */

export type Route = { readonly page: "home" } | { readonly page: "study"; readonly id: string };

/** "/studies/abc" → the study page of abc; anything else → home. */
export function parseRoute(pathname: string): Route {
  const m = /^\/studies\/([^/]+)\/?$/.exec(pathname);
  if (m?.[1]) {
    try {
      return { page: "study", id: decodeURIComponent(m[1]) };
    } catch {
      return { page: "home" };
    }
  }
  return { page: "home" };
}

/** The URL of a stored study. */
export function studyPath(id: string | number): string {
  return `/studies/${encodeURIComponent(String(id))}`;
}

/** The export route of a stored study. */
export function exportPath(id: string | number, format: "csv" | "json"): string {
  return `/api/studies/${encodeURIComponent(String(id))}/export?format=${format}`;
}
