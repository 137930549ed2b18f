const MASK64 = (1n << 64n) - 1n;
const TWO_POW_32 = 4294967296;

/**
 * xoshiro128** — a small, fast, deterministic pseudo-random generator of 32-bit words with a
 * 128-bit state and period 2¹²⁸ − 1 (Blackman & Vigna 2021, "Scrambled linear pseudorandom number
 * generators", ACM Transactions on Mathematical Software 47(4), 36:1–36:32; reference C code
 * xoshiro128starstar.c, version 1.1). It passes BigCrush and is ample for Monte Carlo p-values,
 * and unlike Math.random it is reproducible from a seed on every platform.
 *
 *   output = rotl(s₁ · 5, 7) · 9                       (the "**" scrambler, mod 2³²)
 *   t = s₁ << 9;  s₂ ^= s₀;  s₃ ^= s₁;  s₁ ^= s₂;  s₀ ^= s₃;  s₂ ^= t;  s₃ = rotl(s₃, 11)
 *
 * Not for cryptography.
 */
export class Xoshiro128StarStar {
  private readonly s: Uint32Array;

  /** Starts from four 32-bit state words s₀…s₃, which must not all be zero. */
  constructor(state: Uint32Array) {
    if (state.length !== 4 || state.every((w) => w === 0)) {
      throw new RangeError("xoshiro128** needs four state words, not all zero");
    }
    this.s = Uint32Array.from(state);
  }

  /**
   * Seeds the state from one integer as Blackman & Vigna recommend: two outputs of SplitMix64
   * (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA) started
   * at the seed (taken mod 2⁶⁴), each split into its low then high 32-bit word. SplitMix64 is a
   * bijection of its counter, so distinct seeds give distinct, well-mixed states; an all-zero
   * state cannot arise in practice (it would need both 64-bit outputs to be 0).
   */
  static fromSeed(seed: number): Xoshiro128StarStar {
    let counter = BigInt.asUintN(64, BigInt(seed));
    const state = new Uint32Array(4);
    for (let i = 0; i < 2; i++) {
      counter = (counter + 0x9e3779b97f4a7c15n) & MASK64;
      let z = counter;
      z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
      z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
      z ^= z >> 31n;
      state[2 * i] = Number(z & 0xffffffffn);
      state[2 * i + 1] = Number(z >> 32n);
    }
    return new Xoshiro128StarStar(state);
  }

  /** Next uniformly distributed 32-bit word, as an integer in [0, 2³²). */
  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  /**
   * Uniform integer in [0, bound) for an integer 1 ≤ bound ≤ 2³², without modulo bias: words in the
   * incomplete last block [2³² − (2³² mod bound), 2³²) are rejected and redrawn.
   */
  nextBelow(bound: number): number {
    const limit = TWO_POW_32 - (TWO_POW_32 % bound);
    let r = this.nextUint32();
    while (r >= limit) r = this.nextUint32();
    return r % bound;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
