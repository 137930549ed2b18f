/** Input errors are part of the program's one error model (src/shared/errors.ts). */
export { InputError } from "../shared/errors.js";
