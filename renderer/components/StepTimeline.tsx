import type { ProjectStep, ReferenceItem, StepStatus } from '../../shared/domain';
import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { formatDate } from '../lib/format';
import { refItemLabel } from '../lib/refs';

const MARK: Record<StepStatus, string> = { done: '✓', 'in-progress': '…', blocked: '!', 'not-started': '' };

/**
 * The eight deployment steps, left to right, each with its status written out (the colour only repeats it).
 * Steps come from the workspace's reference list so a renamed or added step shows; a project step whose key
 * the list lacks is appended with its key as label. With `onSelect`, each step is a button that opens its
 * editor (`selectedKey` marks the open one, `editorId` names the panel it controls).
 */
export function StepTimeline({
  reference,
  steps,
  onSelect,
  selectedKey,
  editorId,
}: {
  reference: ReferenceItem[];
  steps: ProjectStep[];
  onSelect?: (stepKey: string) => void;
  selectedKey?: string | null;
  editorId?: string;
}) {
  const t = useT();
  const present = usePresentationText();
  const byKey = new Map(steps.map((s) => [s.stepKey, s]));
  const known = new Set(reference.map((r) => r.key));
  const items = [
    ...reference.map((r) => ({ key: r.key, label: refItemLabel(r, t.lang), step: byKey.get(r.key) })),
    ...steps.filter((s) => !known.has(s.stepKey)).map((s) => ({ key: s.stepKey, label: s.stepKey, step: s })),
  ];
  return (
    <ol className={`timeline${onSelect ? ' editable' : ''}`} data-testid="step-timeline">
      {items.map((item, i) => {
        const status: StepStatus = item.step?.status ?? 'not-started';
        const dates =
          item.step?.startDate || item.step?.endDate
            ? t('project.stepDates', {
                start: formatDate(t.lang, item.step.startDate) || '…',
                end: formatDate(t.lang, item.step.endDate) || '…',
              })
            : null;
        const content = (
          <>
            <span className="step-dot" aria-hidden="true">
              {MARK[status] || i + 1}
            </span>
            <span className="step-label">
              <span className="step-number" aria-hidden="true">
                {i + 1}.{' '}
              </span>
              {item.label}
            </span>
            <span className="step-status">{t(`stepStatus.${status}`)}</span>
            {dates ? <span className="step-dates">{dates}</span> : null}
            {item.step?.note && onSelect ? (
              <span className="step-note-mark" title={present(item.step.note)}>
                {t('pf.steps.hasNote')}
              </span>
            ) : null}
          </>
        );
        return (
          <li
            key={item.key}
            className={`step step-${status}${selectedKey === item.key ? ' selected' : ''}`}
            title={present(item.step?.note) ?? undefined}
            {...(onSelect ? {} : { 'data-testid': 'step', 'data-step': item.key, 'data-status': status })}
          >
            {onSelect ? (
              <button
                type="button"
                className="step-button"
                data-testid="step"
                data-step={item.key}
                data-status={status}
                aria-expanded={selectedKey === item.key}
                aria-controls={selectedKey === item.key ? editorId : undefined}
                onClick={() => onSelect(item.key)}
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ol>
  );
}
