"""Deadline day: 50 owners at once sign in, load "My returns" and submit all their figures.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench \\
        .venv/bin/python bench/deadline.py

A council of 500 indicators is built with 50 owners (about 10 indicators each), every
return of the open month an empty draft. gunicorn serves the portal as in production
(``gunicorn -c gunicorn.conf.py kpiportal.wsgi``, DEBUG off, behind a TLS proxy, persistent
database connections; ``--workers`` and ``--threads`` override the file's sizing), and 50
simulated owners start together, each in its own thread with its own cookies:

1. GET /accounts/login/ and POST the username and password;
2. GET /returns/ and read each return's form (version, figure or numerator and
   denominator) from the HTML;
3. POST /returns/ with action=submit_all: a figure, commentary and the outlier tick for
   every return (so that neither a red nor an outlier holds one back);
4. GET /returns/ again, where the redirect leads.

Reported: throughput and p50/p95 latency of each step against the goals (GOALS), the CPU
gunicorn, PostgreSQL and the simulated browsers used during the journeys (Linux), and any
error (a response that is not 2xx/3xx, a refused form, a sign-in that failed). Then the
database is checked: every
figure sent is there exactly once (one return per indicator and month, submitted, with the
value sent, written once: version 2 and one "Submitted" entry in its history).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import random
import re
import runpy
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, dataset  # noqa: E402

OWNERS = 50
INDICATORS = 500
STEPS = ("sign-in page", "sign in", "My returns", "submit all", "My returns again")
# Issue 14's goals: the 95th percentile of these steps, in seconds.
GOALS = {"sign in": 2.0, "My returns": 1.0, "submit all": 1.0}
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
VERSION = re.compile(r'name="r(\d+)-version" value="(\d+)"')
ERRORS = re.compile(r'class="(?:invalid-feedback|alert alert-danger)[^"]*"[^>]*>(.*?)</div>', re.S)


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str
    seconds: float


@dataclass
class Browser:
    """One owner's browser: its own cookies, and every request timed."""

    host: str
    port: int
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> Response:
        origin = f"https://{self.host}:{self.port}"
        headers = {
            "Host": f"{self.host}:{self.port}",
            "X-Forwarded-Proto": "https",  # what the TLS proxy in front of gunicorn sends
            "User-Agent": "kpiportal-bench",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers |= {
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": origin,
                "Referer": origin + path,
            }
        start = time.perf_counter()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=300)
        try:
            connection.request(method, path, body=body, headers=headers)
            answer = connection.getresponse()
            text = answer.read().decode("utf-8", "replace")
        finally:
            connection.close()
        seconds = time.perf_counter() - start
        for header in answer.headers.get_all("Set-Cookie") or []:
            # Secure cookies are kept: the proxy would have carried them over TLS.
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return Response(answer.status, answer.headers, text, seconds)


