import { useId, useMemo, useState, type ReactNode } from 'react';
import type { CodeNode } from '../../shared/domain';
import { toShownError } from '../stores/errors';
import { CodeSelect } from '../components/CodeSelect';
import { Modal } from '../components/Modal';
import { useT } from '../i18n';
import { codeLabel, type CodeIndex } from '../lib/codes';
import { subtreeIds, type RolledUp } from './tree-model';

/** Runs a dialog's call, keeping the failure inline (the page's toasts are behind the modal). */
function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      return true;
    } catch (e) {
      setError(toShownError(e).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function InlineError({ message }: { message: string | null }) {
  return message ? (
    <p className="inline-error" role="alert" data-testid="dialog-error">
      {message}
    </p>
  ) : null;
}

export function CreateCodeDialog({
  parent,
  lang,
  onCreate,
  onClose,
}: {
  parent: CodeNode | null;
  lang: 'fr' | 'en';
  onCreate: (name: string) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const { busy, error, run } = useSubmit();
  const submit = async () => {
    if (!name.trim()) return;
    if (await run(() => onCreate(name.trim()))) onClose();
  };
  return (
    <Modal
      title={
        parent ? t('cb.create.childTitle', { parent: codeLabel(parent, lang) }) : t('cb.create.rootTitle')
      }
      onClose={onClose}
      testId="code-create-dialog"
      footer={
        <CodeDialogFooter onCancel={onClose}>
          <button
            type="submit"
            form={`${id}-form`}
            className="btn primary"
            disabled={busy || !name.trim()}
            data-testid="code-create-submit"
          >
            {t('cb.create.submit')}
          </button>
        </CodeDialogFooter>
      }
    >
      <form
        id={`${id}-form`}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        className="cb-field"
      >
        <label htmlFor={id}>{t('cb.edit.name')}</label>
        <input
          id={id}
          type="text"
          value={name}
          maxLength={300}
          onChange={(e) => setName(e.target.value)}
          data-testid="code-create-name"
        />
        {lang === 'en' ? <p className="muted small">{t('cb.create.frenchName')}</p> : null}
      </form>
      <InlineError message={error} />
    </Modal>
  );
}

export function MoveCodeDialog({
  code,
  index,
  lang,
  onMove,
  onClose,
}: {
  code: CodeNode;
  index: CodeIndex;
  lang: 'fr' | 'en';
  onMove: (parentId: string | null, position: number) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const parentSelect = useId();
  const positionSelect = useId();
  const currentParent = code.parentId && index.byId.has(code.parentId) ? code.parentId : null;
  const [parentId, setParentId] = useState<string>(currentParent ?? '');
  const excluded = useMemo(() => new Set(subtreeIds(index, code.id)), [index, code.id]);
  const siblings = (index.children.get(parentId || null) ?? []).filter((c) => c.id !== code.id);
  const currentIndex = (index.children.get(currentParent) ?? []).findIndex((c) => c.id === code.id);
  const [position, setPosition] = useState<number>(currentIndex);
  const at = (parentId || null) === currentParent ? position : Math.min(position, siblings.length);
  const { busy, error, run } = useSubmit();
  const unchanged = (parentId || null) === currentParent && at === currentIndex;
  return (
    <Modal
      title={t('cb.move.title', { name: codeLabel(code, lang) })}
      onClose={onClose}
      testId="code-move-dialog"
      footer={
        <CodeDialogFooter onCancel={onClose}>
          <button
            type="button"
            className="btn primary"
            disabled={busy || unchanged}
            onClick={() => void run(() => onMove(parentId || null, at)).then((ok) => ok && onClose())}
            data-testid="code-move-confirm"
          >
            {t('cb.move.submit')}
          </button>
        </CodeDialogFooter>
      }
    >
      <div className="cb-field">
        <label htmlFor={parentSelect}>{t('cb.move.parent')}</label>
        <CodeSelect
          id={parentSelect}
          index={index}
          value={parentId}
          onChange={(v) => {
            setParentId(v);
            setPosition((index.children.get(v || null) ?? []).filter((c) => c.id !== code.id).length);
          }}
          lang={lang}
          emptyLabel={t('cb.move.root')}
          exclude={excluded}
          testId="code-move-parent"
        />
      </div>
      <div className="cb-field">
        <label htmlFor={positionSelect}>{t('cb.move.position')}</label>
        <select
          id={positionSelect}
          value={at}
          onChange={(e) => setPosition(Number(e.target.value))}
          data-testid="code-move-position"
        >
          <option value={0}>{t('cb.move.first')}</option>
          {siblings.map((s, i) => (
            <option key={s.id} value={i + 1}>
              {t('cb.move.after', { name: codeLabel(s, lang) })}
            </option>
          ))}
        </select>
      </div>
      <p className="muted small">{t('cb.move.keyboardHelp')}</p>
      <InlineError message={error} />
    </Modal>
  );
}

export function MergeCodeDialog({
  code,
  index,
  lang,
  onMerge,
  onClose,
}: {
  code: CodeNode;
  index: CodeIndex;
  lang: 'fr' | 'en';
  onMerge: (targetId: string) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const selectId = useId();
  const summaryId = useId();
  const [targetId, setTargetId] = useState('');
  const excluded = useMemo(() => new Set(subtreeIds(index, code.id)), [index, code.id]);
  const target = targetId ? index.byId.get(targetId) : undefined;
  const children = index.children.get(code.id)?.length ?? 0;
  const { busy, error, run } = useSubmit();
  const source = codeLabel(code, lang);
  return (
    <Modal
      title={t('cb.merge.title', { name: source })}
      onClose={onClose}
      testId="code-merge-dialog"
      describedBy={summaryId}
      footer={
        <CodeDialogFooter onCancel={onClose}>
          <button
            type="button"
            className="btn primary"
            disabled={busy || !target}
            onClick={() => void run(() => onMerge(targetId)).then((ok) => ok && onClose())}
            data-testid="code-merge-confirm"
          >
            {target ? t('cb.merge.submitInto', { target: codeLabel(target, lang) }) : t('cb.merge.submit')}
          </button>
        </CodeDialogFooter>
      }
    >
      <div className="cb-field">
        <label htmlFor={selectId}>{t('cb.merge.target', { name: source })}</label>
        <CodeSelect
          id={selectId}
          index={index}
          value={targetId}
          onChange={setTargetId}
          lang={lang}
          emptyLabel={t('cb.merge.choose')}
          exclude={excluded}
          showCounts
          testId="code-merge-target"
        />
      </div>
      <div id={summaryId} className="confirm-summary" aria-live="polite" data-testid="code-merge-summary">
        {target ? (
          <ul>
            <li>
              {t.count('cb.merge.codings', code.segmentCount, { source, target: codeLabel(target, lang) })}
            </li>
            {children > 0 ? (
              <li>{t.count('cb.merge.children', children, { target: codeLabel(target, lang) })}</li>
            ) : null}
            <li>{t('cb.merge.trash', { source })}</li>
          </ul>
        ) : (
          <p className="muted">{t.count('cb.merge.before', code.segmentCount, { source })}</p>
        )}
      </div>
      <InlineError message={error} />
    </Modal>
  );
}

export function DeleteCodeDialog({
  code,
  rolled,
  lang,
  onDelete,
  onClose,
}: {
  code: CodeNode;
  rolled: RolledUp | undefined;
  lang: 'fr' | 'en';
  onDelete: () => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const summaryId = useId();
  const { busy, error, run } = useSubmit();
  const name = codeLabel(code, lang);
  const sub = rolled?.descendants ?? 0;
  const codings = rolled?.codings ?? code.segmentCount;
  return (
    <Modal
      title={t('cb.delete.title', { name })}
      onClose={onClose}
      testId="code-delete-dialog"
      describedBy={summaryId}
      footer={
        <CodeDialogFooter onCancel={onClose} cancelFocused>
          <button
            type="button"
            className="btn cb-danger-solid"
            disabled={busy}
            onClick={() => void run(onDelete).then((ok) => ok && onClose())}
            data-testid="code-delete-confirm"
          >
            {t('cb.delete.submit')}
          </button>
        </CodeDialogFooter>
      }
    >
      <div id={summaryId} className="confirm-summary" data-testid="code-delete-summary">
        <ul>
          <li>
            {sub > 0 ? t.count('cb.delete.withChildren', sub, { name }) : t('cb.delete.alone', { name })}
          </li>
          <li>{t.count('cb.delete.codings', codings)}</li>
        </ul>
        <p className="muted small">{t('cb.delete.undo')}</p>
      </div>
      <InlineError message={error} />
    </Modal>
  );
}

export function ImportReportDialog({
  report,
  fileName,
  onClose,
}: {
  report: { created: number; updated: number; errors: { line: number; message: string }[] };
  fileName: string;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      title={t('cb.csv.reportTitle', { file: fileName })}
      onClose={onClose}
      testId="codebook-import-report"
      footer={
        <button type="button" className="btn primary" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      }
    >
      <p data-testid="codebook-import-summary">
        {t.count('cb.csv.created', report.created)} · {t.count('cb.csv.updated', report.updated)}
      </p>
      {report.errors.length > 0 ? (
        <>
          <h3 className="report-errors-title">{t.count('cb.csv.errors', report.errors.length)}</h3>
          <ul className="report-errors" data-testid="codebook-import-errors">
            {report.errors.map((e, i) => (
              <li key={i}>
                <strong>{t('cb.csv.line', { line: e.line })}</strong> {e.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('cb.csv.noErrors')}</p>
      )}
    </Modal>
  );
}

/**
 * Cancel, a quiet button so that the dialog's action stands out, then that action. A dialog that destroys
 * something starts on Cancel, so that Enter alone never does it.
 */
function CodeDialogFooter({
  onCancel,
  cancelFocused = false,
  children,
}: {
  onCancel: () => void;
  cancelFocused?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="btn ghost"
        onClick={onCancel}
        data-autofocus={cancelFocused || undefined}
      >
        {t('cb.cancel')}
      </button>
      {children}
    </>
  );
}
