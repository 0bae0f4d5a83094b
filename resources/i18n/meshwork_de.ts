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
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the step and start the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
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
        <source>Face-down cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal Silent Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the face-down cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add steps with “Add…” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Selected Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wimlanes from Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Lanes to Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;w Zone by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centres Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centres Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of new links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of link that dragging from a card&apos;s edge or Ctrl+K creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> New links: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two cards to link them (first → second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every role in the roster already has a swimlane (add participants with a job role first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone label:</source>
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
        <source>Rename zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed {kind} link. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back along {kind} link. {0}</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab moves between cards; Ctrl+Right follows a link; F2 edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone label:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Paste several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {0} cards, one per line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L  Type a card and press Enter:  @Ana review the claim #intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;no participant&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New cards are now {0}’s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>, by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {votes} votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} card: {0}{who}{votes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare Sessions — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text similarity threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards with text at least this similar (within role and kind) match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match text at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a card on each map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this automatic match, whatever the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two are not the same card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match These Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the two picked cards a match by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let automatic matching decide again for this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicking a card also picks its match on the other map. Choices are saved and can be undone (Ctrl+Z here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics of both sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: {title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: {title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched {0} (similarity {score:.0f} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (broken by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags used most, with how often.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContinueSessionDialog</name>
    <message>
        <source>Continue Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next session of the series from &lt;b&gt;{0}&lt;/b&gt; ({1}). Participants come along; carried cards keep their identity so the sessions can be compared. Votes and reflections stay with the earlier session; the agenda starts with a review of its open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvases to carry forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}  (%n card(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Title of the new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry forward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one canvas to carry forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Import Cards from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows. Choose the column that holds each part of a card; only the card text is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the card text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>This library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meshwork cannot open this library safely&lt;/h3&gt;&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; {1}.&lt;/p&gt;&lt;p&gt;The file has not been changed. You can open a copy instead:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;the newest good backup&lt;/b&gt;, from {when} ({0}): edits made after it are not in it;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;a salvage copy&lt;/b&gt;: everything that can still be read from the damaged file, which may have gaps.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Either is written as a new file beside the damaged one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Newest Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Salvage Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the backup: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a salvage copy: {exc}</source>
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
        <source>F&amp;acilitate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start or Pause Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;1 Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;5 Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Silent Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting &amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vote for Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Back Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ound at End of Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter Mo&amp;de</source>
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
        <source>Time&apos;s up: {title}</source>
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
        <source>Select a card to vote for it</source>
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
    <name>FindPanel</name>
    <message>
        <source>Find cards (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cards by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} of {total} cards match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GhostCard</name>
    <message>
        <source>Removed: {text}</source>
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
    <name>InspectorPanel</name>
    <message>
        <source>Inspector hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this done? What would go wrong without it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASHEN knowledge type, for resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#intake #phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. “claim file”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved when you leave the field, or press Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IoActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a session (.json), cards (.csv) or the sessions of another library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Session &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0};;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session of a series to export the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not written: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is already in the library. Import a copy with new ids? (Its cards keep their lineage, so the copy still compares with the original.)</source>
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
        <source>Series and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a series of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a blank session (a name only) to the selected series; File &gt; New Session… sets method, date, purpose and participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected series or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the series “{name}” and its %n session(s)?

You can undo this with Edit › Undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the session “{name}” with all its canvases and cards?

You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue Session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>{kind} link{label} from “{text}” to “{text2}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No session open&lt;/h2&gt;&lt;p&gt;Create a series and a session in the library panel, or open one by double-clicking it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Join &amp;QR Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Blank Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a blank session, named in place, to the selected series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Series or Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Canvas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Canvas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {local}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCardItem</name>
    <message>
        <source>{text}
{kind} · {0} · in {weight} of {sessions} sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Read-only map; click a card to pick it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered, because the file is broken:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series, or type a new series name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the room works on, e.g. “Where do our claims get stuck?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
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
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Participants from Previous Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the people of “{0}” ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen series has no earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Agenda: {steps} steps, about {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method cannot be used: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Added: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from “{0}” to “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link added: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link removed: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>&amp;Compare Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two sessions: both maps, what changed, their metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of a series merged into one map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every metric over the sessions of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each role does, uses and needs from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next session of the series from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a series first: the series map merges its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a series first: trends follow its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the session to continue in the library panel.</source>
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
    <name>QRWindow</name>
    <message>
        <source>Join the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to add your cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the join URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reflections of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits, Delete deletes, Enter shows the linked card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the room noticed, decided or will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Selected Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this reflection to the card selected on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&lt;b&gt;New reflection&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
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
        <source>&lt;b&gt;Editing the {kind}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reflection&apos;s text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {kind} {0}?
You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one card on the canvas to link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down an insight, decision or action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayLauncher</name>
    <message>
        <source>Re&amp;play Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the open session back from its event log; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session to replay it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay: {title} — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvases as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag, or use the arrow keys, Page Up/Down, Home and End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the session back, one event at a time (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event back (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event forward (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edits recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas {name} as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{name}&lt;/b&gt;, newest first. Restoring copies the backup to a new library file beside this one; this library stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore this backup: {exc}</source>
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
        <source>Room join: participants add cards from their phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit new joiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let everyone in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones see the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phone shows the current canvas live: everyone&apos;s face-up cards, links and zones. Switch off for a sensitive session: each phone then shows only its own cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Room join on to get the join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Join QR Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Ready Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear everyone&apos;s “I&apos;m done” and ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room join status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New joiners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room join is on. Scan the code or open the link on the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No join code: Room join is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone done? {ready} of {total} devices ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to join the room</source>
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
        <source>Current participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards will be this participant&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job role, e.g. Claims handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant {0}</source>
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
    <message>
        <source>No current participant: new cards have no author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{MARKER} New cards are &lt;b&gt;{0}&lt;/b&gt;’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name (or a pseudonym) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant needs a name; the old one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this session?

Their cards ({cards}) stay on the canvas without an author; their votes ({votes}) are removed. Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy one of this library&apos;s backups to a new library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored to
{restored}

This library was not changed. Open the restored copy in a new window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Read-only  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}{READ_ONLY_MARK} — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>{count} {noun} not saved yet, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept edits are saved now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesMapView</name>
    <message>
        <source>Series Map — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what recurs in at least this share of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurs in at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what recurs in at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · in {weight} of {sessions} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} cards shown · %n session(s) · one lane per role · size, opacity and badge show how many sessions a card appears in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>{0} — Meshwork</source>
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
        <source>Canvases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session keeps at least one canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the canvas “{0}” and its %n card(s)?

You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>Starter</name>
    <message>
        <source>New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session as Method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Demo Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library already has the demo series “{SERIES_NAME}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo series with {0} sessions; Edit › Undo removes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session first: its canvases, zones and agenda become the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session as Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new method (its canvases, zones and agenda are saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method was not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the method “{name}” to {path}</source>
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
    <name>StepDialog</name>
    <message>
        <source>Edit agenda step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stay on the current canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent round: new cards stay face down until revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot voting: clicking a card casts a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canvas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white text, strong borders, thick focus outlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Step timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face-down cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendCharts</name>
    <message>
        <source>Trend charts; click a point to open that session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a chart for what it measures; click a point to open that session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Trends — Meshwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring, new and vanished activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-to-role links per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes (tags) per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergent clusters per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>{0}, in date order · click a point to open that session · point at a chart for what it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanished role links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanished themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no clusters of linked cards yet)</source>
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
    <message numerus="yes">
        <source>%n dot(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add participants to vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Dots per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many votes each participant may place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots left per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a card selected, V casts a vote for the current participant and Shift+V takes one back. In voting mode (F7) a click on a card votes (Ctrl+click takes back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards ranked by votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dots per participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots left: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants to vote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a series, a method and the people in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Demo Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three quarterly sessions of a motor-claims team, to explore and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Meshwork&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map with the people in the room what they do, why, with what, and how their work connects, and compare the maps over time.&lt;br&gt;&lt;br&gt;Start your first session, or look around in a demo series of three workshops of a claims-handling team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No session open&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session by double-clicking it in the library panel, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Reset La&amp;yout</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Panels are back in their usual places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneItem</name>
    <message>
        <source>Zone: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>{caption} canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>▶ Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app_main</name>
    <message>
        <source>Meshwork cannot open this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshwork cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>card_item</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>confirmed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by similar text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare_overlay</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (ghost at old place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continue_session</name>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv_mapping</name>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>find</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Select a card or a link on the canvas to see and edit its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Sessions without a series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>new_session</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presenter</name>
    <message>
        <source>Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the presenter view on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflections</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>room</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vermilion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
