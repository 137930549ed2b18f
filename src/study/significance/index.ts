import { bmp, bmpKolariPynnonen } from "./bmp.js";
import { brownWarner1980, brownWarner1985 } from "./brownWarner.js";
import { crossSectionalT } from "./crossSectionalT.js";
import { grankTTest, grankZTest } from "./grank.js";
import { bootstrapSkewnessAdjustedBharTest, bootstrapSkewnessAdjustedTest, skewnessAdjustedBharTest, skewnessAdjustedTTest } from "./skewnessAdjusted.js";
import { wildBootstrapMammen, wildBootstrapRademacher } from "./wildBootstrap.js";
import { jackknife } from "./jackknife.js";
import { lamb } from "./lamb.js";
import { patell, patellKolariPynnonen } from "./patell.js";
import { corradoRank, corradoSign, cowanRank, modifiedRank } from "./rankTests.js";
import { generalizedSign, sign } from "./signTests.js";
import type { SignificanceTest, TestName } from "./statistic.js";
import { wilcoxon } from "./wilcoxonSignedRank.js";

/** Every cross-sectional test, in the order reports list them. */
export const SIGNIFICANCE_TESTS: Readonly<Record<TestName, SignificanceTest>> = {
  "cross-sectional-t": crossSectionalT,
  "brown-warner-1980": brownWarner1980,
  "brown-warner-1985": brownWarner1985,
  patell,
  bmp,
  "patell-kolari-pynnonen": patellKolariPynnonen,
  "bmp-kolari-pynnonen": bmpKolariPynnonen,
  lamb,
  "corrado-rank": corradoRank,
  "modified-rank": modifiedRank,
  "cowan-rank": cowanRank,
  sign,
  "generalized-sign": generalizedSign,
  "corrado-sign": corradoSign,
  wilcoxon,
  "grank-t": grankTTest,
  "grank-z": grankZTest,
  "skewness-adjusted-t": skewnessAdjustedTTest,
  "skewness-adjusted-t-bhar": skewnessAdjustedBharTest,
  "bootstrap-skewness-adjusted-t": bootstrapSkewnessAdjustedTest,
  "bootstrap-skewness-adjusted-t-bhar": bootstrapSkewnessAdjustedBharTest,
  "wild-bootstrap-rademacher": wildBootstrapRademacher,
  "wild-bootstrap-mammen": wildBootstrapMammen,
  jackknife,
};

export { DEFAULT_TEST_NAMES, TEST_NAMES, type SignificanceTest, type Statistic, type TestName } from "./statistic.js";
