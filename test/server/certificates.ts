// A throwaway PKI for the signature tests: a root CA, and signing certificates it issues, made at
// test time (node:crypto makes the RSA keys fast; node-forge, the adapter's own dependency, writes
// the X.509). Nothing here is trusted outside the test that mocks the trust store with it.
import { generateKeyPairSync, createSign } from 'node:crypto';

// node-forge ships no types and @types/node-forge is not installed: the little used here, typed.
interface ForgeKey {
  readonly __forgeKey: unique symbol;
}
interface ForgeCertificate {
  publicKey: ForgeKey;
  serialNumber: string;
  validity: { notBefore: Date; notAfter: Date };
  subject: { attributes: unknown[] };
  setSubject(attributes: unknown[]): void;
  setIssuer(attributes: unknown[]): void;
  setExtensions(extensions: object[]): void;
  sign(key: ForgeKey, md: unknown): void;
}
interface Forge {
  pki: {
    privateKeyFromPem(pem: string): ForgeKey;
    publicKeyFromPem(pem: string): ForgeKey;
    createCertificate(): ForgeCertificate;
    certificateFromPem(pem: string): ForgeCertificate;
    certificateToPem(cert: ForgeCertificate): string;
  };
  md: { sha256: { create(): unknown } };
}
const forge = require('node-forge') as Forge;

export interface KeyPair {
  readonly privatePem: string;
  readonly forgePrivate: ForgeKey;
  readonly forgePublic: ForgeKey;
}

export function keyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    privatePem,
    forgePrivate: forge.pki.privateKeyFromPem(privatePem),
    forgePublic: forge.pki.publicKeyFromPem(publicPem),
  };
}

let serial = 1;

export interface Issued {
  readonly pem: string;
  readonly keys: KeyPair;
}

export function issue(options: {
  readonly commonName: string;
  readonly keys?: KeyPair;
  readonly issuer?: Issued;
  readonly ca?: boolean;
  readonly altNames?: readonly string[];
  readonly notBefore?: Date;
  readonly notAfter?: Date;
}): Issued {
  const keys = options.keys ?? keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.forgePublic;
  serial += 1;
  cert.serialNumber = serial.toString(16).padStart(4, '0');
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 3600_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 24 * 3600_000);
  const subject = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(subject);
  const issuerCert = options.issuer ? forge.pki.certificateFromPem(options.issuer.pem) : undefined;
  cert.setIssuer(issuerCert ? issuerCert.subject.attributes : subject);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: options.ca === true },
    { name: 'keyUsage', keyCertSign: options.ca === true, digitalSignature: true, cRLSign: options.ca === true },
  ];
  if (options.altNames) extensions.push({ name: 'subjectAltName', altNames: options.altNames.map((value) => ({ type: 2, value })) });
  cert.setExtensions(extensions);
  cert.sign((options.issuer?.keys ?? keys).forgePrivate, forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), keys };
}

/** The Signature-256 header Alexa sends: RSA-SHA256 over the exact body bytes, base64. */
export function sign(body: string, keys: KeyPair): string {
  return createSign('RSA-SHA256').update(body, 'utf8').sign(keys.privatePem, 'base64');
}
