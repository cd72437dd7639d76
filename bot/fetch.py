"""Fetching web pages and feeds safely: size and time limits, redirects followed by hand, and
no address inside the machine's own networks unless FETCH_ALLOW_PRIVATE says so (a Slack user
must not be able to make the bot read internal services or a cloud metadata endpoint)."""

import ipaddress
import socket
import time
import zlib
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


# IPv6 ranges that carry an IPv4 address in their last 32 bits: IPv4-compatible,
# IPv4-translated (SIIT) and NAT64.
IPV4_CARRIERS = tuple(
    ipaddress.ip_network(net) for net in ("::/96", "::ffff:0:0:0/96", "64:ff9b::/96")
)


def public_address(ip: IPAddress) -> bool:
    """Not loopback, private, link-local (cloud metadata at 169.254.169.254), shared,
    reserved or multicast; an IPv4 address inside an IPv6 one (mapped, compatible, NAT64,
    6to4) is judged as that IPv4 address."""
    return embedded_ipv4(ip).is_global and not ip.is_multicast


def embedded_ipv4(ip: IPAddress) -> IPAddress:
    if isinstance(ip, ipaddress.IPv4Address):
        return ip
    if ip.ipv4_mapped or ip.sixtofour:
        return ip.ipv4_mapped or ip.sixtofour
    if any(ip in carrier for carrier in IPV4_CARRIERS):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


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
    """An http(s) address with a host and a port that can be (not "host:99999")."""
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (raises for a port out of range)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname) and " " not in text


def fetch(url: str, policy: FetchPolicy, etag: str = "", last_modified: str = "") -> Fetched:
    """GET `url` within the policy's limits; raises FetchError with the reason. With `etag`
    or `last_modified` the request is conditional and may answer 304 with no content."""
    headers = {
        "User-Agent": policy.user_agent,
        "Accept": "text/html, application/xhtml+xml, application/rss+xml, */*",
        # Decompressed here, within the size limit (a small gzip bomb must not fill memory)
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    # No proxy from the environment: a proxy would connect in our stead, out of the checks.
    with httpx.Client(
        timeout=policy.timeout_seconds, follow_redirects=False, trust_env=False
    ) as client:
        try:
            return follow(client, url, headers, policy)
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {policy.timeout_seconds:g} s") from None
        except httpx.HTTPError as err:
            raise FetchError(f"cannot connect: {err}") from None
        except (httpx.InvalidURL, ValueError, UnicodeError):
            raise FetchError("not a valid web address") from None


def follow(client: httpx.Client, url: str, headers: dict[str, str], policy: FetchPolicy) -> Fetched:
    # The timeout bounds each wait; the deadline bounds the whole fetch (a page sent a few
    # bytes at a time would otherwise never time out).
    deadline = time.monotonic() + policy.timeout_seconds
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
            content = read_limited(response, policy, deadline)
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(
                str(response.url), response.status_code, content, media_type, *validators(response)
            )
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def validators(response: httpx.Response) -> tuple[str, str]:
    return response.headers.get("etag", ""), response.headers.get("last-modified", "")


def read_limited(response: httpx.Response, policy: FetchPolicy, deadline: float) -> bytes:
    """The body, decompressed here, within the size limit (counted after decompression) and
    the deadline (checked at every read from the network)."""
    max_bytes = policy.max_bytes
    too_large = FetchError(f"larger than the {max_bytes:,} byte limit")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"larger than the {max_bytes:,} byte limit ({int(declared):,} bytes)")
    decoder = decoder_for(response.headers.get("content-encoding", ""))
    chunks, size = [], 0
    for raw in response.iter_raw():
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {policy.timeout_seconds:g} s")
        chunk = decoder.decompress(raw, max_bytes + 1 - size) if decoder else raw
        size += len(chunk)
        if size > max_bytes or (decoder and decoder.unconsumed_tail):
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def decoder_for(encoding: str) -> "zlib._Decompress | None":
    """A decompressor for the response's one content coding (gzip or deflate), or None for
    none; stacked or other codings are refused."""
    coding = encoding.strip().lower()
    if coding in {"", "identity"}:
        return None
    if coding in {"gzip", "x-gzip", "deflate"}:
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib, told by the header
    raise FetchError(f"unsupported content encoding {encoding!r}")


def check_host(url: str, policy: FetchPolicy) -> None:
    """Refuse a host any of whose addresses the policy does not allow. The host is looked up
    as httpx will connect to it (its IDNA form)."""
    parsed = httpx.URL(url)
    host = parsed.host
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"unknown host {host!r}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not policy.address_allowed(address):
            where = "" if host.strip("[]") == str(address) else f" ({address})"
            raise FetchError(
                f"refused: {host} is a private or internal address{where} "
                "(FETCH_ALLOW_PRIVATE=true allows it)"
            )


def check_peer(response: httpx.Response, policy: FetchPolicy) -> None:
    """The address actually connected to, checked too: a name may resolve differently the
    second time (DNS rebinding). Checked before any of the body is read."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream else None
    if peer and not policy.address_allowed(ipaddress.ip_address(peer[0])):
        raise FetchError(f"refused: connected to a private or internal address ({peer[0]})")
