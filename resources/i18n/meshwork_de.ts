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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>Editor</name>
    <message>
        <source>“{0}” was not saved: {1}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
