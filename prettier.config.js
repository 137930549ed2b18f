/**
 * The code's layout, as written so far: double quotes, semicolons, trailing commas, long lines (code
 * runs to about 160 characters; comments wrap near 110 by hand, which Prettier leaves alone).
 * `npm run format:check` lists the files that differ; `npm run format` rewrites them.
 */
export default {
  printWidth: 160,
  // Template literals are output (report HTML, CSS): their text is what the report writes, not code to lay out.
  embeddedLanguageFormatting: "off",
  singleQuote: false,
  semi: true,
  trailingComma: "all",
  arrowParens: "always",
};
