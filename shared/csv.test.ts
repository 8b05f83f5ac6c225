import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('CSV', () => {
  it('round-trips quotes, separators, line breaks and accents', () => {
    const rows = [
      ['nom', 'définition'],
      ['Modèle d’affaires', 'Viabilité ; "PECAN", abonnement\net paiement à l’acte'],
      ['  espaces  ', ''],
    ];
    expect(parseCsv(toCsv(rows)).rows).toEqual(rows);
  });

  it('reads French Excel files: semicolons, BOM, CRLF, and tells each row’s line', () => {
    const parsed = parseCsv('\ufeffnom;couleur\r\n"Adoption\r\nlongue";#b03a2e\r\n\r\nB;#000000\r\n');
    expect(parsed.separator).toBe(';');
    expect(parsed.rows).toEqual([
      ['nom', 'couleur'],
      ['Adoption\r\nlongue', '#b03a2e'],
      ['B', '#000000'],
    ]);
    expect(parsed.lines).toEqual([1, 2, 5]);
  });
});
