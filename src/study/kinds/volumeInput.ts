import type { Series } from "../../series.js";
import { StudyInputError } from "../studyInputError.js";
import { logVolume, sampleLogVolume } from "./logVolume.js";
import type { VolumeMarket } from "./studyKind.js";

/** The market series of a volume study against the sample: the sample's equal-weighted log volume. */
const SAMPLE_VOLUME_MARKET = "sample log volume";

/** What a volume study measures in place of returns: log volumes, the market's, and the events against it. */
export interface VolumeSeries<E> {
  readonly securities: ReadonlyMap<string, Series>;
  readonly markets: ReadonlyMap<string, Series>;
  readonly events: readonly E[];
  readonly defaultMarket?: string;
}

/**
 * A volume study's series as the return engine reads them: each security's log volume in place of its
 * returns, measured against its market's log volume (Campbell & Wasley 1996): the event's market's own
 * volume ("benchmark"), or the equal-weighted mean log volume of the study's securities ("sample").
 */
export function volumeSeries<E extends { readonly security: string; readonly market?: string }>(
  volumes: ReadonlyMap<string, Series> | undefined,
  events: readonly E[],
  market: VolumeMarket,
): VolumeSeries<E> {
  if (!volumes) {
    throw new StudyInputError([{ path: "options.kind", message: "a volume study needs each security's trading volume, and none was given" }]);
  }
  const securities = new Map([...volumes].map(([name, series]) => [name, logVolume(series)]));
  if (market === "benchmark") return { securities, markets: securities, events };
  const sample = [...new Set(events.map((e) => e.security))].flatMap((name) => {
    const v = securities.get(name);
    return v ? [v] : [];
  });
  return {
    securities,
    markets: new Map([[SAMPLE_VOLUME_MARKET, sampleLogVolume(sample)]]),
    defaultMarket: SAMPLE_VOLUME_MARKET,
    events: events.map((e) => ({ ...e, market: SAMPLE_VOLUME_MARKET })),
  };
}
