import type { PartnerRole } from './domain';
import { seedExamples } from './taxonomies';

export interface CompositionCheck {
  ok: boolean;
  counts: { industrials: number; startups: number; establishments: number };
  /** French, one sentence each; a gap is a warning, never a block. */
  warnings: string[];
}

/**
 * The alliance's typical project: at least two health industrials, one startup, one or two establishments
 * (not a rule: the Octopize project had one industrial). Reports the gaps.
 */
export function checkComposition(roles: PartnerRole[]): CompositionCheck {
  const rule = seedExamples.typicalComposition;
  const counts = {
    industrials: roles.filter((r) => r === 'industrial').length,
    startups: roles.filter((r) => r === 'startup').length,
    establishments: roles.filter((r) => r === 'establishment').length,
  };
  const warnings: string[] = [];
  if (counts.industrials < rule.industrials_min) {
    warnings.push(
      `${counts.industrials} industriel(s) de santé : la composition type en compte au moins ${rule.industrials_min}.`,
    );
  }
  if (counts.startups !== rule.startups) {
    warnings.push(`${counts.startups} startup(s) : la composition type en compte ${rule.startups}.`);
  }
  if (counts.establishments < rule.establishments_min || counts.establishments > rule.establishments_max) {
    warnings.push(
      `${counts.establishments} établissement(s) de santé : la composition type en compte ${rule.establishments_min} ou ${rule.establishments_max}.`,
    );
  }
  return { ok: warnings.length === 0, counts, warnings };
}
