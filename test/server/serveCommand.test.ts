import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { serveCommand } from "../../src/cli/commands/serve.js";
import * as server from "../../src/server/serve.js";

function program(): Command {
  const p = new Command().exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  serveCommand(p, server);
  return p;
}

describe("aftershock serve", () => {
  it("registers the command with its options and defaults", () => {
    const serve = program().commands.find((c) => c.name() === "serve")!;
    expect(serve.options.map((o) => o.long)).toEqual(["--host", "--port", "--data", "--news", "--store"]);
    expect(serve.opts()).toMatchObject({ host: "127.0.0.1", port: 8470 });
  });

  it("refuses a port that is not one", async () => {
    for (const port of ["abc", "70000", "-1"]) {
      await expect(program().parseAsync(["node", "aftershock", "serve", "--port", port])).rejects.toThrow(/port|option/i);
    }
  });
});
