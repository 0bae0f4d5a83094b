"""Data formats, one module per format (JSON, CSV, GraphML, Excalidraw, Markdown,
XLSX, series GEXF, another library), the exporter registry and atomic writes.
Imports app's analysis and storage; no Qt, so the command line uses it headless.
Drawn formats (PNG, SVG, PDF, HTML) live in widgets.export and register here."""
