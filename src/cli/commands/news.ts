import { Option, type Command } from "commander";
import { extractArticle, extractionText } from "../../pipeline/extractArticle.js";
import type { InputFormat } from "../../pipeline/vocabulary.js";
import { readInput } from "../readInput.js";
import { storeOption } from "../storeOption.js";
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
      const result = await extractArticle(() => readInput(file), {
        knowledgeFiles: opts.knowledge,
        llm: { url: opts.llmUrl, model: opts.llmModel, apiKey: process.env["AFTERSHOCK_LLM_KEY"] },
        storePath: opts.store,
        source: file === "-" ? "standard input" : file,
        published: opts.published,
        format: opts.input,
      });
      if (opts.format === "json") process.stdout.write(JSON.stringify(result, null, 2) + "\n");
      else process.stdout.write(extractionText(result) + "\n");
    });
}
