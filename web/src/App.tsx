import { useCallback, useEffect, useRef, useState, type MouseEvent } from "react";
import { api } from "./api.js";
import { ArticleForm, type ArticleState } from "./components/ArticleForm.js";
import { ErrorNotice } from "./components/ErrorNotice.js";
import { EventEditor } from "./components/EventEditor.js";
import { EventListForm } from "./components/EventListForm.js";
import { StudyOptionsForm, type OptionsState } from "./components/StudyOptionsForm.js";
import { StudyResults } from "./components/StudyResults.js";
import { parseRoute, studyPath, type Route } from "./route.js";
import { conventionNamed, MODELS } from "./rows.js";
import type { EventDocument, ExampleSummary, ImportResult, StoredStudy, StudyOptions, StudySettings } from "./types.js";
import { checkEstimation, DEFAULT_ESTIMATION, DEFAULT_WINDOWS, parseWindows, windowText } from "./windows.js";

const DEFAULT_OPTIONS: OptionsState = {
  model: "market-model",
  benchmark: "",
  estimationFrom: String(DEFAULT_ESTIMATION[0]),
  estimationTo: String(DEFAULT_ESTIMATION[1]),
  windows: DEFAULT_WINDOWS.map(windowText),
  tests: undefined,
  convention: "textbook",
  adjust: [],
  bootstrapDraws: "1000",
  bootstrapSeed: "42",
};

type Busy = "example" | "extract" | "study" | "load" | "import";

/** The options with the server's default battery of tests, once its list has arrived. */
function withDefaultTests(o: OptionsState, settings: StudySettings): OptionsState {
  if (o.tests !== undefined) return o;
  return { ...o, tests: settings.tests.filter((t) => t.byDefault).map((t) => t.name) };
}

/** The options a stored study was run with, to run it again with changes. */
function optionsOf(study: StoredStudy, previous: OptionsState): OptionsState {
  const c = study.result.conventions;
  return {
    model: MODELS.some((m) => m.name === c.model) ? c.model : previous.model,
    benchmark: previous.benchmark,
    estimationFrom: String(c.estimation[0]),
    estimationTo: String(c.estimation[1]),
    windows: c.windows.map(windowText),
    tests: c.tests.map((t) => t.name),
    convention: conventionNamed(c.convention) ?? previous.convention,
    adjust: c.multipleTesting?.methods ?? [],
    ...bootstrapOf(study, previous),
  };
}

/** The bootstrap's resamples and seed as a stored study's bootstrap tests state them (else as they were). */
function bootstrapOf(study: StoredStudy, previous: OptionsState): Pick<OptionsState, "bootstrapDraws" | "bootstrapSeed"> {
  for (const g of study.result.groups) {
    for (const w of g.windows) {
      const boot = Object.values(w.tests).find((o) => o?.distribution === "bootstrap" && o.draws !== undefined);
      if (boot) return { bootstrapDraws: String(boot.draws), bootstrapSeed: String(boot.seed ?? previous.bootstrapSeed) };
    }
  }
  return { bootstrapDraws: previous.bootstrapDraws, bootstrapSeed: previous.bootstrapSeed };
}

