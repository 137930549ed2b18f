import type { CompanyRole } from "../types.js";
import { ROLES } from "../rows.js";

/** A labelled choice of a company's role in the event. */
export function RoleSelect(props: { id: string; label: string; value: CompanyRole; onChange: (role: CompanyRole) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as CompanyRole)}>
        {ROLES.map((r) => (
          <option key={r.role} value={r.role}>
            {r.label}
          </option>
        ))}
      </select>
    </div>
  );
}
