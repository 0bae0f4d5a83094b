"""The shell shared by the offline HTML page and the HTML report: one file with its
own style and a few lines of script, maps as inline SVG that pan and zoom.

Nothing in the file asks for anything outside it: no URLs, fonts, scripts or
images, and a Content-Security-Policy that forbids them should one slip in."""

from __future__ import annotations

import re

from widgets.export.summary import esc
from widgets.export.words import language_tag, translate

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

STYLE = """
:root { --ink: #1F2328; --muted: #57606A; --line: #D0D7DE; --accent: #0B57D0; --soft: #F6F8FA; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
       color: var(--ink); background: #fff; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 20px 0 6px; }
.muted { color: var(--muted); }
.counts b { font-size: 18px; }
nav a { margin-right: 14px; color: var(--accent); }
figure.map { margin: 12px 0 24px; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
figure.map figcaption { display: flex; gap: 8px; align-items: center; padding: 6px 10px;
                        background: var(--soft); border-bottom: 1px solid var(--line); }
figure.map figcaption span { flex: 1; font-weight: 600; }
figure.map button { font: inherit; min-width: 34px; padding: 2px 8px; border: 1px solid var(--line);
                    border-radius: 6px; background: #fff; cursor: pointer; }
figure.map svg { display: block; width: 100%; height: 70vh; cursor: grab; touch-action: none; }
figure.map svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
figure.map svg.dragging { cursor: grabbing; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px;
          vertical-align: -1px; }
input[type=search] { font: inherit; width: 100%; max-width: 480px; padding: 6px 10px;
                     border: 1px solid var(--line); border-radius: 6px; }
ol.cards { list-style: none; padding: 0; }
ol.cards > li { border: 1px solid var(--line); border-left: 6px solid var(--c, #BBB); border-radius: 6px;
                padding: 8px 12px; margin: 8px 0; }
ol.cards > li[hidden] { display: none; }
.card-text { font-weight: 600; white-space: pre-wrap; }
.meta { color: var(--muted); font-size: 13px; }
.chart { margin: 8px 0 20px; }
.chart svg { max-width: 100%; height: auto; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
footer { max-width: 1200px; margin: 40px auto 24px; padding: 0 24px; color: var(--muted); font-size: 13px; }
@media print { figure.map svg { height: auto; } figure.map button, input[type=search] { display: none; } }
"""

