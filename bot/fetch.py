"""Fetching web pages and feeds safely: size and time limits, redirects followed by hand, and
no address inside the machine's own networks unless FETCH_ALLOW_PRIVATE says so (a Slack user
must not be able to make the bot read internal services or a cloud metadata endpoint)."""

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

MAX_REDIRECTS = 5
CHUNK = 64 * 1024

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A URL that could not be fetched; the message says why, for the user."""


@dataclass(frozen=True)
class FetchPolicy:
    timeout_seconds: float = 10.0
    max_bytes: int = 5_000_000
    user_agent: str = "newsbot/0.1 (+https://github.com/newsbot)"
    # Whether an address may be fetched; by default only public ones.
    address_allowed: Callable[[IPAddress], bool] = field(default=lambda ip: public_address(ip))


def public_address(ip: IPAddress) -> bool:
    """Not loopback, private, link-local (cloud metadata at 169.254.169.254), shared,
    reserved or multicast; an IPv4 address written as IPv6 is judged as IPv4."""
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_global and not ip.is_multicast


def allow_any_address(_ip: IPAddress) -> bool:
    return True


@dataclass(frozen=True)
class Fetched:
    url: str  # where the content was found, after redirects
    status: int  # 200, or 304 when a conditional request found nothing new
    content: bytes
    content_type: str  # the media type alone, lower case: "text/html"
    etag: str = ""
    last_modified: str = ""


def is_web_address(text: str) -> bool:
    return urlsplit(text).scheme in {"http", "https"} and bool(urlsplit(text).hostname)


def fetch(
    url: str,
    policy: FetchPolicy,
    etag: str = "",
    last_modified: str = "",
    client: httpx.Client | None = None,
) -> Fetched:
    """GET `url` within the policy's limits; raises FetchError with the reason. With `etag`
    or `last_modified` the request is conditional and may answer 304 with no content."""
    headers = {"User-Agent": policy.user_agent, "Accept": "text/html, application/xhtml+xml, */*"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own_client = client is None
    client = client or httpx.Client(timeout=policy.timeout_seconds, follow_redirects=False)
    try:
        return follow(client, url, headers, policy)
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {policy.timeout_seconds:g} s") from None
    except httpx.HTTPError as err:
        raise FetchError(f"cannot connect: {err}") from None
    finally:
        if own_client:
            client.close()


def follow(client: httpx.Client, url: str, headers: dict[str, str], policy: FetchPolicy) -> Fetched:
    seen: set[str] = set()
    for _ in range(MAX_REDIRECTS + 1):
        if not is_web_address(url):
            raise FetchError("not an http(s) address")
        check_host(url, policy)  # every hop: a public page may redirect inside
        if url in seen:
            raise FetchError("redirect loop")
        seen.add(url)
        with client.stream("GET", url, headers=headers) as response:
            check_peer(response, policy)
            if response.is_redirect and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                continue
            if response.status_code == 304:
                return Fetched(url, 304, b"", "", *validators(response))
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            content = read_limited(response, policy.max_bytes)
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(
                str(response.url), response.status_code, content, media_type, *validators(response)
            )
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def validators(response: httpx.Response) -> tuple[str, str]:
    return response.headers.get("etag", ""), response.headers.get("last-modified", "")


def read_limited(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"larger than the {max_bytes:,} byte limit ({int(declared):,} bytes)")
    chunks, size = [], 0
    for chunk in response.iter_bytes(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"larger than the {max_bytes:,} byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def check_host(url: str, policy: FetchPolicy) -> None:
    """Refuse a host any of whose addresses the policy does not allow."""
    host = urlsplit(url).hostname or ""
    port = urlsplit(url).port or (443 if url.startswith("https") else 80)
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"unknown host {host!r}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not policy.address_allowed(address):
            where = "" if host.strip("[]") == str(address) else f" ({address})"
            raise FetchError(f"refused: {host} is a private or internal address{where}")


def check_peer(response: httpx.Response, policy: FetchPolicy) -> None:
    """The address actually connected to, checked too: a name may resolve differently the
    second time (DNS rebinding). Checked before any of the body is read."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream else None
    if peer and not policy.address_allowed(ipaddress.ip_address(peer[0])):
        raise FetchError(f"refused: connected to a private or internal address ({peer[0]})")
