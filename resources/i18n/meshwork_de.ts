<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Warum: {0}</translation>
    </message>
    <message>
        <source>Why: not written yet</source>
        <translation>Warum: noch nicht notiert</translation>
    </message>
    <message>
        <source>Purposes and outcomes served</source>
        <translation>Zwecke und Ergebnisse, denen sie dienen</translation>
    </message>
    <message>
        <source>Resources used</source>
        <translation>Genutzte Ressourcen</translation>
    </message>
    <message>
        <source>Nobody in this role wrote a card, and no card is in its lane, in this session.</source>
        <translation>In dieser Sitzung hat niemand in dieser Rolle eine Karte geschrieben, und in ihrer Bahn liegt keine Karte.</translation>
    </message>
    <message>
        <source>No participant has this role and no card speaks for it in this session.</source>
        <translation>In dieser Sitzung hat niemand diese Rolle, und keine Karte spricht für sie.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Own resources</source>
        <translation>Eigene Ressourcen</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>Roles linked with</source>
        <translation>Verbundene Rollen</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Zwischenzentralität</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Votes on its cards</source>
        <translation>Stimmen auf ihren Karten</translation>
    </message>
    <message>
        <source>This session has no roles: give its participants a role, or its lanes one, to see role profiles.</source>
        <translation>Diese Sitzung hat keine Rollen: Geben Sie den Teilnehmenden oder den Bahnen eine Rolle, um Rollenprofile zu sehen.</translation>
    </message>
    <message>
        <source>Knowledge type not set</source>
        <translation>Wissensart nicht gesetzt</translation>
    </message>
    <message>
        <source>{0}&apos;s card</source>
        <translation>Karte von {0}</translation>
    </message>
    <message>
        <source>also used by {0}</source>
        <translation>auch genutzt von {0}</translation>
    </message>
    <message>
        <source>used by no other role</source>
        <translation>von keiner anderen Rolle genutzt</translation>
    </message>
    <message>
        <source>Inputs (from other roles)</source>
        <translation>Eingänge (von anderen Rollen)</translation>
    </message>
    <message>
        <source>Outputs (to other roles)</source>
        <translation>Ausgänge (an andere Rollen)</translation>
    </message>
    <message>
        <source>Pain points and questions</source>
        <translation>Schmerzpunkte und Fragen</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>keine Stimmen</translation>
    </message>
    <message>
        <source>Insights and stories</source>
        <translation>Erkenntnisse und Geschichten</translation>
    </message>
    <message>
        <source>Reflections and actions</source>
        <translation>Reflexionen und Maßnahmen</translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation>zuständig: {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>fällig {0}</translation>
    </message>
    <message>
        <source>on “{0}”</source>
        <translation>zu „{0}“</translation>
    </message>
    <message>
        <source>Knowledge at risk</source>
        <translation>Gefährdetes Wissen</translation>
    </message>
    <message>
        <source>only one person knows it</source>
        <translation>nur eine Person weiß es</translation>
    </message>
    <message>
        <source>only this role knows it</source>
        <translation>nur diese Rolle weiß es</translation>
    </message>
    <message>
        <source>Place in the role graph</source>
        <translation>Platz im Rollengraphen</translation>
    </message>
    <message>
        <source>Since {0}</source>
        <translation>Seit {0}</translation>
    </message>
    <message>
        <source>Since the previous session</source>
        <translation>Seit der vorigen Sitzung</translation>
    </message>
    <message>
        <source>Over the series</source>
        <translation>Über die Reihe</translation>
    </message>
    <message>
        <source>cards without a role</source>
        <translation>Karten ohne Rolle</translation>
    </message>
    <message>
        <source>From {1}: {0}</source>
        <translation>Von {1}: {0}</translation>
    </message>
    <message>
        <source>To {1}: {0}</source>
        <translation>An {1}: {0}</translation>
    </message>
    <message>
        <source>Linked with no other role.</source>
        <translation>Mit keiner anderen Rolle verbunden.</translation>
    </message>
    <message>
        <source>Linked with {0} of the other {1} roles</source>
        <translation>Mit {0} der {1} anderen Rollen verbunden</translation>
    </message>
    <message>
        <source>betweenness {0:.2f}</source>
        <translation>Zwischenzentralität {0:.2f}</translation>
    </message>
    <message>
        <source>Brokers between roles not linked with each other</source>
        <translation>Vermittelt zwischen Rollen, die nicht direkt verbunden sind</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>Neue Tätigkeiten</translation>
    </message>
    <message>
        <source>Vanished activities</source>
        <translation>Verschwundene Tätigkeiten</translation>
    </message>
    <message>
        <source>in the previous session</source>
        <translation>in der vorigen Sitzung</translation>
    </message>
    <message>
        <source>Recurring activities</source>
        <translation>Wiederkehrende Tätigkeiten</translation>
    </message>
    <message>
        <source>Dependencies gained</source>
        <translation>Neue Abhängigkeiten</translation>
    </message>
    <message>
        <source>Dependencies lost</source>
        <translation>Weggefallene Abhängigkeiten</translation>
    </message>
    <message>
        <source>New knowledge at risk</source>
        <translation>Neu gefährdetes Wissen</translation>
    </message>
    <message>
        <source>Risks resolved</source>
        <translation>Behobene Risiken</translation>
    </message>
    <message>
        <source>no longer known by one person or role only</source>
        <translation>nicht mehr nur einer Person oder Rolle bekannt</translation>
    </message>
    <message>
        <source>Risks gone with their card</source>
        <translation>Mit ihrer Karte verschwundene Risiken</translation>
    </message>
    <message>
        <source>Nothing changed for this role since the previous session.</source>
        <translation>Für diese Rolle hat sich seit der vorigen Sitzung nichts geändert.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>No participant has this role (its cards are in its lane).</source>
        <translation>Keine teilnehmende Person hat diese Rolle (ihre Karten liegen in ihrer Bahn).</translation>
    </message>
    <message>
        <source>No activities.</source>
        <translation>Keine Tätigkeiten.</translation>
    </message>
    <message>
        <source>No purpose or outcome linked.</source>
        <translation>Kein Zweck und kein Ergebnis verbunden.</translation>
    </message>
    <message>
        <source>No resources.</source>
        <translation>Keine Ressourcen.</translation>
    </message>
    <message>
        <source>Nothing comes in from other roles.</source>
        <translation>Von anderen Rollen kommt nichts herein.</translation>
    </message>
    <message>
        <source>Nothing goes out to other roles.</source>
        <translation>An andere Rollen geht nichts hinaus.</translation>
    </message>
    <message>
        <source>No pain points or questions.</source>
        <translation>Keine Schmerzpunkte oder Fragen.</translation>
    </message>
    <message>
        <source>No reflection names its cards.</source>
        <translation>Keine Reflexion nennt ihre Karten.</translation>
    </message>
    <message>
        <source>Nothing only one person or only this role knows.</source>
        <translation>Nichts, das nur eine Person oder nur diese Rolle weiß.</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>&amp;Go to Panel</source>
        <translation>&amp;Zu Bereich wechseln</translation>
    </message>
    <message>
        <source>Next Panel</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>face-down card</source>
        <translation>verdeckte Karte</translation>
    </message>
    <message>
        <source>Card added: %1</source>
        <translation>Karte hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Card removed: %1</source>
        <translation>Karte entfernt: %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>%1 voted for “%2”</source>
        <translation>%1 hat für „%2“ gestimmt</translation>
    </message>
    <message>
        <source>%1 took back a vote on “%2”</source>
        <translation>%1 hat eine Stimme für „%2“ zurückgenommen</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>: %1 left. The card has %2.</source>
        <translation>: noch %1. Die Karte hat %2.</translation>
    </message>
    <message>
        <source>edits</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 not saved yet, retrying</source>
        <translation>%1 noch nicht gespeichert, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation>Fortgesetzt: %1, noch %2</translation>
    </message>
    <message>
        <source>Step started: %1, %2 left</source>
        <translation>Schritt gestartet: %1, noch %2</translation>
    </message>
    <message>
        <source>Paused: %1, %2 left</source>
        <translation>Pausiert: %1, noch %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Time added: %1 left</source>
        <translation>Zeit verlängert: noch %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Knowledge type</source>
        <translation>Wissensart</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Wessen</translation>
    </message>
    <message>
        <source>Also used by</source>
        <translation>Auch genutzt von</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>**{0}** from {1}:</source>
        <translation>**{0}** von {1}:</translation>
    </message>
    <message>
        <source>**{0}** to {1}:</source>
        <translation>**{0}** an {1}:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>On card</source>
        <translation>Zur Karte</translation>
    </message>
    <message>
        <source>Linked with {0} of the other {1} roles: {2}</source>
        <translation>Mit {0} der {1} anderen Rollen verbunden: {2}</translation>
    </message>
    <message>
        <source>Betweenness: {0:.2f}</source>
        <translation>Zwischenzentralität: {0:.2f}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <source>Links roles not linked with each other: {0}</source>
        <translation>Verbindet Rollen, die nicht direkt verbunden sind: {0}</translation>
    </message>
    <message>
        <source>This series has no roles: give its participants a role, or its lanes one, to see role profiles.</source>
        <translation>Diese Reihe hat keine Rollen: Geben Sie den Teilnehmenden oder den Bahnen eine Rolle, um Rollenprofile zu sehen.</translation>
    </message>
    <message>
        <source>Role profiles: {0}</source>
        <translation>Rollenprofile: {0}</translation>
    </message>
    <message>
        <source>{0} over {1}</source>
        <translation>{0} im Verlauf von {1}</translation>
    </message>
    <message>
        <source>Risks gone with their cards</source>
        <translation>Mit ihren Karten verschwundene Risiken</translation>
    </message>
    <message>
        <source>No change since the session before.</source>
        <translation>Keine Änderung seit der vorigen Sitzung.</translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} an {1}</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>No author</source>
        <translation>Ohne Urheber</translation>
    </message>
    <message>
        <source>Silent round: {0} face-down</source>
        <translation>Stille Runde: {0} verdeckt</translation>
    </message>
    <message>
        <source>Time&apos;s up (+{0})</source>
        <translation>Zeit ist um (+{0})</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Add agenda step “{0}”</source>
        <translation>Agendaschritt „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit agenda step “{0}”</source>
        <translation>Agendaschritt „{0}“ ändern</translation>
    </message>
    <message>
        <source>Remove agenda step “{0}”</source>
        <translation>Agendaschritt „{0}“ entfernen</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Agenda umordnen</translation>
    </message>
    <message>
        <source>Resume step “{0}”</source>
        <translation>Schritt „{0}“ fortsetzen</translation>
    </message>
    <message>
        <source>Start step “{0}”</source>
        <translation>Schritt „{0}“ starten</translation>
    </message>
    <message>
        <source>Pause step “{0}”</source>
        <translation>Schritt „{0}“ pausieren</translation>
    </message>
    <message>
        <source>Extend step “{0}”</source>
        <translation>Schritt „{0}“ verlängern</translation>
    </message>
    <message>
        <source>Skip step “{0}”</source>
        <translation>Schritt „{0}“ überspringen</translation>
    </message>
    <message>
        <source>Finish step “{0}”</source>
        <translation>Schritt „{0}“ abschließen</translation>
    </message>
    <message>
        <source>Next step “{0}”</source>
        <translation>Nächster Schritt „{0}“</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n silent card(s)</source>
        <translation>
            <numerusform>%n Karte der stillen Runde aufdecken</numerusform>
            <numerusform>%n Karten der stillen Runde aufdecken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause the step</source>
        <translation>Schritt starten oder pausieren</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Fünf Minuten mehr</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish the step and start the next</source>
        <translation>Schritt beenden und den nächsten starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>Schrittstatus</translation>
    </message>
    <message>
        <source>Face-down cards</source>
        <translation>Verdeckte Karten</translation>
    </message>
    <message>
        <source>Reveal Silent Cards</source>
        <translation>Stille Karten aufdecken</translation>
    </message>
    <message>
        <source>Reveal the face-down cards</source>
        <translation>Die verdeckten Karten aufdecken</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda steps</source>
        <translation>Agendaschritte</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add an agenda step</source>
        <translation>Einen Agendaschritt hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Edit the selected step</source>
        <translation>Den gewählten Schritt bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Den gewählten Schritt entfernen</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <source> · silent</source>
        <translation> · still</translation>
    </message>
    <message>
        <source> · voting</source>
        <translation> · Abstimmung</translation>
    </message>
    <message>
        <source>No session open</source>
        <translation>Keine Sitzung geöffnet</translation>
    </message>
    <message>
        <source>Agenda complete</source>
        <translation>Agenda abgeschlossen</translation>
    </message>
    <message>
        <source>No agenda steps yet</source>
        <translation>Noch keine Agendaschritte</translation>
    </message>
    <message>
        <source>Add steps with “Add…” below.</source>
        <translation>Schritte unten mit „Hinzufügen…“ anlegen.</translation>
    </message>
    <message>
        <source>  · silent</source>
        <translation>  · still</translation>
    </message>
    <message>
        <source>  · voting</source>
        <translation>  · Abstimmung</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 the step</source>
        <translation>%1 (Schritt)</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Alles ze&amp;igen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Aus&amp;wahl zoomen</translation>
    </message>
    <message>
        <source>&amp;Link Selected Cards</source>
        <translation>Gewählte Karten &amp;verbinden</translation>
    </message>
    <message>
        <source>Select &amp;Neighbourhood</source>
        <translation>&amp;Nachbarschaft auswählen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles auswä&amp;hlen</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>Kartentext &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Copy Cards</source>
        <translation>Karten &amp;kopieren</translation>
    </message>
    <message>
        <source>Cu&amp;t Cards</source>
        <translation>Karten ausschnei&amp;den</translation>
    </message>
    <message>
        <source>&amp;Paste Cards</source>
        <translation>Karten &amp;einfügen</translation>
    </message>
    <message>
        <source>S&amp;wimlanes from Roster</source>
        <translation>&amp;Bahnen aus der Teilnehmerliste</translation>
    </message>
    <message>
        <source>Fit &amp;Lanes to Cards</source>
        <translation>Bahnen an Karten an&amp;passen</translation>
    </message>
    <message>
        <source>Add &amp;Zone…</source>
        <translation>&amp;Zone hinzufügen…</translation>
    </message>
    <message>
        <source>Dra&amp;w Zone by Hand</source>
        <translation>Zone von Han&amp;d zeichnen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Centres Horizontally</source>
        <translation>Mitten waagerecht</translation>
    </message>
    <message>
        <source>Centres Vertically</source>
        <translation>Mitten senkrecht</translation>
    </message>
    <message>
        <source>Align {label}</source>
        <translation>Ausrichten: {label}</translation>
    </message>
    <message>
        <source>Kind of new links</source>
        <translation>Art neuer Verbindungen</translation>
    </message>
    <message>
        <source>The kind of link that dragging from a card&apos;s edge or Ctrl+K creates</source>
        <translation>Die Art der Verbindung, die Ziehen vom Kartenrand oder Strg+K erzeugt</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>Aus&amp;richten</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source> New links: </source>
        <translation> Neue Verbindungen: </translation>
    </message>
    <message>
        <source>Select exactly two cards to link them (first → second)</source>
        <translation>Genau zwei Karten wählen, um sie zu verbinden (erste → zweite)</translation>
    </message>
    <message>
        <source>Made 1 card</source>
        <translation>1 Karte erstellt</translation>
    </message>
    <message numerus="yes">
        <source>Made %n cards</source>
        <translation>
            <numerusform>%n Karte erstellt</numerusform>
            <numerusform>%n Karten erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Every role in the roster already has a swimlane (add participants with a job role first)</source>
        <translation>Jede Rolle der Teilnehmerliste hat schon eine Bahn (zuerst Teilnehmende mit Rolle hinzufügen)</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Zone hinzufügen</translation>
    </message>
    <message>
        <source>Zone label:</source>
        <translation>Zonenname:</translation>
    </message>
    <message>
        <source>Every swimlane already fits its cards</source>
        <translation>Jede Bahn passt schon zu ihren Karten</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <source>Canvas menu</source>
        <translation>Menü der Arbeitsfläche</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>Aus&amp;richten</translation>
    </message>
    <message>
        <source>Link &amp;Kind</source>
        <translation>Verbindungs&amp;art</translation>
    </message>
    <message>
        <source>Edit &amp;Label…</source>
        <translation>&amp;Beschriftung bearbeiten…</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>Verbindungsbeschriftung</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <source>Add &amp;Card Here</source>
        <translation>&amp;Karte hier hinzufügen</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>Rename zone</source>
        <translation>Zone umbenennen</translation>
    </message>
    <message>
        <source>Zone label:</source>
        <translation>Zonenname:</translation>
    </message>
    <message>
        <source>Followed {kind} link. {0}</source>
        <translation>Verbindung „{kind}“ gefolgt. {0}</translation>
    </message>
    <message>
        <source>Back along {kind} link. {0}</source>
        <translation>Zurück entlang „{kind}“. {0}</translation>
    </message>
    <message>
        <source>No link to follow from this card.</source>
        <translation>Von dieser Karte führt keine Verbindung weg.</translation>
    </message>
    <message>
        <source>No link leads back to this card.</source>
        <translation>Keine Verbindung führt zu dieser Karte zurück.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>in</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>Other links: %1.</source>
        <translation>Weitere Verbindungen: %1.</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>Tab moves between cards; Ctrl+Right follows a link; F2 edits</source>
        <translation>Tab wechselt zwischen Karten; Strg+Rechts folgt einer Verbindung; F2 bearbeitet</translation>
    </message>
    <message>
        <source>Name the zone</source>
        <translation>Zone benennen</translation>
    </message>
    <message>
        <source>Zone label:</source>
        <translation>Zonenname:</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>No participant called “{0}” in this session</source>
        <translation>In dieser Sitzung heißt niemand „{0}“</translation>
    </message>
    <message>
        <source>“@{0}” could be {1} or {2}: type more of the name</source>
        <translation>„@{0}“ könnte {1} oder {2} sein: Tippen Sie mehr vom Namen</translation>
    </message>
    <message>
        <source>No card made: type the card&apos;s words after @{0}</source>
        <translation>Keine Karte angelegt: Tippen Sie den Text der Karte nach @{0}</translation>
    </message>
    <message>
        <source>No card made: type the card&apos;s words after “{0}:”</source>
        <translation>Keine Karte angelegt: Tippen Sie den Text der Karte nach „{0}:“</translation>
    </message>
    <message>
        <source>No card made: a card needs words, not only tags</source>
        <translation>Keine Karte angelegt: Eine Karte braucht Text, nicht nur Schlagwörter</translation>
    </message>
    <message>
        <source>No card made: the line is empty</source>
        <translation>Keine Karte angelegt: Die Zeile ist leer</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Paste several lines</source>
        <translation>Mehrere Zeilen einfügen</translation>
    </message>
    <message>
        <source>Make {0} cards, one per line?</source>
        <translation>{0} Karten erstellen, eine pro Zeile?</translation>
    </message>
    <message>
        <source>Current participant</source>
        <translation>Aktuelle teilnehmende Person</translation>
    </message>
    <message>
        <source>Ctrl+L  Type a card and press Enter:  @Ana review the claim #intake</source>
        <translation>Strg+L  Karte tippen und Enter drücken:  @Ana Schaden prüfen #eingang</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <source>Capture note</source>
        <translation>Hinweis zur Erfassung</translation>
    </message>
    <message>
        <source>&lt;i&gt;no participant&lt;/i&gt;</source>
        <translation>&lt;i&gt;niemand gewählt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Made 1 card</source>
        <translation>1 Karte erstellt</translation>
    </message>
    <message numerus="yes">
        <source>Made %n cards</source>
        <translation>
            <numerusform>%n Karte erstellt</numerusform>
            <numerusform>%n Karten erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>New cards are now {0}’s</source>
        <translation>Neue Karten gehören jetzt {0}</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>, by {name}</source>
        <translation>, von {name}</translation>
    </message>
    <message>
        <source>, 1 vote</source>
        <translation>, 1 Stimme</translation>
    </message>
    <message>
        <source>, {votes} votes</source>
        <translation>, {votes} Stimmen</translation>
    </message>
    <message>
        <source>{kind} card: {0}{who}{votes}</source>
        <translation>Karte ({kind}): {0}{who}{votes}</translation>
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
        <translation>keine Arbeitsfläche %1 in der Sitzung „%2“</translation>
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
        <translation>nur diese Arbeitsfläche</translation>
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
        <source>the library could not be read (%1); it may be damaged: `meshwork check` looks it over, and opening it in the window offers its newest good backup. Nothing was changed</source>
        <translation>die Bibliothek konnte nicht gelesen werden (%1); sie ist vielleicht beschädigt: `meshwork check` prüft sie, und wird sie im Fenster geöffnet, bietet Meshwork ihre neueste gute Sicherung an. Nichts wurde geändert</translation>
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
        <source>Compare %1 (%2) -&gt; %3 (%4), text matched at %5</source>
        <translation>Vergleich %1 (%2) -&gt; %3 (%4), Textabgleich ab %5</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(keine Zone)</translation>
    </message>
    <message>
        <source>link added</source>
        <translation>Verbindung hinzugefügt</translation>
    </message>
    <message>
        <source>link removed</source>
        <translation>Verbindung entfernt</translation>
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
        <source>Trends of %1: 1 session in date order</source>
        <translation>Trends von %1: 1 Sitzung nach Datum</translation>
    </message>
    <message>
        <source>Trends of %1: %2 sessions in date order</source>
        <translation>Trends von %1: %2 Sitzungen nach Datum</translation>
    </message>
    <message>
        <source>top broker</source>
        <translation>wichtigste Vermittlerrolle</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 recurring, %4 new, %5 vanished activities</source>
        <translation>%1 -&gt; %2: %3 wiederkehrende, %4 neue, %5 verschwundene Tätigkeiten</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>vanished</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>new role link</source>
        <translation>neue Rollenverbindung</translation>
    </message>
    <message>
        <source>vanished role link</source>
        <translation>verschwundene Rollenverbindung</translation>
    </message>
    <message>
        <source>new theme</source>
        <translation>neues Thema</translation>
    </message>
    <message>
        <source>vanished theme</source>
        <translation>verschwundenes Thema</translation>
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
    <name>Commands</name>
    <message>
        <source>“{0}” was not saved. {1}</source>
        <translation>„{0}“ wurde nicht gespeichert. {1}</translation>
    </message>
    <message>
        <source>Could not save “{0}”: {1}</source>
        <translation>„{0}“ ließ sich nicht speichern: {1}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare Sessions — Meshwork</source>
        <translation>Sitzungen vergleichen — Meshwork</translation>
    </message>
    <message>
        <source>Earlier session</source>
        <translation>Frühere Sitzung</translation>
    </message>
    <message>
        <source>Later session</source>
        <translation>Spätere Sitzung</translation>
    </message>
    <message>
        <source>Text similarity threshold</source>
        <translation>Schwelle der Textähnlichkeit</translation>
    </message>
    <message>
        <source>Cards with text at least this similar (within role and kind) match</source>
        <translation>Karten mit mindestens so ähnlichem Text (innerhalb von Rolle und Art) gelten als gleich</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Früher:</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Später:</translation>
    </message>
    <message>
        <source>Match text at:</source>
        <translation>Text gleich ab:</translation>
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
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Pick a card on each map</source>
        <translation>Auf jeder Landkarte eine Karte wählen</translation>
    </message>
    <message>
        <source>Match:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>Confirm Match</source>
        <translation>Zuordnung bestätigen</translation>
    </message>
    <message>
        <source>Keep this automatic match, whatever the threshold</source>
        <translation>Diese automatische Zuordnung behalten, egal bei welcher Schwelle</translation>
    </message>
    <message>
        <source>Break Match</source>
        <translation>Zuordnung lösen</translation>
    </message>
    <message>
        <source>These two are not the same card</source>
        <translation>Diese beiden sind nicht dieselbe Karte</translation>
    </message>
    <message>
        <source>Match These Two</source>
        <translation>Diese zwei zuordnen</translation>
    </message>
    <message>
        <source>Make the two picked cards a match by hand</source>
        <translation>Die zwei gewählten Karten von Hand zuordnen</translation>
    </message>
    <message>
        <source>Forget Choice</source>
        <translation>Wahl vergessen</translation>
    </message>
    <message>
        <source>Let automatic matching decide again for this pair</source>
        <translation>Für dieses Paar wieder automatisch zuordnen</translation>
    </message>
    <message>
        <source>Clicking a card also picks its match on the other map. Choices are saved and can be undone (Ctrl+Z here).</source>
        <translation>Ein Klick auf eine Karte wählt auch ihr Gegenstück auf der anderen Landkarte. Entscheidungen werden gespeichert und lassen sich rückgängig machen (hier Strg+Z).</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Metrics of both sessions</source>
        <translation>Kennzahlen beider Sitzungen</translation>
    </message>
    <message>
        <source>No series</source>
        <translation>Keine Reihe</translation>
    </message>
    <message>
        <source>Earlier: {title} ({date})</source>
        <translation>Früher: {title} ({date})</translation>
    </message>
    <message>
        <source>Later: {title} ({date})</source>
        <translation>Später: {title} ({date})</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Matched {0} (similarity {score:.0f} %)</source>
        <translation>Zugeordnet {0} (Ähnlichkeit {score:.0f} %)</translation>
    </message>
    <message>
        <source>Not matched to each other</source>
        <translation>Einander nicht zugeordnet</translation>
    </message>
    <message>
        <source> (broken by hand)</source>
        <translation> (von Hand gelöst)</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Häufigste Schlagwörter</translation>
    </message>
    <message>
        <source>The tags used most, with how often.</source>
        <translation>Die meistgenutzten Schlagwörter mit ihrer Häufigkeit.</translation>
    </message>
