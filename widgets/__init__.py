"""Everything a person sees, grouped as the window is: the main window, its
actions (canvas, import/export), theme, access and layout here at the top; the
map in ``canvas``; the docks in ``panels``; whole views and windows in ``views``;
the drawn exports in ``export``; and ``dialogs``. Widgets import app and storage
reads; every edit goes through app's Editor, never straight to storage."""
