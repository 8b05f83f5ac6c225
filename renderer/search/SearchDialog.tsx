import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../shared/api';
import { api } from '../api';
import { Modal } from '../components/Modal';
import { useT } from '../i18n';
import { useHistoryEvent } from '../lib/history-events';
import { openInTranscript } from '../lib/open-passage';
import { usePresentationText } from '../privacy/presentation';
import { toShownError } from '../stores/errors';
import { CodeFromSearch } from './CodeFromSearch';
import { Highlighted } from './Highlighted';
import { parseSnippet, searchSummary } from './snippet';
import { useSearchStore } from './store';

export const SEARCH_DEBOUNCE_MS = 200;
const RESULT_LIMIT = 100;

interface Answer {
  q: string;
  result?: { terms: string[]; total: number; capped: boolean; hits: SearchHit[] };
  /** The server's message for a query it refuses (an unclosed quote…), shown inline. */
  error?: string;
}

/** Full-text search across transcripts, coded segments and memos, and coding of what it finds. */
export function SearchDialog() {
  const t = useT();
  const present = usePresentationText();
  const hide = useSearchStore((s) => s.hide);
  const query = useSearchStore((s) => s.query);
  const setQuery = useSearchStore((s) => s.setQuery);
  const openCount = useSearchStore((s) => s.openCount);
  const [debounced, setDebounced] = useState(query);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const [active, setActive] = useState(0);
  const [mode, setMode] = useState<'results' | 'code'>('results');
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const helpId = useId();
  useHistoryEvent(() => setDataVersion((v) => v + 1));

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [openCount]);

  useEffect(() => {
    const handle = setTimeout(() => setDebounced(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(handle);
  }, [query]);

  useEffect(() => {
    const q = debounced.trim();
    if (!q) return;
    let live = true;
    api['search.query']({ q, limit: RESULT_LIMIT }).then(
      (result) => {
        if (!live) return;
        setAnswer({ q, result });
        setActive(0);
      },
      (error: unknown) => {
        if (live) setAnswer({ q, error: toShownError(error).message });
      },
    );
    return () => {
      live = false;
    };
  }, [debounced, dataVersion]);

  const q = query.trim();
  const current = answer && answer.q === q ? answer : null;
  const pending = q !== '' && (!current || debounced.trim() !== q);
  const shown = q ? (current ?? answer) : null; // keep the previous answer on screen while typing
  const hits = shown?.result?.hits ?? [];
  const optionId = (i: number) => `${listId}-${i}`;

  const open = (hit: SearchHit) => {
    if (!hit.interviewId) return;
    hide();
    openInTranscript(hit.interviewId, {
      segmentId: hit.kind === 'segment' ? hit.id : null,
      at: hit.start,
    });
  };

  return (
    <Modal title={t('gs.title')} onClose={hide} testId="search-dialog" className="search-modal">
      {mode === 'code' && current?.result ? (
        <CodeFromSearch query={q} terms={current.result.terms} onBack={() => setMode('results')} />
      ) : (
        <>
          <div className="search-field">
            <input
              ref={inputRef}
              type="search"
              role="combobox"
              aria-expanded={hits.length > 0}
              aria-controls={listId}
              aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
              aria-autocomplete="list"
              aria-label={t('gs.inputLabel')}
              aria-describedby={helpId}
              placeholder={t('gs.placeholder')}
              value={query}
              maxLength={500}
              data-autofocus
              autoFocus
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' && hits.length) {
                  e.preventDefault();
                  setActive((a) => Math.min(hits.length - 1, a + 1));
                } else if (e.key === 'ArrowUp' && hits.length) {
                  e.preventDefault();
                  setActive((a) => Math.max(0, a - 1));
                } else if (e.key === 'Enter') {
                  e.preventDefault();
                  const hit = hits[active];
                  if (hit && !pending) open(hit);
                }
              }}
              data-testid="search-input"
            />
            {pending ? (
              <span className="search-pending" role="status">
                {t('gs.searching')}
              </span>
            ) : null}
          </div>
          <p id={helpId} className="muted small search-help">
            {t('gs.help')}
          </p>

          {!q ? (
            <p className="search-empty muted">{t('gs.prompt')}</p>
          ) : shown?.error ? (
            <p className="inline-error" role="alert" data-testid="search-error">
              {shown.error}
            </p>
          ) : shown?.result ? (
            <>
              <div className="search-summary">
                <span role="status" data-testid="search-total">
                  {searchSummary(t, shown.result, hits.length, present(shown.q))}
                </span>
                {hits.some((h) => h.kind === 'transcript') ? (
                  <button
                    type="button"
                    className="btn"
                    onClick={() => setMode('code')}
                    disabled={pending}
                    data-testid="search-code-results"
                  >
                    {t('gs.codeResults')}
                  </button>
                ) : null}
              </div>
              {hits.length > 0 ? (
                <ul id={listId} role="listbox" className="search-results" aria-label={t('gs.resultsLabel')}>
                  {hits.map((hit, i) => (
                    <li
                      key={`${hit.kind}:${hit.id}`}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      aria-disabled={hit.interviewId ? undefined : true}
                      className={`search-result${i === active ? ' active' : ''}${hit.interviewId ? '' : ' disabled'}`}
                      onMouseMove={() => setActive(i)}
                      onClick={() => open(hit)}
                      data-testid="search-result"
                    >
                      <div className="search-result-head">
                        <span className={`kind kind-${hit.kind}`}>{t(`gs.kind.${hit.kind}`)}</span>
                        <span className="search-result-title">
                          {present(hit.interviewTitle) ?? t('common.none')}
                        </span>
                        {hit.speaker ? <span className="muted">· {present(hit.speaker)}</span> : null}
                      </div>
                      <p className="snippet">
                        {/* the markers around matched words are not letters: names are found across them */}
                        <Highlighted pieces={parseSnippet(present(hit.snippet))} />
                      </p>
                      {!hit.interviewId ? <p className="muted small">{t('gs.memoNoInterview')}</p> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <p className="muted search-empty">{t('common.loading')}</p>
          )}
        </>
      )}
    </Modal>
  );
}
