/** The report's number formats are the ones every face shares (src/shared/format.ts). */
export { percent, pValue, stars, stat } from "../shared/format.js";
