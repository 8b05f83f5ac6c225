import path from 'node:path';
import { TerrainError } from '../../../shared/errors';
import { fileKind } from '../../../db/workspace';

/** How many times a person at a terminal may type a passphrase before the command gives up. */
export const PASSPHRASE_TRIES = 3;

export interface SecretIo {
  input: NodeJS.ReadStream;
  output: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): SecretIo => ({ input: process.stdin, output: process.stderr, env: process.env });

/**
 * Reads a line from the terminal without echoing it (nothing is printed while typing, as sudo does).
 * Ctrl+C or Ctrl+D abandons.
 */
export function promptHidden(question: string, io: SecretIo = defaultIo()): Promise<string> {
  const { input, output } = io;
  return new Promise((resolve, reject) => {
    // Raw mode (no echo) before the question shows: an answer typed at once is never echoed.
    const wasRaw = input.isRaw;
    input.setRawMode(true);
    output.write(question);
    input.setEncoding('utf8');
    input.resume();
    let value = '';
    const finish = () => {
      input.removeListener('data', onData);
      input.setRawMode(wasRaw);
      input.pause();
      output.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003' || (ch === '\u0004' && value === '')) {
          finish();
          reject(new TerrainError('invalid_input', 'Saisie de la phrase de passe abandonnée.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') {
          value = Array.from(value).slice(0, -1).join('');
          continue;
        }
        if (ch < ' ') continue;
        value += ch;
      }
    };
    input.on('data', onData);
  });
}

function isTty(io: SecretIo): boolean {
  return !!io.input.isTTY && typeof io.input.setRawMode === 'function';
}

/**
 * Keeps the terminal without echo for a whole exchange (the tries, and the checks between them, which take a
 * moment: the key derivation is slow on purpose): what is typed ahead is never shown.
 */
async function noEcho<T>(io: SecretIo, fn: () => Promise<T>): Promise<T> {
  const wasRaw = io.input.isRaw;
  io.input.setRawMode(true);
  try {
    return await fn();
  } finally {
    io.input.setRawMode(wasRaw);
  }
}

/**
 * Runs `attempt` with the passphrase of an encrypted workspace: TERRAIN_PASSPHRASE when set (scripts), else
 * asked on the terminal without echo, up to three times; without either, refused with what to do. A file in
 * clear is opened without asking anything.
 */
export async function withPassphrase<T>(
  file: string,
  attempt: (passphrase: string | null) => T,
  io: SecretIo = defaultIo(),
): Promise<T> {
  const name = path.basename(file);
  if (fileKind(path.resolve(file)) !== 'encrypted') return attempt(null);
  const fromEnv = io.env.TERRAIN_PASSPHRASE;
  if (fromEnv) {
    try {
      return attempt(fromEnv);
    } catch (err) {
      if (err instanceof TerrainError && err.reason === 'wrong_passphrase') {
        throw new TerrainError(
          err.code,
          `La phrase de passe donnée par TERRAIN_PASSPHRASE n’ouvre pas ${name}.`,
          undefined,
          'wrong_passphrase',
        );
      }
      throw err;
    }
  }
  if (!isTty(io)) {
    throw new TerrainError(
      'workspace_refused',
      `${name} est chiffré : donnez sa phrase de passe dans la variable TERRAIN_PASSPHRASE, ou lancez la commande dans un terminal pour la saisir.`,
      undefined,
      'passphrase_required',
    );
  }
  return noEcho(io, async () => {
    for (let n = 1; ; n++) {
      const passphrase = await promptHidden(`Phrase de passe de ${name} : `, io);
      try {
        return attempt(passphrase);
      } catch (err) {
        if (!(err instanceof TerrainError) || err.reason !== 'wrong_passphrase') throw err;
        if (n >= PASSPHRASE_TRIES) {
          throw new TerrainError(
            err.code,
            `Phrase de passe incorrecte (${PASSPHRASE_TRIES} essais) : ${name} n’a pas été ouvert.`,
            undefined,
            'wrong_passphrase',
          );
        }
        io.output.write('Phrase de passe incorrecte, réessayez.\n');
      }
    }
  });
}

/**
 * A new passphrase: TERRAIN_NEW_PASSPHRASE when set (scripts), else typed twice on the terminal; refused
 * without either.
 */
export async function newPassphrase(io: SecretIo = defaultIo()): Promise<string> {
  const fromEnv = io.env.TERRAIN_NEW_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!isTty(io)) {
    throw new TerrainError(
      'invalid_input',
      'Nouvelle phrase de passe : donnez-la dans la variable TERRAIN_NEW_PASSPHRASE, ou lancez la commande dans un terminal pour la saisir.',
    );
  }
  return noEcho(io, async () => {
    for (let n = 1; n <= PASSPHRASE_TRIES; n++) {
      const first = await promptHidden('Nouvelle phrase de passe (8 caractères au moins) : ', io);
      const second = await promptHidden('Confirmez-la : ', io);
      if (first === second) return first;
      io.output.write('Les deux saisies diffèrent, recommencez.\n');
    }
    throw new TerrainError('invalid_input', 'Les saisies de la nouvelle phrase de passe ne concordent pas.');
  });
}

/** The current passphrase, to change or remove it: TERRAIN_PASSPHRASE, else asked once. */
export async function currentPassphrase(file: string, io: SecretIo = defaultIo()): Promise<string> {
  const fromEnv = io.env.TERRAIN_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!isTty(io)) {
    throw new TerrainError(
      'invalid_input',
      `Phrase de passe actuelle de ${path.basename(file)} : donnez-la dans TERRAIN_PASSPHRASE, ou lancez la commande dans un terminal.`,
    );
  }
  return promptHidden(`Phrase de passe actuelle de ${path.basename(file)} : `, io);
}