</context>
<context>
    <name>ContinueSessionDialog</name>
    <message>
        <source>Continue Session</source>
        <translation>Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Start the next session of the series from &lt;b&gt;{0}&lt;/b&gt; ({1}). Participants come along; carried cards keep their identity so the sessions can be compared. Votes and reflections stay with the earlier session; the agenda starts with a review of its open actions.</source>
        <translation>Die nächste Sitzung der Reihe aus &lt;b&gt;{0}&lt;/b&gt; ({1}) beginnen. Die Teilnehmenden kommen mit; übernommene Karten behalten ihre Identität, damit sich die Sitzungen vergleichen lassen. Stimmen und Reflexionen bleiben bei der früheren Sitzung; die Agenda beginnt mit einem Blick auf ihre offenen Maßnahmen.</translation>
    </message>
    <message>
        <source>Canvases to carry forward</source>
        <translation>Zu übernehmende Arbeitsflächen</translation>
    </message>
    <message>
        <source>{name}  (1 card)</source>
        <translation>{name}  (1 Karte)</translation>
    </message>
    <message numerus="yes">
        <source>{name}  (%n cards)</source>
        <translation>
            <numerusform>{name}  (%n Karte)</numerusform>
            <numerusform>{name}  (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Title of the new session</source>
        <translation>Titel der neuen Sitzung</translation>
    </message>
    <message>
        <source>Date of the new session</source>
        <translation>Datum der neuen Sitzung</translation>
    </message>
    <message>
        <source>Carry forward:</source>
        <translation>Übernehmen:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Choose at least one canvas to carry forward.</source>
        <translation>Mindestens eine Arbeitsfläche zum Übernehmen wählen.</translation>
    </message>
    <message>
        <source>The new session needs a title.</source>
        <translation>Die neue Sitzung braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Import Cards from {name}</source>
        <translation>Karten aus {name} importieren</translation>
    </message>
    <message>
        <source>{0} rows. Choose the column that holds each part of a card; only the card text is needed.</source>
        <translation>{0} Zeilen. Für jeden Teil einer Karte die Spalte wählen; nötig ist nur der Kartentext.</translation>
    </message>
    <message>
        <source>Imported from {name}</source>
        <translation>Importiert aus {name}</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Sitzungstitel</translation>
    </message>
    <message>
        <source>&amp;Session title</source>
        <translation>&amp;Sitzungstitel</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Preview of the first cards</source>
        <translation>Vorschau der ersten Karten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose the column with the card text.</source>
        <translation>Die Spalte mit dem Kartentext wählen.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>This library is damaged</source>
        <translation>Diese Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meshwork cannot open this library safely&lt;/h3&gt;&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; {1}.&lt;/p&gt;&lt;p&gt;The file has not been changed. You can open a copy instead:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Meshwork kann diese Bibliothek nicht sicher öffnen&lt;/h3&gt;&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; {1}.&lt;/p&gt;&lt;p&gt;Die Datei wurde nicht verändert. Stattdessen lässt sich eine Kopie öffnen:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;the newest good backup&lt;/b&gt;, from {when} ({0}): edits made after it are not in it;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;die neueste intakte Sicherung&lt;/b&gt; vom {when} ({0}): spätere Änderungen fehlen darin;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;a salvage copy&lt;/b&gt;: everything that can still be read from the damaged file, which may have gaps.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Either is written as a new file beside the damaged one.&lt;/p&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;eine Rettungskopie&lt;/b&gt;: alles, was sich aus der beschädigten Datei noch lesen lässt, möglicherweise mit Lücken.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Beides wird als neue Datei neben die beschädigte geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Newest Backup</source>
        <translation>Neueste Sicherung öffnen</translation>
    </message>
    <message>
        <source>Open a Salvage Copy</source>
        <translation>Rettungskopie öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Meshwork</source>
        <translation>Meshwork</translation>
    </message>
    <message>
        <source>Could not restore the backup: {exc}</source>
        <translation>Die Sicherung ließ sich nicht wiederherstellen: {exc}</translation>
    </message>
    <message>
        <source>Could not make a salvage copy: {exc}</source>
        <translation>Die Rettungskopie ließ sich nicht anlegen: {exc}</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Edit card text</source>
        <translation>Kartentext ändern</translation>
    </message>
    <message>
        <source>Edit why</source>
        <translation>Warum ändern</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>Change knowledge type</source>
        <translation>Wissensart ändern</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Change author</source>
        <translation>Urheber ändern</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Beschriftung ändern</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>Team ändern</translation>
    </message>
    <message>
        <source>left edges</source>
        <translation>linke Kanten</translation>
    </message>
    <message>
        <source>right edges</source>
        <translation>rechte Kanten</translation>
    </message>
    <message>
        <source>top edges</source>
        <translation>obere Kanten</translation>
    </message>
    <message>
        <source>bottom edges</source>
        <translation>untere Kanten</translation>
    </message>
    <message>
        <source>centres in a column</source>
        <translation>Mitten in einer Spalte</translation>
    </message>
    <message>
        <source>centres in a row</source>
        <translation>Mitten in einer Zeile</translation>
    </message>
    <message>
        <source>“{0}” was not saved. {1}</source>
        <translation>„{0}“ wurde nicht gespeichert. {1}</translation>
    </message>
    <message>
        <source>“{0}” was not saved: {1}</source>
        <translation>„{0}“ wurde nicht gespeichert: {1}</translation>
    </message>
    <message>
        <source>Could not save “{0}”: {1}. </source>
        <translation>„{0}“ konnte nicht gespeichert werden: {1}. </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept in memory and retried until saved.</source>
        <translation>
            <numerusform>%n Änderung bleibt im Speicher und wird erneut versucht, bis sie gespeichert ist.</numerusform>
            <numerusform>%n Änderungen bleiben im Speicher und werden erneut versucht, bis sie gespeichert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” could not be saved and was dropped: {1}</source>
        <translation>„{0}“ ließ sich nicht speichern und wurde verworfen: {1}</translation>
    </message>
    <message>
        <source>Add participant {0}</source>
        <translation>Person {0} hinzufügen</translation>
    </message>
    <message>
        <source>Remove participant {0}</source>
        <translation>Person {0} entfernen</translation>
    </message>
    <message>
        <source>Add canvas {0}</source>
        <translation>Arbeitsfläche {0} hinzufügen</translation>
    </message>
    <message>
        <source>Rename canvas</source>
        <translation>Arbeitsfläche umbenennen</translation>
    </message>
    <message>
        <source>Reorder canvases</source>
        <translation>Arbeitsflächen umordnen</translation>
    </message>
    <message>
        <source>Delete canvas {0}</source>
        <translation>Arbeitsfläche {0} löschen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>%n Karte hinzufügen</numerusform>
            <numerusform>%n Karten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n zone(s)</source>
        <translation>
            <numerusform>%n Zone verschieben</numerusform>
            <numerusform>%n Zonen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Schubsen</translation>
    </message>
    <message>
        <source>Resize card</source>
        <translation>Kartengröße ändern</translation>
    </message>
    <message>
        <source>Resize zone</source>
        <translation>Zonengröße ändern</translation>
    </message>
    <message>
        <source>Align {0} cards: {1}</source>
        <translation>{0} Karten ausrichten: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n zone(s)</source>
        <translation>
            <numerusform>%n Zone löschen</numerusform>
            <numerusform>%n Zonen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfügen</numerusform>
            <numerusform>%n Karten einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Link cards ({0})</source>
        <translation>Karten verbinden ({0})</translation>
    </message>
    <message>
        <source>Add zone {0}</source>
        <translation>Zone {0} hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n swimlane(s)</source>
        <translation>
            <numerusform>%n Bahn hinzufügen</numerusform>
            <numerusform>%n Bahnen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit lanes to cards</source>
        <translation>Bahnen an Karten anpassen</translation>
    </message>
    <message>
        <source>Grow lanes</source>
        <translation>Bahnen vergrößern</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte ändern</translation>
    </message>
    <message>
        <source>Edit zone</source>
        <translation>Zone ändern</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verbindung ändern</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Person ändern</translation>
    </message>
    <message>
        <source>Edit canvas</source>
        <translation>Arbeitsfläche ändern</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <source>Rename zone</source>
        <translation>Zone umbenennen</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <source>Rename {0}</source>
        <translation>{0} umbenennen</translation>
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
        <source>This session has no canvases.</source>
        <translation>Diese Sitzung hat keine Leinwände.</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 Karten</translation>
    </message>
    <message>
        <source>Search cards, why, tags, people…</source>
        <translation>Karten, Warum, Schlagwörter, Personen durchsuchen …</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Karten durchsuchen</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 von %2 Karten</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>ohne Urheber</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Uses:</source>
        <translation>Nutzt:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Auf der Landkarte zeigen</translation>
    </message>
    <message>
        <source>this</source>
        <translation>diese Karte</translation>
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
        <source>The map is too large for a {0}× picture, so it was drawn at {1}× ({2} × {3} px, at most {4} px a side).</source>
        <translation>Die Landkarte ist für ein Bild in {0}× zu groß und wurde daher in {1}× gezeichnet ({2} × {3} px, höchstens {4} px je Seite).</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>1× (screen, 96 dpi)</source>
        <translation>1× (Bildschirm, 96 dpi)</translation>
    </message>
    <message>
        <source>2× (sharp, 192 dpi)</source>
        <translation>2× (scharf, 192 dpi)</translation>
    </message>
    <message>
        <source>3× (288 dpi)</source>
        <translation>3× (288 dpi)</translation>
    </message>
    <message>
        <source>Print (300 dpi)</source>
        <translation>Druck (300 dpi)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Export &amp;Canvas</source>
        <translation>Arbeitsfläche e&amp;xportieren</translation>
    </message>
    <message>
        <source>E&amp;xport Session</source>
        <translation>Sitzung &amp;exportieren</translation>
    </message>
    <message>
        <source>Open a session to export it.</source>
        <translation>Öffnen Sie eine Sitzung, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>This session has no canvas to export.</source>
        <translation>Diese Sitzung hat keine Arbeitsfläche zum Exportieren.</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>{0} wird exportiert …</translation>
    </message>
    <message>
        <source>Export cancelled; {0} was not written.</source>
        <translation>Export abgebrochen; {0} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Could not export {0}: {1}</source>
        <translation>{0} ließ sich nicht exportieren: {1}</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} exportiert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Session (JSON)…</source>
        <translation>Sitzung (JSON) …</translation>
    </message>
    <message>
        <source>Cards and Links (CSV)…</source>
        <translation>Karten und Verbindungen (CSV) …</translation>
    </message>
    <message>
        <source>Graph (GraphML, for yEd and Gephi)…</source>
        <translation>Graph (GraphML, für yEd und Gephi) …</translation>
    </message>
    <message>
        <source>Excalidraw Drawing…</source>
        <translation>Excalidraw-Zeichnung …</translation>
    </message>
    <message>
        <source>Summary (Markdown)…</source>
        <translation>Zusammenfassung (Markdown) …</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)…</source>
        <translation>Tabelle (XLSX) …</translation>
    </message>
    <message>
        <source>Series as Dynamic Graph (GEXF)…</source>
        <translation>Reihe als dynamischer Graph (GEXF) …</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG) …</translation>
    </message>
    <message>
        <source>Vector Image (SVG)…</source>
        <translation>Vektorbild (SVG) …</translation>
    </message>
    <message>
        <source>PDF (Maps and Summary)…</source>
        <translation>PDF (Landkarten und Zusammenfassung) …</translation>
    </message>
    <message>
        <source>Offline Web Page (HTML)…</source>
        <translation>Offline-Webseite (HTML) …</translation>
    </message>
    <message>
        <source>Session Report (HTML)…</source>
        <translation>Sitzungsbericht (HTML) …</translation>
    </message>
    <message>
        <source>Session Report (PDF)…</source>
        <translation>Sitzungsbericht (PDF) …</translation>
    </message>
    <message>
        <source>Role Profiles (HTML)…</source>
        <translation>Rollenprofile (HTML) …</translation>
    </message>
    <message>
        <source>Role Cards, One Role per Page (PDF)…</source>
        <translation>Rollenkarten, eine Rolle pro Seite (PDF) …</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FaceDownOption</name>
    <message>
        <source>Include Face-Down Cards</source>
        <translation>Verdeckte Karten einbeziehen</translation>
    </message>
    <message>
        <source>Also export the cards still face down in a silent round, with their text</source>
        <translation>Auch die in einer stillen Runde noch verdeckten Karten mit ihrem Text exportieren</translation>
    </message>
    <message>
        <source> (it keeps the face-down card, still face down: JSON is the complete session)</source>
        <translation> (die verdeckte Karte bleibt darin, weiter verdeckt: JSON ist die vollständige Sitzung)</translation>
    </message>
    <message numerus="yes">
        <source> (it keeps the %n face-down cards, still face down: JSON is the complete session)</source>
        <translation>
            <numerusform> (die %n verdeckten Karten bleiben darin, weiter verdeckt: JSON ist die vollständige Sitzung)</numerusform>
            <numerusform> (die %n verdeckten Karten bleiben darin, weiter verdeckt: JSON ist die vollständige Sitzung)</numerusform>
        </translation>
    </message>
    <message>
        <source> (1 face-down card included)</source>
        <translation> (1 verdeckte Karte einbezogen)</translation>
    </message>
    <message numerus="yes">
        <source> (%n face-down cards included)</source>
        <translation>
            <numerusform> (%n verdeckte Karten einbezogen)</numerusform>
            <numerusform> (%n verdeckte Karten einbezogen)</numerusform>
        </translation>
    </message>
    <message>
        <source> (1 face-down card left out)</source>
        <translation> (1 verdeckte Karte ausgelassen)</translation>
    </message>
    <message numerus="yes">
        <source> (%n face-down cards left out)</source>
        <translation>
            <numerusform> (%n verdeckte Karten ausgelassen)</numerusform>
            <numerusform> (%n verdeckte Karten ausgelassen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>F&amp;acilitate</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>&amp;Start or Pause Step</source>
        <translation>Schritt &amp;starten oder pausieren</translation>
    </message>
    <message>
        <source>Add &amp;1 Minute</source>
        <translation>&amp;1 Minute mehr</translation>
    </message>
    <message>
        <source>Add &amp;5 Minutes</source>
        <translation>&amp;5 Minuten mehr</translation>
    </message>
    <message>
        <source>S&amp;kip Step</source>
        <translation>Schritt &amp;überspringen</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Reveal Silent Cards</source>
        <translation>Stille Karten &amp;aufdecken</translation>
    </message>
    <message>
        <source>Voting &amp;Mode</source>
        <translation>Abstimmungs&amp;modus</translation>
    </message>
    <message>
        <source>&amp;Vote for Card</source>
        <translation>Für &amp;Karte stimmen</translation>
    </message>
    <message>
        <source>&amp;Take Back Vote</source>
        <translation>Stimme &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>S&amp;ound at End of Step</source>
        <translation>&amp;Ton am Ende des Schritts</translation>
    </message>
    <message>
        <source>Presenter Mo&amp;de</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Pr&amp;ojector</source>
        <translation>B&amp;eamer</translation>
    </message>
    <message>
        <source>Whole &amp;Prompt</source>
        <translation>Ganzer &amp;Impuls</translation>
    </message>
    <message>
        <source>P&amp;urpose Question</source>
        <translation>&amp;Leitfrage</translation>
    </message>
    <message>
        <source>&amp;Follow the Room</source>
        <translation>Dem &amp;Raum folgen</translation>
    </message>
    <message>
        <source>Time&apos;s up: {title}</source>
        <translation>Zeit ist um: {title}</translation>
    </message>
    <message>
        <source>Time&apos;s up: %1</source>
        <translation>Zeit ist um: %1</translation>
    </message>
    <message>
        <source>A voting step: press F7 for voting mode</source>
        <translation>Ein Abstimmungsschritt: F7 für den Abstimmungsmodus</translation>
    </message>
    <message>
        <source>No face-down cards to reveal</source>
        <translation>Keine verdeckten Karten zum Aufdecken</translation>
    </message>
    <message>
        <source>silent cards</source>
        <translation>stille Karten</translation>
    </message>
    <message>
        <source>%1 revealed</source>
        <translation>%1 aufgedeckt</translation>
    </message>
    <message>
        <source>silent card</source>
        <translation>stille Karte</translation>
    </message>
    <message>
        <source>Select a card to vote for it</source>
        <translation>Eine Karte wählen, um für sie zu stimmen</translation>
    </message>
    <message>
        <source>Voting mode: a click on a card votes</source>
        <translation>Abstimmungsmodus: Ein Klick auf eine Karte ist eine Stimme</translation>
    </message>
    <message>
        <source>{} votes now</source>
        <translation>Jetzt stimmt {} ab</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Find cards (Ctrl+F)</source>
        <translation>Karten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find cards by text</source>
        <translation>Karten nach Text suchen</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>&amp;Select Matches</source>
        <translation>Treffer &amp;wählen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Filter by {0}</source>
        <translation>Filtern nach: {0}</translation>
    </message>
    <message>
        <source>{found} of {total} cards match</source>
        <translation>{found} von {total} Karten passen</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Review open actions</source>
        <translation>Offene Maßnahmen durchgehen</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, fällig am {0}</translation>
    </message>
    <message>
        <source>What happened to last session&apos;s actions? Which are done, which carry on?</source>
        <translation>Was ist aus den Maßnahmen der letzten Sitzung geworden? Welche sind erledigt, welche laufen weiter?</translation>
    </message>
    <message>
        <source>Last session left no open actions: what has changed since?</source>
        <translation>Die letzte Sitzung hat keine offenen Maßnahmen hinterlassen: Was hat sich seitdem verändert?</translation>
    </message>
</context>
<context>
    <name>GhostCard</name>
    <message>
        <source>Removed: {text}</source>
        <translation>Entfernt: {text}</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>How many cards the session&apos;s canvases hold.</source>
        <translation>Wie viele Karten auf den Arbeitsflächen der Sitzung liegen.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>How many people took part.</source>
        <translation>Wie viele Personen teilgenommen haben.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>How many different job roles were in the room.</source>
        <translation>Wie viele verschiedene Berufsrollen im Raum waren.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>How many connections were drawn between cards.</source>
        <translation>Wie viele Verbindungen zwischen Karten gezogen wurden.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>How many dots people put on cards.</source>
        <translation>Wie viele Punkte die Teilnehmenden auf Karten gesetzt haben.</translation>
    </message>
    <message>
        <source>Links across roles</source>
        <translation>Verbindungen zwischen Rollen</translation>
    </message>
    <message>
        <source>The share of links that join the work of two different roles (0 = none, 1 = all). Higher means people mapped how their work connects with others&apos;.</source>
        <translation>Der Anteil der Verbindungen, die die Arbeit zweier verschiedener Rollen verknüpfen (0 = keine, 1 = alle). Höher heißt: Die Teilnehmenden haben festgehalten, wie ihre Arbeit mit der anderer zusammenhängt.</translation>
    </message>
    <message>
        <source>How connected the roles are</source>
        <translation>Wie verbunden die Rollen sind</translation>
    </message>
    <message>
        <source>Of all the pairs of roles that could be linked, the share that are (0 = no role talks to another, 1 = every role is linked to every other).</source>
        <translation>Von allen Rollenpaaren, die verbunden sein könnten, der Anteil, der es ist (0 = keine Rolle spricht mit einer anderen, 1 = jede Rolle ist mit jeder anderen verbunden).</translation>
    </message>
    <message>
        <source>Unevenness of participation</source>
        <translation>Ungleichheit der Beteiligung</translation>
    </message>
    <message>
        <source>How unevenly the cards were written (a Gini coefficient): 0 when everyone wrote the same number, close to 1 when one person wrote almost all of them.</source>
        <translation>Wie ungleich die Karten geschrieben wurden (ein Gini-Koeffizient): 0, wenn alle gleich viele geschrieben haben, nahe 1, wenn eine Person fast alle geschrieben hat.</translation>
    </message>
    <message>
        <source>Activities with no links</source>
        <translation>Tätigkeiten ohne Verbindung</translation>
    </message>
    <message>
        <source>Activity cards that nothing connects to: work that nobody said they hand on, use or depend on.</source>
        <translation>Tätigkeitskarten, mit denen nichts verbunden ist: Arbeit, von der niemand gesagt hat, dass er sie weitergibt, nutzt oder von ihr abhängt.</translation>
    </message>
    <message>
        <source>Knowledge at risk</source>
        <translation>Gefährdetes Wissen</translation>
    </message>
    <message>
        <source>Resources (what is used to do the work) that only one role or one person holds.</source>
        <translation>Ressourcen (was für die Arbeit genutzt wird), die nur eine Rolle oder eine Person hat.</translation>
    </message>
    <message>
        <source>Roles with no links</source>
        <translation>Rollen ohne Verbindung</translation>
    </message>
    <message>
        <source>Roles whose cards link to no other role&apos;s cards.</source>
        <translation>Rollen, deren Karten mit keiner Karte einer anderen Rolle verbunden sind.</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Vermittelnde</translation>
    </message>
    <message>
        <source>Roles that sit on the paths between other roles (betweenness above 0): if they are away, hand-offs between the others break. The number after a name is its betweenness (0 to 1).</source>
        <translation>Rollen, die auf den Wegen zwischen anderen Rollen liegen (Zwischenzentralität über 0): Fehlen sie, reißen die Übergaben zwischen den anderen ab. Die Zahl nach einem Namen ist seine Zwischenzentralität (0 bis 1).</translation>
    </message>
    <message>
        <source>Activity cards</source>
        <translation>Tätigkeitskarten</translation>
    </message>
    <message>
        <source>How many cards of kind activity the session holds.</source>
        <translation>Wie viele Karten der Art Tätigkeit die Sitzung enthält.</translation>
    </message>
    <message>
        <source>Purpose cards</source>
        <translation>Zweckkarten</translation>
    </message>
    <message>
        <source>How many cards of kind purpose the session holds.</source>
        <translation>Wie viele Karten der Art Zweck die Sitzung enthält.</translation>
    </message>
    <message>
        <source>Resource cards</source>
        <translation>Ressourcenkarten</translation>
    </message>
    <message>
        <source>How many cards of kind resource the session holds.</source>
        <translation>Wie viele Karten der Art Ressource die Sitzung enthält.</translation>
    </message>
    <message>
        <source>Outcome cards</source>
        <translation>Ergebniskarten</translation>
    </message>
    <message>
        <source>How many cards of kind outcome the session holds.</source>
        <translation>Wie viele Karten der Art Ergebnis die Sitzung enthält.</translation>
    </message>
    <message>
        <source>Question cards</source>
        <translation>Fragekarten</translation>
    </message>
    <message>
        <source>How many cards of kind question the session holds.</source>
        <translation>Wie viele Karten der Art Frage die Sitzung enthält.</translation>
    </message>
    <message>
        <source>Insight cards</source>
        <translation>Erkenntniskarten</translation>
    </message>
    <message>
        <source>How many cards of kind insight the session holds.</source>
        <translation>Wie viele Karten der Art Erkenntnis die Sitzung enthält.</translation>
    </message>
    <message>
        <source>Pain point cards</source>
        <translation>Schmerzpunktkarten</translation>
    </message>
    <message>
        <source>How many cards of kind pain point the session holds.</source>
        <translation>Wie viele Karten der Art Schmerzpunkt die Sitzung enthält.</translation>
    </message>
    <message>
        <source>Story cards</source>
        <translation>Geschichtenkarten</translation>
    </message>
    <message>
        <source>How many cards of kind story the session holds.</source>
        <translation>Wie viele Karten der Art Geschichte die Sitzung enthält.</translation>
    </message>
    <message>
        <source>Knowledge: artefact</source>
        <translation>Wissen: Artefakt</translation>
    </message>
    <message>
        <source>How many resource cards are of the ASHEN knowledge type artefact (documents, tools and systems).</source>
        <translation>Wie viele Ressourcenkarten der ASHEN-Wissensart Artefakt angehören (Dokumente, Werkzeuge und Systeme).</translation>
    </message>
    <message>
        <source>Knowledge: skill</source>
        <translation>Wissen: Fertigkeit</translation>
    </message>
    <message>
        <source>How many resource cards are of the ASHEN knowledge type skill (what people know how to do, learned by practice).</source>
        <translation>Wie viele Ressourcenkarten der ASHEN-Wissensart Fertigkeit angehören (was Menschen können, durch Übung gelernt).</translation>
    </message>
    <message>
        <source>Knowledge: heuristic</source>
        <translation>Wissen: Faustregel</translation>
    </message>
    <message>
        <source>How many resource cards are of the ASHEN knowledge type heuristic (rules of thumb).</source>
        <translation>Wie viele Ressourcenkarten der ASHEN-Wissensart Faustregel angehören (Daumenregeln).</translation>
    </message>
    <message>
        <source>Knowledge: experience</source>
        <translation>Wissen: Erfahrung</translation>
    </message>
    <message>
        <source>How many resource cards are of the ASHEN knowledge type experience (what people learned from having been there before).</source>
        <translation>Wie viele Ressourcenkarten der ASHEN-Wissensart Erfahrung angehören (was Menschen gelernt haben, weil sie schon einmal dort waren).</translation>
    </message>
    <message>
        <source>Knowledge: natural talent</source>
        <translation>Wissen: Naturtalent</translation>
    </message>
    <message>
        <source>How many resource cards are of the ASHEN knowledge type natural talent (what a person is simply good at).</source>
        <translation>Wie viele Ressourcenkarten der ASHEN-Wissensart Naturtalent angehören (was jemandem einfach liegt).</translation>
    </message>
    <message>
        <source>Knowledge: type not given</source>
        <translation>Wissen: Art nicht angegeben</translation>
    </message>
    <message>
        <source>How many resource cards have no ASHEN knowledge type yet.</source>
        <translation>Wie viele Ressourcenkarten noch keine ASHEN-Wissensart haben.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Facilitator&apos;s Guide — Meshwork</source>
        <translation>Leitfaden für die Moderation — Meshwork</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Leitfaden für die Moderation</translation>
    </message>
    <message>
        <source>The guide is missing from this installation ({0}).</source>
        <translation>Der Leitfaden fehlt in dieser Installation ({0}).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Facilitator&apos;s Guide</source>
        <translation>&amp;Leitfaden für die Moderation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Meshwork</source>
        <translation>Ü&amp;ber Meshwork</translation>
    </message>
    <message>
        <source>About Meshwork</source>
        <translation>Über Meshwork</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meshwork {0}&lt;/h3&gt;&lt;p&gt;Facilitate collaborative knowledge workshops: map who does what, why, with what, and how it connects, and compare it over time.&lt;/p&gt;&lt;p&gt;Help &amp;gt; Facilitator&apos;s Guide (F1) takes you from preparing a session to its follow-up.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meshwork {0}&lt;/h3&gt;&lt;p&gt;Gemeinsame Wissens-Workshops moderieren: festhalten, wer was tut, warum, womit und wie es zusammenhängt, und es über die Zeit vergleichen.&lt;/p&gt;&lt;p&gt;Hilfe &amp;gt; Leitfaden für die Moderation (F1) führt von der Vorbereitung einer Sitzung bis zur Nachbereitung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>holds a NUL byte: this is not a text CSV file</source>
        <translation>enthält ein NUL-Byte: Das ist keine CSV-Textdatei</translation>
    </message>
    <message>
        <source>has no header row naming its columns</source>
        <translation>hat keine Kopfzeile, die ihre Spalten benennt</translation>
    </message>
    <message>
        <source>has {0} cells where the header names {1} columns</source>
        <translation>hat {0} Zellen, wo die Kopfzeile {1} Spalten nennt</translation>
    </message>
    <message>
        <source>a cell is longer than {0} characters</source>
        <translation>eine Zelle ist länger als {0} Zeichen</translation>
    </message>
    <message>
        <source>has more than {0} cards</source>
        <translation>hat mehr als {0} Karten</translation>
    </message>
    <message>
        <source>is not valid CSV ({0})</source>
        <translation>ist kein gültiges CSV ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{0:02x}): save it as UTF-8 (in Excel: Save As &gt; CSV UTF-8) and import it again</source>
        <translation>ist kein UTF-8-Text (Byte 0x{0:02x}): Speichern Sie die Datei als UTF-8 (in Excel: Speichern unter &gt; CSV UTF-8) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>no column is chosen for the card text</source>
        <translation>für den Kartentext ist keine Spalte gewählt</translation>
    </message>
    <message>
        <source>has no column named {0!r} (chosen for {1})</source>
        <translation>hat keine Spalte namens {0!r} (gewählt für {1})</translation>
    </message>
    <message>
        <source>unknown card kind {0!r} (known: {1})</source>
        <translation>unbekannte Kartenart {0!r} (bekannt: {1})</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>has no rows with card text in column {0!r}</source>
        <translation>hat keine Zeilen mit Kartentext in der Spalte {0!r}</translation>
    </message>
    <message>
        <source>Imported cards</source>
        <translation>Importierte Karten</translation>
    </message>
    <message>
        <source>there is no series {0!r} in this library</source>
        <translation>in dieser Bibliothek gibt es keine Reihe {0!r}</translation>
    </message>
    <message>
        <source>Imported from {0}</source>
        <translation>Importiert aus {0}</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>line {0}, column {1}</source>
        <translation>Zeile {0}, Spalte {1}</translation>
    </message>
    <message>
        <source>{0}: {1}; nothing was imported</source>
        <translation>{0}: {1}; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>cannot be read ({0})</source>
        <translation>kann nicht gelesen werden ({0})</translation>
    </message>
    <message>
        <source>is not a file Meshwork imports (a session .json, a .csv of cards or a library .db)</source>
        <translation>ist keine Datei, die Meshwork importiert (eine Sitzungs-.json, eine .csv mit Karten oder eine Bibliotheks-.db)</translation>
    </message>
    <message>
        <source>the library cannot be changed ({0})</source>
        <translation>die Bibliothek kann nicht geändert werden ({0})</translation>
    </message>
    <message>
        <source>there is no library file here</source>
        <translation>hier gibt es keine Bibliotheksdatei</translation>
    </message>
    <message>
        <source>this is the library that is open; choose another library file</source>
        <translation>das ist die geöffnete Bibliothek; wählen Sie eine andere Bibliotheksdatei</translation>
    </message>
    <message>
        <source>the file is {0:,.0f} MB, more than the {1:,.0f} MB a merge may read</source>
        <translation>die Datei ist {0:,.0f} MB groß, mehr als die {1:,.0f} MB, die ein Zusammenführen lesen darf</translation>
    </message>
    <message>
        <source>{0}; a library this slow to read is not merged</source>
        <translation>{0}; eine so langsam lesbare Bibliothek wird nicht zusammengeführt</translation>
    </message>
    <message>
        <source>could not be merged ({0})</source>
        <translation>konnte nicht zusammengeführt werden ({0})</translation>
    </message>
    <message>
        <source>{0} (only a library&apos;s own tables are read)</source>
        <translation>{0} (nur die eigenen Tabellen einer Bibliothek werden gelesen)</translation>
    </message>
    <message>
        <source>session “{0}”: {1} row {2} is already in this library</source>
        <translation>Sitzung „{0}“: {1}-Zeile {2} ist schon in dieser Bibliothek</translation>
    </message>
    <message>
        <source>1 problem in its rows: {0}</source>
        <translation>1 Problem in ihren Zeilen: {0}</translation>
    </message>
    <message>
        <source>{0} problems in its rows: {1}</source>
        <translation>{0} Probleme in ihren Zeilen: {1}</translation>
    </message>
    <message>
        <source>{0} is not a finite number</source>
        <translation>{0} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{0} is a whole number too large for 64 bits</source>
        <translation>{0} ist eine ganze Zahl, zu groß für 64 Bit</translation>
    </message>
    <message>
        <source>is not a Meshwork session file (no &quot;format&quot;: &quot;{0}&quot;)</source>
        <translation>ist keine Meshwork-Sitzungsdatei (kein &quot;format&quot;: &quot;{0}&quot;)</translation>
    </message>
    <message>
        <source>was written by a newer Meshwork (format version {0}; this one reads version {1}); update Meshwork to import it</source>
        <translation>wurde von einem neueren Meshwork geschrieben (Formatversion {0}; dieses liest Version {1}); aktualisieren Sie Meshwork, um sie zu importieren</translation>
    </message>
    <message>
        <source>{0} problems: {1}</source>
        <translation>{0} Probleme: {1}</translation>
    </message>
    <message>
        <source>has a field name that {0}</source>
        <translation>hat einen Feldnamen, der {0}</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} oder {1}</translation>
    </message>
    <message>
        <source>the number {0}</source>
        <translation>die Zahl {0}</translation>
    </message>
    <message>
        <source>the string {0}</source>
        <translation>die Zeichenkette {0}</translation>
    </message>
    <message>
        <source>must be {0}, not {1}</source>
        <translation>muss {0} sein, nicht {1}</translation>
    </message>
    <message>
        <source>lacks the required fields {0}</source>
        <translation>es fehlen die Pflichtfelder {0}</translation>
    </message>
    <message>
        <source>lacks the required field {0}</source>
        <translation>es fehlt das Pflichtfeld {0}</translation>
    </message>
    <message>
        <source>has fields the format does not have: {0}</source>
        <translation>hat Felder, die das Format nicht kennt: {0}</translation>
    </message>
    <message>
        <source>is longer than {0:,} characters</source>
        <translation>ist länger als {0:,} Zeichen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at least {0}, not {1}</source>
        <translation>muss mindestens {0} sein, nicht {1}</translation>
    </message>
    <message>
        <source>must be written YYYY-MM-DD, not {0}</source>
        <translation>muss als JJJJ-MM-TT geschrieben sein, nicht {0}</translation>
    </message>
    <message>
        <source>breaks the format&apos;s rule {0}</source>
        <translation>verletzt die Formatregel {0}</translation>
    </message>
    <message>
        <source>points at participant {0}, which is not in the file</source>
        <translation>verweist auf Teilnehmende {0}, die nicht in der Datei stehen</translation>
    </message>
    <message>
        <source>points at zone {0}, which is not in the file</source>
        <translation>verweist auf die Zone {0}, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>points at card {0}, which is not in the file</source>
        <translation>verweist auf die Karte {0}, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>points at canvas {0}, which is not in the file</source>
        <translation>verweist auf die Arbeitsfläche {0}, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>duplicate id {0} (also at {1})</source>
        <translation>doppelte ID {0} (auch bei {1})</translation>
    </message>
    <message>
        <source>duplicate tag name {0}</source>
        <translation>doppelter Schlagwortname {0}</translation>
    </message>
    <message>
        <source>duplicate event seq {0}</source>
        <translation>doppelte Ereignisnummer (seq) {0}</translation>
    </message>
    <message>
        <source>the file is {0:.1f} MB, more than the {1:.0f} MB an import may read</source>
        <translation>die Datei ist {0:.1f} MB groß, mehr als die {1:.0f} MB, die ein Import lesen darf</translation>
    </message>
    <message>
        <source>the file is larger than the {0:.0f} MB an import may read</source>
        <translation>die Datei ist größer als die {0:.0f} MB, die ein Import lesen darf</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{0:02x})</source>
        <translation>ist kein UTF-8-Text (Byte 0x{0:02x})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>is not valid JSON ({0})</source>
        <translation>ist kein gültiges JSON ({0})</translation>
    </message>
    <message>
        <source>nests deeper than {0} levels</source>
        <translation>ist tiefer als {0} Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>session “{0}” ({1}) is already in this library; import with --new-ids to add a copy with fresh ids</source>
        <translation>die Sitzung „{0}“ ({1}) ist schon in dieser Bibliothek; importieren Sie mit --new-ids, um eine Kopie mit neuen IDs hinzuzufügen</translation>
    </message>
    <message>
        <source>session “{0}” ({1}) is already in this library; you can import a copy with fresh ids</source>
        <translation>die Sitzung „{0}“ ({1}) ist schon in dieser Bibliothek; Sie können eine Kopie mit neuen IDs importieren</translation>
    </message>
    <message>
        <source>{0} row {1} is already in this library; import with --new-ids to add a copy with fresh ids</source>
        <translation>{0}-Zeile {1} ist schon in dieser Bibliothek; importieren Sie mit --new-ids, um eine Kopie mit neuen IDs hinzuzufügen</translation>
    </message>
    <message>
        <source>{0} row {1} is already in this library; you can import a copy with fresh ids</source>
        <translation>{0}-Zeile {1} ist schon in dieser Bibliothek; Sie können eine Kopie mit neuen IDs importieren</translation>
    </message>
    <message>
        <source>the library refused it ({0})</source>
        <translation>die Bibliothek hat sie abgelehnt ({0})</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector hint</source>
        <translation>Hinweis im Bereich Details</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Kartentext</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Why is this done? What would go wrong without it?</source>
        <translation>Warum wird das getan? Was ginge ohne es schief?</translation>
    </message>
    <message>
        <source>Card kind</source>
        <translation>Kartenart</translation>
    </message>
    <message>
        <source>Knowledge type</source>
        <translation>Wissensart</translation>
    </message>
    <message>
        <source>ASHEN knowledge type, for resources</source>
        <translation>ASHEN-Wissensart, für Ressourcen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>#intake #phone</source>
        <translation>#eingang #telefon</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Urheber:in</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Knowledge t&amp;ype:</source>
        <translation>&amp;Wissensart:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Urheber:in:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Linked cards</source>
        <translation>Verbundene Karten</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>Verbindungsbeschriftung</translation>
    </message>
    <message>
        <source>optional, e.g. “claim file”</source>
        <translation>optional, z. B. „Schadenakte“</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Saved when you leave the field, or press Ctrl+Enter</source>
        <translation>Gespeichert beim Verlassen des Feldes oder mit Strg+Enter</translation>
    </message>
