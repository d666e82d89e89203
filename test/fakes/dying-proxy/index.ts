/**
 * A Google API endpoint that dies: forwards requests to the fake Google server until `afterReads` plan-table reads
 * (`spreadsheets.get`) have been answered, then stops listening and drops every connection — a process crash or a
 * network partition as the client sees it (connection refused from then on).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class DyingProxy {
  private reads = 0;
  dead = false;

  private constructor(private readonly server: Server, private readonly target: URL, private readonly afterReads: number) {}

  static async start(targetRootUrl: string, afterReads: number): Promise<DyingProxy> {
    const server = createServer();
    const proxy = new DyingProxy(server, new URL(targetRootUrl), afterReads);
    server.on('request', (req, res) => {
      if (proxy.dead) return void req.socket.destroy();
      const isRead = req.method === 'GET' && /^\/v4\/spreadsheets\/[^/:]+$/.test(new URL(req.url ?? '/', 'http://x').pathname);
      const upstream = request({ host: proxy.target.hostname, port: proxy.target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      // Dies once the k-th read has been delivered (not before: that read must arrive whole).
      res.on('finish', () => {
        if (isRead && ++proxy.reads >= proxy.afterReads) void proxy.die();
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get rootUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async die(): Promise<void> {
    if (this.dead) return;
    this.dead = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    setTimeout(() => this.server.closeAllConnections(), 20).unref();
    await closed;
  }
}
