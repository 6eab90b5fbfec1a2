// The store's HTTP handler: the SDK's NodeHttpHandler, plus one deadline per attempt that runs
// until the last byte of the answer's body, not only its headers.
//
// NodeHttpHandler's requestTimeout is cleared as soon as the headers arrive, and its socketTimeout
// only fires after a silence: a store that sends its headers and then trickles the body a byte at
// a time passes both, and the turn hangs until Lambda kills it. The deserializer reads the body
// after handle() has resolved, so the deadline must outlive handle() and end the body stream.
import type { HttpHandler, HttpRequest, HttpResponse } from '@smithy/core/protocols';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, NodeHttpHandlerOptions } from '@smithy/types';

export interface DeadlineOptions extends NodeHttpHandlerOptions {
  /** One attempt, from the first byte sent to the last byte of the body read. */
  readonly attemptTimeout: number;
}

function timeoutError(ms: number): Error {
  // The name is what the SDK's retry strategy and our error mapping read as a timeout.
  return Object.assign(new Error(`the store did not finish answering within ${ms} ms`), { name: 'TimeoutError', code: 'ETIMEDOUT' });
}

interface Body {
  destroy(error?: Error): void;
  once(event: 'end' | 'close' | 'error', listener: () => void): unknown;
  readableEnded?: boolean;
  destroyed?: boolean;
}

function isNodeStream(body: unknown): body is Body {
  return typeof body === 'object' && body !== null && typeof (body as Body).destroy === 'function' && typeof (body as Body).once === 'function';
}

export class DeadlineHttpHandler implements HttpHandler<NodeHttpHandlerOptions> {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly inner: NodeHttpHandler;
  private readonly attemptTimeout: number;

  constructor({ attemptTimeout, ...options }: DeadlineOptions) {
    this.inner = new NodeHttpHandler(options);
    this.attemptTimeout = attemptTimeout;
  }

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    const ms = this.attemptTimeout;
    const controller = new AbortController();
    const outer = options.abortSignal as AbortSignal | undefined;
    const forward = (): void => controller.abort((outer as { reason?: unknown } | undefined)?.reason);
    if (outer?.aborted) forward();
    else outer?.addEventListener?.('abort', forward, { once: true });
    let body: Body | undefined;
    // Made when the deadline passes, not up front: an Error captures its stack, and one per
    // attempt would stay alive for the whole attempt of every request that never times out.
    let error: Error | undefined;
    const timer = setTimeout(() => {
      error = timeoutError(ms);
      // Before the headers, aborting makes the inner handler reject; after them, the body read
      // fails with the timeout itself.
      if (body !== undefined) body.destroy(error);
      else controller.abort(error);
    }, ms);
    const done = (): void => {
      clearTimeout(timer);
      outer?.removeEventListener?.('abort', forward);
    };
    try {
      const result = await this.inner.handle(request, { ...options, abortSignal: controller.signal as HttpHandlerOptions['abortSignal'] });
      const stream: unknown = result.response.body;
      if (isNodeStream(stream) && stream.readableEnded !== true && stream.destroyed !== true) {
        body = stream;
        stream.once('end', done);
        stream.once('close', done);
        stream.once('error', done);
      } else {
        done();
      }
      return result;
    } catch (caught) {
      done();
      // The inner handler reports our own abort as an AbortError: say what it was.
      if (error !== undefined && controller.signal.aborted && controller.signal.reason === error) throw error;
      throw caught;
    }
  }

  updateHttpClientConfig(key: keyof NodeHttpHandlerOptions, value: NodeHttpHandlerOptions[typeof key]): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.inner.destroy();
  }
}
