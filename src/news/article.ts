/** Where a publication date was read from, most trustworthy first. */
export type PublishedSource = "meta" | "json-ld" | "time-element" | "byline" | "feed" | "option";

/**
 * An article reduced to what extraction needs: its title, the paragraphs of its body (page chrome
 * removed) and, when the page said so, its publication date.
 */
export interface Article {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly published?: { readonly date: string; readonly source: PublishedSource };
  /** What the reader passed over and the event document should say (a declared date not in the calendar). */
  readonly notes?: readonly string[];
}
