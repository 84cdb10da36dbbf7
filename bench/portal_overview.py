"""Benchmark of the public overview page of the large generated municipality (400 measures).

Run: .venv/bin/python bench/portal_overview.py [--seconds 15] [--clients 1 4]
A fresh SQLite file (or DATABASE_URL) gets the large municipality and one released report; the
page is then served by one single-threaded WSGI worker (wsgiref, DEBUG off) on loopback and
requested by N client threads over keep-alive-free HTTP/1.0 for a bounded time. Prints requests
per second, latency percentiles and the page's query count.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DATA_DIR = os.environ.setdefault("SACHSTAND_DATA_DIR", tempfile.mkdtemp(prefix="sachstand-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sachstand.settings")
SERVER_ENV = {
    **os.environ,
    "DEBUG": "false",
    "SECRET_KEY": "benchmark-only-not-secret-0123456789abcdef",
    "ALLOWED_HOSTS": "127.0.0.1",
}


def serve(port: int) -> None:
    """The worker: one process, one thread."""
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    from sachstand.wsgi import application

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args) -> None:
            pass

    make_server("127.0.0.1", port, application, handler_class=Quiet).serve_forever()


def prepare() -> str:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from sachstand.demo.large import large_municipality_create
    from sachstand.reporting.models import ReportingPeriod
    from sachstand.reporting.renderers import render_all
    from sachstand.reporting.services.releases import report_release
    from sachstand.strategy.models import Measure

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    municipality = large_municipality_create()
    period = ReportingPeriod.objects.filter(municipality=municipality).order_by("half_year")[0]
    report_release(municipality=municipality, period=period, render_all=render_all, user=None)
    elapsed = time.perf_counter() - start
    print(f"database: {connection.vendor}; large municipality, released report: {elapsed:.1f} s")
    url = f"/{municipality.slug}/"
    client = Client(HTTP_HOST="127.0.0.1")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    measures = Measure.objects.filter(municipality=municipality).count()
    print(f"overview page: {len(queries)} queries, {measures} measures")
    return url


def load(port: int, url: str, clients: int, seconds: float) -> None:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker() -> None:
        nonlocal errors
        while time.perf_counter() < stop:
            begin = time.perf_counter()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                connection.request("GET", url)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
            finally:
                connection.close()
            elapsed = time.perf_counter() - begin
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors += 1

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else 0

    mean = statistics.mean(ordered) * 1000 if ordered else 0
    print(
        f"{clients} client(s), {wall:.1f} s: {len(ordered)} requests, "
        f"{len(ordered) / wall:.1f} req/s, p50 {pct(0.50):.1f} ms, p95 {pct(0.95):.1f} ms, "
        f"p99 {pct(0.99):.1f} ms, mean {mean:.1f} ms, errors {errors}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--port", type=int, default=8791)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        import django

        django.setup()
        serve(args.port)
        return
    url = prepare()
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--serve", "--port", str(args.port)],
        env=SERVER_ENV,
    )
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", args.port, timeout=1).connect()
                break
            except OSError:
                time.sleep(0.1)
        load(args.port, url, 1, 2)  # warm up: first chart render, caches
        for clients in args.clients:
            load(args.port, url, clients, args.seconds)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