/** Reads the options form; a message instead when something in it is wrong. */
function studyOptions(o: OptionsState): StudyOptions | string {
  const windows = parseWindows(o.windows);
  if (!windows.ok) return windows.index >= 0 ? `Event window ${windows.index + 1}: ${windows.message}` : windows.message;
  const from = Number(o.estimationFrom);
  const to = Number(o.estimationTo);
  if (o.estimationFrom.trim() === "" || o.estimationTo.trim() === "" || !Number.isInteger(from) || !Number.isInteger(to)) {
    return "The estimation window needs two whole numbers of trading days, like -250 and -11.";
  }
  const problem = checkEstimation([from, to], windows.windows);
  if (problem) return problem;
  const benchmark = o.benchmark.trim();
  if (o.tests !== undefined && o.tests.length === 0) return "Choose at least one test.";
  const draws = Number(o.bootstrapDraws);
  const seed = Number(o.bootstrapSeed);
  if (o.bootstrapDraws.trim() === "" || !Number.isInteger(draws) || draws < 1) return "The bootstrap needs a whole number of resamples, 1 or more.";
  if (o.bootstrapSeed.trim() === "" || !Number.isInteger(seed)) return "The bootstrap’s seed is a whole number.";
  return {
    model: o.model,
    windows: windows.windows,
    estimation: [from, to],
    ...(benchmark ? { benchmark } : {}),
    ...(o.tests === undefined ? {} : { tests: [...o.tests] }),
    convention: o.convention,
    ...(o.adjust.length > 0 ? { adjust: [...o.adjust] } : {}),
    bootstrap: { draws, seed },
  };
}

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.pathname));
  const [examples, setExamples] = useState<ExampleSummary[]>([]);
  const [article, setArticle] = useState<ArticleState>({ text: "", published: "", format: "auto" });
  const [event, setEvent] = useState<EventDocument>();
  const [options, setOptions] = useState<OptionsState>(DEFAULT_OPTIONS);
  const [study, setStudy] = useState<StoredStudy>();
  const [settings, setSettings] = useState<StudySettings>();
  const [list, setList] = useState<File>();
  const [imports, setImports] = useState<readonly ImportResult[]>([]);
  const [listError, setListError] = useState<unknown>();
  const [busy, setBusy] = useState<Busy>();
  const [articleError, setArticleError] = useState<unknown>();
  const [studyError, setStudyError] = useState<unknown>();
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState("");
  const [focus, setFocus] = useState<"event" | "results">();
  const eventHeading = useRef<HTMLHeadingElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    api
      .examples()
      .then(setExamples)
      .catch(() => setExamples([]));
    api
      .settings()
      .then((s) => {
        setSettings(s);
        setOptions((o) => withDefaultTests(o, s));
      })
      .catch(() => setSettings(undefined));
    const onPop = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // Move the keyboard focus to what just appeared, once it is on the page.
  useEffect(() => {
    const target = focus === "event" ? eventHeading.current : focus === "results" ? resultsHeading.current : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start", behavior: "instant" });
    setFocus(undefined);
  }, [focus, event, study]);

  const showStudy = useCallback((s: StoredStudy) => {
    setStudy(s);
    if (s.event) setEvent(s.event);
    setOptions((o) => optionsOf(s, o));
    setFocus("results");
  }, []);

  // A study URL opened or returned to: load that study.
  useEffect(() => {
    if (route.page !== "study" || String(study?.id) === route.id) return;
    let stale = false;
    setBusy("load");
    setStudyError(undefined);
    setStatus("Loading the study…");
    api
      .study(route.id)
      .then((s) => {
        if (stale) return;
        showStudy(s);
        setStatus(`Study ${s.id} loaded.`);
      })
      .catch((e: unknown) => {
        if (stale) return;
        setStudyError(e);
        setStatus("");
      })
      .finally(() => !stale && setBusy(undefined));
    return () => {
      stale = true;
    };
  }, [route, study?.id, showStudy]);

  useEffect(() => {
    document.title =
      route.page === "study" && study && String(study.id) === route.id
        ? `${study.event?.title || study.source?.file || "Study"} — aftershock`
        : "aftershock — news to event study";
  }, [route, study]);

  const pickExample = async (id: string) => {
    setBusy("example");
    setArticleError(undefined);
    try {
      const x = await api.example(id);
      setArticle({ text: x.text, published: x.published ?? "", format: "auto" });
      setStatus(`Example “${x.title}” loaded: extract its companies next.`);
    } catch (e) {
      setArticleError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const extract = async () => {
    setBusy("extract");
    setArticleError(undefined);
    setStatus("Extracting the event…");
    try {
      const doc = await api.extract({
        text: article.text,
        ...(article.published ? { published: article.published } : {}),
        ...(article.format === "auto" ? {} : { format: article.format }),
      });
      setEvent(doc);
      setStatus(`Found ${doc.companies.length} compan${doc.companies.length === 1 ? "y" : "ies"}; event date ${doc.eventDate}.`);
      setFocus("event");
    } catch (e) {
      setArticleError(e);
      setStatus("");
    } finally {
      setBusy(undefined);
    }
  };

  const run = async () => {
    if (!event) return;
    if (event.companies.length === 0) {
      setProblem("The event has no company left: add a security first.");
      return;
    }
    await runWith((opts) => api.createStudy(event, opts));
  };

  const runList = async () => {
    if (!list) return;
    await runWith((opts) => api.createEventListStudy(list, opts));
  };

  const importPrices = async (files: readonly File[]) => {
    setBusy("import");
    setListError(undefined);
    setStatus(`Importing ${files.length} price file${files.length === 1 ? "" : "s"}…`);
    const results: ImportResult[] = [];
    try {
      for (const file of files) results.push(...(await api.importPrices(file)).results);
      setStatus(`Imported ${results.filter((r) => !("error" in r)).length} of ${files.length} price files.`);
    } catch (e) {
      setListError(e);
      setStatus("");
    } finally {
      setImports(results);
      setBusy(undefined);
    }
  };

  /** Runs a study (an event's or a list's) with the form's options, then shows it at its own URL. */
  const runWith = async (create: (opts: StudyOptions) => Promise<StoredStudy>) => {
    const opts = studyOptions(options);
    if (typeof opts === "string") {
      setProblem(opts);
      return;
    }
    setProblem(undefined);
    setBusy("study");
    setStudyError(undefined);
    setStatus("Running the study: importing prices and fitting the model…");
    try {
      const s = await create(opts);
      window.history.pushState({ study: s.id }, "", studyPath(s.id));
      setStudy(s);
      setRoute({ page: "study", id: String(s.id) });
      setStatus(`Study ${s.id} done: the results are below.`);
      setFocus("results");
    } catch (e) {
      setStudyError(e);
      setStatus("");
    } finally {
      setBusy(undefined);
    }
  };

  const goHome = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    window.history.pushState({}, "", "/");
    setRoute({ page: "home" });
  };

  const shown = route.page === "study" && study !== undefined && String(study.id) === route.id ? study : undefined;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <a href="/" className="brand" onClick={goHome}>
            aftershock
          </a>
          <p className="tagline">From a news article to an event study: who moved, by how much, and is it significant?</p>
        </div>
      </header>
      <main id="main" className="container" aria-busy={busy !== undefined}>
        <h1 className="sr-only">aftershock: event study of a news article</h1>
        <p className="status" role="status" aria-live="polite">
          {status}
        </p>
        {route.page === "study" && !shown && (
          <div className="card">
            <h2>Study {route.id}</h2>
            {busy === "load" ? <p>Loading…</p> : <ErrorNotice error={studyError} />}
          </div>
        )}
        {shown && <StudyResults study={shown} headingRef={resultsHeading} />}
        <ArticleForm
          article={article}
          onChange={setArticle}
          examples={examples}
          onPickExample={(id) => void pickExample(id)}
          onExtract={() => void extract()}
          busy={busy === "extract" || busy === "example"}
        />
        <ErrorNotice error={articleError} />
        <EventListForm list={list} onList={setList} onImport={(files) => void importPrices(files)} imports={imports} busy={busy === "import"} />
        <ErrorNotice error={listError} />
        {event && <EventEditor event={event} onChange={setEvent} headingRef={eventHeading} />}
        <StudyOptionsForm
          options={options}
          onChange={setOptions}
          onRun={() => void run()}
          onRunList={() => void runList()}
          busy={busy === "study"}
          canRun={event !== undefined}
          canRunList={list !== undefined}
          settings={settings}
          {...(problem ? { problem } : {})}
        />
        {route.page === "home" || shown ? <ErrorNotice error={studyError} /> : null}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            aftershock computes abnormal returns, CARs and their significance tests from stored prices. Numbers are only as good as the event date and the
            roles: check them in step 2.
          </p>
        </div>
      </footer>
    </>
  );
}
