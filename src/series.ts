/**
 * A dated series: one value per date, dates ascending and unique, as days since 1970-01-01 (UTC).
 * Missing values are NaN. Columns, not objects per day, so the engine can run over typed arrays.
 */
export interface Series {
  readonly dates: Int32Array;
  readonly values: Float64Array;
}
