"""The plain way through an XES log (``xes_plain``) reads exactly the events the XML parser
reads; every log it is not sure of goes to the parser."""

import gzip

import pytest

from sachstand.eventlogs import engine, xes
from sachstand.eventlogs.mapping import LogMapping
from sachstand.eventlogs.progress import Progress
from sachstand.eventlogs.xes import xes_load
from sachstand.eventlogs.xes_plain import plain_load
from tests.eventlogs.logs import BPIC15, ROAD_TRAFFIC, RUNNING_EXAMPLE, analyse

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0" xmlns="http://www.xes-standard.org/">\n'


def _events(con, relation: str) -> list[tuple]:
    return con.execute(f"SELECT * FROM ({relation}) ORDER BY ALL").fetchall()


def both_ways(path, **mapping):
    """The events read the plain way and by the parser, with what each counted."""
    mapping = LogMapping(**mapping)
    with engine.session("xes") as (con, folder):
        plain = plain_load(con, path, mapping, Progress(None), folder)
        assert plain is not None, "the log should be read the plain way"
        parsed = xes_load(path, mapping, Progress(None), folder)
        assert not parsed.errors
        counted = [(r.traces, r.events, r.service_found, r.channel_found) for r in (plain, parsed)]
        return _events(con, plain.relation), _events(con, parsed.relation), counted


def is_plain(path, **mapping) -> bool:
    with engine.session("xes") as (con, folder):
        return plain_load(con, path, LogMapping(**mapping), Progress(None), folder) is not None


@pytest.mark.parametrize(
    ("path", "mapping"),
    [
        (RUNNING_EXAMPLE, {"service": "Costs", "channel": "Resource"}),
        (ROAD_TRAFFIC, {"service": "vehicleClass", "channel": "case:dismissal"}),
        # service a trace attribute, channel an event attribute
        (BPIC15, {"service": "case_type", "channel": "question"}),
    ],
)
def test_the_real_logs_are_read_alike_both_ways(path, mapping):
    fast, parsed, (plain_counts, parser_counts) = both_ways(path, **mapping)
    assert fast == parsed
    assert plain_counts == parser_counts
    assert plain_counts[2:] == (True, True)
    assert len(fast) == plain_counts[1] > 0


def _trace(case_attributes: str, *events: str) -> str:
    return f"<trace>{case_attributes}{''.join(f'<event>{e}</event>' for e in events)}</trace>\n"


def _s(key: str, value: str, tag: str = "string") -> str:
    return f'<{tag} key="{key}" value="{value}"/>'


def write(path, *traces: str, head: str = HEAD, tail: str = "</log>\n", encoding="utf-8"):
    path.write_bytes((head + "".join(traces) + tail).encode(encoding))
    return path


def test_entities_whitespace_and_odd_traces_are_read_alike(tmp_path):
    """Entities in values and ids, line breaks and tabs in values (XML makes them spaces, a
    \\r\\n one space), spaces before "/>", typed attributes, a trace without events or without an
    id, an event without a timestamp, a repeated key (the first counts), service and channel
    on the trace or on the event under either name."""
    ts = "time:timestamp"
    traces = [
        _trace(
            _s("concept:name", "A&amp;B &lt;1&gt; &quot;x&quot; &apos;y&apos; >"),
            _s("concept:name", "Antrag\r\neingegangen\tam\nSchalter") + _s(ts, "2026-01-05"),
            _s("concept:name", "Prüfung")
            + f'<date key="{ts}" value="2026-01-06" />'
            + _s("concept:name", "nicht diese")
            + _s("case:service", "Wohngeld")
            + _s("amount", "12.5", "float")
            + _s("done", "true", "boolean"),
        ),
        _trace(_s("concept:name", "leer")),
        _trace("", _s("concept:name", "ohne Fall") + _s(ts, "2026-01-05")),
        _trace(
            _s("concept:name", "C") + _s("service", "Meldewesen") + _s("case:channel", "Post"),
            _s("concept:name", "a") + _s("channel", "Onlineportal") + _s(ts, "2026-02-01"),
            _s("concept:name", "b") + _s("lifecycle:transition", "complete"),
        ),
        _trace(_s("concept:name", "D"), _s("concept:name", "") + _s(ts, "2026-02-01")),
    ]
    path = write(tmp_path / "log.xes", *traces)
    fast, parsed, (plain_counts, parser_counts) = both_ways(
        path, service="service", channel="case:channel"
    )
    assert fast == parsed
    assert plain_counts == parser_counts == (5, 6, True, True)
    by_activity = {row[1]: row for row in fast}
    assert by_activity["Antrag eingegangen am Schalter"][0] == "A&B <1> \"x\" 'y' >"
    assert by_activity["Prüfung"][4] == "Wohngeld"  # the event's case:service
    assert by_activity["a"][4:6] == ("Meldewesen", "Onlineportal")  # trace has no case:channel
    assert by_activity["ohne Fall"][0] is None


