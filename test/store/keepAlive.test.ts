// The store client keeps its connection between turns: a runner's turns come seconds apart, and on
// Lambda a new connection to DynamoDB is a TLS handshake in the turn. socketTimeout limits the
// silence within a request; once the answer is in, Node's agent puts the socket back in its pool
// with no timeout of its own, so a socket idle for longer than socketTimeout is still the one the
// next request uses.
import net from 'node:net';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { STORE_TIMEOUTS } from '../../lambda/src/store/config';
import { createDynamoClient, createTable } from '../../lambda/src/store/dynamo';
import { uniqueTableName } from '../support/storeTable';

/**
 * A TCP relay to the test store that counts the client's connections. Each client connection
 * keeps its own connection to the store, opened again on the next bytes if the store closed it
 * (its own keep-alive timeout, should a loaded machine stretch the idle gap past it): so what is
 * counted is the client's choice alone.
 */
async function countingRelay(target: URL): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket): net.Socket => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
    return socket;
  };
  const server = net.createServer((client) => {
    connections += 1;
    track(client);
    let upstream: net.Socket | undefined;
    client.on('data', (chunk) => {
      if (upstream === undefined || upstream.destroyed) {
        const opened = track(net.connect(Number(target.port), target.hostname));
        opened.on('data', (answer) => client.write(answer));
        opened.on('close', () => {
          if (upstream === opened) upstream = undefined;
        });
        upstream = opened;
      }
      upstream.write(chunk);
    });
    client.on('close', () => upstream?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

test('a connection idle for longer than socketTimeout is reused by the next request', async () => {
  const relay = await countingRelay(new URL(process.env.DYNAMODB_ENDPOINT!));
  const tableName = uniqueTableName('keepalive');
  const client = createDynamoClient({ tableName, region: 'us-east-1', endpoint: relay.url, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const query = () => client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'nobody' } } }));
  try {
    await createTable(client, tableName);
    await query();
    const before = relay.connections();
    // Idle for longer than socketTimeout, measured on the same clock the socket's timer uses.
    await new Promise((resolve) => setTimeout(resolve, STORE_TIMEOUTS.socketTimeout + 250));
    await query();
    expect(before).toBeGreaterThan(0);
    expect(relay.connections()).toBe(before);
  } finally {
    client.destroy();
    await relay.close();
  }
});
