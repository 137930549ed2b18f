import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The layering of the program, as import rules per folder. ESLint's own no-restricted-imports (the
 * typescript-eslint version, which lets type-only imports through) is enough to describe every zone:
 * no plugin and no import resolver to install or keep in step with TypeScript's resolution. Relative
 * paths are matched by the folder they reach (`../data/`, `../../data/`), so a break fails `npm test`
 * with a message saying which rule it breaks.
 */
const reaching = (folders) => `^(\\.\\./)+(${folders.join("|")})(/|\\.js$|$)`;
const zone = (files, rules, extra = {}) => ({
  files,
  // Tests and their fixtures read files and use what they check; the zones are for the program.
  ignores: ["**/*.test.ts", "**/fixtures/**"],
  rules: {
    "@typescript-eslint/no-restricted-imports": ["error", { patterns: rules.map(([regex, message]) => ({ regex, message, allowTypeImports: true })) }],
    ...extra,
  },
});
const DOMAIN = ["data", "news", "report", "study", "calendar"];
const NO_IO = [
  "^(node:)?(fs|fs/promises|child_process|net|http|https|worker_threads|os|dgram|readline)$",
  "the engine is pure functions over typed arrays: no I/O (read and write in src/data or src/pipeline)",
];
/** Lazy `import()` of a domain folder from a face: the same break as a static import. */
const noLazyDomainImports = {
  "no-restricted-syntax": [
    "error",
    {
      selector: `ImportExpression[source.value=/${reaching(DOMAIN).replaceAll("/", "\\/")}/]`,
      message: "faces go through src/pipeline: no lazy import of data, news, report, study or calendar either",
    },
  ],
};

const LAYERS = [
  zone(
    ["src/study/**/*.ts"],
    [NO_IO, [reaching(["data", "news", "report", "pipeline", "cli", "server"]), "the engine imports nothing of data, news, report, pipeline or the faces"]],
  ),
  zone(["src/data/**/*.ts"], [[reaching(["study", "pipeline", "cli", "server"]), "data never imports the engine, the pipeline or the faces"]]),
  zone(["src/news/**/*.ts"], [[reaching(["report", "pipeline", "study", "cli", "server"]), "news knows no report, engine, pipeline or faces"]]),
  zone(
    ["src/report/**/*.ts"],
    [[reaching(["pipeline", "cli", "server", "data", "news"]), "the report renders results: it imports nothing of data, news, the pipeline or the faces"]],
  ),
  zone(
    ["src/calendar/**/*.ts"],
    [[reaching(["data", "news", "report", "study", "pipeline", "cli", "server"]), "calendars are pure rules: they import no other folder"]],
  ),
  zone(["src/pipeline/**/*.ts"], [[reaching(["cli", "server"]), "the pipeline serves the faces and imports none of them"]]),
  zone(
    ["src/shared/**/*.ts"],
    [
      ["^\\.\\./", "src/shared holds leaf modules (bundled by the web page too): they import nothing outside src/shared"],
      ["^(node:|[a-z@])", "src/shared holds leaf modules (bundled by the web page too): no packages, no Node modules"],
    ],
  ),
  zone(
    ["src/cli/**/*.ts"],
    [[reaching([...DOMAIN, "server"]), "faces go through src/pipeline (the server is handed to the serve command by main.ts)"]],
    noLazyDomainImports,
  ),
  zone(["src/server/**/*.ts"], [[reaching([...DOMAIN, "cli"]), "faces go through src/pipeline"]], noLazyDomainImports),
  zone(
    ["web/src/**/*.{ts,tsx}"],
    [["^\\.\\./\\.\\./", "the page talks to the API only: it bundles nothing of the program but @aftershock/shared (type imports are fine)"]],
  ),
];

export default tseslint.config(
  { ignores: ["dist/", "web/dist/", "node_modules/", "out/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // A rest sibling drops a key from a copy (`const { df, ...rest } = s`), which exactOptionalPropertyTypes asks for.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  ...LAYERS,
);
