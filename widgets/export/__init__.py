"""The drawn exports: PNG, SVG and PDF of the maps, the offline HTML page and the
session report, all painted by widgets.canvas's own items, and the File menu
entries that write them. They register with app.io's exporter registry, so the
command line can write them too; they import app, storage reads and the canvas."""
