import { readFile } from "node:fs/promises";
import { InputError } from "../data/inputError.js";

/** A file's text, or standard input for "-". Unreadable input is an InputError naming it. */
export async function readInput(path: string): Promise<string> {
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFile(path, "utf8").catch((e: unknown) => {
    throw new InputError({ file: path }, `cannot read it (${(e as Error).message})`);
  });
}
