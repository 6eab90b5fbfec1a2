// The download of Alexa's signing certificate chain: one https GET with a deadline for the whole
// exchange (connection, headers and body: a server that trickles the body is cut off too), a size
// limit, 200 only (a redirect is not followed), and the system's trust store for the TLS of S3.
import { request } from 'node:https';

export interface DownloadOptions {
  /** Whole exchange, ms. */
  readonly timeoutMs?: number;
  /** A chain is two or three PEM certificates, under 10 KB. */
  readonly maxBytes?: number;
  /** Tests: connect here instead of the URL's host (TLS still checks the URL's host name). */
  readonly connectTo?: { readonly host: string; readonly port: number };
  /** Tests: the CA that signed the test server's certificate, instead of the system's roots. */
  readonly ca?: string;
}

export const CERTIFICATE_TIMEOUT_MS = 3_000;
export const CERTIFICATE_MAX_BYTES = 64 * 1024;

export class CertificateDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CertificateDownloadError';
  }
}

/** The body at `href` (already checked by checkedCertificateUrl) as text, or a CertificateDownloadError. */
export function downloadCertificate(href: string, options: DownloadOptions = {}): Promise<string> {
  const url = new URL(href);
  const timeoutMs = options.timeoutMs ?? CERTIFICATE_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? CERTIFICATE_MAX_BYTES;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, body?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(body ?? '');
    };
    const req = request(
      {
        method: 'GET',
        protocol: 'https:',
        host: options.connectTo?.host ?? url.hostname,
        port: options.connectTo?.port ?? 443,
        path: url.pathname,
        servername: url.hostname,
        headers: { host: url.host, accept: 'application/x-pem-file, text/plain, */*' },
        ...(options.ca !== undefined && { ca: options.ca }),
        agent: false,
      },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          return finish(new CertificateDownloadError(`certificate download answered ${response.statusCode ?? 0}`));
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > maxBytes) return finish(new CertificateDownloadError('certificate too large'));
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) return finish(new CertificateDownloadError('certificate too large'));
          chunks.push(chunk);
        });
        response.on('end', () => finish(undefined, Buffer.concat(chunks).toString('utf8')));
        response.on('error', (error) => finish(new CertificateDownloadError(`certificate download failed: ${error.message}`)));
      },
    );
    const deadline = setTimeout(() => finish(new CertificateDownloadError('certificate download timed out')), timeoutMs);
    req.on('error', (error) => finish(new CertificateDownloadError(`certificate download failed: ${error.message}`)));
    req.end();
  });
}
