import { readFile, stat } from "node:fs/promises";
import { InputError } from "../shared/errors.js";
import { limitsFromEnv, limitVariable } from "../limits.js";

/**
 * A file's text, or standard input for "-". Unreadable input is an InputError naming it, and so is
 * input larger than the article limit (checked before the file is read).
 */
export async function readInput(path: string, maxBytes: number = limitsFromEnv().articleBytes): Promise<string> {
  const tooLarge = (bytes: string): InputError =>
    new InputError({ file: path }, `the input is ${bytes} bytes, more than the ${maxBytes} accepted (${limitVariable("articleBytes")})`);
  if (path === "-") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge(`at least ${size}`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString("utf8");
  }
  const info = await stat(path).catch((e: unknown) => {
    throw new InputError({ file: path }, `cannot read it (${(e as Error).message})`);
  });
  if (info.isFile() && info.size > maxBytes) throw tooLarge(String(info.size));
  return readFile(path, "utf8").catch((e: unknown) => {
    throw new InputError({ file: path }, `cannot read it (${(e as Error).message})`);
  });
}