</context>
<context>
    <name>IoActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a session (.json), cards (.csv) or the sessions of another library</source>
        <translation>Eine Sitzung (.json), Karten (.csv) oder die Sitzungen einer anderen Bibliothek importieren</translation>
    </message>
    <message>
        <source>Export Session &amp;Data</source>
        <translation>Sitzungsdaten ex&amp;portieren</translation>
    </message>
    <message>
        <source>{0};;All files (*)</source>
        <translation>{0};;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a session to export it.</source>
        <translation>Eine Sitzung öffnen, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>{0} exportieren</translation>
    </message>
    <message>
        <source>Open a session of a series to export the series.</source>
        <translation>Eine Sitzung einer Reihe öffnen, um die Reihe zu exportieren.</translation>
    </message>
    <message>
        <source>Export Series</source>
        <translation>Reihe exportieren</translation>
    </message>
    <message>
        <source>The export was not written: {exc}</source>
        <translation>Der Export wurde nicht geschrieben: {exc}</translation>
    </message>
    <message>
        <source>Exported </source>
        <translation>Exportiert: </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>This session is already in the library. Import a copy with new ids? (Its cards keep their lineage, so the copy still compares with the original.)</source>
        <translation>Diese Sitzung ist schon in der Bibliothek. Eine Kopie mit neuen IDs importieren? (Ihre Karten behalten ihre Herkunft, die Kopie bleibt also mit dem Original vergleichbar.)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Use {0} from the next start</source>
        <translation>Ab dem nächsten Start {0} verwenden</translation>
    </message>
    <message>
        <source>Use the system&apos;s language from the next start</source>
        <translation>Ab dem nächsten Start die Sprache des Systems verwenden</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>{0} will be used from the next start of Meshwork.</source>
        <translation>{0} gilt ab dem nächsten Start von Meshwork.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>New series {0}</source>
        <translation>Neue Reihe {0}</translation>
    </message>
    <message>
        <source>Rename series</source>
        <translation>Reihe umbenennen</translation>
    </message>
    <message>
        <source>Canvas 1</source>
        <translation>Arbeitsfläche 1</translation>
    </message>
    <message>
        <source>New session {0}</source>
        <translation>Neue Sitzung {0}</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Sitzung umbenennen</translation>
    </message>
    <message>
        <source>“{0}” was not saved: {1}</source>
        <translation>„{0}“ wurde nicht gespeichert: {1}</translation>
    </message>
    <message>
        <source>Delete session {0}</source>
        <translation>Sitzung {0} löschen</translation>
    </message>
    <message>
        <source>Continue session {0}</source>
        <translation>Sitzung {0} fortsetzen</translation>
    </message>
    <message>
        <source>Delete series {0}</source>
        <translation>Reihe {0} löschen</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>sie wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the folder {0} is read-only</source>
        <translation>der Ordner {0} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file {0} is read-only</source>
        <translation>die Datei {0} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>it is open in another Meshwork ({0})</source>
        <translation>sie ist in einem anderen Meshwork geöffnet ({0})</translation>
    </message>
    <message>
        <source>its lock file cannot be created ({0})</source>
        <translation>ihre Sperrdatei kann nicht angelegt werden ({0})</translation>
    </message>
    <message>
        <source>SQLite cannot use its shared-memory file ({0}) in this folder</source>
        <translation>SQLite kann ihre Shared-Memory-Datei ({0}) in diesem Ordner nicht verwenden</translation>
    </message>
    <message>
        <source>Read-only: {0}. Edits will not be saved.</source>
        <translation>Schreibgeschützt: {0}. Änderungen werden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Series and sessions</source>
        <translation>Reihen und Sitzungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Neue Reihe</translation>
    </message>
    <message>
        <source>Create a series of sessions</source>
        <translation>Eine Reihe von Sitzungen anlegen</translation>
    </message>
    <message>
        <source>Blank session</source>
        <translation>Leere Sitzung</translation>
    </message>
    <message>
        <source>Add a blank session (a name only) to the selected series; File &gt; New Session… sets method, date, purpose and participants</source>
        <translation>Eine leere Sitzung (nur ein Name) zur gewählten Reihe hinzufügen; Datei &gt; Neue Sitzung… legt Methode, Datum, Leitfrage und Teilnehmende fest</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected series or session</source>
        <translation>Die gewählte Reihe oder Sitzung löschen</translation>
    </message>
    <message>
        <source>{0} · {1} cards</source>
        <translation>{0} · {1} Karten</translation>
    </message>
    <message>
        <source>Session {0}</source>
        <translation>Sitzung {0}</translation>
    </message>
    <message numerus="yes">
        <source>Delete the series “{name}” and its %n session(s)?

