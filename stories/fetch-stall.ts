/**
 * Makes `fetch` of one URL stay pending until its request is aborted, and passes every other
 * request to the page's `fetch`. Returns a function that puts the page's `fetch` back.
 *
 * A story uses it to keep an element in its loading state, because neither the Storybook dev server
 * nor a static build can be set to delay one response.
 */
export function stallFetchOf(url: string): () => void {
  const pageFetch = window.fetch;
  const stalledUrl = new URL(url, document.baseURI).href;

  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const requestUrl = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
    if (requestUrl !== stalledUrl) {
      return pageFetch.call(window, input, init);
    }
    return pendingUntilAborted(init?.signal ?? (input instanceof Request ? input.signal : undefined));
  };

  return () => {
    window.fetch = pageFetch;
  };
}

function pendingUntilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise<Response>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
