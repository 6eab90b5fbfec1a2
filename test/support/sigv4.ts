// Checks an AWS Signature Version 4 by recomputing it from the request as received, with
// node:crypto only (not the SDK's signer), so a request dynalite would accept unsigned cannot pass.
// Spec: "Create a signed AWS API request" (AWS IAM User Guide, Signature Version 4).
import { createHash, createHmac } from 'node:crypto';
import type { SeenRequest } from '../faults/faultProxy';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();

export interface ParsedAuthorization {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

export function parseAuthorization(header: string | undefined): ParsedAuthorization | undefined {
  const match = AUTHORIZATION.exec(header ?? '');
  if (!match) return undefined;
  const [, accessKeyId, date, region, service, signed, signature] = match as unknown as string[];
  return { accessKeyId: accessKeyId!, date: date!, region: region!, service: service!, signedHeaders: signed!.split(';'), signature: signature! };
}

/** The signature the request should carry, given the secret key. */
export function expectedSignature(request: SeenRequest, auth: ParsedAuthorization, secretAccessKey: string): string {
  const [path = '/', query = ''] = request.path.split('?');
  const canonicalQuery = query
    .split('&')
    .filter((part) => part !== '')
    .sort()
    .join('&');
  const canonicalHeaders = auth.signedHeaders.map((name) => `${name}:${(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const payloadHash = request.headers['x-amz-content-sha256'] ?? sha256(request.body);
  const canonicalRequest = [request.method, path, canonicalQuery, canonicalHeaders, auth.signedHeaders.join(';'), payloadHash].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', request.headers['x-amz-date'] ?? '', scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, auth.date), auth.region), auth.service), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}