You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Die Reihe „{name}“ und ihre %n Sitzung löschen?

Bearbeiten › Rückgängig macht das rückgängig.</numerusform>
            <numerusform>Die Reihe „{name}“ und ihre %n Sitzungen löschen?

Bearbeiten › Rückgängig macht das rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the session “{name}” with all its canvases and cards?

You can undo this.</source>
        <translation>Die Sitzung „{name}“ mit allen Arbeitsflächen und Karten löschen?

Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Continue Session…</source>
        <translation>Sitzung fortsetzen…</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>{kind} link{label} from “{text}” to “{text2}”</source>
        <translation>Verbindung ({kind}){label} von „{text}“ zu „{text2}“</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meshwork</source>
        <translation>Meshwork</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No session open&lt;/h2&gt;&lt;p&gt;Create a series and a session in the library panel, or open one by double-clicking it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Sitzung geöffnet&lt;/h2&gt;&lt;p&gt;Im Bereich Bibliothek eine Reihe und eine Sitzung anlegen oder eine Sitzung per Doppelklick öffnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>Room Join</source>
        <translation>Raum-Beitritt</translation>
    </message>
    <message>
        <source>Show Join &amp;QR Full Screen</source>
        <translation>Beitritts-&amp;QR-Code im Vollbild</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Find and Filter</source>
        <translation>Suche und Filter</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Bibliothek: {path}</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Geöffnete Bibliothek</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>New &amp;Series</source>
        <translation>Neue &amp;Reihe</translation>
    </message>
    <message>
        <source>New &amp;Blank Session</source>
        <translation>Neue &amp;leere Sitzung</translation>
    </message>
    <message>
        <source>Add a blank session, named in place, to the selected series</source>
        <translation>Der gewählten Reihe eine leere Sitzung hinzufügen, direkt benannt</translation>
    </message>
    <message>
        <source>Re&amp;name Series or Session</source>
        <translation>Reihe oder Sitzung &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>New &amp;Canvas</source>
        <translation>Neue &amp;Arbeitsfläche</translation>
    </message>
    <message>
        <source>&amp;Rename Canvas…</source>
        <translation>Arbeitsfläche &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Canvas…</source>
        <translation>Arbeitsfläche &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation>&amp;Schnellerfassung</translation>
    </message>
    <message>
        <source>&amp;Find Cards…</source>
        <translation>Karten suc&amp;hen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation>Arbeits&amp;fläche</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>{0} — Meshwork</source>
        <translation>{0} — Meshwork</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Saved at {local}</source>
        <translation>Gespeichert um {local}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
