import { describe, expect, it } from "vitest";
import { HouseholderQR } from "./householderQR.js";

const col = (...xs: number[]): Float64Array => Float64Array.from(xs);

describe("HouseholderQR", () => {
  it("solves a consistent system exactly (absolute 1e-12)", () => {
    // y = 1 + 2x − 3z exactly.
    const x = col(0, 1, 2, 3, 4, 5);
    const z = col(1, 0, 2, 1, 3, 1);
    const y = Float64Array.from(x, (xi, i) => 1 + 2 * xi - 3 * z[i]!);
    const qr = new HouseholderQR([col(1, 1, 1, 1, 1, 1), x, z]);
    expect(qr.fullRank).toBe(true);
    const beta = qr.solve(y);
    [1, 2, -3].forEach((want, j) => expect(beta[j], `beta[${j}]=${beta[j]}`).toBeCloseTo(want, 12));
  });

  it("gives the textbook least-squares line for a small data set (absolute 1e-12)", () => {
    // x = 1…5, y = 2, 4, 5, 4, 5: slope = Sxy/Sxx = 6/10, intercept = ȳ − slope·x̄ = 4 − 1.8 = 2.2.
    const qr = new HouseholderQR([col(1, 1, 1, 1, 1), col(1, 2, 3, 4, 5)]);
    const beta = qr.solve(col(2, 4, 5, 4, 5));
    expect(beta[0]).toBeCloseTo(2.2, 12);
    expect(beta[1]).toBeCloseTo(0.6, 12);
  });

  it("inverts R so that R⁻¹R⁻' = (X'X)⁻¹ (absolute 1e-12)", () => {
    // X = [1 0; 1 1; 1 2]: X'X = [3 3; 3 5], inverse = [5 −3; −3 3] / 6.
    const qr = new HouseholderQR([col(1, 1, 1), col(0, 1, 2)]);
    const w = qr.inverseR();
    const xtxInv = [w[0]! * w[0]! + w[1]! * w[1]!, w[1]! * w[3]!, w[3]! * w[3]!];
    expect(xtxInv[0]).toBeCloseTo(5 / 6, 12);
    expect(xtxInv[1]).toBeCloseTo(-3 / 6, 12);
    expect(xtxInv[2]).toBeCloseTo(3 / 6, 12);
    expect(w[2]).toBe(0);
  });

  it("stays accurate on an ill-conditioned design (relative 1e-8)", () => {
    // Columns 1 and 1 + δ·t with δ = 1e-5: κ(X) ≈ 7e5 and κ(X'X) ≈ 5e11 (numpy), so the normal equations
    // would keep only ~4–5 digits; QR's error scales with κ(X)·ε ≈ 1e-10.
    const n = 20;
    const t = Float64Array.from({ length: n }, (_, i) => i / n);
    const x = Float64Array.from(t, (ti) => 1 + 1e-5 * ti);
    const y = Float64Array.from(x, (xi) => 3 - 2 * xi);
    const qr = new HouseholderQR([new Float64Array(n).fill(1), x]);
    expect(qr.fullRank).toBe(true);
    const beta = qr.solve(y);
    expect(Math.abs(beta[0]! - 3) / 3, `beta0=${beta[0]}`).toBeLessThan(1e-8);
    expect(Math.abs(beta[1]! + 2) / 2, `beta1=${beta[1]}`).toBeLessThan(1e-8);
  });

  it("flags collinear, zero and too-short designs and returns NaN", () => {
    const one = col(1, 1, 1, 1);
    const d = col(0, 1, 0, 1);
    const collinear = new HouseholderQR([one, d, col(1, 0, 1, 0)]);
    expect(collinear.fullRank).toBe(false);
    expect(Array.from(collinear.solve(col(1, 2, 3, 4))).every(Number.isNaN)).toBe(true);
    expect(Array.from(collinear.inverseR()).every(Number.isNaN)).toBe(true);
    expect(new HouseholderQR([one, new Float64Array(4)]).fullRank).toBe(false);
    expect(new HouseholderQR([col(1, 1), col(0, 1), col(2, 5)]).fullRank).toBe(false);
  });
});