def test_the_same_case_in_two_traces_meets_in_one_part(tmp_path, monkeypatch):
    """Also when its id is written once with an entity and once without."""
    filler = [
        _trace(
            _s("concept:name", f"F{n}"),
            _s("concept:name", "a") + _s("time:timestamp", "2026-01-05"),
        )
        for n in range(200)
    ]
    path = write(
        tmp_path / "log.xes",
        _trace(
            _s("concept:name", "X>1"), _s("concept:name", "a") + _s("time:timestamp", "2026-01-05")
        ),
        *filler,
        _trace(
            _s("concept:name", "X&gt;1"),
            _s("concept:name", "b") + _s("time:timestamp", "2026-03-05"),
        ),
    )
    monkeypatch.setattr(xes, "PART_BYTES", 2_000)
    assert xes.part_count(path) > 5
    with engine.session("xes") as (con, folder):
        loaded = plain_load(con, path, LogMapping(), Progress(None), folder)
        parts = [
            {row[0] for row in con.execute(f"SELECT case_id FROM ({sql})").fetchall()}
            for sql in loaded.partitions
        ]
    assert sum("X>1" in part for part in parts) == 1
    assert sum(len(part) for part in parts) == 201
    assert analyse(path).source.cases_used == 1  # X>1, 35 days; the others have one event


