import type { CSSProperties, ReactNode } from 'react';
import type {
  InterviewStatus,
  ObservationStatus,
  ObservationStrength,
  PartnerRole,
  ProjectStatus,
  StepStatus,
} from '../../shared/domain';
import { useT } from '../i18n';

/** A coloured chip whose text says what the colour means (colour is never the only signal). */
export function Chip({ tone, children, title }: { tone: string; children: ReactNode; title?: string }) {
  return (
    <span className={`chip chip-${tone}`} title={title}>
      {children}
    </span>
  );
}

export function InterviewStatusChip({ status }: { status: InterviewStatus }) {
  const t = useT();
  return <Chip tone={`is-${status}`}>{t(`interviewStatus.${status}`)}</Chip>;
}

export function ProjectStatusChip({ status }: { status: ProjectStatus }) {
  const t = useT();
  return <Chip tone={`ps-${status}`}>{t(`projectStatus.${status}`)}</Chip>;
}

export function StepStatusChip({ status }: { status: StepStatus }) {
  const t = useT();
  return <Chip tone={`ss-${status}`}>{t(`stepStatus.${status}`)}</Chip>;
}

export function RoleChip({ role }: { role: PartnerRole }) {
  const t = useT();
  return <Chip tone="neutral">{t(`partnerRole.${role}`)}</Chip>;
}

export function StrengthChip({ strength }: { strength: ObservationStrength }) {
  const t = useT();
  return <Chip tone={`st-${strength}`}>{t(`strength.${strength}`)}</Chip>;
}

export function ObservationStatusChip({ status }: { status: ObservationStatus }) {
  const t = useT();
  return <Chip tone={`os-${status}`}>{t(`observationStatus.${status}`)}</Chip>;
}

/** A code: its colour as a dot and a tinted background, its name as text. */
export function CodeChip({ name, color, title }: { name: string; color: string; title?: string }) {
  return (
    <span className="code-chip" style={{ '--code': color } as CSSProperties} title={title ?? name}>
      <span className="code-dot" aria-hidden="true" />
      {name}
    </span>
  );
}
