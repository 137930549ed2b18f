/**
 * Days on which the sample data (../shared/data) and a calendar disagree because the data is wrong,
 * each checked by hand, by data set: "hk" (Hong Kong listings and the HSI), "us", "csi" (CSI 300).
 * The agreement checks accept these and nothing else, and fail when one no longer disagrees.
 */
export const KNOWN_QUIRKS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  hk: {
    "2012-03-19":
      "absent from HSI.csv and all 96 stock files (one upstream feed); a Monday with no general holiday and no recorded severe-weather closure, a session in exchange_calendars too: taken as a feed gap",
  },
  csi: Object.fromEntries(
    ["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-22", "2026-06-29", "2026-07-06", "2026-07-13"].map((iso) => [
      iso,
      "degraded tail of CSI_300.csv: empty or missing rows on ordinary mainland sessions (06-17 has no row, then every Monday is empty until 07-17, and every row after is empty)",
    ]),
  ),
};
