import { looksLikeFeed } from "./feeds.js";

/** What an input to the extractor is: plain text, an HTML page, or an RSS/Atom feed. */
export type InputFormat = "text" | "html" | "rss";

/** The format a text is in, judged from its first tags. Light to load: the main job calls it before deciding to extract. */
export function detectFormat(input: string): InputFormat {
  if (looksLikeFeed(input)) return "rss";
  if (/^\s*(<!doctype\s+html|<html\b|<head\b|<body\b|<article\b|<p\b|<div\b)/i.test(input)) return "html";
  return "text";
}