</context>
<context>
    <name>MapCardItem</name>
    <message>
        <source>{text}
{kind} · {0} · in {weight} of {sessions} sessions</source>
        <translation>{text}
{kind} · {0} · in {weight} von {sessions} Sitzungen</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Read-only map; click a card to pick it</source>
        <translation>Schreibgeschützte Landkarte; ein Klick auf eine Karte wählt sie</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>{0} (at {1})</source>
        <translation>{0} (bei {1})</translation>
    </message>
    <message>
        <source>canvas key {0!r} is used more than once</source>
        <translation>der Arbeitsflächen-Schlüssel {0!r} wird mehr als einmal verwendet</translation>
    </message>
    <message>
        <source>agenda step {0} (“{1}”) uses canvas {2!r}, which the method does not define</source>
        <translation>Agendaschritt {0} („{1}“) nutzt die Arbeitsfläche {2!r}, die die Methode nicht festlegt</translation>
    </message>
    <message>
        <source>the {0!r} translation names canvas {1!r}, which the method does not define</source>
        <translation>die Übersetzung {0!r} nennt die Arbeitsfläche {1!r}, die die Methode nicht festlegt</translation>
    </message>
    <message>
        <source>the {0!r} translation gives canvas {1!r} {2} zone labels; it has {3} zones</source>
        <translation>die Übersetzung {0!r} gibt der Arbeitsfläche {1!r} {2} Zonenbeschriftungen; sie hat {3} Zonen</translation>
    </message>
    <message>
        <source>the {0!r} translation has {1} agenda steps; the method has {2}</source>
        <translation>die Übersetzung {0!r} hat {1} Agendaschritte; die Methode hat {2}</translation>
    </message>
    <message>
        <source>is larger than {0} kB; not a method file</source>
        <translation>ist größer als {0} kB; keine Methodendatei</translation>
    </message>
    <message>
        <source>cannot be read ({0})</source>
        <translation>kann nicht gelesen werden ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>is not valid JSON: {0} at line {1}, column {2}</source>
        <translation>ist kein gültiges JSON: {0} in Zeile {1}, Spalte {2}</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a method with the id {0!r} already exists</source>
        <translation>eine Methode mit der ID {0!r} gibt es schon</translation>
    </message>
    <message>
        <source>no method with this id (shipped or saved)</source>
        <translation>keine Methode mit dieser ID (mitgeliefert oder gespeichert)</translation>
    </message>
    <message>
        <source>cannot be written ({0})</source>
        <translation>kann nicht geschrieben werden ({0})</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Minimap</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder Ziehen verschiebt die Ansicht</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Not offered, because the file is broken:
</source>
        <translation>Nicht angeboten, weil die Datei fehlerhaft ist:
</translation>
    </message>
    <message>
        <source>No series, or type a new series name</source>
        <translation>Keine Reihe, oder Namen einer neuen Reihe eingeben</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (eigene)</translation>
    </message>
    <message>
        <source>The language of the method&apos;s prompts, step titles and canvas names</source>
        <translation>Die Sprache der Anleitungen, Schritttitel und Arbeitsflächennamen der Methode</translation>
    </message>
    <message>
        <source>Method description</source>
        <translation>Beschreibung der Methode</translation>
    </message>
    <message>
        <source>The question the room works on, e.g. “Where do our claims get stuck?”</source>
        <translation>Die Frage, an der der Raum arbeitet, z. B. „Wo bleiben unsere Schadenfälle hängen?“</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>M&amp;oderation:</translation>
    </message>
    <message>
        <source>&amp;Purpose question:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy Participants from Previous Session</source>
        <translation>Teilnehmende aus der vorigen Sitzung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Create Session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Teilnehmende&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy the people of “{0}” ({1})</source>
        <translation>Die Personen aus „{0}“ ({1}) übernehmen</translation>
    </message>
    <message>
        <source>The chosen series has no earlier session</source>
        <translation>Die gewählte Reihe hat keine frühere Sitzung</translation>
    </message>
    <message>
        <source> Agenda: {steps} steps, about {minutes} minutes.</source>
        <translation> Agenda: {steps} Schritte, etwa {minutes} Minuten.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>The method cannot be used: {exc}</source>
        <translation>Die Methode lässt sich nicht verwenden: {exc}</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Added: {text}</source>
        <translation>Hinzugefügt: {text}</translation>
    </message>
    <message>
        <source>Changed </source>
        <translation>Geändert: </translation>
    </message>
    <message>
        <source>Moved from “{0}” to “{1}”</source>
        <translation>Verschoben von „{0}“ nach „{1}“</translation>
    </message>
    <message>
        <source>Link added: {kind}</source>
        <translation>Verbindung hinzugefügt: {kind}</translation>
    </message>
    <message>
        <source>Link removed: {kind}</source>
        <translation>Verbindung entfernt: {kind}</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>&amp;Compare Sessions…</source>
        <translation>Sitzungen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare two sessions: both maps, what changed, their metrics</source>
        <translation>Zwei Sitzungen vergleichen: beide Landkarten, was sich geändert hat, ihre Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Series Map…</source>
        <translation>&amp;Landkarte der Reihe…</translation>
    </message>
    <message>
        <source>Every session of a series merged into one map</source>
        <translation>Alle Sitzungen einer Reihe in einer Landkarte vereint</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Trends…</translation>
    </message>
    <message>
        <source>Every metric over the sessions of a series</source>
        <translation>Jede Kennzahl über die Sitzungen einer Reihe</translation>
    </message>
    <message>
        <source>&amp;Role Profiles…</source>
        <translation>R&amp;ollenprofile…</translation>
    </message>
    <message>
        <source>What each role does, uses and needs from others</source>
        <translation>Was jede Rolle tut, nutzt und von anderen braucht</translation>
    </message>
    <message>
        <source>C&amp;ontinue Session…</source>
        <translation>Sitzung &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Start the next session of the series from this one</source>
        <translation>Die nächste Sitzung der Reihe aus dieser beginnen</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>Mu&amp;ster</translation>
    </message>
    <message>
        <source>There are no sessions to compare yet.</source>
        <translation>Noch keine Sitzungen zum Vergleichen.</translation>
    </message>
    <message>
        <source>Create a series first: the series map merges its sessions.</source>
        <translation>Zuerst eine Reihe anlegen: Die Landkarte der Reihe vereint ihre Sitzungen.</translation>
    </message>
    <message>
        <source>Create a series first: trends follow its sessions.</source>
        <translation>Zuerst eine Reihe anlegen: Trends folgen ihren Sitzungen.</translation>
    </message>
    <message>
        <source>Select the session to continue in the library panel.</source>
        <translation>Die fortzusetzende Sitzung im Bereich Bibliothek wählen.</translation>
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
        <translation>Landkarte (noch keine Arbeitsfläche)</translation>
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
        <translation>Arbeitsfläche (Präsentation)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Meshwork — Presenter</source>
        <translation>Meshwork — Präsentation</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Präsentationsansicht</translation>
    </message>
    <message>
        <source>Purpose question</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>No canvas open</source>
        <translation>Keine Arbeitsfläche geöffnet</translation>
    </message>
    <message>
        <source>Following the room · F</source>
        <translation>Folgt dem Raum · F</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Purpose: {0}</source>
        <translation>Leitfrage: {0}</translation>
    </message>
    <message>
        <source>This session has no purpose question yet</source>
        <translation>Diese Sitzung hat noch keine Leitfrage</translation>
    </message>
</context>
<context>
    <name>QRWindow</name>
    <message>
        <source>Join the room</source>
        <translation>Dem Raum beitreten</translation>
    </message>
    <message>
        <source>Scan to add your cards</source>
        <translation>Scannen und eigene Karten beitragen</translation>
    </message>
    <message>
        <source>QR code of the join URL</source>
        <translation>QR-Code der Beitrittsadresse</translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>{0} only</source>
        <translation>Nur {0}</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Show reflections of kind</source>
        <translation>Reflexionen dieser Art zeigen</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>F2 edits, Delete deletes, Enter shows the linked card</source>
        <translation>F2 bearbeitet, Entf löscht, Enter zeigt die verbundene Karte</translation>
    </message>
    <message>
        <source>Kind of reflection</source>
        <translation>Art der Reflexion</translation>
    </message>
    <message>
        <source>What the room noticed, decided or will do</source>
        <translation>Was der Raum bemerkt, entschieden oder vorhat</translation>
    </message>
    <message>
        <source>Reflection text</source>
        <translation>Text der Reflexion</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Wer es übernimmt</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Zuständig für die Maßnahme</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Action has a due date</source>
        <translation>Maßnahme hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Not linked to a card</source>
        <translation>Mit keiner Karte verbunden</translation>
    </message>
    <message>
        <source>Linked card</source>
        <translation>Verbundene Karte</translation>
    </message>
    <message>
        <source>Link to Selected Card</source>
        <translation>Karte verbinden</translation>
    </message>
    <message>
        <source>Link this reflection to the card selected on the canvas</source>
        <translation>Diese Reflexion mit der auf der Arbeitsfläche gewählten Karte verbinden</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Unlink card</source>
        <translation>Karte lösen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add reflection</source>
        <translation>Reflexion hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation>Reflexion bearbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Reflexion löschen</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Maßnahme als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected action done, or open again (Space)</source>
        <translation>Die gewählte Maßnahme als erledigt markieren oder wieder öffnen (Leertaste)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New reflection&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neue Reflexion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the {kind}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bearbeitung: {kind}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Reflexion speichern</translation>
    </message>
    <message>
        <source>Type the reflection&apos;s text first</source>
        <translation>Zuerst den Text der Reflexion eingeben</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <source>Delete the {kind} {0}?