@dataclass
class Journey:
    """What one owner did and saw."""

    username: str
    timings: list[tuple[str, float]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sent: dict[int, dict[str, str]] = field(default_factory=dict)
    submitted: bool = False  # the portal took the submission (redirected after it)
    requests: int = 0


def _token(page: str) -> str:
    found = TOKEN.search(page)
    return found.group(1) if found else ""


def _expect(journey: Journey, step: str, response: Response, *statuses: int) -> bool:
    journey.timings.append((step, response.seconds))
    journey.requests += 1
    if response.status in statuses:
        return True
    problem = f"{journey.username}: {step} answered {response.status}"
    if response.status in (200, 400) and (shown := ERRORS.findall(response.body)):
        problem += ": " + " | ".join(re.sub(r"<[^>]+>|\s+", " ", s).strip() for s in shown[:3])
    elif response.status in (301, 302):
        problem += f" to {response.headers.get('Location')}"
    journey.errors.append(problem)
    return False


def figures_for(page: str, seed: int) -> dict[int, dict[str, str]]:
    """The fields to post for each return on a "My returns" page: a plausible figure each.

    Whole numbers from 1 to 99 suit every unit and number of places; a numerator and
    denominator where the page asks for them. Commentary always, outlier ticked always, and
    why there is no action where the page asks (a second red month needs one or the other).
    """
    out = {}
    for pk_text, version in VERSION.findall(page):
        pk = int(pk_text)
        rng = random.Random(f"{seed}-{pk}")
        prefix = f"r{pk}"
        fields = {  # as a browser posts the form: empty text boxes too, no unticked box
            f"{prefix}-version": version,
            f"{prefix}-not_available_reason": "",
            f"{prefix}-commentary": f"Benchmark figure for return {pk}.",
            f"{prefix}-outlier_confirmed": "on",
        }
        if f'name="{prefix}-no_action_reason"' in page:  # a second red needs an action or why
            fields[f"{prefix}-no_action_reason"] = "Benchmark: recovery already under way."
        if f'name="{prefix}-numerator"' in page:
            denominator = rng.randint(50, 500)
            fields[f"{prefix}-numerator"] = str(rng.randint(0, denominator))
            fields[f"{prefix}-denominator"] = str(denominator)
        else:
            fields[f"{prefix}-value"] = str(rng.randint(1, 99))
        out[pk] = fields
    return out


def journey(
    host: str,
    port: int,
    username: str,
    password: str,
    *,
    seed: int,
    start: threading.Barrier,
    sign_in_port: int | None = None,
) -> Journey:
    """One owner's deadline: sign in, load My returns, submit everything, see the result.
    With `sign_in_port`, the password is posted there (a second gunicorn, as a web server
    routing the sign-in form to a pool of its own would), everything else to `port`."""
    done = Journey(username)
    browser = Browser(host, port)
    start.wait()
    try:
        login = browser.request("GET", "/accounts/login/")
        if not _expect(done, "sign-in page", login, 200):
            return done
        form = {"username": username, "password": password, "next": "/returns/"}
        signer = Browser(host, sign_in_port or port, cookies=browser.cookies)  # one browser
        signed_in = signer.request(
            "POST", "/accounts/login/", form | {"csrfmiddlewaretoken": _token(login.body)}
        )
        if not _expect(done, "sign in", signed_in, 302):
            return done
        page = browser.request("GET", "/returns/")
        if not _expect(done, "My returns", page, 200):
            return done
        done.sent = figures_for(page.body, seed)
        if not done.sent:
            done.errors.append(f"{username}: no return to submit on My returns")
            return done
        post = {"csrfmiddlewaretoken": _token(page.body), "action": "submit_all"}
        for fields in done.sent.values():
            post |= fields
        submitted = browser.request("POST", "/returns/", post)
        if not _expect(done, "submit all", submitted, 302):
            return done
        done.submitted = True
        after = browser.request("GET", "/returns/")
        if _expect(done, "My returns again", after, 200) and (
            f"Submitted {len(done.sent)} return" not in after.body
        ):
            done.errors.append(f"{username}: the page after submitting does not confirm it")
    except (OSError, http.client.HTTPException) as error:
        done.errors.append(f"{username}: {type(error).__name__}: {error}")
    return done


def run_owners(
    host: str,
    port: int,
    usernames: list[str],
    password: str,
    *,
    seed: int = 1,
    sign_in_port: int | None = None,
) -> dict[str, Any]:
    """Every owner's journey at once, one thread each; the journeys and the wall time."""
    start = threading.Barrier(len(usernames) + 1)
    journeys: list[Journey] = []
    lock = threading.Lock()

    def one(username: str) -> None:
        found = journey(
            host, port, username, password, seed=seed, start=start, sign_in_port=sign_in_port
        )
        with lock:
            journeys.append(found)

    threads = [threading.Thread(target=one, args=(u,), daemon=True) for u in usernames]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return {"journeys": journeys, "seconds": time.perf_counter() - began}


def verify(journeys: list[Journey]) -> list[str]:
    """What the database says about every figure sent: problems, if any.

    A submission the portal took must be there exactly once, as sent; one it refused (or
    that never arrived) must have left its returns untouched drafts.
    """
    from django.db.models import Count

    from indicators import rating
    from submissions.models import Return

    refused = [pk for j in journeys if not j.submitted for pk in j.sent]
    problems = [
        f"return {r.pk}: {r.status}, version {r.version}, though its submission failed"
        for r in Return.objects.filter(pk__in=refused).exclude(status="draft", version=1)
    ]
    sent = {pk: fields for j in journeys if j.submitted for pk, fields in j.sent.items()}
    returns = Return.objects.select_related("indicator").in_bulk(sent)
    history = dict(
        Return.history.filter(id__in=sent, history_change_reason="Submitted")
        .values("id")
        .annotate(n=Count("history_id"))
        .values_list("id", "n")
    )
    pairs = [(r.indicator_id, r.period_id) for r in returns.values()]
    twins = (
        Return.objects.filter(
            indicator_id__in={i for i, _ in pairs}, period_id__in={p for _, p in pairs}
        )
        .values("indicator_id", "period_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
    )
    problems += [f"{t['n']} returns for indicator {t['indicator_id']}" for t in twins]
    for pk, fields in sent.items():
        ret = returns.get(pk)
        if ret is None:
            problems.append(f"return {pk}: missing")
            continue
        prefix = f"r{pk}"
        if ret.status != Return.Status.SUBMITTED:
            problems.append(f"return {pk}: {ret.status}, not submitted")
        if f"{prefix}-numerator" in fields:
            numerator = Decimal(fields[f"{prefix}-numerator"])
            denominator = Decimal(fields[f"{prefix}-denominator"])
            scale = ret.indicator.ratio_scale
            expected = Return.stored(rating.derive_ratio(numerator, denominator, scale=scale))
            if (ret.numerator, ret.denominator) != (numerator, denominator):
                problems.append(f"return {pk}: parts {ret.numerator}/{ret.denominator} stored")
        else:
            expected = Decimal(fields[f"{prefix}-value"])
        if ret.value != expected:
            problems.append(f"return {pk}: {ret.value} stored, {expected} sent")
        if ret.version != 2 or history.get(pk, 0) != 1:
            problems.append(
                f"return {pk}: written {ret.version - 1} times, "
                f"{history.get(pk, 0)} submissions in its history"
            )
    return problems


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url(db: dict[str, Any]) -> str:
    """A DATABASE_URL for Django's database settings (for the server's environment)."""
    if "sqlite" in db["ENGINE"]:
        return f"sqlite:///{db['NAME']}"
    user = urllib.parse.quote(db.get("USER") or "")
    password = db.get("PASSWORD")
    auth = f"{user}:{urllib.parse.quote(password)}" if password else user
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{auth}@{host}:{port}/{db['NAME']}"


class Server:
    """gunicorn serving the portal from the project folder with its gunicorn.conf.py, as in
    production; `workers` and `threads` override the file's sizing (to compare sizes)."""

    def __init__(
        self,
        database: str,
        *,
        workers: int | None = None,
        threads: int | None = None,
        port: int | None = None,
        secret_key: str | None = None,
    ) -> None:
        self.port = port or free_port()
        self.keep_log = False  # kept (and named in the report) only when something failed
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - kept open for the server
            prefix="kpiportal-bench-gunicorn-", suffix=".log", delete=False
        )
        env = {
            **os.environ,
            **common.production_like_environment(),
            "DATABASE_URL": database,
            "BEHIND_TLS_PROXY": "1",
            "CONN_MAX_AGE": "60",
            "GUNICORN_ACCESS_LOG": "",  # a line a request would only slow the server down
        }
        if secret_key:  # servers sharing sessions must sign them alike
            env["SECRET_KEY"] = secret_key
        config = runpy.run_path(str(common.ROOT / "gunicorn.conf.py"))
        self.workers = workers or config["workers"]
        self.threads = threads or config["threads"]
        sizing = [f"--workers={workers}"] if workers else []
        sizing += [f"--threads={threads}"] if threads else []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", str(common.ROOT / "gunicorn.conf.py"),
             *sizing, "--bind", f"127.0.0.1:{self.port}",
             "kpiportal.wsgi"],
            cwd=common.ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.keep_log = True
                raise RuntimeError(f"gunicorn stopped:\n{self.tail()}")
            try:
                answer = Browser("127.0.0.1", self.port).request("GET", "/healthz")
                if answer.status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.keep_log = True
        raise RuntimeError(f"gunicorn did not answer within {timeout} s:\n{self.tail()}")

    def tail(self, lines: int = 30) -> str:
        self.log.flush()
        return "\n".join(Path(self.log.name).read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        if not self.keep_log:
            Path(self.log.name).unlink(missing_ok=True)

    def __enter__(self) -> Server:
        try:
            self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _cpu_by_process() -> dict[int, tuple[str, int, float]]:
    """Every process's (name, parent, CPU seconds, its reaped children's included), read
    from Linux's /proc; empty elsewhere."""
    found = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = entry.read_text()
        except OSError:  # it ended meanwhile
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        # After the name: state, ppid, ..., utime, stime, cutime, cstime (fields 14-17).
        found[int(entry.parent.name)] = (name, int(fields[1]), sum(map(int, fields[11:15])) / tick)
    return found


def _cpu_spent(
    before: dict[int, tuple[str, int, float]],
    after: dict[int, tuple[str, int, float]],
    pids: set[int],
) -> float:
    """CPU seconds the processes `pids` used between two readings (a process started
    meanwhile counts from zero; one that ended is in its parent's reaped children)."""
    return sum(after[pid][2] - (before[pid][2] if pid in before else 0.0) for pid in pids)


def _server_and_database(
    reading: dict[int, tuple[str, int, float]], server_pid: int
) -> tuple[set[int], set[int]]:
    """The pids of gunicorn (the master and its workers) and of PostgreSQL's processes."""
    server = {server_pid} | {pid for pid, (_, ppid, _) in reading.items() if ppid == server_pid}
    database = {pid for pid, (name, _, _) in reading.items() if name == "postgres"}
    return server & set(reading), database


def measure(
    database: str,
    usernames: list[str],
    password: str,
    *,
    seed: int = 1,
    workers: int | None = None,
    threads: int | None = None,
    sign_in_pool: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """Serve with gunicorn, run every owner's journey at once, check the database.
    `sign_in_pool` (workers, threads): the sign-in form posted to a second gunicorn."""
    key = os.environ.get("SECRET_KEY") or secrets.token_urlsafe(48)  # the same for both
    with contextlib.ExitStack() as servers:
        server = servers.enter_context(
            Server(database, workers=workers, threads=threads, secret_key=key)
        )
        pool = None
        if sign_in_pool:
            pool = servers.enter_context(
                Server(database, workers=sign_in_pool[0], threads=sign_in_pool[1], secret_key=key)
            )
        found = {"workers": server.workers, "threads": server.threads, "pool": sign_in_pool}
        before, ours = _cpu_by_process(), os.times()
        found |= run_owners(
            "127.0.0.1",
            server.port,
            usernames,
            password,
            seed=seed,
            sign_in_port=pool.port if pool else None,
        )
        after, ours_after = _cpu_by_process(), os.times()
        if after:  # CPU each side used during the journeys: what the queue waits on
            serving, db = _server_and_database(after, server.process.pid)
            if pool is not None:
                serving |= _server_and_database(after, pool.process.pid)[0]
            found["cpu"] = {
                "gunicorn": _cpu_spent(before, after, serving),
                "PostgreSQL": _cpu_spent(before, after, db),
                "browsers": (ours_after.user + ours_after.system) - (ours.user + ours.system),
            }
        errors = [e for j in found["journeys"] for e in j.errors]
        for each in (server, pool) if pool else (server,):
            log = Path(each.log.name).read_text(errors="replace")
            if "Traceback" in log:
                errors.append(f"gunicorn logged {log.count('Traceback')} traceback(s)")
            if errors:
                each.keep_log = True
                errors.append(f"gunicorn's log: {each.log.name}")
    journeys = found["journeys"]
    found["errors"] = errors
    found["problems"] = verify(journeys)
    found["sent"] = sum(len(j.sent) for j in journeys if j.submitted)
    return found


def run(
    *,
    owners: int = OWNERS,
    indicators: int = INDICATORS,
    seed: int = 1,
    today: date,
    database: str | None = None,
    workers: int | None = None,
    threads: int | None = None,
    sign_in_pool: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """Build the council (every open return an empty draft), then measure the deadline."""
    from django.db import connection

    built = dataset.build(
        indicators, seed=seed, today=today, owners=owners, frozen=0, open_mix={"empty": 1.0}
    )
    database = database or database_url(connection.settings_dict)
    connection.close()  # the server's workers are the ones to use the database now
    return {"owners": owners, "indicators": indicators} | measure(
        database,
        built["owners"],
        built["password"],
        seed=seed,
        workers=workers,
        threads=threads,
        sign_in_pool=sign_in_pool,
    )


def check(by_step: dict[str, list[float]]) -> list[str]:
    """The steps whose 95th percentile is over its goal (GOALS)."""
    return [
        f"{step}: p95 {common.ms(p95)} ms, over the goal of {common.ms(goal)} ms"
        for step, goal in GOALS.items()
        if (p95 := common.percentile(by_step.get(step, []), 0.95)) > goal
    ]


def report(result: dict[str, Any]) -> str:
    journeys: list[Journey] = result["journeys"]
    by_step: dict[str, list[float]] = {step: [] for step in STEPS}
    for j in journeys:
        for step, seconds in j.timings:
            by_step[step].append(seconds)
    rows = [
        [
            step,
            len(times),
            common.ms(statistics.median(times)) if times else "-",
            common.ms(common.percentile(times, 0.95)) if times else "-",
            common.ms(max(times)) if times else "-",
        ]
        for step, times in by_step.items()
    ]
    wall = result["seconds"]
    requests = sum(j.requests for j in journeys)
    complete = sum(1 for j in journeys if j.submitted)
    lines = [
        common.table(["step", "requests", "p50 ms", "p95 ms", "max ms"], rows),
        "",
        common.table(
            [
                "owners",
                "indicators",
                "workers",
                "threads",
                "wall s",
                "requests/s",
                "owners done/s",
                "returns/s",
            ],
            [
                [
                    result["owners"],
                    result["indicators"],
                    result.get("workers", "-"),
                    f"{result.get('threads', '-')}{_pool(result.get('pool'))}",
                    f"{wall:.1f}",
                    f"{requests / wall:.1f}",
                    f"{complete / wall:.2f}",
                    f"{result['sent'] / wall:.1f}",
                ]
            ],
        ),
        "",
        *_cpu_lines(result.get("cpu"), len(journeys)),
        f"Owners who finished: {complete} of {len(journeys)}; returns submitted: "
        f"{result['sent']}; errors: {len(result['errors'])}; database problems: "
        f"{len(result['problems'])}.",
    ]
    lines += [f"MISSED: {p}" for p in check(by_step)] or ["All deadline goals met."]
    lines += [f"ERROR: {e}" for e in result["errors"][:20]]
    lines += [f"LOST: {p}" for p in result["problems"][:20]]
    if not result["errors"] and not result["problems"]:
        lines.append("Every figure sent is in the database exactly once.")
    return "\n".join(lines)


def _pool(pool: tuple[int, int] | None) -> str:
    return f" (sign-in: {pool[0]} x {pool[1]})" if pool else ""


def _sizes(text: str) -> tuple[int, int]:
    """ "2x1": two workers of one thread each."""
    workers, _, threads = text.lower().partition("x")
    if not (workers.isdigit() and threads.isdigit() and int(workers) and int(threads)):
        raise argparse.ArgumentTypeError(f"workers x threads, as 2x1, not {text!r}")
    return int(workers), int(threads)


def _cpu_lines(cpu: dict[str, float] | None, owners: int) -> list[str]:
    """The CPU each side used during the journeys, in all and an owner (Linux only). On 2
    cores the journeys queue on it: a steadier measure of the portal's work than the
    95th percentiles, which move with which requests happen to queue last."""
    if not cpu or not owners:
        return []
    rows = [
        [side, f"{seconds:.2f}", f"{seconds / owners * 1000:.0f}"] for side, seconds in cpu.items()
    ]
    return [common.table(["CPU used by", "s", "ms an owner"], rows), ""]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--owners", type=int, default=OWNERS)
    parser.add_argument("--indicators", type=int, default=INDICATORS)
    parser.add_argument("--workers", type=int, default=None, help="default: gunicorn.conf.py's")
    parser.add_argument("--threads", type=int, default=None, help="default: gunicorn.conf.py's")
    parser.add_argument(
        "--sign-in-pool",
        type=_sizes,
        default=None,
        metavar="WxT",
        help="post the sign-in form to a second gunicorn of W workers of T threads, as a web "
        "server routing /accounts/login/ to a pool of its own would",
    )
    args = common.parse(parser, argv)
    result = run(
        owners=args.owners,
        indicators=args.indicators,
        seed=args.seed,
        today=args.today,
        workers=args.workers,
        threads=args.threads,
        sign_in_pool=args.sign_in_pool,
    )
    print(common.heading("Deadline") + report(result))
    return result


if __name__ == "__main__":
    main()
