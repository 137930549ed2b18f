import { ApiError } from "../api.js";

/** An error from the API (or the browser) with the server's issues listed, announced when it appears. */
export function ErrorNotice({ error, id }: { error: unknown; id?: string }) {
  if (error === undefined || error === null) return null;
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.charAt(0).toUpperCase() + raw.slice(1);
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="notice notice-error" role="alert" id={id}>
      <p>
        <strong>Could not do that.</strong> {message}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.map((i, k) => (
            <li key={k}>
              {i.path ? <code>{i.path}</code> : null}
              {i.line !== undefined ? ` line ${i.line}` : ""}
              {i.field !== undefined ? `, column “${i.field}”` : ""}
              {i.path || i.line !== undefined ? ": " : ""}
              {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
