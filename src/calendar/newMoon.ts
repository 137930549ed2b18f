/**
 * Instants of new moon, to fix the first day of Chinese lunar months. ICU's Chinese calendar (behind
 * `Intl`) uses a low-precision lunar theory and puts some new moons that fall close to midnight,
 * Beijing time, on the wrong day: with Node 20's ICU 78, Lunar New Year 2027 comes out as February 7 (true new
 * moon 2027-02-06 23:56 UTC+8) and 2030 as February 2 (new moon 2030-02-03 00:07 UTC+8).
 */

const DEG = Math.PI / 180;
/** Julian Date of 1970-01-01 00:00 UT, where day number 0 begins. */
const JD_EPOCH = 2440587.5;
/** JDE of the mean new moon of lunation k = 0 (2000-01-06), and the mean synodic month in days. */
const JDE_K0 = 2451550.09766;
const SYNODIC_MONTH = 29.530588861;
/** China Standard Time, UTC+8, the meridian of the Chinese calendar. */
const BEIJING_OFFSET_DAYS = 8 / 24;

/**
 * Julian Ephemeris Day (TT) of the true new moon of lunation `k` (0 = January 2000), by J. Meeus,
 * "Astronomical Algorithms" (2nd ed.), chapter 49: error below a minute for 1900-2100.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const jde = JDE_K0 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t2 * t + 0.00000000073 * t2 * t2;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t2 * t) * DEG;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t2 * t - 0.000000058 * t2 * t2) * DEG;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t2 * t + 0.000000011 * t2 * t2) * DEG;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t2 * t) * DEG;
  const sin = Math.sin;
  const periodic =
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(omega) -
    0.00007 * sin(mp + 2 * m) +
    0.00004 * sin(2 * mp - 2 * f) +
    0.00004 * sin(3 * m) +
    0.00003 * sin(mp + m - 2 * f) +
    0.00003 * sin(2 * mp + 2 * f) -
    0.00003 * sin(mp + m + 2 * f) +
    0.00003 * sin(mp - m + 2 * f) -
    0.00002 * sin(mp - m - 2 * f) -
    0.00002 * sin(3 * mp + m) +
    0.00002 * sin(4 * mp);
  const planetary: readonly (readonly [coefficient: number, a0: number, a1: number])[] = [
    [0.000325, 299.77, 0.107408],
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  let additional = 0;
  planetary.forEach(([c, a0, a1], i) => {
    // A1 alone has a T^2 term.
    additional += c * sin((a0 + a1 * k - (i === 0 ? 0.009173 * t2 : 0)) * DEG);
  });
  return jde + periodic + additional;
}

/** TT - UT in days: the Espenak-Meeus polynomial for 2005-2050 (within a few seconds over 2000-2030). */
function deltaTDays(jde: number): number {
  const y = (jde - 2451544.5) / 365.25;
  return (62.92 + 0.32217 * y + 0.005589 * y * y) / 86_400;
}

/** The civil day (day number), in Beijing time, of the true new moon nearest to `day`. */
export function newMoonDayNear(day: number): number {
  const k = Math.round((day + 0.5 + JD_EPOCH - JDE_K0) / SYNODIC_MONTH);
  const jde = newMoonJde(k);
  return Math.floor(jde - deltaTDays(jde) - JD_EPOCH + BEIJING_OFFSET_DAYS);
}
