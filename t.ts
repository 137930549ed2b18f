import { readFileSync } from "node:fs";
import { extractEvent } from "./src/news/extractEvent.js";
import { loadKnowledge } from "./src/news/knowledge/loadKnowledge.js";
import { sharedDirectory } from "./src/news/eval/sharedDirectory.js";
const f = process.argv[2]!;
const d = extractEvent(readFileSync(f, "utf8"), { knowledge: loadKnowledge(), directory: sharedDirectory(), format: f.endsWith(".html") ? "html" : "text", published: process.argv[3] ?? "2020-01-01" });
if (!Array.isArray(d)) { console.log(d.eventDate, d.companies.map((c) => `${c.entityId}:${c.role} [${c.listings}]${c.listingUnknown ? " ?" + c.listingUnknown : ""}`).join("\n")); console.log("OTHER", d.otherEntities.map((o) => `${o.name} (${o.reason})`).join("; ")); console.log(d.notes.join("\n")); }
