import { describe, expect, it } from 'vitest';
import { formatQuotation } from './quotation';

const row = {
  quote: 'il faut compter des mois,\n parfois plus d’un an',
  pseudonym: 'Pharma-1',
  organisation: 'Roche',
  interviewDate: '2023-02-14',
  interviewTitle: 'Responsable acquisition de données',
};

describe('formatQuotation', () => {
  it('writes the quote, pseudonym, organisation, date and interview, in French', () => {
    expect(formatQuotation(row, 'fr')).toBe(
      '« il faut compter des mois, parfois plus d’un an » — Pharma-1, Roche, 14 février 2023 (Entretien « Responsable acquisition de données »)',
    );
  });

  it('writes English quotation marks and dates in English', () => {
    expect(formatQuotation(row, 'en')).toBe(
      '“il faut compter des mois, parfois plus d’un an” — Pharma-1, Roche, 14 February 2023 (Interview “Responsable acquisition de données”)',
    );
  });

  it('leaves out what is unknown', () => {
    expect(formatQuotation({ ...row, pseudonym: null, interviewDate: null }, 'fr')).toBe(
      '« il faut compter des mois, parfois plus d’un an » — Roche (Entretien « Responsable acquisition de données »)',
    );
    expect(formatQuotation({ ...row, pseudonym: null, organisation: '', interviewDate: null }, 'fr')).toBe(
      '« il faut compter des mois, parfois plus d’un an » (Entretien « Responsable acquisition de données »)',
    );
  });
});
