// The store client reads answers' bodies with store/streamCollector.ts: the same bytes as the
// SDK's collector, errors passed on, and no read of the global ReadableStream (whose first read
// loads Node's web streams in a cold start's first turn).
import { PassThrough } from 'node:stream';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient, createTable } from '../../lambda/src/store/dynamo';
import { collectBody } from '../../lambda/src/store/streamCollector';
import { uniqueTableName } from '../support/storeTable';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

describe('collectBody', () => {
  it('gives the bytes of every chunk in order, in a fresh array', async () => {
    const body = new PassThrough();
    const collected = collectBody(body);
    const chunks = [Buffer.from('{"Items":['), Buffer.from([0xe2, 0x82]), Buffer.from([0xac]), Buffer.from(']}')];
    for (const chunk of chunks) body.write(chunk);
    body.end();
    const bytes = await collected;
    expect(Buffer.from(bytes).toString('utf8')).toBe('{"Items":[€]}');
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('gives no bytes for an empty body', async () => {
    const body = new PassThrough();
    body.end();
    await expect(collectBody(body)).resolves.toEqual(new Uint8Array());
  });

  it('rejects with the stream error (a deadline ending the body), and on a close before the end', async () => {
    const failing = new PassThrough();
    const failed = collectBody(failing);
    failing.write('{"It');
    failing.destroy(Object.assign(new Error('late'), { name: 'TimeoutError' }));
    await expect(failed).rejects.toMatchObject({ name: 'TimeoutError' });
    const cut = new PassThrough();
    const closed = collectBody(cut);
    cut.write('{"It');
    cut.destroy();
    await expect(closed).rejects.toThrow(/before its end/);
  });

  it('refuses what is not a Node stream', async () => {
    await expect(collectBody(new Uint8Array([1]))).rejects.toThrow(TypeError);
  });
});

test('the store client reads a real answer through it, without reading the global ReadableStream', async () => {
  const tableName = uniqueTableName('collect');
  const client = createDynamoClient({ tableName, region: 'us-east-1', endpoint: process.env.DYNAMODB_ENDPOINT!, credentials });
  await createTable(client, tableName);
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream');
  let reads = 0;
  Object.defineProperty(globalThis, 'ReadableStream', {
    configurable: true,
    get() {
      reads += 1;
      return descriptor?.get ? descriptor.get.call(globalThis) : descriptor?.value;
    },
  });
  try {
    expect(client.config.streamCollector).toBe(collectBody);
    const page = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'nobody' } } }));
    expect(page.Items).toEqual([]);
    expect(reads).toBe(0);
  } finally {
    if (descriptor) Object.defineProperty(globalThis, 'ReadableStream', descriptor);
    client.destroy();
  }
});
