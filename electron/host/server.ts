import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiEnvelope, ApiErrorCode } from '../../shared/errors';
import { dispatch, type Logger } from '../api/dispatch';
import { contentTypeOf } from '../content-types';
import type { HandlerContext } from '../api/handlers';
import { SECURITY_HEADERS, isAllowedHost, isAllowedOrigin, parseCookies, tokensEqual } from '../security';

export interface HostOptions {
  ctx: HandlerContext;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  log?: Logger;
  maxBodyBytes?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  /** Sends an event to every open page (progress of long work). */
  emit(event: { type: string; [k: string]: unknown }): void;
  close(): Promise<void>;
}

const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  no_workspace: 409,
  workspace_refused: 409,
  conflict: 409,
  forbidden: 403,
  internal: 500,
};

/**
 * The local web host: the same handler map as the Electron shell, over HTTP on 127.0.0.1 only. A random
 * token per run guards every request (in the page URL once, then an HttpOnly cookie for the page's own
 * assets, and a header on every API call); Host and Origin must name this host, which defeats DNS rebinding
 * and cross-site requests from other pages in the same browser.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const clients = new Set<http.ServerResponse>();
  let port = 0;
  const cookieName = () => `terrain_token_${port}`;

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string | Buffer,
    type: string,
    extra: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(body);
  };
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    send(
      res,
      status,
      JSON.stringify({ ok: false, error: { code: 'forbidden', message } }),
      'application/json; charset=utf-8',
    );

  const indexHtml = () => {
    const file = path.join(options.staticDir, 'index.html');
    if (!fs.existsSync(file)) return null;
    return fs
      .readFileSync(file, 'utf8')
      .replace(
        '<meta name="terrain-token" content="" />',
        `<meta name="terrain-token" content="${token}" />`,
      );
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 421, 'Hôte refusé.');
    if (!isAllowedOrigin(req.headers.origin, port)) return refuse(res, 403, 'Origine refusée.');
    const cookieToken = parseCookies(req.headers.cookie)[cookieName()];
    const headerToken = req.headers['x-terrain-token'];

    if (url.pathname.startsWith('/api/')) {
      // The API needs the header: a cookie alone would let another page in this browser post to us.
      if (req.method !== 'POST') return refuse(res, 405, 'Méthode HTTP refusée.');
      if (!tokensEqual(token, typeof headerToken === 'string' ? headerToken : undefined)) {
        return refuse(res, 401, 'Jeton manquant ou invalide.');
      }
      return handleApi(req, res, decodeURIComponent(url.pathname.slice(5)));
    }

    const queryToken = url.searchParams.get('token');
    if (tokensEqual(token, queryToken)) {
      // Trade the token in the address bar for a cookie, and drop it from the visible URL.
      return send(res, 303, '', 'text/plain', {
        Location: '/',
        'Set-Cookie': `${cookieName()}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (!tokensEqual(token, cookieToken)) {
      return send(
        res,
        401,
        'Terrain : accès refusé. Ouvrez l’adresse complète affichée par « terrain serve » (elle contient le jeton).',
        'text/plain; charset=utf-8',
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Méthode HTTP refusée.');
    if (url.pathname === '/events') return openEventStream(res);
    return serveStatic(res, url.pathname);
  });

  function serveStatic(res: http.ServerResponse, pathname: string) {
    if (pathname === '/' || pathname === '/index.html') {
      const html = indexHtml();
      if (html === null)
        return send(
          res,
          500,
          'Interface non construite : lancez « npm run build ».',
          'text/plain; charset=utf-8',
        );
      return send(res, 200, html, contentTypeOf('index.html'));
    }
    const root = path.resolve(options.staticDir);
    const file = path.resolve(root, '.' + path.posix.normalize(pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, 'Introuvable.', 'text/plain; charset=utf-8');
    }
    const type = contentTypeOf(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  }

  function openEventStream(res: http.ServerResponse) {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': terrain\n\n');
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        aborted = true;
        send(
          res,
          413,
          JSON.stringify({
            ok: false,
            error: { code: 'invalid_input', message: 'Requête trop volumineuse.' },
          }),
          'application/json; charset=utf-8',
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (aborted) return;
      let input: unknown;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        input = text.length === 0 ? {} : JSON.parse(text);
      } catch {
        const body: ApiEnvelope<never> = {
          ok: false,
          error: { code: 'invalid_input', message: 'Corps JSON illisible.' },
        };
        return send(res, 400, JSON.stringify(body), 'application/json; charset=utf-8');
      }
      void dispatch(options.ctx, method, input, options.log).then((envelope) => {
        const status = envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code];
        send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
      });
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const emit = (event: { type: string; [k: string]: unknown }) => {
        const line = `data: ${JSON.stringify(event)}\n\n`;
        for (const c of clients) c.write(line);
      };
      // Handlers report progress of long work through the context; this host carries it to the page.
      options.ctx.emit ??= emit;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        emit,
        close: () =>
          new Promise<void>((done) => {
            for (const c of clients) c.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
