/**
 * The securities directory in the store (every symbol ever listed, its names over time, ticker
 * changes): replaced as a whole by an import, read back as rows or as its look-up index. The tables
 * and their reading are in directoryTables.ts.
 */
import type { DirectoryIndexData } from "../directory/directory.js";
import type { DirectoryRows } from "../directory/rows.js";
import type { StoreConnection } from "./connection.js";
import { directoryImport, readDirectory, readDirectoryIndex, writeDirectory, type DirectoryImport } from "./directoryTables.js";

export class DirectoryRepository {
  constructor(private readonly store: StoreConnection) {}

  /** Replaces the stored directory (one transaction: the old one stays if this fails). */
  replace(rows: DirectoryRows, folder: string): Promise<void> {
    return this.store.exclusive((connection) => writeDirectory(connection, rows, folder));
  }

  /** The stored directory, or undefined when none was imported. */
  rows(): Promise<DirectoryRows | undefined> {
    return this.store.exclusive(readDirectory);
  }

  /** The stored directory's look-up index (see data/directory), or undefined when none was imported. */
  index(): Promise<DirectoryIndexData | undefined> {
    return this.store.exclusive(readDirectoryIndex);
  }

  /** Where and when the stored directory was imported, or undefined. */
  lastImport(): Promise<DirectoryImport | undefined> {
    return this.store.exclusive(directoryImport);
  }
}
