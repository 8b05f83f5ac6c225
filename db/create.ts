import fs from 'node:fs';
import { TerrainError } from '../shared/errors';
import { seedTaxonomies } from './seed/taxonomies';
import { seedDemo } from './seed/demo';
import { openWorkspace, type Workspace } from './workspace';

export interface CreateOptions {
  demo?: boolean;
  /** Encrypts the new workspace from its first byte. */
  passphrase?: string | null;
  /** The user data folder, for backups (see OpenOptions.backupRoot). */
  backupRoot?: string;
}

/**
 * Creates a new workspace file: schema, taxonomies (codebook, reference lists, default guide) and, with
 * demo, the example portfolio. All of it in the opening transaction, so a failure leaves no half-made file
 * behind (the file is removed).
 */
export function createWorkspace(file: string, options: CreateOptions = {}): Workspace {
  if (fs.existsSync(file) && fs.statSync(file).size > 0) {
    throw new TerrainError('conflict', `${file} existe déjà : choisissez un autre nom ou ouvrez-le.`);
  }
  try {
    return openWorkspace(file, {
      create: true,
      passphrase: options.passphrase ?? null,
      backupRoot: options.backupRoot,
      onCreate: (db) => {
        const seeded = seedTaxonomies(db);
        if (options.demo) seedDemo(db, seeded);
      },
    });
  } catch (err) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    throw err;
  }
}

/** Opens the file, creating it (with the demo when asked) only when it does not exist yet. */
export function openOrCreateWorkspace(
  file: string,
  options: CreateOptions & { readOnly?: boolean } = {},
): Workspace {
  if (fs.existsSync(file) && fs.statSync(file).size > 0) {
    return openWorkspace(file, {
      passphrase: options.passphrase ?? null,
      readOnly: options.readOnly ?? false,
      backupRoot: options.backupRoot,
    });
  }
  return createWorkspace(file, options);
}
