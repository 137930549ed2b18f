// Runs the worker from the TypeScript sources (tests, `npm run aftershock -- serve`): the built
// package loads dist/server/jobWorker.js directly.
import { register } from "tsx/esm/api";
import { workerData } from "piscina";

register();
const { default: work } = await import(workerData.entry);
export default work;
