"""The map: the canvas scene (a projection of one canvas), its view, the card,
link and zone items with their painting, the minimap and overlays. Imports app
and Qt only; panels, views and exports import it, never the other way."""
