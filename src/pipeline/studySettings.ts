/**
 * The study settings a face offers, as data: the return models, every significance test with its
 * label and paper (and whether it runs when none is named), the conventions of other tools, the
 * multiple-testing adjustments, and the defaults the engine uses when a setting is left out. The web
 * page builds its form from this (GET /api/study-settings), so a test added to the engine shows up there.
 */
import { CONVENTION_NAMES, type ConventionName } from "../study/conventions.js";
import { ADJUSTMENTS, type Adjustment } from "../study/multipleTesting.js";
import { MODEL_NAMES, type ModelName } from "../study/models/index.js";
import { studyOptionsSchema, type StudyOptionsInput } from "../study/options.js";
import { DEFAULT_TEST_NAMES, SIGNIFICANCE_TESTS, TEST_NAMES, type TestName } from "../study/significance/index.js";
import type { EventWindow } from "../study/eventWindow.js";

/** What each convention reproduces, in a reader's words. */
const CONVENTION_TEXT: Readonly<Record<ConventionName, string>> = {
  textbook: "Textbook: residual variance over M−1 days, prediction-error term, CAAR as the sum of the AARs",
  estudy2: "As the R package estudy2 0.10.0 prints: CAAR as the mean of the AARs, market moments over every market day",
  "eventstudy-py": "As the Python package eventstudy 0.1a12 prints: residual variance over M days, no prediction-error term",
};

/** The adjustments' names and papers. */
const ADJUSTMENT_TEXT: Readonly<Record<Adjustment, string>> = {
  holm: "Holm (1979) step-down, family-wise error rate",
  "benjamini-hochberg": "Benjamini and Hochberg (1995), false discovery rate",
};

export interface StudySettingsCatalogue {
  readonly models: readonly ModelName[];
  readonly tests: readonly { readonly name: TestName; readonly label: string; readonly citation: string; readonly byDefault: boolean }[];
  readonly conventions: readonly { readonly name: ConventionName; readonly label: string }[];
  readonly adjustments: readonly { readonly name: Adjustment; readonly label: string }[];
  readonly defaults: {
    readonly model: ModelName;
    readonly estimation: EventWindow;
    readonly windows: readonly EventWindow[];
    readonly convention: ConventionName;
    readonly bootstrap: { readonly draws: number; readonly seed: number };
  };
}

/** The catalogue, its defaults read from the engine's own option schema. */
export function studySettingsCatalogue(): StudySettingsCatalogue {
  const d = studyOptionsSchema.parse({});
  return {
    models: MODEL_NAMES,
    tests: TEST_NAMES.map((name) => ({
      name,
      label: SIGNIFICANCE_TESTS[name].label,
      citation: SIGNIFICANCE_TESTS[name].citation,
      byDefault: DEFAULT_TEST_NAMES.includes(name),
    })),
    conventions: CONVENTION_NAMES.map((name) => ({ name, label: CONVENTION_TEXT[name] })),
    adjustments: ADJUSTMENTS.map((name) => ({ name, label: ADJUSTMENT_TEXT[name] })),
    defaults: {
      model: d.model,
      estimation: [d.estimation[0], d.estimation[1]],
      windows: d.windows.map((w) => [w[0], w[1]] as const),
      convention: d.convention,
      bootstrap: { draws: d.bootstrap.draws, seed: d.bootstrap.seed },
    },
  };
}

/** The settings a face passes to the engine besides the model and windows (each left out: the engine's default). */
export interface TestSettings {
  readonly tests?: readonly TestName[] | undefined;
  readonly convention?: ConventionName | undefined;
  readonly adjust?: readonly Adjustment[] | undefined;
  readonly bootstrap?: { readonly draws?: number | undefined; readonly seed?: number | undefined } | undefined;
}

/** The given settings as engine options, leaving out what was not given. */
export function testSettingsOptions(s: TestSettings): Pick<StudyOptionsInput, "tests" | "convention" | "adjust" | "bootstrap"> {
  const bootstrap =
    s.bootstrap === undefined
      ? undefined
      : { ...(s.bootstrap.draws === undefined ? {} : { draws: s.bootstrap.draws }), ...(s.bootstrap.seed === undefined ? {} : { seed: s.bootstrap.seed }) };
  return {
    ...(s.tests === undefined ? {} : { tests: s.tests }),
    ...(s.convention === undefined ? {} : { convention: s.convention }),
    ...(s.adjust === undefined ? {} : { adjust: s.adjust }),
    ...(bootstrap === undefined ? {} : { bootstrap }),
  };
}
