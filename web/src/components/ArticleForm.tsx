import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import type { ExampleSummary } from "../types.js";

type ArticleFormat = "auto" | "text" | "html";

export interface ArticleState {
  readonly text: string;
  readonly published: string;
  readonly format: ArticleFormat;
}

interface Props {
  readonly article: ArticleState;
  readonly onChange: (a: ArticleState) => void;
  readonly examples: readonly ExampleSummary[];
  readonly onPickExample: (id: string) => void;
  readonly onExtract: () => void;
  readonly busy: boolean;
}

/** Step 1: the article (pasted, uploaded or the founding example), its publication date, and Extract. */
export function ArticleForm({ article, onChange, examples, onPickExample, onExtract, busy }: Props) {
  const id = useId();
  const [example, setExample] = useState("");
  const [fileNote, setFileNote] = useState("");
  const chosen = example || examples[0]?.id || "";

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    const html = /\.html?$/i.test(file.name) || file.type === "text/html";
    onChange({ ...article, text, format: html ? "html" : article.format === "html" ? "auto" : article.format });
    setFileNote(`Read ${file.name} (${text.length.toLocaleString("en")} characters).`);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onExtract();
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <span className="step" aria-hidden="true">
          1
        </span>
        Article
      </h2>
      <div className="row wrap">
        {examples.length > 0 && (
          <div className="field grow">
            <label htmlFor={`${id}-example`}>Example article</label>
            <div className="inline">
              <select id={`${id}-example`} value={chosen} onChange={(e) => setExample(e.target.value)}>
                {examples.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.title}
                    {x.published ? ` (${x.published})` : ""}
                  </option>
                ))}
              </select>
              <button type="button" className="secondary" onClick={() => onPickExample(chosen)} disabled={busy || !chosen}>
                Use example
              </button>
            </div>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-file`}>Or upload a file (text or HTML)</label>
          <input id={`${id}-file`} type="file" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" onChange={(e) => void onFile(e)} />
        </div>
      </div>
      <p className="hint" aria-live="polite">
        {fileNote}
      </p>
      <div className="field">
        <label htmlFor={`${id}-text`}>Article text</label>
        <textarea
          id={`${id}-text`}
          rows={10}
          value={article.text}
          spellCheck={false}
          placeholder="Paste a news article here: its title on the first line, then the text."
          onChange={(e) => onChange({ ...article, text: e.target.value })}
        />
      </div>
      <div className="row wrap">
        <div className="field">
          <label htmlFor={`${id}-published`}>Publication date</label>
          <input
            id={`${id}-published`}
            type="date"
            value={article.published}
            onChange={(e) => onChange({ ...article, published: e.target.value })}
            aria-describedby={`${id}-published-hint`}
          />
          <span className="hint" id={`${id}-published-hint`}>
            Used when the page does not say; relative dates (“on Monday”) count from it.
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} value={article.format} onChange={(e) => onChange({ ...article, format: e.target.value as ArticleFormat })}>
            <option value="auto">Detect</option>
            <option value="text">Plain text</option>
            <option value="html">HTML</option>
          </select>
        </div>
        <div className="field actions-end">
          <button type="submit" disabled={busy || article.text.trim() === ""} aria-busy={busy}>
            {busy ? "Extracting…" : "Extract companies"}
          </button>
        </div>
      </div>
    </form>
  );
}
