import { Option, type Command } from "commander";
import { InputError } from "../../data/inputError.js";
import { eventDocumentText, feedResultsText, llmExtractor, ruleExtractor, type InputFormat } from "../../news/index.js";
import { loadKnowledge } from "../../news/knowledge/loadKnowledge.js";
import { readInput } from "../readInput.js";
import { storeOption } from "../storeOption.js";
import { storedDirectory } from "../../pipeline/securitiesDirectory.js";
import { parseDate } from "../parseDate.js";

interface NewsOptions {
  published?: string;
  input?: InputFormat;
  format: "json" | "table";
  knowledge?: string[];
  llmUrl?: string;
  llmModel?: string;
  store?: string;
}

export function newsCommand(program: Command): void {
  program
    .command("news")
    .description("extract the event from an article (text, HTML or an RSS/Atom feed): date, companies, roles, securities")
    .argument("<file>", 'the article, or "-" for standard input')
    .option("--published <date>", "publication date YYYY-MM-DD when the page does not give one", parseDate)
    .addOption(new Option("--input <format>", "input format (default: detected)").choices(["text", "html", "rss"]))
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "table"]).default("json"))
    .option("--knowledge <files...>", "extra knowledge files (JSON or YAML) of issuers, people and listings")
    .option("--llm-url <url>", "use an OpenAI-compatible endpoint (e.g. http://localhost:11434/v1) instead of the rules; key in $AFTERSHOCK_LLM_KEY")
    .option("--llm-model <name>", "the model to ask at --llm-url")
    .addOption(storeOption())
    .action(async (file: string, opts: NewsOptions) => {
      const knowledge = await loadKnowledge(opts.knowledge);
      if ((opts.llmUrl === undefined) !== (opts.llmModel === undefined)) {
        throw new InputError({ file: "command line" }, "--llm-url and --llm-model go together");
      }
      const key = process.env["AFTERSHOCK_LLM_KEY"];
      const extractor =
        opts.llmUrl && opts.llmModel ? llmExtractor({ url: opts.llmUrl, model: opts.llmModel, ...(key ? { apiKey: key } : {}) }) : ruleExtractor;
      const result = await extractor.extract(await readInput(file), {
        knowledge,
        directory: await storedDirectory(opts.store),
        source: file === "-" ? "standard input" : file,
        ...(opts.published === undefined ? {} : { published: opts.published }),
        ...(opts.input === undefined ? {} : { format: opts.input }),
      });
      if (opts.format === "json") process.stdout.write(JSON.stringify(result, null, 2) + "\n");
      else process.stdout.write((Array.isArray(result) ? feedResultsText(result) : eventDocumentText(result)) + "\n");
    });
}