You can undo this with Ctrl+Z.</source>
        <translation>{kind} {0} löschen?
Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>{kind} löschen</translation>
    </message>
    <message>
        <source>Open action again</source>
        <translation>Maßnahme wieder öffnen</translation>
    </message>
    <message>
        <source>Select one card on the canvas to link it</source>
        <translation>Eine Karte auf der Arbeitsfläche wählen, um sie zu verbinden</translation>
    </message>
    <message>
        <source>Linked to {0}</source>
        <translation>Verbunden mit {0}</translation>
    </message>
    <message>
        <source>Open Again</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Add Reflection</source>
        <translation>Re&amp;flexion hinzufügen</translation>
    </message>
    <message>
        <source>Write down an insight, decision or action</source>
        <translation>Eine Erkenntnis, Entscheidung oder Maßnahme festhalten</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>Start of the session</source>
        <translation>Beginn der Sitzung</translation>
    </message>
    <message>
        <source>‘{0}’</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>agenda step</source>
        <translation>Agendaschritt</translation>
    </message>
    <message>
        <source>Added participant {0}</source>
        <translation>Person {0} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted participant {0}</source>
        <translation>Person {0} gelöscht</translation>
    </message>
    <message>
        <source>Changed participant {0}</source>
        <translation>Person {0} geändert</translation>
    </message>
    <message>
        <source>Added canvas {0}</source>
        <translation>Arbeitsfläche {0} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted canvas {0}</source>
        <translation>Arbeitsfläche {0} gelöscht</translation>
    </message>
    <message>
        <source>Changed canvas {0}</source>
        <translation>Arbeitsfläche {0} geändert</translation>
    </message>
    <message>
        <source>Added zone {0}</source>
        <translation>Zone {0} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted zone {0}</source>
        <translation>Zone {0} gelöscht</translation>
    </message>
    <message>
        <source>Changed zone {0}</source>
        <translation>Zone {0} geändert</translation>
    </message>
    <message>
        <source>Added agenda step {0}</source>
        <translation>Agendaschritt {0} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted agenda step {0}</source>
        <translation>Agendaschritt {0} gelöscht</translation>
    </message>
    <message>
        <source>Changed agenda step {0}</source>
        <translation>Agendaschritt {0} geändert</translation>
    </message>
    <message>
        <source>Added insight {0}</source>
        <translation>Erkenntnis {0} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted insight {0}</source>
        <translation>Erkenntnis {0} gelöscht</translation>
    </message>
    <message>
        <source>Changed insight {0}</source>
        <translation>Erkenntnis {0} geändert</translation>
    </message>
    <message>
        <source>Added decision {0}</source>
        <translation>Entscheidung {0} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted decision {0}</source>
        <translation>Entscheidung {0} gelöscht</translation>
    </message>
    <message>
        <source>Changed decision {0}</source>
        <translation>Entscheidung {0} geändert</translation>
    </message>
    <message>
        <source>Added action {0}</source>
        <translation>Maßnahme {0} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted action {0}</source>
        <translation>Maßnahme {0} gelöscht</translation>
    </message>
    <message>
        <source>Changed action {0}</source>
        <translation>Maßnahme {0} geändert</translation>
    </message>
    <message>
        <source>Added reflection {0}</source>
        <translation>Reflexion {0} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted reflection {0}</source>
        <translation>Reflexion {0} gelöscht</translation>
    </message>
    <message>
        <source>Changed reflection {0}</source>
        <translation>Reflexion {0} geändert</translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation>Hinzugefügt: {0}</translation>
    </message>
    <message>
        <source>Deleted: {0}</source>
        <translation>Gelöscht: {0}</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>Geändert: {0}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>knowledge type</source>
        <translation>Wissensart</translation>
    </message>
    <message>
        <source>lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>face down</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>Session created</source>
        <translation>Sitzung angelegt</translation>
    </message>
    <message>
        <source>Continued from an earlier session</source>
        <translation>Aus einer früheren Sitzung fortgesetzt</translation>
    </message>
    <message>
        <source>Changed the session&apos;s details</source>
        <translation>Sitzungsdetails geändert</translation>
    </message>
    <message>
        <source>{who} added {card}</source>
        <translation>{who} hat {card} hinzugefügt</translation>
    </message>
    <message>
        <source>Added {card}</source>
        <translation>{card} hinzugefügt</translation>
    </message>
    <message>
        <source>{who} deleted {card}</source>
        <translation>{who} hat {card} gelöscht</translation>
    </message>
    <message>
        <source>Deleted {card}</source>
        <translation>{card} gelöscht</translation>
    </message>
    <message>
        <source>Linked {0} → {1} ({2})</source>
        <translation>{0} → {1} verbunden ({2})</translation>
    </message>
    <message>
        <source>Unlinked {0} → {1}</source>
        <translation>Verbindung {0} → {1} gelöst</translation>
    </message>
    <message>
        <source>Changed the link {0} → {1}</source>
        <translation>Verbindung {0} → {1} geändert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>{who} voted for {card}</source>
        <translation>{who} hat für {card} gestimmt</translation>
    </message>
    <message>
        <source>{who} took back a vote on {card}</source>
        <translation>{who} hat eine Stimme für {card} zurückgenommen</translation>
    </message>
    <message>
        <source>Moved {card}</source>
        <translation>{card} verschoben</translation>
    </message>
    <message>
        <source>Resized {card}</source>
        <translation>Größe von {card} geändert</translation>
    </message>
    <message>
        <source>Edited {card}</source>
        <translation>{card} bearbeitet</translation>
    </message>
    <message>
        <source>Tagged {card} {tags}</source>
        <translation>Schlagwörter von {card}: {tags}</translation>
    </message>
    <message>
        <source>{card} now sits in {zone}</source>
        <translation>{card} liegt jetzt in {zone}</translation>
    </message>
    <message>
        <source>{card} left its zone</source>
        <translation>{card} liegt in keiner Zone mehr</translation>
    </message>
    <message>
        <source>Turned {card} face down</source>
        <translation>{card} verdeckt</translation>
    </message>
    <message>
        <source>Turned {card} face up</source>
        <translation>{card} aufgedeckt</translation>
    </message>
    <message>
        <source>Changed the author of {card}</source>
        <translation>{card} einer anderen Person zugeordnet</translation>
    </message>
    <message>
        <source>Changed {fields} of {card}</source>
        <translation>{fields} von {card} geändert</translation>
    </message>
    <message>
        <source>a card</source>
        <translation>eine Karte</translation>
    </message>
</context>
<context>
    <name>ReplayLauncher</name>
    <message>
        <source>Re&amp;play Session…</source>
        <translation>Sitzung &amp;wiedergeben…</translation>
    </message>
    <message>
        <source>Play the open session back from its event log; nothing is changed</source>
        <translation>Die offene Sitzung aus ihrem Ereignisprotokoll wiedergeben; nichts wird verändert</translation>
    </message>
    <message>
        <source>Open a session to replay it</source>
        <translation>Eine Sitzung öffnen, um sie wiederzugeben</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay: {title} — Meshwork</source>
        <translation>Wiedergabe: {title} — Meshwork</translation>
    </message>
    <message>
        <source>Replay of {title}</source>
        <translation>Wiedergabe von {title}</translation>
    </message>
    <message>
        <source>Canvases as they were</source>
        <translation>Arbeitsflächen, wie sie waren</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Ereignisnummer</translation>
    </message>
    <message>
        <source>Moment in the session</source>
        <translation>Zeitpunkt in der Sitzung</translation>
    </message>
    <message>
        <source>Drag, or use the arrow keys, Page Up/Down, Home and End</source>
        <translation>Ziehen oder Pfeiltasten, Bild auf/ab, Pos1 und Ende verwenden</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the session back, one event at a time (Ctrl+P)</source>
        <translation>Die Sitzung Ereignis für Ereignis abspielen (Strg+P)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>One event back (Ctrl+Left)</source>
        <translation>Ein Ereignis zurück (Strg+Links)</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Schritt vor</translation>
    </message>
    <message>
        <source>One event forward (Ctrl+Right)</source>
        <translation>Ein Ereignis vor (Strg+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} von {n}</translation>
    </message>
    <message>
        <source>No edits recorded</source>
        <translation>Keine Änderungen aufgezeichnet</translation>
    </message>
    <message>
        <source>Canvas {name} as it was</source>
        <translation>Arbeitsfläche {name}, wie sie war</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{name}&lt;/b&gt;, newest first. Restoring copies the backup to a new library file beside this one; this library stays as it is.</source>
        <translation>Sicherungen von &lt;b&gt;{name}&lt;/b&gt;, neueste zuerst. Beim Wiederherstellen wird die Sicherung in eine neue Bibliotheksdatei neben dieser kopiert; diese Bibliothek bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>There are no backups of this library yet.</source>
        <translation>Von dieser Bibliothek gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore as New Library</source>
        <translation>Als neue Bibliothek wiederherstellen</translation>
    </message>
    <message>
        <source>Could not restore this backup: {exc}</source>
        <translation>Diese Sicherung ließ sich nicht wiederherstellen: {exc}</translation>
    </message>
</context>
<context>
    <name>RoleOutline</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleProfilesView</name>
    <message>
        <source>Role Profiles — Meshwork</source>
        <translation>Rollenprofile — Meshwork</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Choose a role to see its profile</source>
        <translation>Eine Rolle wählen, um ihr Profil zu sehen</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Role profile</source>
        <translation>Rollenprofil</translation>
    </message>
    <message>
        <source>Enter on an item selects its card on the canvas</source>
        <translation>Enter auf einem Eintrag wählt seine Karte auf der Arbeitsfläche</translation>
    </message>
    <message>
        <source>&amp;Profile (Enter shows the card on the canvas):</source>
        <translation>&amp;Profil (Enter zeigt die Karte auf der Arbeitsfläche):</translation>
    </message>
    <message>
        <source>Role profiles</source>
        <translation>Rollenprofile</translation>
    </message>
    <message>
        <source>Export Role as &amp;Web Page…</source>
        <translation>Rolle als &amp;Webseite exportieren…</translation>
    </message>
    <message>
        <source>Export this role&apos;s profile as an offline web page</source>
        <translation>Das Profil dieser Rolle als Offline-Webseite exportieren</translation>
    </message>
    <message>
        <source>Export Role &amp;Card (PDF)…</source>
        <translation>Rollen&amp;karte exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Export this role&apos;s card as a one-page PDF</source>
        <translation>Die Karte dieser Rolle als einseitiges PDF exportieren</translation>
    </message>
    <message>
        <source>Open a session to see its role profiles.</source>
        <translation>Eine Sitzung öffnen, um ihre Rollenprofile zu sehen.</translation>
    </message>
    <message>
        <source>Role profiles — {0}</source>
        <translation>Rollenprofile — {0}</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Role</source>
        <translation>Rolle exportieren</translation>
    </message>
    <message>
        <source>Meshwork</source>
        <translation>Meshwork</translation>
    </message>
    <message>
        <source>Could not export {0}: {1}</source>
        <translation>{0} ließ sich nicht exportieren: {1}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>no role {0!r} in session {1!r} (its roles: none)</source>
        <translation>keine Rolle {0!r} in der Sitzung {1!r} (ihre Rollen: keine)</translation>
    </message>
    <message>
        <source>no role {0!r} in session {1!r} (its roles: {2})</source>
        <translation>keine Rolle {0!r} in der Sitzung {1!r} (ihre Rollen: {2})</translation>
    </message>
    <message>
        <source>no role {0!r} in the series</source>
        <translation>keine Rolle {0!r} in der Reihe</translation>
    </message>
</context>
<context>
    <name>RoomAddresses</name>
    <message>
        <source>{0} (this computer only)</source>
        <translation>{0} (nur dieser Computer)</translation>
    </message>
</context>
<context>
    <name>RoomErrors</name>
    <message>
        <source>Too many requests: wait a moment</source>
        <translation>Zu viele Anfragen: Warten Sie einen Moment</translation>
    </message>
    <message>
        <source>Requests from other sites are refused</source>
        <translation>Anfragen von anderen Seiten werden abgelehnt</translation>
    </message>
    <message>
        <source>The request has no Host header</source>
        <translation>Der Anfrage fehlt der Host-Header</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Unbekannter Host</translation>
    </message>
    <message>
        <source>This join link is not valid (any more): scan the QR code again</source>
        <translation>Dieser Beitrittslink ist nicht (mehr) gültig: Scannen Sie den QR-Code erneut</translation>
    </message>
    <message>
        <source>The request is larger than {0} bytes</source>
        <translation>Die Anfrage ist größer als {0} Byte</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json)</source>
        <translation>Senden Sie JSON (Content-Type: application/json)</translation>
    </message>
    <message>
        <source>Join the room first</source>
        <translation>Treten Sie zuerst dem Raum bei</translation>
    </message>
    <message>
        <source>Waiting for the facilitator to let you in</source>
        <translation>Warten, bis die Moderation Sie hereinlässt</translation>
    </message>
    <message>
        <source>You are no longer on the roster: join again</source>
        <translation>Sie stehen nicht mehr auf der Teilnehmerliste: Treten Sie erneut bei</translation>
    </message>
    <message>
        <source>No such name on the roster</source>
        <translation>Dieser Name steht nicht auf der Teilnehmerliste</translation>
    </message>
    <message>
        <source>Could not add you to the roster</source>
        <translation>Sie konnten nicht in die Teilnehmerliste aufgenommen werden</translation>
    </message>
    <message>
        <source>There is no canvas to add to yet</source>
        <translation>Es gibt noch keine Arbeitsfläche, auf die Sie Karten legen können</translation>
    </message>
    <message>
        <source>The card was not saved: ask the facilitator</source>
        <translation>Die Karte wurde nicht gespeichert: Fragen Sie die Moderation</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Diese Karte gibt es nicht</translation>
    </message>
    <message>
        <source>You can only change your own cards</source>
        <translation>Sie können nur Ihre eigenen Karten ändern</translation>
    </message>
    <message>
        <source>The change was not saved: ask the facilitator</source>
        <translation>Die Änderung wurde nicht gespeichert: Fragen Sie die Moderation</translation>
    </message>
    <message>
        <source>The card was not deleted: ask the facilitator</source>
        <translation>Die Karte wurde nicht gelöscht: Fragen Sie die Moderation</translation>
    </message>
    <message>
        <source>No vote is open right now</source>
        <translation>Gerade läuft keine Abstimmung</translation>
    </message>
    <message>
        <source>The live map is not available</source>
        <translation>Die Live-Landkarte ist nicht verfügbar</translation>
    </message>
    <message>
        <source>kind must be one of: {0}</source>
        <translation>die Art muss eine davon sein: {0}</translation>
    </message>
    <message>
        <source>Links start from one of your own cards</source>
        <translation>Verbindungen beginnen bei einer Ihrer eigenen Karten</translation>
    </message>
    <message>
        <source>A card cannot link to itself</source>
        <translation>Eine Karte kann nicht mit sich selbst verbunden werden</translation>
    </message>
    <message>
        <source>Both cards must be on the map the room is working on</source>
        <translation>Beide Karten müssen auf der Arbeitsfläche liegen, an der der Raum gerade arbeitet</translation>
    </message>
    <message>
        <source>That card is still face down</source>
        <translation>Diese Karte ist noch verdeckt</translation>
    </message>
    <message>
        <source>These cards are already linked that way</source>
        <translation>Diese Karten sind schon so verbunden</translation>
    </message>
    <message>
        <source>The link was not saved: ask the facilitator</source>
        <translation>Die Verbindung wurde nicht gespeichert: Fragen Sie die Moderation</translation>
    </message>
    <message>
        <source>No such link</source>
        <translation>Diese Verbindung gibt es nicht</translation>
    </message>
    <message>
        <source>You can only remove links from your own cards</source>
        <translation>Sie können nur Verbindungen von Ihren eigenen Karten entfernen</translation>
    </message>
    <message>
        <source>The link was not removed: ask the facilitator</source>
        <translation>Die Verbindung wurde nicht entfernt: Fragen Sie die Moderation</translation>
    </message>
    <message>
        <source>This device already has the map open elsewhere</source>
        <translation>Dieses Gerät hat die Landkarte schon an anderer Stelle geöffnet</translation>
    </message>
    <message>
        <source>Too many phones are watching the map: try again later</source>
        <translation>Zu viele Telefone sehen sich die Landkarte an: Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The body is not valid JSON ({0} is not a JSON number)</source>
        <translation>Der Inhalt ist kein gültiges JSON ({0} ist keine JSON-Zahl)</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>Der Inhalt ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>The body must be a JSON object</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Unknown field: {0}</source>
        <translation>Unbekanntes Feld: {0}</translation>
    </message>
    <message>
        <source>Missing field: {0}</source>
        <translation>Fehlendes Feld: {0}</translation>
    </message>
    <message>
        <source>{0} must be a string</source>
        <translation>{0} muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>{0} holds a text-direction control (U+{1:04X}) at position {2}</source>
        <translation>{0} enthält an Position {2} ein Textrichtungszeichen (U+{1:04X})</translation>
    </message>
    <message>
        <source>{0} must not be empty</source>
        <translation>{0} darf nicht leer sein</translation>
    </message>
    <message>
        <source>tags must be a list of at most {0}</source>
        <translation>Schlagwörter müssen eine Liste von höchstens {0} sein</translation>
    </message>
    <message>
        <source>each tag is 1–32 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>jedes Schlagwort besteht aus 1–32 Buchstaben, Ziffern, „-“ oder „_“</translation>
    </message>
    <message>
        <source>{0} must be an id</source>
        <translation>{0} muss eine ID sein</translation>
    </message>
    <message>
        <source>{0} must be true or false</source>
        <translation>{0} muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Switch Room Join On</source>
        <translation>Raum-Beitritt einschalten</translation>
    </message>
    <message>
        <source>Participants add cards from their phones</source>
        <translation>Teilnehmende fügen Karten vom Handy aus hinzu</translation>
    </message>
    <message>
        <source>Room join</source>
        <translation>Raum-Beitritt</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Netzwerkadresse</translation>
    </message>
    <message>
        <source>Admit new joiners</source>
        <translation>Neue einzeln einlassen</translation>
    </message>
    <message>
        <source>Let everyone in</source>
        <translation>Alle einlassen</translation>
    </message>
    <message>
        <source>Phones see the whole map</source>
        <translation>Handys sehen alles</translation>
    </message>
    <message>
        <source>Every phone shows the current canvas live: everyone&apos;s face-up cards, links and zones. Switch off for a sensitive session: each phone then shows only its own cards.</source>
        <translation>Jedes Handy zeigt die aktuelle Arbeitsfläche live: alle aufgedeckten Karten, Verbindungen und Zonen. Für eine heikle Sitzung ausschalten: Dann zeigt jedes Handy nur seine eigenen Karten.</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>Beitrittsadresse</translation>
    </message>
    <message>
        <source>Switch Room join on to get the join link</source>
        <translation>Raum-Beitritt einschalten, um den Beitrittslink zu erhalten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Show Join QR Full Screen</source>
        <translation>QR-Code im Vollbild</translation>
    </message>
    <message>
        <source>Ready check</source>
        <translation>Fertig-Abfrage</translation>
    </message>
    <message>
        <source>New Ready Check</source>
        <translation>Neue Fertig-Abfrage</translation>
    </message>
    <message>
        <source>Clear everyone&apos;s “I&apos;m done” and ask again</source>
        <translation>Alle „Ich bin fertig“ zurücksetzen und neu fragen</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Verbundene Geräte</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Room join status</source>
        <translation>Status des Raum-Beitritts</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>New joiners:</source>
        <translation>Neue:</translation>
    </message>
    <message>
        <source>Live map:</source>
        <translation>Live-Ansicht:</translation>
    </message>
    <message>
        <source>Join URL:</source>
        <translation>Beitritt:</translation>
    </message>
    <message>
        <source>Open a session first.</source>
        <translation>Zuerst eine Sitzung öffnen.</translation>
    </message>
    <message>
        <source>Room join is on. Scan the code or open the link on the same network.</source>
        <translation>Raum-Beitritt ist an. Code scannen oder den Link im selben Netzwerk öffnen.</translation>
    </message>
    <message>
        <source>No join code: Room join is off.</source>
        <translation>Kein Beitrittscode: Raum-Beitritt ist aus.</translation>
    </message>
    <message>
        <source>Waiting to be admitted</source>
        <translation>Wartet auf Einlass</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Drin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Everyone done? {ready} of {total} devices ready</source>
        <translation>Alle fertig? {ready} von {total} Geräten fertig</translation>
    </message>
    <message>
        <source>QR code to join the room</source>
        <translation>QR-Code zum Beitreten</translation>
    </message>
    <message>
        <source>QR code of the join URL</source>
        <translation>QR-Code der Beitrittsadresse</translation>
    </message>
