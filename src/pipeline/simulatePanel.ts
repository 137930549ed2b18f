export { simulationMarkdown } from "../report/simulationText.js";
import { readLongCsv } from "../data/csv/index.js";
import { InputError } from "../data/inputError.js";
import type { Series } from "../series.js";
import { returnsFromPrices } from "../study/returns.js";
import { equalWeightedIndex, simulateBrownWarner, type SimulationDesign, type SimulationTable } from "../study/simulation/brownWarner.js";

/**
 * Reads a long price panel (security, date, close rows, e.g. ../shared/data/sp500-2013-2018), turns the
 * closes into simple returns, builds the equally weighted index as the market, and runs the
 * Brown-Warner simulation on it.
 */
export async function simulatePanel(file: string, design: SimulationDesign, progress?: (done: number, total: number) => void): Promise<SimulationTable> {
  const prices = await readLongCsv(file);
  const securities = new Map<string, Series>();
  for (const [name, s] of prices) {
    const bad = s.values.findIndex((v) => v <= 0);
    if (bad >= 0) throw new InputError({ file, field: name }, `price ${s.values[bad]} is not positive`);
    securities.set(name, returnsFromPrices(s, "simple"));
  }
  return simulateBrownWarner(securities, equalWeightedIndex(securities), design, progress);
}
