/**
 * Why a provider gave no prices. Every message says which provider and what to do, so that printing
 * it is enough; a malformed row inside an otherwise good answer is an {@link InputError} instead.
 */
import { AftershockError } from "../../shared/errors.js";

/** Base of the provider failures; `provider` is the provider's name ("yahoo-chart", "stooq-daily"). */
export class ProviderError extends AftershockError {
  override readonly name: string = "ProviderError";

  constructor(
    readonly provider: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super("unreachable", {}, message, { provider }, options);
  }
}

/** The host could not be reached at all (offline, DNS failure, refused, timed out on every attempt). */
export class ProviderUnreachableError extends ProviderError {
  override readonly name = "ProviderUnreachableError";

  constructor(
    provider: string,
    readonly host: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(provider, `cannot reach ${host} (${reason}); import a file instead: aftershock import FILE`, options);
  }
}

/** The host answered with an HTTP error status (after the retries, for 429 and 5xx). */
export class ProviderHttpError extends ProviderError {
  override readonly name = "ProviderHttpError";

  constructor(
    provider: string,
    readonly where: string,
    readonly status: number,
    detail: string,
  ) {
    super(provider, `${provider}: HTTP ${status} from ${where}: ${detail}`);
  }
}

/** The host answered, but with no usable data: an error document, "No data", or an unexpected shape. */
export class ProviderDataError extends ProviderError {
  override readonly name = "ProviderDataError";
}

/** The symbol has no spelling at this provider (e.g. a mainland China listing at Stooq). */
export class UnsupportedSymbolError extends ProviderError {
  override readonly name = "UnsupportedSymbolError";
}