</context>
<context>
    <name>RoomServer</name>
    <message>
        <source>Room join cannot listen on {0}: {1}</source>
        <translation>Der Raum-Beitritt kann {0} nicht nutzen: {1}</translation>
    </message>
    <message>
        <source>Room join could not start its web server</source>
        <translation>Der Raum-Beitritt konnte seinen Webserver nicht starten</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Current participant</source>
        <translation>Aktuelle teilnehmende Person</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>Aktuell machen</translation>
    </message>
    <message>
        <source>New cards will be this participant&apos;s</source>
        <translation>Neue Karten gehören dieser Person</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete)</source>
        <translation>Die gewählte Person entfernen (Entf)</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Colour: {0}</source>
        <translation>Farbe: {0}</translation>
    </message>
    <message>
        <source>Colour {0}</source>
        <translation>Farbe {0}</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Pick any colour</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name or pseudonym</source>
        <translation>Name oder Pseudonym</translation>
    </message>
    <message>
        <source>Job role, e.g. Claims handler</source>
        <translation>Berufsrolle, z. B. Schadensachbearbeitung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Roster message</source>
        <translation>Meldung der Teilnehmerliste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>New participant {0}</source>
        <translation>Neue Person: {0}</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>, current participant</source>
        <translation>, aktuelle Person</translation>
    </message>
    <message>
        <source>No current participant: new cards have no author.</source>
        <translation>Keine aktuelle Person: Neue Karten haben keine Urheberschaft.</translation>
    </message>
    <message>
        <source>{MARKER} New cards are &lt;b&gt;{0}&lt;/b&gt;’s</source>
        <translation>{MARKER} Neue Karten gehören &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a name (or a pseudonym) first.</source>
        <translation>Zuerst einen Namen (oder ein Pseudonym) eingeben.</translation>
    </message>
    <message>
        <source>A participant needs a name; the old one is kept.</source>
        <translation>Eine Person braucht einen Namen; der alte bleibt.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from this session?

Their cards ({cards}) stay on the canvas without an author; their votes ({votes}) are removed. Undo brings everything back.</source>
        <translation>{name} aus dieser Sitzung entfernen?

