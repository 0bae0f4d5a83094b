"""The docks around the canvas: library, roster, inspector, find, quick capture,
agenda, voting, reflections and Room join, plus the small table builders they
share. A panel follows the editor and the document's signals; it imports app,
storage reads and widgets.canvas, never another panel's internals or a view."""