BROKEN = {
    "comment between traces": (HEAD + "<!-- <trace> -->", "</log>"),
    "prefixed names": (
        '<?xml version="1.0"?>\n<xes:log xmlns:xes="http://www.xes-standard.org/">',
        "</xes:log>",
    ),
    "a document type": ('<?xml version="1.0"?>\n<!DOCTYPE log [<!ENTITY a "b">]>\n<log>', "</log>"),
    "another encoding": ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<log>', "</log>"),
    "no </log>": (HEAD, ""),
    "text after the log": (HEAD, "</log>\n<log/>"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_logs_written_otherwise_go_to_the_parser(tmp_path, case):
    head, tail = BROKEN[case]
    trace = _trace(
        _s("concept:name", "Fall"),
        _s("concept:name", "Prüfung") + _s("time:timestamp", "2026-01-05"),
        _s("concept:name", "Bescheid") + _s("time:timestamp", "2026-01-07"),
    )
    encoding = "iso-8859-1" if "ISO" in head else "utf-8"
    path = write(tmp_path / "log.xes", trace, head=head, tail=tail, encoding=encoding)
    assert not is_plain(path)
    analysis = analyse(path)
    if case in ("no </log>", "text after the log"):  # the parser names the damage
        assert analysis.skipped.errors
    else:
        assert not analysis.skipped.errors
        assert analysis.totals[0].duration_median_s == 2 * 86400


ODD_TRACES = {
    "a comment in a trace": "<!-- x -->",
    "a nested attribute": '<string key="x" value="y"><int key="z" value="1"/></string>',
    "a list": '<list key="x"><values><string key="y" value="1"/></values></list>',
    "value before key": '<string value="y" key="x"/>',
    "single quotes": "<string key='x' value='y'/>",
    "two spaces": '<string  key="x" value="y"/>',
    "a character reference": '<string key="x" value="&#228;"/>',
    "a self-closed event": "<event/>",
    "an unknown element": '<foo key="x" value="y"/>',
}


@pytest.mark.parametrize("case", ODD_TRACES)
def test_traces_written_otherwise_go_to_the_parser(tmp_path, case):
    first = _s("concept:name", "a") + _s("time:timestamp", "2026-01-05")
    second = _s("concept:name", "b") + _s("time:timestamp", "2026-01-06")
    events = f"<event>{first}</event><event>{second}</event>"
    odd = f"<trace>{_s('concept:name', 'B')}{events}{ODD_TRACES[case]}</trace>\n"
    path = write(tmp_path / "log.xes", _trace(_s("concept:name", "A"), first, second), odd)
    assert not is_plain(path)
    analysis = analyse(path)
    assert not analysis.skipped.errors
    assert analysis.source.cases_used == 2


def test_attributes_after_the_events_go_to_the_parser(tmp_path):
    """A trace attribute after the events still counts (the parser reads it)."""
    event = _s("concept:name", "a") + _s("time:timestamp", "2026-01-05")
    path = write(
        tmp_path / "log.xes",
        f"<trace><event>{event}</event><event>{event.replace('01-05', '01-09')}</event>"
        f"{_s('concept:name', 'A')}{_s('service', 'Wohngeld')}</trace>",
    )
    assert not is_plain(path, service="service")
    analysis = analyse(path, service="service")
    assert [(r.service, r.cases_completed) for r in analysis.rows] == [("Wohngeld", 1)]


def test_damaged_files_go_to_the_parser_which_says_where(tmp_path):
    event = _s("concept:name", "a") + _s("time:timestamp", "2026-01-05")
    text = (HEAD + _trace(_s("concept:name", "A"), event, event) * 50 + "</log>\n").encode()
    cut = tmp_path / "cut.xes.gz"
    cut.write_bytes(gzip.compress(text)[:-200])
    assert not is_plain(cut)
    assert (
        analyse(cut)
        .skipped.errors[0]
        .startswith("Die komprimierte Datei ist beschädigt oder abgeschnitten")
    )
    not_utf8 = tmp_path / "latin.xes"
    not_utf8.write_bytes(text.replace(b'"a"', b'"\xe4"'))  # ä in Latin-1, declared UTF-8
    assert not is_plain(not_utf8)
    assert (
        analyse(not_utf8).skipped.errors[0].startswith("Die Datei bricht in Zeile 3, Spalte 87 ab")
    )


def test_a_log_broken_in_its_first_trace_is_called_damaged_not_foreign(tmp_path):
    """Before the first trace is complete the parser has not seen the <log> end; the message
    still tells a damaged log from a file that is not a log at all."""
    event = _s("concept:name", "a") + _s("time:timestamp", "2026-01-05")
    text = (HEAD + _trace(_s("concept:name", "A"), event, event) + "</log>\n").encode()
    for name, data in (("cut.xes", text[:-60]), ("cut.xes.gz", gzip.compress(text)[:-12])):
        path = tmp_path / name
        path.write_bytes(data)
        error = analyse(path).skipped.errors[0]
        assert "kein XES-Ereignisprotokoll" not in error, name
        assert "Nur die 0 vollständigen Vorgänge davor" in error or "abgeschnitten" in error, name
    other = tmp_path / "other.xes"
    other.write_bytes(b"<?xml version='1.0'?>\n<html><body><p>x</b></body></html>\n")
    assert "kein XES-Ereignisprotokoll" in analyse(other).skipped.errors[0]


def test_a_trace_longer_than_a_line_goes_to_the_parser(tmp_path, monkeypatch):
    from sachstand.eventlogs import xes_plain

    events = [
        _s("concept:name", f"Schritt {n}") + _s("time:timestamp", "2026-01-05") for n in range(50)
    ]
    path = write(tmp_path / "log.xes", _trace(_s("concept:name", "A"), *events))
    assert is_plain(path)
    monkeypatch.setattr(xes_plain, "MAX_TRACE_BYTES", 1_000)
    monkeypatch.setattr(xes_plain, "BLOCK", 500)
    assert not is_plain(path)
    assert analyse(path).source.events_read == 50
