import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FeedHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

/** A real HTTP server on loopback, random port, serving test fixtures; counts requests per path. */
export class FeedServer {
  private readonly server: Server;
  private readonly routes = new Map<string, FeedHandler>();
  readonly hits = new Map<string, number>();
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  baseUrl = '';

  constructor() {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      this.hits.set(url.pathname, (this.hits.get(url.pathname) ?? 0) + 1);
      this.requests.push({ path: url.pathname, headers: req.headers });
      const handler = this.routes.get(url.pathname);
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      Promise.resolve(handler(req, res, url)).catch(() => res.destroy());
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  route(path: string, handler: FeedHandler): string {
    this.routes.set(path, handler);
    this.hits.delete(path);
    return `${this.baseUrl}${path}`;
  }

  json(path: string, body: unknown, headers: Record<string, string> = {}): string {
    return this.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
