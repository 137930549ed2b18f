import { constantMean } from "./constantMean.js";
import { carhart4, famaFrench3, famaFrench5 } from "./factorModel.js";
import { garchMarketModel } from "./garch.js";
import { marketAdjusted } from "./marketAdjusted.js";
import { marketModel } from "./marketModel.js";
import type { ModelName, ReturnModel } from "./returnModel.js";
import { dimson, scholesWilliams } from "./thinTrading.js";

export const RETURN_MODELS: Readonly<Record<ModelName, ReturnModel>> = {
  "constant-mean": constantMean,
  "market-adjusted": marketAdjusted,
  "market-model": marketModel,
  "fama-french-3": famaFrench3,
  "carhart-4": carhart4,
  "fama-french-5": famaFrench5,
  "scholes-williams": scholesWilliams,
  dimson,
  "garch-market-model": garchMarketModel,
};

export { MODEL_NAMES, type ModelName, type ReturnModel } from "./returnModel.js";
