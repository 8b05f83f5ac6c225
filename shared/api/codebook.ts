import { z } from 'zod';
import type { CodeNode } from '../domain';
import { empty, id, longText, returns } from './method';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Couleur attendue au format #RRGGBB');

const codeFields = {
  nameEn: z.string().max(300).nullable().optional(),
  color: color.nullable().optional(),
  definition: longText.nullable().optional(),
  inclusion: longText.nullable().optional(),
  exclusion: longText.nullable().optional(),
  example: longText.nullable().optional(),
  shortcut: z.number().int().min(1).max(9).nullable().optional(),
};

export const codebookApi = {
  'codes.tree': returns<CodeNode[]>()(empty),
  'codes.create': returns<{ id: string }>()(
    z.object({ parentId: id.nullable(), name: z.string().min(1).max(300), ...codeFields }).strict(),
  ),
  'codes.update': returns<{ id: string }>()(
    z.object({ id, name: z.string().min(1).max(300).optional(), ...codeFields }).strict(),
  ),
  'codes.move': returns<{ id: string }>()(
    z.object({ id, parentId: id.nullable(), index: z.number().int().min(0).max(100_000) }).strict(),
  ),
  'codes.merge': returns<{ movedCodings: number }>()(z.object({ sourceId: id, targetId: id }).strict()),
  'codes.delete': returns<{ codes: number; codings: number }>()(z.object({ id }).strict()),
  'codes.exportCsv': returns<{ csv: string }>()(empty),
  'codes.importCsv': returns<{
    created: number;
    updated: number;
    errors: { line: number; message: string }[];
  }>()(
    z
      .object({
        csv: z
          .string()
          .min(1)
          .max(10 * 1024 * 1024),
      })
      .strict(),
  ),
} as const;
