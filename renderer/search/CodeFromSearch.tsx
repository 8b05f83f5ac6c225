import { useEffect, useId, useMemo, useState } from 'react';
import type { CodingCandidate } from '../../shared/api';
import { api } from '../api';
import { CodeSelect } from '../components/CodeSelect';
import { useT } from '../i18n';
import { codeLabel } from '../lib/codes';
import { useCodeIndex } from '../lib/data';
import { notifyHistory } from '../lib/history-events';
import { usePresentationText } from '../privacy/presentation';
import { toShownError } from '../stores/errors';
import { Highlighted } from './Highlighted';
import { highlightTerms } from './snippet';

type Scope = 'sentence' | 'turn';

const keyOf = (c: CodingCandidate) => `${c.transcriptId}:${c.start}:${c.end}`;

/**
 * Codes what a search finds, in one undoable action: the passages (each matching sentence, or each speaker
 * turn) are previewed with a checkbox, all ticked; the user prunes them, picks a code and applies it.
 */
export function CodeFromSearch({
  query,
  terms,
  onBack,
}: {
  query: string;
  terms: string[];
  onBack: () => void;
}) {
  const t = useT();
  const present = usePresentationText();
  const codes = useCodeIndex();
  const pickerId = useId();
  const [scope, setScope] = useState<Scope>('sentence');
  const [loaded, setLoaded] = useState<{
    key: string;
    candidates?: CodingCandidate[];
    error?: string;
  } | null>(null);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [codeId, setCodeId] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const requestKey = `${scope}|${query}`;

  useEffect(() => {
    let live = true;
    api['search.codingCandidates']({ q: query, scope }).then(
      (candidates) => live && setLoaded({ key: requestKey, candidates }),
      (error: unknown) => live && setLoaded({ key: requestKey, error: toShownError(error).message }),
    );
    return () => {
      live = false;
    };
  }, [query, scope, requestKey]);

  const current = loaded?.key === requestKey ? loaded : null;
  const candidates = useMemo(() => current?.candidates ?? [], [current]);
  const ticked = candidates.filter((c) => !unticked.has(keyOf(c)));
  const code = codeId ? codes.index?.byId.get(codeId) : undefined;

  const toggle = (key: string, on: boolean) =>
    setUnticked((s) => {
      const next = new Set(s);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });

  const apply = async () => {
    if (!code || ticked.length === 0) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { coded } = await api['search.codeRanges']({
        codeId: code.id,
        ranges: ticked.map((c) => ({ transcriptId: c.transcriptId, start: c.start, end: c.end })),
      });
      notifyHistory();
      setOutcome({ ok: true, text: t.count('gs.code.done', coded, { code: codeLabel(code, t.lang) }) });
    } catch (error) {
      setOutcome({ ok: false, text: toShownError(error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="code-from-search">
      <div className="cfs-head">
        <button type="button" className="btn ghost" onClick={onBack} data-testid="search-code-back" autoFocus>
          <span aria-hidden="true">← </span>
          {t('gs.code.back')}
        </button>
        <h3>{t('gs.code.title', { query: present(query) })}</h3>
      </div>

      <fieldset className="scope-choice">
        <legend>{t('gs.code.scope')}</legend>
        {(['sentence', 'turn'] as const).map((s) => (
          <label key={s} className="checkbox-row">
            <input
              type="radio"
              name="search-scope"
              value={s}
              checked={scope === s}
              onChange={() => {
                setScope(s);
                setUnticked(new Set());
                setOutcome(null);
              }}
              data-testid={`search-scope-${s}`}
            />
            {t(`gs.code.scope.${s}`)}
          </label>
        ))}
      </fieldset>

      {!current ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : current.error ? (
        <p className="inline-error" role="alert" data-testid="search-error">
          {current.error}
        </p>
      ) : candidates.length === 0 ? (
        <p className="muted">{t('gs.code.none')}</p>
      ) : (
        <>
          <div className="cfs-bar">
            <span role="status" data-testid="search-candidate-count">
              {t('gs.code.ticked', { ticked: ticked.length, total: candidates.length })}
            </span>
            <button type="button" className="btn ghost small-btn" onClick={() => setUnticked(new Set())}>
              {t('gs.code.tickAll')}
            </button>
            <button
              type="button"
              className="btn ghost small-btn"
              onClick={() => setUnticked(new Set(candidates.map(keyOf)))}
            >
              {t('gs.code.untickAll')}
            </button>
          </div>
          <ul className="candidates" aria-label={t('gs.code.listLabel')}>
            {candidates.map((c) => {
              const key = keyOf(c);
              return (
                <li key={key}>
                  <label className="candidate" data-testid="search-candidate">
                    <input
                      type="checkbox"
                      checked={!unticked.has(key)}
                      onChange={(e) => toggle(key, e.target.checked)}
                    />
                    <span className="candidate-body">
                      <span className="candidate-source">
                        {present(c.interviewTitle)}
                        {c.speaker ? <span className="muted"> · {present(c.speaker)}</span> : null}
                      </span>
                      <span className="candidate-text">
                        <Highlighted pieces={highlightTerms(present(c.text), terms)} />
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <div className="cfs-apply">
        <label htmlFor={pickerId}>{t('gs.code.code')}</label>
        <CodeSelect
          id={pickerId}
          index={codes.index}
          value={codeId}
          onChange={(v) => {
            setCodeId(v);
            setOutcome(null);
          }}
          lang={t.lang}
          emptyLabel={t('gs.code.choose')}
          testId="search-code-picker"
        />
        <button
          type="button"
          className="btn primary"
          disabled={busy || !code || ticked.length === 0}
          onClick={() => void apply()}
          data-testid="search-code-apply"
        >
          {t.count('gs.code.apply', ticked.length)}
        </button>
      </div>
      {outcome ? (
        <p
          className={outcome.ok ? 'success-note' : 'inline-error'}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="search-code-result"
        >
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}
