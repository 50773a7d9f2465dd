// Serves the demo: the shop on one loopback origin and its chat widget on another, so the widget
// is a cross-origin iframe exactly as with real vendors. Static files only; nothing leaves the
// machine. Also used by the e2e tests to serve fixture pages from two origins.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/**
 * A static server for `root` on 127.0.0.1 or localhost; `vars` fills {{NAME}} in HTML files and
 * `rewrite(path, html)` may change an HTML page before it is served.
 */
export function serveStatic(root, { host = '127.0.0.1', port = 0, vars = () => ({}), rewrite = (_path, html) => html } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) {
        const v = vars();
        body = Buffer.from(rewrite(path, body.toString('utf8').replace(/\{\{(\w+)\}\}/g, (m, k) => v[k] ?? m)));
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  // Always listen on IPv4 loopback; `host` only names it in the URL (localhost gives a second origin).
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, url: `http://${host}:${server.address().port}` })));
}

/** Starts the shop and the widget; returns their URLs and a close function. */
export async function startDemo({ shopPort = 0, widgetPort = 0 } = {}) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  let widgetUrl = '';
  const widget = await serveStatic(join(here, 'widget'), { host: 'localhost', port: widgetPort });
  widgetUrl = widget.url;
  const shop = await serveStatic(join(here, 'site'), { port: shopPort, vars: () => ({ WIDGET_ORIGIN: widgetUrl }) });
  return {
    shopUrl: `${shop.url}/`,
    widgetUrl: `${widget.url}/`,
    close: () => Promise.all([shop.server, widget.server].map((s) => new Promise((ok) => s.close(ok)))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const demo = await startDemo({ shopPort: 5180, widgetPort: 5181 });
  console.log(`Demo shop:   ${demo.shopUrl}\nChat widget: ${demo.widgetUrl} (cross-origin iframe)`);
}
