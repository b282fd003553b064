/**
 * @actions/github's proxy-aware fetch (undici with a ProxyAgent for the proxy @actions/http-client picks for
 * GITHUB_API_URL), what every request used before. Only src/github/client.ts imports this module, lazily, when a
 * proxy applies: it is the one that loads undici.
 */
import { defaults } from '@actions/github/lib/utils';

/** The fetch @actions/github would use for GITHUB_API_URL. */
export const proxyFetch = defaults.request!.fetch as unknown as typeof fetch;
