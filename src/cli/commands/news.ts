import { Option, type Command } from "commander";
import { eventDocumentText, extractEvent, feedResultsText, type InputFormat } from "../../news/index.js";
import { loadKnowledge } from "../../news/knowledge/loadKnowledge.js";
import { readInput } from "../readInput.js";

export function newsCommand(program: Command): void {
  program
    .command("news")
    .description("extract the event from an article (text, HTML or an RSS/Atom feed): date, companies, roles, securities")
    .argument("<file>", 'the article, or "-" for standard input')
    .option("--published <date>", "publication date YYYY-MM-DD when the page does not give one")
    .addOption(new Option("--input <format>", "input format (default: detected)").choices(["text", "html", "rss"]))
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "table"]).default("json"))
    .option("--knowledge <files...>", "extra knowledge files (JSON or YAML) of issuers, people and listings")
    .action(async (file: string, opts: { published?: string; input?: InputFormat; format: "json" | "table"; knowledge?: string[] }) => {
      const knowledge = await loadKnowledge(opts.knowledge);
      const result = extractEvent(await readInput(file), {
        knowledge,
        source: file === "-" ? "standard input" : file,
        ...(opts.published === undefined ? {} : { published: opts.published }),
        ...(opts.input === undefined ? {} : { format: opts.input }),
      });
      if (opts.format === "json") process.stdout.write(JSON.stringify(result, null, 2) + "\n");
      else process.stdout.write((Array.isArray(result) ? feedResultsText(result) : eventDocumentText(result)) + "\n");
    });
}
