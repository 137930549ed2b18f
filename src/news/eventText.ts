import { textTable } from "../shared/textTable.js";
import { REVIEW_BELOW, type EventDocument } from "./eventDocument.js";
import type { FeedResult } from "./extractEvent.js";

/** The event as a small table for people: date and how it was read, companies with roles and symbols, notes. */
export function eventDocumentText(doc: EventDocument): string {
  const r = doc.eventDateResolution;
  const how =
    r.method === "publication" ? "publication date (no date in the text)" : `"${r.expression}" (${r.method}${r.precision === "day" ? "" : `, ${r.precision}`})`;
  const out = [doc.title, "", `Published ${doc.published}; event date ${doc.eventDate} from ${how}.`, ""];
  out.push(
    textTable(
      ["company", "role", "symbols", "via", "confidence"],
      doc.companies.map((c) => [
        c.name,
        c.review === true ? `${c.role} (check)` : c.role,
        [...c.listings, ...c.inactiveListings.map((l) => `(${l.symbol} ${l.status}${l.status === "not yet listed" && l.from ? ` until ${l.from}` : ""})`)].join(
          " ",
        ) || (c.unlisted ? "unlisted" : "–"),
        c.via.join(", "),
        c.confidence.toFixed(2),
      ]),
    ),
  );
  if (doc.companies.some((c) => c.review === true))
    out.push(
      "",
      `(check): read with a confidence under ${REVIEW_BELOW}; such roles are right less often (about three in four on newsroom pages). Correct them with run --role NAME=ROLE.`,
    );
  if (doc.otherEntities.length > 0)
    out.push("", "Also named (not companies of the event):", ...doc.otherEntities.map((e) => `- ${e.name}: ${e.reason ?? e.kind}`));
  const unknown = doc.companies.filter((c) => c.listingUnknown !== undefined);
  if (unknown.length > 0) out.push("", "Listing unknown:", ...unknown.map((c) => `- ${c.name}: ${c.listingUnknown}`));
  if (doc.notes.length > 0) out.push("", "Notes:", ...doc.notes.map((n) => `- ${n}`));
  return out.join("\n");
}

/** A feed's results one after another, failed items as one line each. */
export function feedResultsText(results: readonly FeedResult[]): string {
  return results.map((r) => ("error" in r ? `Item ${r.item}${r.title ? ` (${r.title})` : ""}: not read: ${r.error}` : eventDocumentText(r))).join("\n\n");
}
