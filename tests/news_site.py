"""A local news site for the tests: pages and feeds served over real HTTP on 127.0.0.1, with
the answers a real site gives (redirects, 404, slow pages, conditional GET), every request
recorded."""

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB_FIXTURES = Path(__file__).parent / "fixtures" / "web"


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between bytes of the body (a page that never ends in time)


@dataclass
class NewsSite:
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def start(self) -> "NewsSite":
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.requests.append((self.path, dict(self.headers)))
                page = site.pages.get(self.path) or Page(b"<h1>Not found</h1>", status=404)
                time.sleep(page.delay)
                etag = page.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Length", str(len(page.body)))
                for name, value in page.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                # the client may stop reading (a page over the size limit)
                with contextlib.suppress(OSError):
                    if not page.drip:
                        self.wfile.write(page.body)
                    for byte in page.body if page.drip else b"":
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(page.drip)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve_fixture(self, path: str, name: str, **page: object) -> str:
        """Serve a fixture file at `path` (its PORT placeholders made this site's port)."""
        text = (WEB_FIXTURES / name).read_text(encoding="utf-8").replace("PORT", str(self.port))
        self.pages[path] = Page(text.encode(), **page)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str) -> str:
        self.pages[path] = Page(b"", status=302, headers={"Location": to})
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(1 for requested, _ in self.requests if requested == path)
