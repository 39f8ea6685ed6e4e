"""An HTML page for one article (``extract show``): the text with every extracted
span highlighted by displaCy, and the record as tables.

displaCy's "span" style draws overlapping spans (an organization inside an
initiative mention), which the "ent" style cannot.
"""

from __future__ import annotations

import html
from typing import Any

from spacy import displacy
from spacy.tokens import Doc, Span

from .records import ArticleRecord

SPANS_KEY = "extract_report"
COLORS = {"ORG": "#7aecec", "COUNT": "#feca74", "INITIATIVE": "#c887fb"}
_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #222; }
table { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.meta td:first-child { font-weight: bold; width: 12rem; }
code { font-size: 0.85rem; }
"""


def render_page(doc: Doc, record: ArticleRecord) -> str:
    """A complete, self-contained HTML page."""
    markup = render_spans(doc)
    title = html.escape(record.title or record.doc_id)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{title}</h1>",
        _table(
            ["field", "value"],
            [
                ["doc_id", record.doc_id],
                ["source", record.source or ""],
                ["published", str(record.published or "")],
                ["publisher", record.publisher or ""],
                ["text_sha256", record.text_sha256],
                ["text_origin", record.text_origin],
                ["extractor", f"{record.extractor.version} / rules {record.extractor.patterns_sha256[:12]}"],
            ],
            css="meta",
        ),
        "<h2>Text</h2>",
        f'<div class="text">{markup}</div>',
        f"<h2>Organizations ({len(record.organizations)})</h2>",
        _table(
            ["name", "kind", "aliases", "mentions"],
            [[o.name, o.kind.value, ", ".join(o.aliases), _mentions(o.mentions)] for o in record.organizations],
        ),
        f"<h2>Counts ({len(record.counts)})</h2>",
        _table(
            ["#", "kind", "value", "unit", "item", "qualifier", "mention"],
            [
                [
                    str(i),
                    c.kind.value,
                    str(c.value),
                    c.unit or "",
                    c.item or "",
                    c.qualifier or "",
                    _mentions([c.mention]),
                ]
                for i, c in enumerate(record.counts)
            ],
        ),
        f"<h2>Initiatives ({len(record.initiatives)})</h2>",
        _table(
            ["type", "mention", "organizations", "counts"],
            [
                [i.type.value, _mentions([i.mention]), ", ".join(i.organizations), ", ".join(map(str, i.counts))]
                for i in record.initiatives
            ],
        ),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def render_spans(doc: Doc) -> str:
    """displaCy span markup of organizations, counts and initiatives together."""
    spans = []
    for key, prefix in (("organizations", "ORG"), ("counts", "COUNT"), ("initiatives", "INITIATIVE")):
        for span in doc.spans.get(key, []):
            spans.append(Span(doc, span.start, span.end, label=f"{prefix} {span.label_}"))
    doc.spans[SPANS_KEY] = spans
    colors = {span.label_: COLORS[span.label_.split()[0]] for span in spans}
    options: dict[str, Any] = {"spans_key": SPANS_KEY, "colors": colors}
    markup = displacy.render(doc, style="span", options=options, page=False, jupyter=False)
    return str(markup)


def _mentions(mentions: list[Any]) -> str:
    return "; ".join(f"{m.text} [{m.start}:{m.end}] s{m.sentence} ({m.rule})" for m in mentions)


def _table(header: list[str], rows: list[list[str]], css: str = "") -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    klass = f' class="{css}"' if css else ""
    return f"<table{klass}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
