<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished">keine Rolle</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes and outcomes served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge type not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also used by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by no other role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs (from other roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs (to other roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights and stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge at risk</source>
        <translation type="unfinished">Gefährdetes Wissen</translation>
    </message>
    <message>
        <source>only one person knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this role knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the role graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards without a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {1}: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {1}: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked with no other role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked with {0} of the other {1} roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>betweenness {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers between roles not linked with each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanished activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the previous session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New knowledge at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer known by one person or role only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks gone with their card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed for this role since the previous session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant has this role (its cards are in its lane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose or outcome linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing comes in from other roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing goes out to other roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain points or questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection names its cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing only one person or only this role knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face-down card</source>
        <translation type="unfinished">verdeckte Karte</translation>
    </message>
    <message>
        <source>Card added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voted for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took back a vote on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 left. The card has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not saved yet, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step started: %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time added: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished">noch %1</translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>%1 the step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Fit &amp;Lanes to Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> New links: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every swimlane already fits its cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <source>Canvas menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Card Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>No link to follow from this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link leads back to this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other links: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Capture note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards are now {0}’s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>library file to use (default: meshwork.db in your data folder)</source>
        <translation>zu verwendende Bibliotheksdatei (Standard: meshwork.db in Ihrem Datenordner)</translation>
    </message>
    <message>
        <source>no session %1 in this library (see `meshwork sessions`)</source>
        <translation>keine Sitzung %1 in dieser Bibliothek (siehe `meshwork sessions`)</translation>
    </message>
    <message>
        <source>no series %1 in this library (see `meshwork sessions`)</source>
        <translation>keine Reihe %1 in dieser Bibliothek (siehe `meshwork sessions`)</translation>
    </message>
    <message>
        <source>%1 sessions are called %2 (%3); give the id instead</source>
        <translation>%1 Sitzungen heißen %2 (%3); geben Sie stattdessen die ID an</translation>
    </message>
    <message>
        <source>%1 series are called %2 (%3); give the id instead</source>
        <translation>%1 Reihen heißen %2 (%3); geben Sie stattdessen die ID an</translation>
    </message>
    <message>
        <source>add Meshwork to the desktop&apos;s applications and file types (Linux, for this user)</source>
        <translation>Meshwork zu den Anwendungen und Dateitypen des Desktops hinzufügen (Linux, für diesen Benutzer)</translation>
    </message>
    <message>
        <source>Writes into $XDG_DATA_HOME (default ~/.local/share): applications/, icons/hicolor/, metainfo/ and mime/packages/, then runs update-desktop-database and update-mime-database when they are installed.</source>
        <translation>Schreibt nach $XDG_DATA_HOME (Standard ~/.local/share): applications/, icons/hicolor/, metainfo/ und mime/packages/, und führt dann update-desktop-database und update-mime-database aus, wenn sie installiert sind.</translation>
    </message>
    <message>
        <source>remove what install-desktop put there</source>
        <translation>entfernen, was install-desktop dort abgelegt hat</translation>
    </message>
    <message>
        <source>Removed %1 files in %2</source>
        <translation>%1 Dateien in %2 entfernt</translation>
    </message>
    <message>
        <source>Installed %1 files in %2</source>
        <translation>%1 Dateien in %2 installiert</translation>
    </message>
    <message>
        <source>Refreshed with %1</source>
        <translation>Aktualisiert mit %1</translation>
    </message>
    <message>
        <source>unknown export format %1 (known: %2)</source>
        <translation>unbekanntes Exportformat %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>no canvas %1 in session “%2”</source>
        <translation>keine Leinwand %1 in der Sitzung „%2“</translation>
    </message>
    <message>
        <source>unknown series export format %1 (known: %2)</source>
        <translation>unbekanntes Exportformat für Reihen %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>write a session to a file (json, csv, graphml, excalidraw, md, xlsx, ...)</source>
        <translation>eine Sitzung in eine Datei schreiben (json, csv, graphml, excalidraw, md, xlsx, …)</translation>
    </message>
    <message>
        <source>Exit status: 0 written, 2 bad input (nothing is written then).</source>
        <translation>Rückgabewert: 0 geschrieben, 2 fehlerhafte Eingabe (dann wird nichts geschrieben).</translation>
    </message>
    <message>
        <source>session id or its (unambiguous) title</source>
        <translation>Sitzungs-ID oder ihr (eindeutiger) Titel</translation>
    </message>
    <message>
        <source>json, csv, graphml, excalidraw, md, xlsx, or a drawn format</source>
        <translation>json, csv, graphml, excalidraw, md, xlsx oder ein Bildformat</translation>
    </message>
    <message>
        <source>file to write (csv writes PATH-cards.csv and PATH-links.csv); a folder names it</source>
        <translation>zu schreibende Datei (csv schreibt PFAD-cards.csv und PFAD-links.csv); bei einem Ordner wird der Name gewählt</translation>
    </message>
    <message>
        <source>only this canvas</source>
        <translation>nur diese Leinwand</translation>
    </message>
    <message>
        <source>scale of drawn formats</source>
        <translation>Maßstab der Bildformate</translation>
    </message>
    <message>
        <source>resolution of drawn formats</source>
        <translation>Auflösung der Bildformate</translation>
    </message>
    <message>
        <source>write a whole series, e.g. as a dynamic GEXF graph</source>
        <translation>eine ganze Reihe schreiben, z. B. als dynamischen GEXF-Graphen</translation>
    </message>
    <message>
        <source>Exit status: 0 written, 2 bad input.</source>
        <translation>Rückgabewert: 0 geschrieben, 2 fehlerhafte Eingabe.</translation>
    </message>
    <message>
        <source>series id or its (unambiguous) name</source>
        <translation>Reihen-ID oder ihr (eindeutiger) Name</translation>
    </message>
    <message>
        <source>gexf (the default)</source>
        <translation>gexf (Standard)</translation>
    </message>
    <message>
        <source>import a session .json, a .csv of cards, or the sessions of another library</source>
        <translation>eine Sitzung (.json), Karten (.csv) oder die Sitzungen einer anderen Bibliothek importieren</translation>
    </message>
    <message>
        <source>Runs in one transaction: a refused file leaves the library unchanged (exit status 2).</source>
        <translation>Läuft in einer Transaktion: Eine abgelehnte Datei lässt die Bibliothek unverändert (Rückgabewert 2).</translation>
    </message>
    <message>
        <source>import a session .json that is already here as a copy with fresh ids</source>
        <translation>eine bereits vorhandene Sitzung (.json) als Kopie mit neuen IDs importieren</translation>
    </message>
    <message>
        <source>series for a CSV import</source>
        <translation>Reihe für einen CSV-Import</translation>
    </message>
    <message>
        <source>session title for a CSV import</source>
        <translation>Sitzungstitel für einen CSV-Import</translation>
    </message>
    <message>
        <source>also export the text of face-down cards (a silent round&apos;s cards not revealed yet); left out by default (json always keeps them: it is the complete session)</source>
        <translation>auch den Text verdeckter Karten exportieren (noch nicht aufgedeckte Karten einer stillen Runde); standardmäßig ausgelassen (json behält sie immer: es ist die vollständige Sitzung)</translation>
    </message>
    <message>
        <source>list the series and sessions in a library</source>
        <translation>die Reihen und Sitzungen einer Bibliothek auflisten</translation>
    </message>
    <message>
        <source>print a JSON list instead of a table</source>
        <translation>eine JSON-Liste statt einer Tabelle ausgeben</translation>
    </message>
    <message>
        <source>report on a library&apos;s health (integrity, schema, counts, orphans); never writes</source>
        <translation>über den Zustand einer Bibliothek berichten (Integrität, Schema, Anzahlen, Verwaistes); schreibt nie</translation>
    </message>
    <message>
        <source>Exit status: 0 healthy, 1 problems found, 2 the file cannot be used.</source>
        <translation>Rückgabewert: 0 in Ordnung, 1 Probleme gefunden, 2 die Datei ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>list the workshop methods (shipped and your own)</source>
        <translation>die Workshop-Methoden auflisten (mitgelieferte und eigene)</translation>
    </message>
    <message>
        <source>Exit status: 0, or 1 when a method file is broken (named on stderr).</source>
        <translation>Rückgabewert: 0, oder 1, wenn eine Methodendatei fehlerhaft ist (auf stderr genannt).</translation>
    </message>
    <message>
        <source>build the demo series (three sessions of a claims team) in a library</source>
        <translation>die Demo-Reihe (drei Sitzungen eines Schadenteams) in einer Bibliothek anlegen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Canvases</source>
        <translation>Leinwände</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>broken method file %1</source>
        <translation>fehlerhafte Methodendatei %1</translation>
    </message>
    <message>
        <source>Built the demo series “%1” in %2:</source>
        <translation>Demo-Reihe „%1“ in %2 angelegt:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>(no sessions yet)</source>
        <translation>(noch keine Sitzungen)</translation>
    </message>
    <message>
        <source>%1: no such file (and not a command: see `meshwork --help`)</source>
        <translation>%1: Datei nicht gefunden (und kein Befehl: siehe `meshwork --help`)</translation>
    </message>
    <message>
        <source>%1: not a Meshwork library or session file</source>
        <translation>%1: keine Meshwork-Bibliothek und keine Sitzungsdatei</translation>
    </message>
    <message>
        <source>Facilitate collaborative knowledge workshops. Without a subcommand, opens the window; with a FILE, opens that library (.meshwork) or imports and opens that session (.json).</source>
        <translation>Gemeinsame Wissens-Workshops moderieren. Ohne Unterbefehl öffnet sich das Fenster; mit einer DATEI wird diese Bibliothek (.meshwork) geöffnet oder diese Sitzung (.json) importiert und geöffnet.</translation>
    </message>
    <message>
        <source>switch Room join on for the reopened session and print the join URL (optionally on ADDRESS, e.g. 127.0.0.1; default: the first network address)</source>
        <translation>Raum-Beitritt für die wieder geöffnete Sitzung einschalten und die Beitritts-URL ausgeben (wahlweise auf ADRESSE, z. B. 127.0.0.1; Standard: die erste Netzwerkadresse)</translation>
    </message>
    <message>
        <source>what changed from one session to another, and both sessions&apos; metrics</source>
        <translation>was sich von einer Sitzung zur anderen geändert hat, und die Kennzahlen beider Sitzungen</translation>
    </message>
    <message>
        <source>SESSION_A is the earlier session, SESSION_B the later one (session ids, see `meshwork sessions`).</source>
        <translation>SESSION_A ist die frühere Sitzung, SESSION_B die spätere (Sitzungs-IDs, siehe `meshwork sessions`).</translation>
    </message>
    <message>
        <source>text similarity (0-100) at which cards match (default 80)</source>
        <translation>Textähnlichkeit (0–100), ab der Karten übereinstimmen (Standard 80)</translation>
    </message>
    <message>
        <source>print JSON instead of tables</source>
        <translation>JSON statt Tabellen ausgeben</translation>
    </message>
    <message>
        <source>every metric over the sessions of a series, in date order</source>
        <translation>jede Kennzahl über die Sitzungen einer Reihe, nach Datum geordnet</translation>
    </message>
    <message>
        <source>a series id or name</source>
        <translation>eine Reihen-ID oder ein Reihenname</translation>
    </message>
    <message>
        <source>print the per-session metrics as CSV</source>
        <translation>die Kennzahlen je Sitzung als CSV ausgeben</translation>
    </message>
    <message>
        <source>--threshold must be between 0 and 100</source>
        <translation>--threshold muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>%1 (see `meshwork sessions`)</source>
        <translation>%1 (siehe `meshwork sessions`)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheit</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>%1 series are named %2: give the series id</source>
        <translation>%1 Reihen heißen %2: geben Sie die Reihen-ID an</translation>
    </message>
    <message>
        <source>no series %1 (see `meshwork sessions`)</source>
        <translation>keine Reihe %1 (siehe `meshwork sessions`)</translation>
    </message>
    <message>
        <source>role profiles: what each role does, uses and needs from others</source>
        <translation>Rollenprofile: was jede Rolle tut, nutzt und von anderen braucht</translation>
    </message>
    <message>
        <source>SESSION|SERIES is a session id or title, or a series id or name (see `meshwork sessions`). For a series, each role is shown over its sessions with what changed.</source>
        <translation>SESSION|SERIES ist eine Sitzungs-ID oder ein Sitzungstitel, oder eine Reihen-ID oder ein Reihenname (siehe `meshwork sessions`). Bei einer Reihe wird jede Rolle über ihre Sitzungen gezeigt, mit dem, was sich geändert hat.</translation>
    </message>
    <message>
        <source>only this role (any case and spacing)</source>
        <translation>nur diese Rolle (Groß-/Kleinschreibung und Leerzeichen egal)</translation>
    </message>
    <message>
        <source>include face-down cards (left out by default, as in every export)</source>
        <translation>verdeckte Karten einschließen (standardmäßig ausgelassen, wie in jedem Export)</translation>
    </message>
    <message>
        <source>print JSON (docs/role-profile.schema.json)</source>
        <translation>JSON ausgeben (docs/role-profile.schema.json)</translation>
    </message>
    <message>
        <source>print Markdown</source>
        <translation>Markdown ausgeben</translation>
    </message>
    <message>
        <source>no session or series %1 (see `meshwork sessions`)</source>
        <translation>keine Sitzung und keine Reihe %1 (siehe `meshwork sessions`)</translation>
    </message>
    <message>
        <source>Role profiles of %1 (%2); --role NAME for one in full</source>
        <translation>Rollenprofile von %1 (%2); --role NAME für eines vollständig</translation>
    </message>
    <message>
        <source>no role %1 in series %2</source>
        <translation>keine Rolle %1 in der Reihe %2</translation>
    </message>
    <message>
        <source>Roles over %1 (%2 sessions); --role NAME --md for one in full</source>
        <translation>Rollen über %1 (%2 Sitzungen); --role NAME --md für eine vollständig</translation>
    </message>
    <message>
        <source>check that this Meshwork works: demo, window, exports, Room join</source>
        <translation>prüfen, ob dieses Meshwork funktioniert: Demo, Fenster, Exporte, Raum-Beitritt</translation>
    </message>
    <message>
        <source>Writes a demo library and its exports into DIR (made if missing).</source>
        <translation>Schreibt eine Demo-Bibliothek und ihre Exporte nach DIR (wird angelegt, falls nicht vorhanden).</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>“{0}” was not saved: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cards per kind</source>
        <translation>Karten je Art</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Contributions per session</source>
        <translation>Beiträge je Sitzung</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>How roles connect</source>
        <translation>Wie die Rollen verbunden sind</translation>
    </message>
    <message>
        <source>cross-role link share</source>
        <translation>Anteil rollenübergreifender Verbindungen</translation>
    </message>
    <message>
        <source>role graph density</source>
        <translation>Dichte des Rollengraphen</translation>
    </message>
    <message>
        <source>participation imbalance (Gini)</source>
        <translation>Ungleichgewicht der Beteiligung (Gini)</translation>
    </message>
    <message>
        <source>Knowledge at risk</source>
        <translation>Gefährdetes Wissen</translation>
    </message>
    <message>
        <source>resources only one role holds</source>
        <translation>Ressourcen, die nur eine Rolle hat</translation>
    </message>
    <message>
        <source>activities linked to nothing</source>
        <translation>Tätigkeiten ohne Verbindung</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Made with Meshwork. This page works offline: it loads nothing from anywhere.</source>
        <translation>Erstellt mit Meshwork. Diese Seite funktioniert offline: Sie lädt nichts von irgendwoher.</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Could not add a page to the PDF.</source>
        <translation>Dem PDF konnte keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>Das PDF konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 – Bericht</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Cross-role link share</source>
        <translation>Anteil rollenübergreifender Verbindungen</translation>
    </message>
    <message>
        <source>Role graph density</source>
        <translation>Dichte des Rollengraphen</translation>
    </message>
    <message>
        <source>Participation imbalance (Gini, 0 = even)</source>
        <translation>Ungleichgewicht der Beteiligung (Gini, 0 = gleichmäßig)</translation>
    </message>
    <message>
        <source>Cards per role</source>
        <translation>Karten je Rolle</translation>
    </message>
    <message>
        <source>Brokers (betweenness)</source>
        <translation>Vermittelnde (Zwischenzentralität)</translation>
    </message>
    <message>
        <source>Roles linked to no other role</source>
        <translation>Rollen ohne Verbindung zu anderen Rollen</translation>
    </message>
    <message>
        <source>Activities linked to nothing</source>
        <translation>Tätigkeiten ohne Verbindung</translation>
    </message>
    <message>
        <source>Resources only one role holds</source>
        <translation>Ressourcen, die nur eine Rolle hat</translation>
    </message>
    <message>
        <source>Knowledge types (ASHEN)</source>
        <translation>Wissensarten (ASHEN)</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Häufigste Schlagwörter</translation>
    </message>
    <message>
        <source>%1 recurring, %2 new and %3 vanished activities</source>
        <translation>%1 wiederkehrende, %2 neue und %3 weggefallene Tätigkeiten</translation>
    </message>
    <message>
        <source>new themes: %1</source>
        <translation>neue Themen: %1</translation>
    </message>
    <message>
        <source>themes gone: %1</source>
        <translation>weggefallene Themen: %1</translation>
    </message>
    <message>
        <source>Since the previous session:</source>
        <translation>Seit der vorigen Sitzung:</translation>
    </message>
    <message>
        <source>This session belongs to no series, so there are no trends to show.</source>
        <translation>Diese Sitzung gehört zu keiner Reihe, daher gibt es keine Entwicklungen zu zeigen.</translation>
    </message>
    <message>
        <source>Trends appear once the series has two or more sessions.</source>
        <translation>Entwicklungen erscheinen, sobald die Reihe zwei oder mehr Sitzungen hat.</translation>
    </message>
    <message>
        <source>Across the %1 sessions of the series; this session is shaded.</source>
        <translation>Über die %1 Sitzungen der Reihe; diese Sitzung ist hinterlegt.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Landkarten</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Entwicklungen</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Top-voted cards</source>
        <translation>Karten mit den meisten Stimmen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>No session %1 in this library.</source>
        <translation>Keine Sitzung %1 in dieser Bibliothek.</translation>
    </message>
    <message>
        <source>Role profiles: %1</source>
        <translation>Rollenprofile: %1</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>moderiert von %1</translation>
    </message>
    <message>
        <source>method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>canvases</source>
        <translation>Leinwände</translation>
    </message>
    <message>
        <source>reflections</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <source>No votes were placed.</source>
        <translation>Es wurden keine Stimmen abgegeben.</translation>
    </message>
    <message>
        <source>No reflections recorded.</source>
        <translation>Kein Rückblick erfasst.</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>All cards, in full</source>
        <translation>Alle Karten, vollständig</translation>
    </message>
    <message>
        <source>%1 — summary</source>
        <translation>%1 – Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s):</source>
        <translation>
            <numerusform>%n Stimme:</numerusform>
            <numerusform>%n Stimmen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face-down card(s) left out</source>
        <translation>
            <numerusform>%n verdeckte Karte ausgelassen</numerusform>
            <numerusform>%n verdeckte Karten ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>artefact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Fertigkeit</translation>
    </message>
    <message>
        <source>heuristic</source>
        <translation>Heuristik</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>natural talent</source>
        <translation>natürliche Begabung</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>FaceDownOption</name>
    <message>
        <source>Include Face-Down Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also export the cards still face down in a silent round, with their text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it keeps the face-down card, still face down: JSON is the complete session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (it keeps the %n face-down cards, still face down: JSON is the complete session)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (1 face-down card included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n face-down cards included)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (1 face-down card left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n face-down cards left out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>Voting &amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ojector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&apos;s up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voting step: press F7 for voting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face-down cards to reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting mode: a click on a card votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} votes now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Facilitator&apos;s Guide — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is missing from this installation ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator&apos;s Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meshwork {0}&lt;/h3&gt;&lt;p&gt;Facilitate collaborative knowledge workshops: map who does what, why, with what, and how it connects, and compare it over time.&lt;/p&gt;&lt;p&gt;Help &amp;gt; Facilitator&apos;s Guide (F1) takes you from preparing a session to its follow-up.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {0} from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s language from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will be used from the next start of Meshwork.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>“{0}” was not saved: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Blank session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a blank session (a name only) to the selected series; File &gt; New Session… sets method, date, purpose and participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;Blank Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a blank session, named in place, to the selected series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>The language of the method&apos;s prompts, step titles and canvas names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>&amp;Role Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each role does, uses and needs from others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Meshwork cannot be reached. Is the facilitator&apos;s laptop on this network?</source>
        <translation>Meshwork ist nicht erreichbar. Ist der Laptop der Moderation in diesem Netzwerk?</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Meshwork room</source>
        <translation>Meshwork-Raum</translation>
    </message>
    <message>
        <source>%1 — room</source>
        <translation>%1 – Raum</translation>
    </message>
    <message>
        <source>You are %1 (%2).</source>
        <translation>Sie sind %1 (%2).</translation>
    </message>
    <message>
        <source>You are %1.</source>
        <translation>Sie sind %1.</translation>
    </message>
    <message>
        <source>Done ✓ (press to undo)</source>
        <translation>Fertig ✓ (zum Zurücknehmen tippen)</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>Ich bin fertig</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Silent round</source>
        <translation>Stille Runde</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Face down until the facilitator reveals the cards</source>
        <translation>Verdeckt, bis die Moderation die Karten aufdeckt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit card: %1</source>
        <translation>Karte bearbeiten: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete card: %1</source>
        <translation>Karte löschen: %1</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Link to another card: %1</source>
        <translation>Mit einer anderen Karte verbinden: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Your dots: %1</source>
        <translation>Ihre Punkte: %1</translation>
    </message>
    <message>
        <source>+ dot</source>
        <translation>+ Punkt</translation>
    </message>
    <message>
        <source>Put a dot on: %1</source>
        <translation>Einen Punkt setzen auf: %1</translation>
    </message>
    <message>
        <source>− dot</source>
        <translation>− Punkt</translation>
    </message>
    <message>
        <source>Take a dot back from: %1</source>
        <translation>Einen Punkt zurücknehmen von: %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Meshwork closed the live map</source>
        <translation>Meshwork hat die Live-Landkarte geschlossen</translation>
    </message>
    <message>
        <source>Pick your name first</source>
        <translation>Wählen Sie zuerst Ihren Namen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Eine Karte hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Edit your card</source>
        <translation>Ihre Karte bearbeiten</translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation>Karte gespeichert</translation>
    </message>
    <message>
        <source>Card added</source>
        <translation>Karte hinzugefügt</translation>
    </message>
    <message>
        <source>Delete this card?</source>
        <translation>Diese Karte löschen?</translation>
    </message>
    <message>
        <source>Card deleted</source>
        <translation>Karte gelöscht</translation>
    </message>
    <message>
        <source>Dot placed</source>
        <translation>Punkt gesetzt</translation>
    </message>
    <message>
        <source>Dot taken back</source>
        <translation>Punkt zurückgenommen</translation>
    </message>
    <message>
        <source>Marked as done</source>
        <translation>Als fertig markiert</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht fertig</translation>
    </message>
    <message>
        <source>You left the room</source>
        <translation>Sie haben den Raum verlassen</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Landkarte: %1</translation>
    </message>
    <message>
        <source>Map (no canvas yet)</source>
        <translation>Landkarte (noch keine Leinwand)</translation>
    </message>
    <message>
        <source>a card</source>
        <translation>eine Karte</translation>
    </message>
    <message>
        <source>a face-down card</source>
        <translation>eine verdeckte Karte</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>This %1 %2</source>
        <translation>Diese Karte – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2 this</source>
        <translation>%1 – %2 – diese Karte</translation>
    </message>
    <message>
        <source>Face down until the reveal</source>
        <translation>Verdeckt bis zum Aufdecken</translation>
    </message>
    <message>
        <source>%1 · yours</source>
        <translation>%1 · Ihre</translation>
    </message>
    <message>
        <source>face-down card by %1</source>
        <translation>verdeckte Karte von %1</translation>
    </message>
    <message>
        <source>face-down card</source>
        <translation>verdeckte Karte</translation>
    </message>
    <message>
        <source>Link here</source>
        <translation>Hierhin verbinden</translation>
    </message>
    <message>
        <source>Link to: %1</source>
        <translation>Verbinden mit: %1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read card: %1</source>
        <translation>Karte lesen: %1</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Auf der Landkarte zeigen</translation>
    </message>
    <message>
        <source>Show on map: %1</source>
        <translation>Auf der Landkarte zeigen: %1</translation>
    </message>
    <message>
        <source>Face down</source>
        <translation>Verdeckt</translation>
    </message>
    <message>
        <source>This card is face down until the facilitator reveals the cards.</source>
        <translation>Diese Karte ist verdeckt, bis die Moderation die Karten aufdeckt.</translation>
    </message>
    <message>
        <source>By %1, role: %2</source>
        <translation>Von %1, Rolle: %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Typed at the desktop</source>
        <translation>Am Moderationsrechner geschrieben</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove link: %1</source>
        <translation>Verbindung entfernen: %1</translation>
    </message>
    <message>
        <source>Link this card to another: %1</source>
        <translation>Diese Karte mit einer anderen verbinden: %1</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Verbindung entfernt</translation>
    </message>
    <message>
        <source>Linking from “%1”: tap the card it connects to, or pick it in the list.</source>
        <translation>Verbindung von „%1“: Tippen Sie auf die Karte, mit der sie zusammenhängt, oder wählen Sie sie in der Liste.</translation>
    </message>
    <message>
        <source>Linking cancelled</source>
        <translation>Verbinden abgebrochen</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 zu %2</translation>
    </message>
    <message>
        <source>“%1” %2 %3</source>
        <translation>„%1“ – %2 – %3</translation>
    </message>
    <message>
        <source>Linked: %1 %2 %3</source>
        <translation>Verbunden: %1 – %2 – %3</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Beitreten …</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>Wählen Sie Ihren Namen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Not on the list?</source>
        <translation>Nicht auf der Liste?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your job role</source>
        <translation>Ihre Rolle im Beruf</translation>
    </message>
    <message>
        <source>Join as a new participant</source>
        <translation>Als neue teilnehmende Person beitreten</translation>
    </message>
    <message>
        <source>Almost there</source>
        <translation>Gleich geht es los</translation>
    </message>
    <message>
        <source>The facilitator will let you in in a moment. Keep this page open.</source>
        <translation>Die Moderation lässt Sie gleich herein. Lassen Sie diese Seite geöffnet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Your cards</source>
        <translation>Ihre Karten</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Landkarte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What (required)</source>
        <translation>Was (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Warum (freiwillig)</translation>
    </message>
    <message>
        <source>Tags (optional, separated by spaces)</source>
        <translation>Schlagwörter (freiwillig, durch Leerzeichen getrennt)</translation>
    </message>
    <message>
        <source>Letters, digits, - and _; up to 8 tags.</source>
        <translation>Buchstaben, Ziffern, - und _; bis zu 8 Schlagwörter.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>The facilitator has not shared the whole map with phones.</source>
        <translation>Die Moderation hat die ganze Landkarte nicht für Telefone freigegeben.</translation>
    </message>
    <message>
        <source>Map view</source>
        <translation>Landkartenansicht</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit the whole map</source>
        <translation>Die ganze Landkarte einpassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Cancel linking</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <source>Drag to move, pinch or use + and − to zoom, tap a card to read it. Every card is also in the list below.</source>
        <translation>Ziehen zum Verschieben, mit zwei Fingern oder + und − zoomen, auf eine Karte tippen, um sie zu lesen. Jede Karte steht auch in der Liste unten.</translation>
    </message>
    <message>
        <source>What the lines mean</source>
        <translation>Was die Linien bedeuten</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Alle Karten</translation>
    </message>
    <message>
        <source>Done with this step?</source>
        <translation>Fertig mit diesem Schritt?</translation>
    </message>
    <message>
        <source>Not you? Leave and join again</source>
        <translation>Nicht Sie? Verlassen und neu beitreten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Verbinden mit …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>How are they connected?</source>
        <translation>Wie hängen sie zusammen?</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Purpose (why)</source>
        <translation>Zweck (warum)</translation>
    </message>
    <message>
        <source>Resource (what is used)</source>
        <translation>Ressource (was genutzt wird)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>hands off to</source>
        <translation>übergibt an</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>nutzt</translation>
    </message>
    <message>
        <source>informs</source>
        <translation>informiert</translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation>steht im Konflikt mit</translation>
    </message>
    <message numerus="yes">
        <source>You have %n dot(s) left (of %1).</source>
        <translation>
            <numerusform>Sie haben noch %n Punkt (von %1).</numerusform>
            <numerusform>Sie haben noch %n Punkte (von %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Canvas (presenter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Meshwork — Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canvas open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the room · F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no purpose question yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected action done, or open again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleProfilesView</name>
    <message>
        <source>Role Profiles — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Rollen</translation>
    </message>
    <message>
        <source>Choose a role to see its profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on an item selects its card on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile (Enter shows the card on the canvas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Role as &amp;Web Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this role&apos;s profile as an offline web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Role &amp;Card (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this role&apos;s card as a one-page PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session to see its role profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role profiles — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Phones see the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phone shows the current canvas live: everyone&apos;s face-up cards, links and zones. Switch off for a sensitive session: each phone then shows only its own cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the join URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, current participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>1 edit is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} edits are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} not saved yet: {1}.

Quit anyway and lose them? Choose No to keep Meshwork open while you free some space or fix the folder; they are retried every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished">Methode</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Purpose question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the session&apos;s title, date, facilitator and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose question yet: Details… to add one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>%1 canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsView</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter by action, key or menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Maßnahme</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBanner</name>
    <message>
        <source>Current step</source>
        <translation type="unfinished">Aktueller Schritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face-down cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P  shorter prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P  whole prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary of metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">Kennzahl</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingBanner</name>
    <message>
        <source>Voting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the next click votes for (or press 1-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a card to vote · Ctrl+click takes back · 1-9 who votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Voting (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave voting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants to vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>&amp;Canvas Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels put away: F11 brings them back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app_main</name>
    <message>
        <source>Meshwork cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Paste several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {0}, one per line?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
