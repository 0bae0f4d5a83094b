<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <source>1 vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why: not written yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purposes and outcomes served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knowledge type not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}'s card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also used by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used by no other role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inputs (from other roles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outputs (to other roles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain points and questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insights and stories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reflections and actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>owner: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knowledge at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only one person knows it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this role knows it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place in the role graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since the previous session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cards without a role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From {1}: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To {1}: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked with no other role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked with {0} of the other {1} roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>betweenness {0:.2f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brokers between roles not linked with each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vanished activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the previous session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurring activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependencies gained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependencies lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New knowledge at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no longer known by one person or role only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks gone with their card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed for this role since the previous session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No participant has this role (its cards are in its lane).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No purpose or outcome linked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No resources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing comes in from other roles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing goes out to other roles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pain points or questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reflection names its cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing only one person or only this role knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go to Panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next Panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous Panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>face-down card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 voted for “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 took back a vote on “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: %1 left. The card has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not saved yet, retrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step started: %1, %2 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: %1, %2 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time added: %1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>%1 the step</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Fit &amp;Lanes to Cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> New links: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every swimlane already fits its cards</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <source>Canvas menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link &amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit &amp;Label…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Card Here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>No link to follow from this card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No link leads back to this card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other links: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Capture note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cards are now {0}’s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>“{0}” was not saved: {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FaceDownOption</name>
    <message>
        <source>Include Face-Down Cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also export the cards still face down in a silent round, with their text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (it keeps the face-down card, still face down: JSON is the complete session)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (it keeps the %n face-down cards, still face down: JSON is the complete session)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source> (1 face-down card included)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (%n face-down cards included)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source> (1 face-down card left out)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (%n face-down cards left out)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>Voting &amp;Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pr&amp;ojector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole &amp;Prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;urpose Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow the Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time's up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A voting step: press F7 for voting mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No face-down cards to reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 revealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>silent card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voting mode: a click on a card votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{} votes now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Facilitator's Guide — Meshwork</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator's guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guide is missing from this installation ({0}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Facilitator's Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Meshwork</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Meshwork</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Meshwork {0}&lt;/h3&gt;&lt;p&gt;Facilitate collaborative knowledge workshops: map who does what, why, with what, and how it connects, and compare it over time.&lt;/p&gt;&lt;p&gt;Help &amp;gt; Facilitator's Guide (F1) takes you from preparing a session to its follow-up.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use {0} from the next start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the system's language from the next start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} will be used from the next start of Meshwork.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>“{0}” was not saved: {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Blank session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a blank session (a name only) to the selected series; File &gt; New Session… sets method, date, purpose and participants</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;Blank Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a blank session, named in place, to the selected series</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>The language of the method's prompts, step titles and canvas names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>&amp;Role Profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each role does, uses and needs from others</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Meshwork cannot be reached. Is the facilitator's laptop on this network?</source>
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
        <source>I'm done</source>
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
        <translation>Meshwork hat die Live-Übersicht geschlossen</translation>
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
        <translation>Übersicht: %1</translation>
    </message>
    <message>
        <source>Map (no canvas yet)</source>
        <translation>Übersicht (noch keine Leinwand)</translation>
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
        <source>This card %1 %2</source>
        <translation>Diese Karte – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2 this card</source>
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
        <translation>In der Übersicht zeigen</translation>
    </message>
    <message>
        <source>Show on map: %1</source>
        <translation>In der Übersicht zeigen: %1</translation>
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
        <translation>Übersicht</translation>
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
        <translation>Die Moderation hat die ganze Übersicht nicht für Telefone freigegeben.</translation>
    </message>
    <message>
        <source>Map view</source>
        <translation>Übersichtsansicht</translation>
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
        <translation>Die ganze Übersicht einpassen</translation>
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
        <translation><numerusform>Sie haben noch %n Punkt (von %1).</numerusform><numerusform>Sie haben noch %n Punkte (von %1).</numerusform></translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Canvas (presenter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Meshwork — Presenter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No canvas open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Following the room · F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session has no purpose question yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark action done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected action done, or open again (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open action again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleProfilesView</name>
    <message>
        <source>Role Profiles — Meshwork</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a role to see its profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter on an item selects its card on the canvas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile (Enter shows the card on the canvas):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Role as &amp;Web Page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export this role's profile as an offline web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Role &amp;Card (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export this role's card as a one-page PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a session to see its role profiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role profiles — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meshwork</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not export {0}: {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Phones see the whole map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every phone shows the current canvas live: everyone's face-up cards, links and zones. Switch off for a sensitive session: each phone then shows only its own cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live map:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QR code of the join URL</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, current participant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>1 edit is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} edits are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edits not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} not saved yet: {1}.

Quit anyway and lose them? Choose No to keep Meshwork open while you free some space or fix the folder; they are retried every few seconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose question:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit session details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Purpose question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the session's title, date, facilitator and purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session &amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No purpose question yet: Details… to add one</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>%1 canvas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsView</name>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard Shortcuts — Meshwork</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to filter by action, key or menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepBanner</name>
    <message>
        <source>Current step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Face-down cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompt key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P  shorter prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P  whole prompt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Glossary of metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VotingBanner</name>
    <message>
        <source>Voting mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the next click votes for (or press 1-9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a card to vote · Ctrl+click takes back · 1-9 who votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave Voting (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave voting mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{} left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add participants to vote</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>&amp;Canvas Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Minimap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panels put away: F11 brings them back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app_main</name>
    <message>
        <source>Meshwork cannot open this file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Paste several lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make {0}, one per line?</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>