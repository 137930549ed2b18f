/**
 * The venues a study groups listings by (a listing's country, from its symbol's suffix), in one table:
 * the name a venue is shown under, and how it reads after "In" in a sentence.
 */
interface Venue {
  readonly name: string;
  /** "In the United States, ...": the name as a sentence places it. */
  readonly place: string;
}

const VENUES: Readonly<Record<string, Venue>> = {
  HK: { name: "Hong Kong", place: "Hong Kong" },
  US: { name: "United States", place: "the United States" },
  CN: { name: "Mainland China", place: "mainland China" },
};

/** The name of the venue with country code `code` ("HK" → "Hong Kong"); the code itself for a venue the table lacks. */
export function venueName(code: string): string {
  return VENUES[code]?.name ?? code;
}

/** How the venue named `name` reads after "In" ("United States" → "the United States"); the name itself for a venue the table lacks. */
export function venuePlace(name: string): string {
  return Object.values(VENUES).find((v) => v.name === name)?.place ?? name;
}
