import fs from 'node:fs';
import path from 'node:path';
import type { RecentWorkspace, WorkspaceInfo } from '../../shared/domain';
import { TerrainError } from '../../shared/errors';
import type { WorkspaceListing } from '../../shared/api';
import { createWorkspace, openOrCreateWorkspace } from '../../db/create';
import { openWorkspace, type Workspace } from '../../db/workspace';
import { workspacesDir } from './paths';

const MAX_RECENT = 12;

/**
 * The workspace a shell has open, and the user's list of recent ones. One per process: the Electron main
 * process, the web host and each CLI command own exactly one.
 */
export class WorkspaceSession {
  private workspace: Workspace | null = null;

  constructor(readonly dataDir: string) {}

  get current(): Workspace | null {
    return this.workspace;
  }

  require(): Workspace {
    if (!this.workspace) throw new TerrainError('no_workspace', 'Aucun espace de travail n’est ouvert.');
    return this.workspace;
  }

  open(file: string): WorkspaceInfo {
    return this.replace(() => openWorkspace(path.resolve(file)));
  }

  create(file: string, demo: boolean): WorkspaceInfo {
    const target = withExtension(path.resolve(file));
    return this.replace(() => createWorkspace(target, { demo }));
  }

  openOrCreate(file: string, demo: boolean): WorkspaceInfo {
    return this.replace(() => openOrCreateWorkspace(path.resolve(file), { demo }));
  }

  close(): void {
    this.workspace?.close();
    this.workspace = null;
  }

  info(): WorkspaceInfo | null {
    const ws = this.workspace;
    if (!ws) return null;
    return {
      path: ws.path,
      name: path.basename(ws.path, '.terrain'),
      schemaVersion: ws.schemaVersion,
      readOnly: ws.readOnly,
      sizeBytes: fileSize(ws.path),
    };
  }

  listing(): WorkspaceListing {
    const folder = workspacesDir(this.dataDir);
    let available: RecentWorkspace[] = [];
    if (fs.existsSync(folder)) {
      available = fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.terrain'))
        .map((f) => {
          const p = path.join(folder, f);
          return {
            path: p,
            name: path.basename(f, '.terrain'),
            openedAt: fs.statSync(p).mtime.toISOString(),
            exists: true,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    }
    const recent = this.readRecent().map((r) => ({
      ...r,
      name: path.basename(r.path, '.terrain'),
      exists: fs.existsSync(r.path),
    }));
    return { recent, available, folder };
  }

  /** Opens the new workspace before closing the old one, so a refused file leaves the user where they were. */
  private replace(openNext: () => Workspace): WorkspaceInfo {
    const next = openNext();
    if (this.workspace && this.workspace.path !== next.path) this.workspace.close();
    this.workspace = next;
    this.remember(next.path);
    return this.info()!;
  }

  private recentFile(): string {
    return path.join(this.dataDir, 'recent.json');
  }

  private readRecent(): { path: string; openedAt: string }[] {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.recentFile(), 'utf8')) as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (r): r is { path: string; openedAt: string } =>
          typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.openedAt === 'string',
      );
    } catch {
      return [];
    }
  }

  private remember(file: string): void {
    const list = [
      { path: file, openedAt: new Date().toISOString() },
      ...this.readRecent().filter((r) => r.path !== file),
    ];
    fs.mkdirSync(this.dataDir, { recursive: true });
    // Written to a temporary file and renamed, so a crash never leaves a truncated list.
    const tmp = `${this.recentFile()}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(list.slice(0, MAX_RECENT), null, 2));
    fs.renameSync(tmp, this.recentFile());
  }
}

function withExtension(file: string): string {
  return file.endsWith('.terrain') ? file : `${file}.terrain`;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
