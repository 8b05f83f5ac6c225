import type { ProjectStep, ReferenceItem, StepStatus } from '../../shared/domain';
import { useT } from '../i18n';
import { formatDate } from '../lib/format';
import { refItemLabel } from '../lib/refs';

const MARK: Record<StepStatus, string> = { done: '✓', 'in-progress': '…', blocked: '!', 'not-started': '' };

/**
 * The eight deployment steps, left to right, each with its status written out (the colour only repeats it).
 * Steps come from the workspace's reference list so a renamed or added step shows; a project step whose key
 * the list lacks is appended with its key as label.
 */
export function StepTimeline({ reference, steps }: { reference: ReferenceItem[]; steps: ProjectStep[] }) {
  const t = useT();
  const byKey = new Map(steps.map((s) => [s.stepKey, s]));
  const known = new Set(reference.map((r) => r.key));
  const items = [
    ...reference.map((r) => ({ key: r.key, label: refItemLabel(r, t.lang), step: byKey.get(r.key) })),
    ...steps.filter((s) => !known.has(s.stepKey)).map((s) => ({ key: s.stepKey, label: s.stepKey, step: s })),
  ];
  return (
    <ol className="timeline" data-testid="step-timeline">
      {items.map((item, i) => {
        const status: StepStatus = item.step?.status ?? 'not-started';
        const dates =
          item.step?.startDate || item.step?.endDate
            ? t('project.stepDates', {
                start: formatDate(t.lang, item.step.startDate) || '…',
                end: formatDate(t.lang, item.step.endDate) || '…',
              })
            : null;
        return (
          <li key={item.key} className={`step step-${status}`} title={item.step?.note ?? undefined}>
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
          </li>
        );
      })}
    </ol>
  );
}
