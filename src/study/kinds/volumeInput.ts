import type { StudyInput } from "../runStudy.js";
import { StudyInputError } from "../studyInputError.js";
import { logVolume, sampleLogVolume } from "./logVolume.js";
import type { VolumeMarket } from "./studyKind.js";

/** The market series of a volume study: the sample's equal-weighted log volume. */
export const SAMPLE_VOLUME_MARKET = "sample log volume";

/**
 * A volume study's input as the return engine reads it: each security's log volume in place of its
 * returns, measured against its market's log volume (Campbell & Wasley 1996): the event's market's own
 * volume ("benchmark"), or the equal-weighted mean log volume of the study's securities ("sample"). Exchange calendars are left out: a level, unlike a return, spans no days, so day 0 and
 * gaps follow the days with a volume.
 */
export function volumeStudyInput(input: StudyInput, market: VolumeMarket): StudyInput {
  const volumes = input.volumes;
  if (!volumes) {
    throw new StudyInputError([{ path: "options.kind", message: "a volume study needs each security's trading volume, and none was given" }]);
  }
  const securities = new Map([...volumes].map(([name, series]) => [name, logVolume(series)]));
  const { calendars: _calendars, factors: _factors, ...rest } = input;
  if (market === "benchmark") return { ...rest, securities, markets: securities };
  const sample = [...new Set(input.events.map((e) => e.security))].flatMap((name) => {
    const v = securities.get(name);
    return v ? [v] : [];
  });
  return {
    ...rest,
    securities,
    markets: new Map([[SAMPLE_VOLUME_MARKET, sampleLogVolume(sample)]]),
    defaultMarket: SAMPLE_VOLUME_MARKET,
    events: input.events.map((e) => ({ ...e, market: SAMPLE_VOLUME_MARKET })),
  };
}
