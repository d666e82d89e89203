import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Google's `https://www.googleapis.com/oauth2/v1/certs`: a JSON map from key id to PEM,
 * with a Cache-Control max-age like Google's. (Google serves X.509 certificates; node:crypto cannot mint one,
 * so we serve the SPKI public key PEM, which the verifier accepts the same way.)
 */
export interface FakeGoogleCerts {
  url: string;
  /** How many times the certs were fetched (the client should cache them per max-age). */
  fetches(): number;
  close(): Promise<void>;
}

export async function startFakeGoogleCerts(certs: () => Record<string, string>): Promise<FakeGoogleCerts> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/oauth2/v1/certs') {
      res.writeHead(404).end();
      return;
    }
    count += 1;
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'cache-control': 'public, max-age=21600, must-revalidate, no-transform' });
    res.end(JSON.stringify(certs()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/oauth2/v1/certs`,
    fetches: () => count,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