# Pan (drag), zoom (wheel, buttons) and "show on map". Block comments only: the page holds no "//".
SCRIPT = """
(function () {
  'use strict';
  function setup(fig) {
    var svg = fig.querySelector('svg');
    var home = svg.getAttribute('viewBox').split(/[ ,]+/).map(Number);
    var vb = home.slice();
    function apply() { svg.setAttribute('viewBox', vb.join(' ')); }
    function at(x, y, inv) {
      var p = svg.createSVGPoint(); p.x = x; p.y = y;
      return p.matrixTransform(inv || svg.getScreenCTM().inverse());
    }
    function zoom(f, c) {
      c = c || { x: vb[0] + vb[2] / 2, y: vb[1] + vb[3] / 2 };
      vb = [c.x - (c.x - vb[0]) * f, c.y - (c.y - vb[1]) * f, vb[2] * f, vb[3] * f];
      apply();
    }
    svg.addEventListener('wheel', function (e) {
      e.preventDefault();
      zoom(e.deltaY < 0 ? 0.8 : 1.25, at(e.clientX, e.clientY));
    }, { passive: false });
    var drag = null;
    svg.addEventListener('pointerdown', function (e) {
      drag = { inv: svg.getScreenCTM().inverse(), x: e.clientX, y: e.clientY, vb: vb.slice() };
      svg.setPointerCapture(e.pointerId); svg.classList.add('dragging');
    });
    svg.addEventListener('pointermove', function (e) {
      if (!drag) { return; }
      var a = at(drag.x, drag.y, drag.inv), b = at(e.clientX, e.clientY, drag.inv);
      vb = [drag.vb[0] - (b.x - a.x), drag.vb[1] - (b.y - a.y), drag.vb[2], drag.vb[3]];
      apply();
    });
    function stop() { drag = null; svg.classList.remove('dragging'); }
    svg.addEventListener('pointerup', stop);
    svg.addEventListener('pointercancel', stop);
    fig.querySelectorAll('button[data-zoom]').forEach(function (b) {
      b.addEventListener('click', function () {
        var z = b.getAttribute('data-zoom');
        if (z === 'fit') { vb = home.slice(); apply(); } else { zoom(z === 'in' ? 0.8 : 1.25); }
      });
    });
    fig.showRect = function (x, y, w, h) {
      var pad = Math.max(w, h) * 1.5;
      vb = [x - pad, y - pad, w + 2 * pad, h + 2 * pad];
      apply();
      fig.scrollIntoView({ behavior: 'smooth', block: 'center' });
    };
  }
  document.querySelectorAll('figure.map').forEach(setup);
  document.querySelectorAll('[data-show]').forEach(function (b) {
    b.addEventListener('click', function () {
      var fig = document.getElementById(b.getAttribute('data-show'));
      var r = b.getAttribute('data-rect').split(' ').map(Number);
      if (fig && fig.showRect) { fig.showRect(r[0], r[1], r[2], r[3]); }
    });
  });
  var search = document.getElementById('card-search');
  if (search) {
    var count = document.getElementById('card-count');
    var items = Array.prototype.slice.call(document.querySelectorAll('ol.cards > li'));
    search.addEventListener('input', function () {
      var q = search.value.trim().toLowerCase(), shown = 0;
      items.forEach(function (li) {
        var hit = !q || li.textContent.toLowerCase().indexOf(q) >= 0;
        li.hidden = !hit; if (hit) { shown += 1; }
      });
      var of = count.getAttribute('data-of') || '%1 of %2 cards';
      count.textContent = of.replace('%1', shown).replace('%2', items.length);
    });
  }
})();
"""


def inline_svg(svg: str, label: str) -> str:
    """An SVG document made fit to sit inside HTML: no prolog, no namespaces or metadata
    (they are URLs, though nothing fetches them), sized by the page's style."""
    svg = re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--.*?-->", "", svg, flags=re.S)
    svg = re.sub(r"<metadata>.*?</metadata>|<title>.*?</title>|<desc>.*?</desc>", "", svg, flags=re.S)
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)

    def root(match: re.Match) -> str:
        attrs = re.sub(r'\s(width|height|version|baseProfile)="[^"]*"', "", match.group(1))
        return f'<svg{attrs} role="img" aria-label="{esc(label)}">'

    return re.sub(r"<svg([^>]*)>", root, svg, count=1).strip()


def map_figure(figure_id: str, name: str, svg: str) -> str:
    """A map with its zoom buttons; ``svg`` is already an inline element (map_svg's inline_label)."""
    zoom_in, zoom_out, fit = translate("Export", "Zoom in"), translate("Export", "Zoom out"), translate("Export", "Fit")
    return (f'<figure class="map" id="{esc(figure_id)}"><figcaption><span>{esc(name)}</span>'
            f'<button type="button" data-zoom="in" aria-label="{esc(zoom_in)}">+</button>'
            f'<button type="button" data-zoom="out" aria-label="{esc(zoom_out)}">−</button>'
            f'<button type="button" data-zoom="fit">{esc(fit)}</button></figcaption>'
            f"{svg}</figure>")


def page(title: str, body: str) -> str:
    footer = translate("Export", "Made with Meshwork. This page works offline: it loads nothing from anywhere.")
    return (f'<!DOCTYPE html>\n<html lang="{language_tag()}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n"
            f"<footer>{esc(footer)}</footer>"
            f"<script>{SCRIPT}</script></body></html>\n")