Die Karten ({cards}) bleiben ohne Urheberschaft auf der Arbeitsfläche; die Stimmen ({votes}) werden entfernt. Rückgängig bringt alles zurück.</translation>
    </message>
    <message>
        <source>Colour for {name}</source>
        <translation>Farbe für {name}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>bytes that are not UTF-8 ({0} bytes)</source>
        <translation>Bytes, die kein UTF-8 sind ({0} Bytes)</translation>
    </message>
    <message>
        <source>binary data ({0} bytes)</source>
        <translation>Binärdaten ({0} Bytes)</translation>
    </message>
    <message>
        <source>a {0}-digit number</source>
        <translation>eine {0}-stellige Zahl</translation>
    </message>
    <message>
        <source>the number {0}</source>
        <translation>die Zahl {0}</translation>
    </message>
    <message>
        <source>the string {0}</source>
        <translation>die Zeichenkette {0}</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>holds a lone surrogate (U+{0:04X}) at position {1}, which no UTF-8 text can hold</source>
        <translation>enthält an Position {1} ein einzelnes Surrogat (U+{0:04X}), das kein UTF-8-Text enthalten kann</translation>
    </message>
    <message>
        <source>must be text, not {0}</source>
        <translation>muss Text sein, nicht {0}</translation>
    </message>
    <message>
        <source>holds a NUL character at position {0}</source>
        <translation>enthält an Position {0} ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>holds a control character (U+{0:04X}) at position {1}</source>
        <translation>enthält an Position {1} ein Steuerzeichen (U+{0:04X})</translation>
    </message>
    <message>
        <source>is longer than {0:,} characters</source>
        <translation>ist länger als {0:,} Zeichen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a UUID, not {0}</source>
        <translation>muss eine UUID sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be a card kind ({0}), not {1}</source>
        <translation>muss eine Kartenart sein ({0}), nicht {1}</translation>
    </message>
    <message>
        <source>must be a knowledge type ({0}), not {1}</source>
        <translation>muss eine Wissensart sein ({0}), nicht {1}</translation>
    </message>
    <message>
        <source>must be a link kind ({0}), not {1}</source>
        <translation>muss eine Verbindungsart sein ({0}), nicht {1}</translation>
    </message>
    <message>
        <source>must be a reflection kind ({0}), not {1}</source>
        <translation>muss eine Reflexionsart sein ({0}), nicht {1}</translation>
    </message>
    <message>
        <source>must be a step status ({0}), not {1}</source>
        <translation>muss ein Schrittstatus sein ({0}), nicht {1}</translation>
    </message>
    <message>
        <source>must be a match status ({0}), not {1}</source>
        <translation>muss ein Zuordnungsstatus sein ({0}), nicht {1}</translation>
    </message>
    <message>
        <source>must be a number, not {0}</source>
        <translation>muss eine Zahl sein, nicht {0}</translation>
    </message>
    <message>
        <source>is {0}, too large for 64 bits</source>
        <translation>ist {0}, zu groß für 64 Bit</translation>
    </message>
    <message>
        <source>must be a finite number, not {0}</source>
        <translation>muss eine endliche Zahl sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be between {0:,.0f} and {1:,.0f}, not {2}</source>
        <translation>muss zwischen {0:,.0f} und {1:,.0f} liegen, nicht {2}</translation>
    </message>
    <message>
        <source>must be a whole number, not {0}</source>
        <translation>muss eine ganze Zahl sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be between {0:,} and {1:,}, not {2}</source>
        <translation>muss zwischen {0:,} und {1:,} liegen, nicht {2}</translation>
    </message>
    <message>
        <source>must be 0 or 1, not {0}</source>
        <translation>muss 0 oder 1 sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD, not {0}</source>
        <translation>muss ein echtes Datum in der Form JJJJ-MM-TT sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be a UTC ISO-8601 time with its offset (+00:00), not {0}</source>
        <translation>muss eine UTC-Zeit nach ISO 8601 mit ihrem Versatz (+00:00) sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be a real ISO-8601 date or time (2026-03-10T09:00:00+00:00), not {0}</source>
        <translation>muss ein echtes Datum oder eine echte Zeit nach ISO 8601 sein (2026-03-10T09:00:00+00:00), nicht {0}</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB, not {0}</source>
        <translation>muss eine Farbe in der Form #RRGGBB sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be JSON text, not {0}</source>
        <translation>muss JSON-Text sein, nicht {0}</translation>
    </message>
    <message>
        <source>is JSON nested too deep</source>
        <translation>ist zu tief verschachteltes JSON</translation>
    </message>
    <message>
        <source>is not valid JSON ({0})</source>
        <translation>ist kein gültiges JSON ({0})</translation>
    </message>
    <message>
        <source>must be a JSON array of 3 to {0:,} [x, y] points</source>
        <translation>muss eine JSON-Liste von 3 bis {0:,} Punkten [x, y] sein</translation>
    </message>
    <message>
        <source>point {0} must be [x, y] with finite numbers, not {1}</source>
        <translation>Punkt {0} muss [x, y] mit endlichen Zahlen sein, nicht {1}</translation>
    </message>
    <message>
        <source>must be a JSON object, not {0}</source>
        <translation>muss ein JSON-Objekt sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be a list of tag names, not {0}</source>
        <translation>muss eine Liste von Schlagwörtern sein, nicht {0}</translation>
    </message>
    <message>
        <source>tag {0} {1}</source>
        <translation>Schlagwort {0} {1}</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>is not a table of a Meshwork library</source>
        <translation>ist keine Tabelle einer Meshwork-Bibliothek</translation>
    </message>
    <message>
        <source>is not a field of this table</source>
        <translation>ist kein Feld dieser Tabelle</translation>
    </message>
    <message>
        <source>is the same card as {0}</source>
        <translation>ist dieselbe Karte wie {0}</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Copy one of this library&apos;s backups to a new library file</source>
        <translation>Eine Sicherung dieser Bibliothek in eine neue Bibliotheksdatei kopieren</translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation>Noch nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>  Checking the library…  </source>
        <translation>  Die Bibliothek wird geprüft …  </translation>
    </message>
    <message>
        <source>Library check under way</source>
        <translation>Prüfung der Bibliothek läuft</translation>
    </message>
    <message>
        <source>The library file is still being checked for damage (a large file takes a few seconds); edits can be made once it has passed.</source>
        <translation>Die Bibliotheksdatei wird noch auf Schäden geprüft (eine große Datei braucht einige Sekunden); Änderungen sind möglich, sobald die Prüfung bestanden ist.</translation>
    </message>
    <message>
        <source>Checking the library file for damage; edits wait until it has passed…</source>
        <translation>Die Bibliotheksdatei wird auf Schäden geprüft; Änderungen warten, bis die Prüfung bestanden ist …</translation>
    </message>
    <message>
        <source>The library file was checked: no damage found.</source>
        <translation>Die Bibliotheksdatei wurde geprüft: keine Schäden gefunden.</translation>
    </message>
    <message>
        <source>The library file could not be checked ({0}); edits are not saved.</source>
        <translation>Die Bibliotheksdatei konnte nicht geprüft werden ({0}); Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The library file is damaged; nothing more is written to it.</source>
        <translation>Die Bibliotheksdatei ist beschädigt; es wird nichts mehr in sie geschrieben.</translation>
    </message>
    <message>
        <source>The library file is damaged; nothing was written to it.</source>
        <translation>Die Bibliotheksdatei ist beschädigt; es wurde nichts in sie geschrieben.</translation>
    </message>
    <message>
        <source>Backup failed: {exc}</source>
        <translation>Sicherung fehlgeschlagen: {exc}</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Die Bibliothek wird geprüft …</translation>
    </message>
    <message>
        <source>The library is healthy.</source>
        <translation>Die Bibliothek ist in Ordnung.</translation>
    </message>
    <message>
        <source>The check found problems (nothing was changed).</source>
        <translation>Die Prüfung hat Probleme gefunden (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>The library file cannot be used (nothing was changed).</source>
        <translation>Die Bibliotheksdatei ist nicht verwendbar (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>The check could not run: {exc}</source>
        <translation>Die Prüfung konnte nicht laufen: {exc}</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <source>Library check result</source>
        <translation>Ergebnis der Bibliotheksprüfung</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup was restored to
{restored}

This library was not changed. Open the restored copy in a new window?</source>
        <translation>Die Sicherung wurde wiederhergestellt nach
{restored}

Diese Bibliothek blieb unverändert. Die wiederhergestellte Kopie in einem neuen Fenster öffnen?</translation>
    </message>
    <message>
        <source>  Read-only  </source>
        <translation>  Nur lesen  </translation>
    </message>
    <message>
        <source>Read-only library</source>
        <translation>Schreibgeschützte Bibliothek</translation>
    </message>
    <message>
        <source>{title}{READ_ONLY_MARK} — Meshwork</source>
        <translation>{title}{READ_ONLY_MARK} — Meshwork</translation>
    </message>
    <message>
        <source>1 edit is</source>
        <translation>1 Änderung ist</translation>
    </message>
    <message>
        <source>{0} edits are</source>
        <translation>{0} Änderungen sind</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>{0} not saved yet: {1}.

Quit anyway and lose them? Choose No to keep Meshwork open while you free some space or fix the folder; they are retried every few seconds.</source>
        <translation>{0} noch nicht gespeichert: {1}.

Trotzdem beenden und sie verlieren? Mit Nein bleibt Meshwork offen, während Speicherplatz frei gemacht oder der Ordner repariert wird; alle paar Sekunden gibt es einen neuen Versuch.</translation>
    </message>
    <message>
        <source>{count} {noun} not saved yet, retrying</source>
        <translation>{count} {noun} noch nicht gespeichert, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>The kept edits are saved now</source>
        <translation>Die zurückgehaltenen Änderungen sind jetzt gespeichert</translation>
    </message>
</context>
<context>
    <name>SeriesMapView</name>
    <message>
        <source>Series Map — Meshwork</source>
        <translation>Landkarte der Reihe — Meshwork</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Show only what recurs in at least this share of sessions</source>
        <translation>Nur zeigen, was in mindestens diesem Anteil der Sitzungen wiederkehrt</translation>
    </message>
    <message>
        <source>Recurs in at least</source>
        <translation>Kehrt wieder in mindestens</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Reihe:</translation>
    </message>
    <message>
        <source>Show only what recurs in at least</source>
        <translation>Nur zeigen, was wiederkehrt in mindestens</translation>
    </message>
    <message>
        <source>of sessions</source>
        <translation>der Sitzungen</translation>
    </message>
    <message>
        <source>Series map</source>
        <translation>Landkarte der Reihe</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>{0} card</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>{kind} · in {weight} of {sessions} sessions</source>
        <translation>{kind} · in {weight} von {sessions} Sitzungen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} cards shown · {2} · one lane per role · size, opacity and badge show how many sessions a card appears in</source>
        <translation>{0} von {1} Karten gezeigt · {2} · eine Bahn pro Rolle · Größe, Deckkraft und Plakette zeigen, in wie vielen Sitzungen eine Karte vorkommt</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session Details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Sitzungstitel</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Purpose question</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>M&amp;oderation:</translation>
    </message>
    <message>
        <source>&amp;Purpose question:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>The session needs a title.</source>
        <translation>Die Sitzung braucht einen Titel.</translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation>Sitzungsdetails bearbeiten</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Purpose question</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Edit the session&apos;s title, date, facilitator and purpose</source>
        <translation>Titel, Datum, Moderation und Leitfrage der Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Session &amp;Details…</source>
        <translation>Sitzungs&amp;details…</translation>
    </message>
    <message>
        <source>{0} — Meshwork</source>
        <translation>{0} — Meshwork</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Leitfrage: %s</translation>
    </message>
    <message>
        <source>No purpose question yet: Details… to add one</source>
        <translation>Noch keine Leitfrage: über Details… hinzufügen</translation>
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>Canvases</source>
        <translation>Arbeitsflächen</translation>
    </message>
    <message>
        <source>%1 canvas</source>
        <translation>Arbeitsfläche %1</translation>
    </message>
    <message>
        <source>New canvas</source>
        <translation>Neue Arbeitsfläche</translation>
    </message>
    <message>
        <source>Canvas name:</source>
        <translation>Name der Arbeitsfläche:</translation>
    </message>
    <message>
        <source>Canvas {0}</source>
        <translation>Arbeitsfläche {0}</translation>
    </message>
    <message>
        <source>Rename canvas</source>
        <translation>Arbeitsfläche umbenennen</translation>
    </message>
    <message>
        <source>Delete canvas</source>
        <translation>Arbeitsfläche löschen</translation>
    </message>
    <message>
        <source>A session keeps at least one canvas.</source>
        <translation>Eine Sitzung behält mindestens eine Arbeitsfläche.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the canvas “{0}” and its %n card(s)?

You can undo this.</source>
        <translation>
            <numerusform>Die Arbeitsfläche „{0}“ und ihre %n Karte löschen?

Das lässt sich rückgängig machen.</numerusform>
            <numerusform>Die Arbeitsfläche „{0}“ und ihre %n Karten löschen?

Das lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsView</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Meshwork</source>
        <translation>Tastenkürzel — Meshwork</translation>
    </message>
    <message>
        <source>Type to filter by action, key or menu</source>
        <translation>Tippen, um nach Aktion, Taste oder Menü zu filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <source>New Session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Save Session as Method…</source>
        <translation>Sitzung als Methode speichern…</translation>
    </message>
    <message>
        <source>Create the Demo Series</source>
        <translation>Demo-Reihe anlegen</translation>
    </message>
    <message>
        <source>This library already has the demo series “{SERIES_NAME}”.</source>
        <translation>Diese Bibliothek hat die Demo-Reihe „{SERIES_NAME}“ schon.</translation>
    </message>
    <message>
        <source>Create the demo series</source>
        <translation>Demo-Reihe anlegen</translation>
    </message>
    <message>
        <source>Created the demo series with {0} sessions; Edit › Undo removes it again.</source>
        <translation>Demo-Reihe mit {0} Sitzungen angelegt; Bearbeiten › Rückgängig entfernt sie wieder.</translation>
    </message>
    <message>
        <source>Open a session first: its canvases, zones and agenda become the method.</source>
        <translation>Zuerst eine Sitzung öffnen: Ihre Arbeitsflächen, Zonen und Agenda werden zur Methode.</translation>
    </message>
    <message>
        <source>Save Session as Method</source>
        <translation>Sitzung als Methode speichern</translation>
    </message>
    <message>
        <source>Name of the new method (its canvases, zones and agenda are saved):</source>
        <translation>Name der neuen Methode (Arbeitsflächen, Zonen und Agenda werden gespeichert):</translation>
    </message>
    <message>
        <source>The method was not saved: {exc}</source>
        <translation>Die Methode wurde nicht gespeichert: {exc}</translation>
    </message>
    <message>
        <source>Saved the method “{name}” to {path}</source>
        <translation>Methode „{name}“ gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>StepBanner</name>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Face-down cards</source>
        <translation>Verdeckte Karten</translation>
    </message>
    <message>
        <source>Prompt key</source>
        <translation>Impuls-Taste</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>Schrittstatus</translation>
    </message>
    <message>
        <source>P  shorter prompt</source>
        <translation>P  kürzerer Impuls</translation>
    </message>
    <message>
        <source>P  whole prompt</source>
        <translation>P  ganzer Impuls</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit agenda step</source>
        <translation>Agendaschritt bearbeiten</translation>
    </message>
    <message>
        <source>Add agenda step</source>
        <translation>Agendaschritt hinzufügen</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Schritt {0}</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>(stay on the current canvas)</source>
        <translation>(auf der aktuellen Arbeitsfläche bleiben)</translation>
    </message>
    <message>
        <source>Silent round: new cards stay face down until revealed</source>
        <translation>Stille Runde: Neue Karten bleiben bis zum Aufdecken verdeckt</translation>
    </message>
    <message>
        <source>Dot voting: clicking a card casts a vote</source>
        <translation>Punkteabstimmung: Ein Klick auf eine Karte gibt eine Stimme</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Impuls:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Canvas:</source>
        <translation>&amp;Arbeitsfläche:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Light or dark, as the system is set</source>
        <translation>Hell oder dunkel, wie im System eingestellt</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Immer hell</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Immer dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black and white text, strong borders, thick focus outlines</source>
        <translation>Schwarz-weißer Text, kräftige Rahmen, dicke Fokusrahmen</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Step timer</source>
        <translation>Schritt-Timer</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>Schrittstatus</translation>
    </message>
    <message>
        <source>Face-down cards</source>
        <translation>Verdeckte Karten</translation>
    </message>
</context>
<context>
    <name>TrendCharts</name>
    <message>
        <source>Trend charts; click a point to open that session</source>
        <translation>Trenddiagramme; ein Klick auf einen Punkt öffnet diese Sitzung</translation>
    </message>
    <message>
        <source>Point at a chart for what it measures; click a point to open that session</source>
        <translation>Auf ein Diagramm zeigen, um zu sehen, was es misst; ein Klick auf einen Punkt öffnet diese Sitzung</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Trends — Meshwork</source>
        <translation>Trends — Meshwork</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Reihe:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Recurring, new and vanished activities</source>
        <translation>Wiederkehrende, neue und verschwundene Tätigkeiten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Role-to-role links per session</source>
        <translation>Verbindungen zwischen Rollen pro Sitzung</translation>
    </message>
    <message>
        <source>Role links</source>
        <translation>Rollenverbindungen</translation>
    </message>
    <message>
        <source>Themes (tags) per session</source>
        <translation>Themen (Schlagwörter) pro Sitzung</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Faden</translation>
    </message>
    <message>
        <source>Emergent clusters per session</source>
        <translation>Entstandene Cluster pro Sitzung</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Glossary of metrics</source>
        <translation>Glossar der Kennzahlen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Working out the trends of {0}…</source>
        <translation>Die Entwicklungen von {0} werden berechnet …</translation>
    </message>
    <message>
        <source>The trends could not be worked out: {0}</source>
        <translation>Die Entwicklungen konnten nicht berechnet werden: {0}</translation>
    </message>
    <message>
        <source>{0}, in date order · click a point to open that session · point at a chart for what it measures</source>
        <translation>{0}, nach Datum · ein Klick auf einen Punkt öffnet diese Sitzung · auf ein Diagramm zeigen, um zu sehen, was es misst</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>The charts could not be drawn: {0}</source>
        <translation>Die Diagramme konnten nicht gezeichnet werden: {0}</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation>Verschwunden</translation>
    </message>
    <message>
        <source>New role links</source>
        <translation>Neue Rollenverbindungen</translation>
    </message>
    <message>
        <source>Vanished role links</source>
        <translation>Verschwundene Rollenverbindungen</translation>
    </message>
    <message>
        <source>New themes</source>
        <translation>Neue Themen</translation>
    </message>
    <message>
        <source>Vanished themes</source>
        <translation>Verschwundene Themen</translation>
    </message>
    <message>
        <source> (continues)</source>
        <translation> (setzt fort)</translation>
    </message>
    <message>
        <source>(no clusters of linked cards yet)</source>
        <translation>(noch keine Cluster verbundener Karten)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
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
        <source>Hand-off</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzt</translation>
    </message>
    <message>
        <source>Informs</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Conflicts with</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Artefact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fertigkeit</translation>
    </message>
    <message>
        <source>Heuristic</source>
        <translation>Faustregel</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Natural talent</source>
        <translation>Naturtalent</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>Übergabe</translation>
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
        <translation>widerspricht</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Set dots per participant</source>
        <translation>Punkte pro Person festlegen</translation>
    </message>
    <message>
        <source>Only cards that are face up can get votes</source>
        <translation>Nur aufgedeckte Karten können Stimmen bekommen</translation>
    </message>
    <message>
        <source>{0} has used all 1 dot</source>
        <translation>{0} hat den einen Punkt schon vergeben</translation>
    </message>
    <message>
        <source>{0} has used all {1} dots</source>
        <translation>{0} hat alle {1} Punkte vergeben</translation>
    </message>
    <message>
        <source>Vote for “{0}”</source>
        <translation>Stimme für „{0}“</translation>
    </message>
    <message>
        <source>The vote was not saved</source>
        <translation>Die Stimme wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>{0} voted for “{1}”: {2}</source>
        <translation>{0} hat für „{1}“ gestimmt: {2}</translation>
    </message>
    <message>
        <source>{0} has no vote on this card</source>
        <translation>{0} hat auf dieser Karte keine Stimme</translation>
    </message>
    <message>
        <source>Take back vote on “{0}”</source>
        <translation>Stimme auf „{0}“ zurücknehmen</translation>
    </message>
    <message>
        <source>The vote was not removed</source>
        <translation>Die Stimme wurde nicht entfernt</translation>
    </message>
    <message>
        <source>{0} took back a vote: {1}</source>
        <translation>{0} hat eine Stimme zurückgenommen: {1}</translation>
    </message>
    <message>
        <source>Choose the participant who votes first (Participants panel)</source>
        <translation>Wählen Sie zuerst die Person, die abstimmt (Bereich Teilnehmende)</translation>
    </message>
    <message>
        <source>1 dot left</source>
        <translation>noch 1 Punkt</translation>
    </message>
    <message>
        <source>{0} dots left</source>
        <translation>noch {0} Punkte</translation>
    </message>
</context>
<context>
    <name>VotingBanner</name>
    <message>
        <source>Voting mode</source>
        <translation>Abstimmungsmodus</translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation>Abstimmung:</translation>
    </message>
    <message>
        <source>Who votes</source>
        <translation>Wer abstimmt</translation>
    </message>
    <message>
        <source>Who the next click votes for (or press 1-9)</source>
        <translation>Für wen der nächste Klick stimmt (oder 1–9 drücken)</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Verbleibende Punkte</translation>
    </message>
    <message>
        <source>Click a card to vote · Ctrl+click takes back · 1-9 who votes</source>
        <translation>Karte anklicken zum Abstimmen · Strg+Klick nimmt zurück · 1–9 wer abstimmt</translation>
    </message>
    <message>
        <source>Leave Voting (F7)</source>
        <translation>Abstimmung beenden (F7)</translation>
    </message>
    <message>
        <source>Leave voting mode</source>
        <translation>Abstimmungsmodus verlassen</translation>
    </message>
    <message>
        <source>1 dot left</source>
        <translation>noch 1 Punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n dots left</source>
        <translation>
            <numerusform>noch %n Punkt</numerusform>
            <numerusform>noch %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participants to vote</source>
        <translation>Teilnehmende hinzufügen, um abzustimmen</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Dots per participant</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>How many votes each participant may place</source>
        <translation>Wie viele Stimmen jede Person vergeben darf</translation>
    </message>
    <message>
        <source>Dots left per participant</source>
        <translation>Verbleibende Punkte pro Person</translation>
    </message>
    <message>
        <source>With a card selected, V casts a vote for the current participant and Shift+V takes one back. In voting mode (F7) a click on a card votes (Ctrl+click takes back).</source>
        <translation>Bei gewählter Karte gibt V eine Stimme für die aktuelle Person ab, Umschalt+V nimmt eine zurück. Im Abstimmungsmodus (F7) stimmt ein Klick auf eine Karte (Strg+Klick nimmt zurück).</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Urheber:in</translation>
    </message>
    <message>
        <source>Cards ranked by votes</source>
        <translation>Karten nach Stimmen geordnet</translation>
    </message>
    <message>
        <source>&amp;Dots per participant:</source>
        <translation>&amp;Punkte pro Person:</translation>
    </message>
    <message>
        <source>Dots left: </source>
        <translation>Verbleibende Punkte: </translation>
    </message>
    <message>
        <source>Add participants to vote.</source>
        <translation>Teilnehmende hinzufügen, um abzustimmen.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>New Session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Choose a series, a method and the people in the room</source>
        <translation>Eine Reihe, eine Methode und die Personen im Raum wählen</translation>
    </message>
    <message>
        <source>Create the Demo Series</source>
        <translation>Demo-Reihe anlegen</translation>
    </message>
    <message>
        <source>Three quarterly sessions of a motor-claims team, to explore and compare</source>
        <translation>Drei Quartalssitzungen eines Kfz-Schadenteams, zum Erkunden und Vergleichen</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Meshwork&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Meshwork&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Map with the people in the room what they do, why, with what, and how their work connects, and compare the maps over time.&lt;br&gt;&lt;br&gt;Start your first session, or look around in a demo series of three workshops of a claims-handling team.</source>
        <translation>Mit den Personen im Raum festhalten, was sie tun, warum, womit und wie ihre Arbeit zusammenhängt, und die Karten über die Zeit vergleichen.&lt;br&gt;&lt;br&gt;Die erste Sitzung beginnen oder sich in einer Demo-Reihe mit drei Workshops eines Schadenteams umsehen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No session open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Keine Sitzung geöffnet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a session by double-clicking it in the library panel, or start a new one.</source>
        <translation>Eine Sitzung per Doppelklick im Bereich Bibliothek öffnen oder eine neue beginnen.</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Reset La&amp;yout</source>
        <translation>&amp;Anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Canvas Only</source>
        <translation>&amp;Nur Arbeitsfläche</translation>
    </message>
    <message>
        <source>Show &amp;Minimap</source>
        <translation>&amp;Übersicht zeigen</translation>
    </message>
    <message>
        <source>Panels put away: F11 brings them back</source>
        <translation>Bereiche ausgeblendet: F11 holt sie zurück</translation>
    </message>
    <message>
        <source>Panels are back in their usual places.</source>
        <translation>Die Bereiche sind wieder an ihren üblichen Plätzen.</translation>
    </message>
</context>
<context>
    <name>ZoneItem</name>
    <message>
        <source>Zone: {label}</source>
        <translation>Zone: {label}</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>{caption} canvas</source>
        <translation>Arbeitsfläche {caption}</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>▶ Running</source>
        <translation>▶ Läuft</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ Pausiert</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>app_main</name>
    <message>
        <source>Meshwork cannot open this library</source>
        <translation>Meshwork kann diese Bibliothek nicht öffnen</translation>
    </message>
    <message>
        <source>Meshwork cannot open this file</source>
        <translation>Meshwork kann diese Datei nicht öffnen</translation>
    </message>
</context>
<context>
    <name>card_item</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>confirmed by hand</source>
        <translation>von Hand bestätigt</translation>
    </message>
    <message>
        <source>by lineage</source>
        <translation>über die Herkunft</translation>
    </message>
    <message>
        <source>by similar text</source>
        <translation>über ähnlichen Text</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>keine Zone</translation>
    </message>
</context>
<context>
    <name>compare_overlay</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved to another zone</source>
        <translation>In eine andere Zone verschoben</translation>
    </message>
    <message>
        <source>Removed (ghost at old place)</source>
        <translation>Entfernt (Schatten am alten Platz)</translation>
    </message>
    <message>
        <source>Link added</source>
        <translation>Verbindung hinzugefügt</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Verbindung entfernt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>continue_session</name>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>csv_mapping</name>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Card &amp;text</source>
        <translation>Karten&amp;text</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
</context>
<context>
    <name>find</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Select a card or a link on the canvas to see and edit its details here.</source>
        <translation>Eine Karte oder Verbindung auf der Arbeitsfläche wählen, um ihre Details hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
</context>
<context>
    <name>io_actions</name>
    <message>
        <source>Session (*.json)</source>
        <translation>Sitzung (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>GEXF graph (*.gexf)</source>
        <translation>GEXF-Graph (*.gexf)</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Sessions without a series</source>
        <translation>Sitzungen ohne Reihe</translation>
    </message>
</context>
<context>
    <name>new_session</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>presenter</name>
    <message>
        <source>Presenter Mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Show the presenter view on:</source>
        <translation>Präsentationsansicht zeigen auf:</translation>
    </message>
</context>
<context>
    <name>reflections</name>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>when opened</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation>alle 30 Minuten</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
</context>
<context>
    <name>room</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>vor {seconds} s</translation>
    </message>
    <message>
        <source>{0} min ago</source>
        <translation>vor {0} Min.</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>vermilion</source>
        <translation>Zinnoberrot</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>Rotviolett</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>Grau</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
</context>
</TS>
