<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>%1 Until that is fixed, notifications are kept only until Herald quits.</source>
        <translation>%1 Bis das behoben ist, werden Benachrichtigungen nur aufbewahrt, bis Herald beendet wird.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>There is no system tray here (on GNOME, the AppIndicator extension adds one), so Herald runs in this window: closing it quits Herald.</source>
        <translation>Hier gibt es keinen Infobereich (unter GNOME fügt die Erweiterung AppIndicator einen hinzu), daher läuft Herald in diesem Fenster: Wenn Sie es schließen, wird Herald beendet.</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <source>Disconnected from %1 to %2: messages published on non-durable channels meanwhile were not received</source>
        <translation>Von %1 bis %2 getrennt: In dieser Zeit auf nicht dauerhaften Kanälen veröffentlichte Nachrichten wurden nicht empfangen</translation>
    </message>
    <message>
        <source>Reconnecting after sleep</source>
        <translation>Nach dem Ruhezustand wird neu verbunden</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChannelDiscovery</name>
    <message>
        <source>PUBSUB failed: %1</source>
        <translation>PUBSUB fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <source>Durable: read this channel from a Redis Stream, from where Herald left off, so nothing published while Herald was closed, asleep or offline is missed. Publishers must add to the stream as well, as Herald&apos;s own &quot;Send a notification&quot; does.</source>
        <translation>Dauerhaft: Diesen Kanal aus einem Redis-Stream lesen, ab der Stelle, an der Herald aufgehört hat, damit nichts verpasst wird, was veröffentlicht wurde, während Herald geschlossen, im Ruhezustand oder offline war. Herausgeber müssen dazu auch in den Stream schreiben, wie es Heralds eigenes „Benachrichtigung senden“ tut.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Discover...</source>
        <translation>Entdecken...</translation>
    </message>
    <message>
        <source>Channel name, or a glob pattern such as deploy:*</source>
        <translation>Kanalname oder ein Glob-Muster wie deploy:*</translation>
    </message>
    <message>
        <source>Subscribe with PSUBSCRIBE: * ? and [abc] match channel names</source>
        <translation>Mit PSUBSCRIBE abonnieren: * ? und [abc] passen auf Kanalnamen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Channel or pattern</source>
        <translation>Kanal oder Muster</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Stream-Schlüssel</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Popups from</source>
        <translation>Pop-ups ab</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>all (1+)</source>
        <translation>alle (1+)</translation>
    </message>
    <message>
        <source>low (2+)</source>
        <translation>niedrig (2+)</translation>
    </message>
    <message>
        <source>normal (3+)</source>
        <translation>normal (3+)</translation>
    </message>
    <message>
        <source>high (4+)</source>
        <translation>hoch (4+)</translation>
    </message>
    <message>
        <source>urgent (5)</source>
        <translation>dringend (5)</translation>
    </message>
    <message>
        <source>Patterns cannot be durable: each durable channel has a stream of its own.</source>
        <translation>Muster können nicht dauerhaft sein: Jeder dauerhafte Kanal hat einen eigenen Stream.</translation>
    </message>
    <message>
        <source>The Redis Stream this channel is read from; empty: %1</source>
        <translation>Der Redis-Stream, aus dem dieser Kanal gelesen wird; leer: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>„%1“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Event name</source>
        <extracomment>Socket.IO: the name of the event a server emits, e.g. &quot;notification&quot;</extracomment>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>Event name, e.g. notification (the default when the list is empty)</source>
        <translation>Ereignisname, z. B. notification (Standard, wenn die Liste leer ist)</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>Nchan channel id, appended to the URL&apos;s path, e.g. deploys</source>
        <translation>Nchan-Kanal-ID, wird an den Pfad der URL angehängt, z. B. deploys</translation>
    </message>
    <message>
        <source>Channels and patterns</source>
        <translation>Kanäle und Muster</translation>
    </message>
    <message>
        <source>Lists the channels the server carries now</source>
        <translation>Listet die Kanäle auf, die der Server gerade führt</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <extracomment>Accessible name of a channel&apos;s &quot;On&quot; box; %1 is the channel&apos;s name</extracomment>
        <translation>%1 abonnieren</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <source>Popups from %1 from this priority on</source>
        <translation>Pop-ups von %1 ab dieser Priorität</translation>
    </message>
    <message>
        <source>Read %1 from its Redis Stream (durable)</source>
        <translation>%1 aus seinem Redis-Stream lesen (dauerhaft)</translation>
    </message>
    <message>
        <source>Stream key of %1</source>
        <translation>Stream-Schlüssel von %1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send a notification</source>
        <translation>Benachrichtigung senden</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Priorities to publish with; &quot;Default&quot; sends none, so the receiver&apos;s default applies</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>1 - min</source>
        <translation>1 - minimal</translation>
    </message>
    <message>
        <source>2 - low</source>
        <translation>2 - niedrig</translation>
    </message>
    <message>
        <source>3 - normal</source>
        <translation>3 - normal</translation>
    </message>
    <message>
        <source>4 - high</source>
        <translation>4 - hoch</translation>
    </message>
    <message>
        <source>5 - urgent</source>
        <translation>5 - dringend</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Set up a connection in Settings first.</source>
        <translation>Richten Sie zuerst unter Einstellungen eine Verbindung ein.</translation>
    </message>
    <message>
        <source>Give the channel to publish on.</source>
        <translation>Geben Sie den Kanal an, auf dem veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message>
        <source>Sent. Subscribers that received it: %L1.</source>
        <translation>Gesendet. Abonnenten, die sie erhalten haben: %L1.</translation>
    </message>
    <message>
        <source>Sent and kept as stream entry %1. Subscribers that received it: %L2.</source>
        <translation>Gesendet und als Stream-Eintrag %1 gespeichert. Abonnenten, die sie erhalten haben: %L2.</translation>
    </message>
</context>
<context>
    <name>ConnectionLogDialog</name>
    <message>
        <source>Connection log</source>
        <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>Connection</source>
        <extracomment>Read aloud for the combo box that chooses whose log is shown</extracomment>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>What happened on this connection</source>
        <extracomment>Read aloud for the text field with the chosen connection&apos;s log</extracomment>
        <translation>Was bei dieser Verbindung geschah</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A channel name cannot be empty</source>
        <translation>Ein Kanalname darf nicht leer sein</translation>
    </message>
    <message>
        <source>A channel name cannot contain control characters such as tabs or line breaks</source>
        <translation>Ein Kanalname darf keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsPage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Mit diesem Server verbinden</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Redis&apos;s built-in user is called &quot;default&quot;: keep the word as it is</extracomment>
        <translation>default</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key)</source>
        <translation>Schlüssel (*.pem *.key)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>TLS &amp;CA file:</source>
        <translation>TLS-&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbindung wird hergestellt...</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Ausgewählte Verbindung entfernen</translation>
    </message>
    <message>
        <source>A JSON WebSocket feed has no channels: every message it sends is a notification.</source>
        <translation>Ein JSON-WebSocket-Feed hat keine Kanäle: Jede Nachricht, die er sendet, ist eine Benachrichtigung.</translation>
    </message>
    <message>
        <source>Redis Pub/Sub</source>
        <translation>Redis Pub/Sub</translation>
    </message>
    <message>
        <source>Socket.IO server</source>
        <translation>Socket.IO-Server</translation>
    </message>
    <message>
        <source>Nchan</source>
        <translation>Nchan</translation>
    </message>
    <message>
        <source>JSON WebSocket feed</source>
        <translation>JSON-WebSocket-Feed</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Optional, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>One per line, e.g. X-Api-Key: …</source>
        <translation>Eine pro Zeile, z. B. X-Api-Key: …</translation>
    </message>
    <message>
        <source>System settings; or none, http://host:3128, socks5://host:1080</source>
        <translation>Systemeinstellungen; oder none, http://host:3128, socks5://host:1080</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Larger messages are refused: a server cannot make Herald allocate without bound.</source>
        <translation>Größere Nachrichten werden abgelehnt: Ein Server kann Herald nicht dazu bringen, unbegrenzt Speicher zu belegen.</translation>
    </message>
    <message>
        <source>Connects once with these settings and says how it went</source>
        <translation>Verbindet sich einmal mit diesen Einstellungen und meldet das Ergebnis</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>TLS-CA-Datei</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Räume:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>&amp;Largest message:</source>
        <translation>&amp;Größte Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Connected and authenticated to %1.</source>
        <translation>Mit %1 verbunden und angemeldet.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>DiscoverDialog</name>
    <message>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Discover channels on %1</source>
        <translation>Kanäle auf %1 entdecken</translation>
    </message>
    <message>
        <source>All channels (or a glob pattern)</source>
        <translation>Alle Kanäle (oder ein Glob-Muster)</translation>
    </message>
    <message>
        <source>Channel pattern</source>
        <extracomment>Read aloud for the field that narrows the search to channels matching a glob pattern</extracomment>
        <translation>Kanalmuster</translation>
    </message>
    <message>
        <source>Channels found</source>
        <extracomment>Read aloud for the list of channels found on the server</extracomment>
        <translation>Gefundene Kanäle</translation>
    </message>
    <message>
        <source>Add ticked channels</source>
        <translation>Markierte Kanäle hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Asking the server and listening for %n seconds...</source>
        <translation>
            <numerusform>Server wird abgefragt und %n Sekunde lang mitgehört...</numerusform>
            <numerusform>Server wird abgefragt und %n Sekunden lang mitgehört...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <extracomment>A channel found: %1 is its name, %2 how many subscribe to it, %3 how many messages it carried while Herald listened</extracomment>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribers</source>
        <translation>
            <numerusform>%Ln Abonnent</numerusform>
            <numerusform>%Ln Abonnenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages while listening</source>
        <translation>
            <numerusform>%Ln Nachricht beim Mithören</numerusform>
            <numerusform>%Ln Nachrichten beim Mithören</numerusform>
        </translation>
    </message>
    <message>
        <source>No active channels found. PUBSUB lists only channels with a subscriber; nothing was published while listening either.</source>
        <translation>Keine aktiven Kanäle gefunden. PUBSUB listet nur Kanäle mit einem Abonnenten auf, und beim Mithören wurde auch nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>Channels found: %L1</source>
        <translation>Gefundene Kanäle: %L1</translation>
    </message>
</context>
<context>
    <name>GapMarker</name>
    <message>
        <source>Disconnected %1 to %2</source>
        <translation>Getrennt von %1 bis %2</translation>
    </message>
    <message>
        <source>Messages published meanwhile were not received.</source>
        <translation>In dieser Zeit veröffentlichte Nachrichten wurden nicht empfangen.</translation>
    </message>
    <message>
        <source>Messages published on %1 meanwhile were not received.</source>
        <translation>In dieser Zeit auf %1 veröffentlichte Nachrichten wurden nicht empfangen.</translation>
    </message>
    <message>
        <source>Missed notifications on %1</source>
        <translation>Verpasste Benachrichtigungen auf %1</translation>
    </message>
    <message>
        <source>Entries published between %1 and %2 were trimmed from stream %3 (MAXLEN) before Herald read them and are lost.</source>
        <translation>Zwischen %1 und %2 veröffentlichte Einträge wurden aus dem Stream %3 gekürzt (MAXLEN), bevor Herald sie gelesen hat, und sind verloren.</translation>
    </message>
    <message>
        <source>Entries published between %1 and %2 were trimmed from stream %3 (MAXLEN) before Herald read them and may have been lost.</source>
        <translation>Zwischen %1 und %2 veröffentlichte Einträge wurden aus dem Stream %3 gekürzt (MAXLEN), bevor Herald sie gelesen hat, und sind möglicherweise verloren.</translation>
    </message>
    <message>
        <source>Entries published before %1 were trimmed from stream %2 (MAXLEN) before Herald read them and are lost.</source>
        <translation>Vor %1 veröffentlichte Einträge wurden aus dem Stream %2 gekürzt (MAXLEN), bevor Herald sie gelesen hat, und sind verloren.</translation>
    </message>
    <message>
        <source>Entries published before %1 were trimmed from stream %2 (MAXLEN) before Herald read them and may have been lost.</source>
        <translation>Vor %1 veröffentlichte Einträge wurden aus dem Stream %2 gekürzt (MAXLEN), bevor Herald sie gelesen hat, und sind möglicherweise verloren.</translation>
    </message>
    <message>
        <source>Number lost: %L1.</source>
        <translation>Anzahl verlorener Einträge: %L1.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>The stream %1 was deleted or recreated after %2; notifications published on %3 before it was recreated may be lost.</source>
        <translation>Der Stream %1 wurde nach %2 gelöscht oder neu angelegt; Benachrichtigungen, die vor dem Neuanlegen auf %3 veröffentlicht wurden, sind möglicherweise verloren.</translation>
    </message>
    <message>
        <source>Notification too large on %1</source>
        <translation>Zu große Benachrichtigung auf %1</translation>
    </message>
    <message>
        <source>An entry on %1 (%2) was larger than the %3 limit and was not loaded; it is still in stream %4.</source>
        <translation>Ein Eintrag auf %1 (%2) war größer als die Grenze von %3 und wurde nicht geladen; er ist weiterhin im Stream %4.</translation>
    </message>
</context>
<context>
    <name>GatewayEndpoint</name>
    <message>
        <source>Not a gateway URL; expected socketio+ws://, nchan+ws://, ws:// or their TLS forms (socketio+wss://, nchan+wss://, wss://)</source>
        <translation>Keine Gateway-URL; erwartet wird socketio+ws://, nchan+ws://, ws:// oder deren TLS-Form (socketio+wss://, nchan+wss://, wss://)</translation>
    </message>
    <message>
        <source>The URL names no host</source>
        <translation>Die URL nennt keinen Host</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>Header line %1 is not of the form &quot;Name: value&quot; (a name without spaces, a value in Latin-1 without line breaks)</source>
        <translation>Kopfzeile %1 hat nicht die Form „Name: Wert“ (ein Name ohne Leerzeichen, ein Wert in Latin-1 ohne Zeilenumbrüche)</translation>
    </message>
    <message>
        <source>A Socket.IO namespace cannot contain a comma</source>
        <translation>Ein Socket.IO-Namespace darf kein Komma enthalten</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start Herald when I log in</source>
        <translation>Herald bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first choice of the language setting; %1 is the language that means now</extracomment>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Herald uses the new language after a restart.</source>
        <translation>Herald verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source> notifications</source>
        <extracomment>The unit after the number of notifications the history keeps at most</extracomment>
        <translation> Benachrichtigungen</translation>
    </message>
    <message>
        <source>forever</source>
        <extracomment>How long the history keeps notifications when no number of days is set</extracomment>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <extracomment>The unit after the number of days the history keeps notifications</extracomment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>&amp;Höchstens behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>&amp;Aufbewahren für:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Load notification icons from the internet</source>
        <translation>Benachrichtigungssymbole aus dem Internet laden</translation>
    </message>
    <message>
        <source>Fetching an icon tells its server that you received the notification. Off by default.</source>
        <translation>Das Abrufen eines Symbols verrät dessen Server, dass Sie die Benachrichtigung erhalten haben. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Could not change the start at log-in.</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The notification history %1 is damaged and could not be moved to %2: %3</source>
        <translation>Der Benachrichtigungsverlauf %1 ist beschädigt und konnte nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>The notification history %1 is damaged or is not a database</source>
        <translation>Der Benachrichtigungsverlauf %1 ist beschädigt oder keine Datenbank</translation>
    </message>
    <message>
        <source>Cannot open the notification history %1</source>
        <translation>Der Benachrichtigungsverlauf %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the notification history %1</source>
        <translation>Der Benachrichtigungsverlauf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The notification history %1 was written by a newer version of Herald</source>
        <translation>Der Benachrichtigungsverlauf %1 wurde von einer neueren Version von Herald geschrieben</translation>
    </message>
    <message>
        <source>schema %1; this version reads up to schema %2</source>
        <translation>Schema %1; diese Version liest bis Schema %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the notification history %1 to schema %2</source>
        <translation>Der Benachrichtigungsverlauf %1 kann nicht auf Schema %2 aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot set up search in the notification history %1</source>
        <translation>Die Suche im Benachrichtigungsverlauf %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The notification history %1 was damaged and has been moved to %2; Herald started with an empty history.</source>
        <translation>Der Benachrichtigungsverlauf %1 war beschädigt und wurde nach %2 verschoben; Herald wurde mit einem leeren Verlauf gestartet.</translation>
    </message>
    <message>
        <source>Checking the notification history %1 found a problem</source>
        <translation>Bei der Prüfung des Benachrichtigungsverlaufs %1 wurde ein Problem gefunden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not save notifications in the history %1</source>
        <translation>Benachrichtigungen konnten nicht im Verlauf %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the stream positions in the history %1</source>
        <translation>Die Stream-Positionen konnten nicht im Verlauf %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the stream positions in the history %1</source>
        <translation>Die Stream-Positionen im Verlauf %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the history %1</source>
        <translation>Der Verlauf %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the channels in the history %1</source>
        <translation>Die Kanäle im Verlauf %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not change the read state in the history %1</source>
        <translation>Der Gelesen-Status im Verlauf %1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not mark notifications read in the history %1</source>
        <translation>Benachrichtigungen im Verlauf %1 konnten nicht als gelesen markiert werden</translation>
    </message>
    <message>
        <source>Could not delete notifications from the history %1</source>
        <translation>Benachrichtigungen konnten nicht aus dem Verlauf %1 gelöscht werden</translation>
    </message>
    <message>
        <source>Could not clear the history %1</source>
        <translation>Der Verlauf %1 konnte nicht geleert werden</translation>
    </message>
    <message>
        <source>Could not apply the retention limits to the history %1</source>
        <translation>Die Aufbewahrungsgrenzen konnten nicht auf den Verlauf %1 angewendet werden</translation>
    </message>
</context>
<context>
    <name>JsonWebSocketSource</name>
    <message>
        <source>%1 sent a binary frame (%2 bytes): Herald reads text frames only, so binary frames on this connection are skipped</source>
        <translation>%1 hat einen Binärframe gesendet (%2 Byte): Herald liest nur Textframes, Binärframes auf dieser Verbindung werden daher übersprungen</translation>
    </message>
    <message>
        <source>Connected to %1; it sends binary frames, which are skipped: Herald reads text frames only</source>
        <translation>Mit %1 verbunden; es sendet Binärframes, die übersprungen werden: Herald liest nur Textframes</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the password</source>
        <translation>Das Lesen des Passworts</translation>
    </message>
    <message>
        <source>Storing the password</source>
        <translation>Das Speichern des Passworts</translation>
    </message>
    <message>
        <source>Removing the password</source>
        <translation>Das Entfernen des Passworts</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain.</source>
        <translation>Passwörter werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Opening the keychain</source>
        <translation>Das Öffnen des Schlüsselbunds</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>NchanChannel</name>
    <message>
        <source>%1 sent a message without Nchan&apos;s id header (is the location an Nchan subscriber?); it was skipped</source>
        <translation>%1 hat eine Nachricht ohne den ID-Header von Nchan gesendet (ist der Pfad ein Nchan-Subscriber?); sie wurde übersprungen</translation>
    </message>
    <message>
        <source>Missed notifications on %1</source>
        <translation>Verpasste Benachrichtigungen auf %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>Mindestens %n zwischen %2 und %3 auf %1 veröffentlichte Benachrichtigung wurde aus dem Nachrichtenpuffer von Nchan verdrängt oder ist abgelaufen, bevor Herald sie gelesen hat, und ist verloren.</numerusform>
            <numerusform>Mindestens %n zwischen %2 und %3 auf %1 veröffentlichte Benachrichtigungen wurden aus dem Nachrichtenpuffer von Nchan verdrängt oder sind abgelaufen, bevor Herald sie gelesen hat, und sind verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>%n zwischen %2 und %3 auf %1 veröffentlichte Benachrichtigung wurde aus dem Nachrichtenpuffer von Nchan verdrängt oder ist abgelaufen, bevor Herald sie gelesen hat, und ist verloren.</numerusform>
            <numerusform>%n zwischen %2 und %3 auf %1 veröffentlichte Benachrichtigungen wurden aus dem Nachrichtenpuffer von Nchan verdrängt oder sind abgelaufen, bevor Herald sie gelesen hat, und sind verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The WebSocket for %1 failed on message %2 (a text frame that is not UTF-8?); it was fetched over HTTP instead</source>
        <translation>Der WebSocket für %1 ist an Nachricht %2 gescheitert (ein Textframe, der kein UTF-8 ist?); sie wurde stattdessen über HTTP abgerufen</translation>
    </message>
    <message>
        <source>Notification too large on %1</source>
        <translation>Zu große Benachrichtigung auf %1</translation>
    </message>
    <message>
        <source>A message on %1 (%2) was larger than the limit of %3 KiB and was not loaded; it is still in Nchan&apos;s message buffer.</source>
        <translation>Eine Nachricht auf %1 (%2) war größer als die Grenze von %3 KiB und wurde nicht geladen; sie ist weiterhin im Nachrichtenpuffer von Nchan.</translation>
    </message>
</context>
<context>
    <name>NchanSource</name>
    <message>
        <source>%1 names no Nchan channel id: end the path with one, or add ?channel=&lt;id&gt; for each channel</source>
        <translation>%1 nennt keine Nchan-Kanal-ID: Beenden Sie den Pfad mit einer, oder fügen Sie für jeden Kanal ?channel=&lt;id&gt; hinzu</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <source>(Nchan answers 503 while it cannot reach its Redis server)</source>
        <translation>(Nchan antwortet mit 503, solange es seinen Redis-Server nicht erreicht)</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n new notification(s) on %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup title for many notifications at once on one channel; %1 is the channel&apos;s name</extracomment>
        <translation>
            <numerusform>%n neue Benachrichtigung auf %1</numerusform>
            <numerusform>%n neue Benachrichtigungen auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup text under the flood summary; %1 is the newest notification&apos;s title</extracomment>
        <translation>Neueste: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notifications while you were away</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup title for what durable channels received while Herald was not running or asleep</extracomment>
        <translation>
            <numerusform>%n Benachrichtigung während Ihrer Abwesenheit</numerusform>
            <numerusform>%n Benachrichtigungen während Ihrer Abwesenheit</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel&apos;s name</extracomment>
        <translation>Auf %1</translation>
    </message>
    <message numerus="yes">
        <source>On %n channels, most on %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel that received the most</extracomment>
        <translation>
            <numerusform>Auf %n Kanal, die meisten auf %1</numerusform>
            <numerusform>Auf %n Kanälen, die meisten auf %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationDelegate</name>
    <message>
        <source>link to %1</source>
        <extracomment>In a list row, after the channel; %1 is the host a click on the row opens</extracomment>
        <translation>Link zu %1</translation>
    </message>
</context>
<context>
    <name>NotificationDetailPane</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Notification text</source>
        <extracomment>Read aloud for the read-only text field with the whole notification</extracomment>
        <translation>Benachrichtigungstext</translation>
    </message>
    <message>
        <source>Notification icon</source>
        <translation>Benachrichtigungssymbol</translation>
    </message>
    <message>
        <source>Copies the notification&apos;s title, text and link</source>
        <translation>Kopiert Titel, Text und Link der Benachrichtigung</translation>
    </message>
    <message>
        <source>Deletes the notification from the history</source>
        <translation>Löscht die Benachrichtigung aus dem Verlauf</translation>
    </message>
    <message>
        <source>priority %1</source>
        <extracomment>%1 is a number from 1 (lowest) to 5 (urgent)</extracomment>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>via pattern %1</source>
        <extracomment>%1 is the glob pattern (PSUBSCRIBE) that matched the notification&apos;s channel</extracomment>
        <translation>über Muster %1</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>No notification selected</source>
        <translation>Keine Benachrichtigung ausgewählt</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A link button: %1 is the link&apos;s label, %2 the host it leads to</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>lowest priority</source>
        <translation>niedrigste Priorität</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>niedrige Priorität</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>hohe Priorität</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>normal priority</source>
        <translation>normale Priorität</translation>
    </message>
    <message>
        <source>Marker</source>
        <extracomment>Read aloud before a marker row&apos;s text: Herald&apos;s note that messages may be missing</extracomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>Read aloud for a notification in the list</extracomment>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>channel %1</source>
        <extracomment>Read aloud for a notification in the list; %1 is the channel&apos;s name</extracomment>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>link to %1</source>
        <extracomment>Read aloud for a notification in the list; %1 is a web site&apos;s host name</extracomment>
        <translation>Link zu %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a list row read aloud (read state, priority, title, body, ...)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>When a notification arrived, shown in the list and read aloud</extracomment>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>When a notification arrived, in minutes; short, for the list</extracomment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>When a notification arrived, in hours; short, for the list</extracomment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <extracomment>When a notification arrived</extracomment>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Popups</source>
        <translation>Pop-ups</translation>
    </message>
    <message>
        <source>Show a popup for new notifications</source>
        <translation>Für neue Benachrichtigungen ein Pop-up anzeigen</translation>
    </message>
    <message>
        <source>Show each popup for:</source>
        <translation>Jedes Pop-up anzeigen für:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>popups within</source>
        <extracomment>Between two spin boxes: &quot;more than [3] popups within [10 s] on one channel ...&quot;</extracomment>
        <translation>Pop-ups innerhalb von</translation>
    </message>
    <message>
        <source>Summarise more than:</source>
        <translation>Zusammenfassen ab mehr als:</translation>
    </message>
    <message>
        <source>Urgent notifications (priority 5) break through do-not-disturb and quiet hours</source>
        <translation>Dringende Benachrichtigungen (Priorität 5) durchbrechen „Nicht stören“ und Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>No popups during quiet hours (notifications still reach the list)</source>
        <translation>Keine Pop-ups während der Ruhezeiten (Benachrichtigungen erscheinen weiterhin in der Liste)</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end time of the quiet hours</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>On:</source>
        <extracomment>Before the weekday check boxes of the quiet hours</extracomment>
        <translation>An:</translation>
    </message>
    <message>
        <source>Durable channels</source>
        <translation>Dauerhafte Kanäle</translation>
    </message>
    <message>
        <source>What was published on durable channels while Herald was away is shown as one summary popup.</source>
        <translation>Was auf dauerhaften Kanälen veröffentlicht wurde, während Herald nicht lief, wird als ein zusammenfassendes Pop-up angezeigt.</translation>
    </message>
    <message>
        <source>Urgent notifications still get their own popup</source>
        <translation>Dringende Benachrichtigungen erhalten trotzdem ein eigenes Pop-up</translation>
    </message>
    <message>
        <source>When Herald first reads a durable channel, it loads this many of the entries already in its stream into the list, without popups.</source>
        <translation>Wenn Herald einen dauerhaften Kanal zum ersten Mal liest, lädt es so viele der bereits vorhandenen Einträge seines Streams in die Liste, ohne Pop-ups.</translation>
    </message>
    <message>
        <source>Entries loaded on first contact with a durable channel:</source>
        <translation>Beim ersten Lesen eines dauerhaften Kanals geladene Einträge:</translation>
    </message>
    <message>
        <source>Summarise when more popups than this arrive</source>
        <extracomment>Read aloud for the first spin box of &quot;Summarise more than [3] popups within [10 s]&quot;</extracomment>
        <translation>Zusammenfassen, wenn mehr Pop-ups als diese Anzahl eintreffen</translation>
    </message>
    <message>
        <source>Within this time on one channel</source>
        <extracomment>Read aloud for the second spin box of &quot;Summarise more than [3] popups within [10 s]&quot;</extracomment>
        <translation>Innerhalb dieser Zeit auf einem Kanal</translation>
    </message>
</context>
<context>
    <name>NotificationWindow</name>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Search notifications (Ctrl+F)</source>
        <translation>Benachrichtigungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search notifications</source>
        <translation>Benachrichtigungen durchsuchen</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <extracomment>Read aloud for the combo box that shows one channel&apos;s notifications only</extracomment>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <source>Shows the notifications of one channel only</source>
        <translation>Zeigt nur die Benachrichtigungen eines Kanals</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>Read aloud for the list of notifications</extracomment>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hides the notices above the list</source>
        <translation>Blendet die Hinweise über der Liste aus</translation>
    </message>
    <message>
        <source>&amp;Herald</source>
        <translation>&amp;Herald</translation>
    </message>
    <message>
        <source>&amp;Send a notification...</source>
        <translation>Benachrichtigung &amp;senden...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Connection &amp;log</source>
        <translation>Verbindungs&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>C&amp;lear all...</source>
        <translation>Alles l&amp;eeren...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Nothing matches this search or filter.</source>
        <translation>Nichts passt zu dieser Suche oder diesem Filter.</translation>
    </message>
    <message>
        <source>No connection is set up yet.
Open Settings to point Herald at a Redis server and choose channels.</source>
        <translation>Es ist noch keine Verbindung eingerichtet.
Öffnen Sie die Einstellungen, um Herald mit einem Redis-Server zu verbinden und Kanäle auszuwählen.</translation>
    </message>
    <message>
        <source>No notifications yet.
%1</source>
        <translation>Noch keine Benachrichtigungen.
%1</translation>
    </message>
    <message>
        <source>Notifications: %L1 · unread: %L2</source>
        <extracomment>The status bar: how many notifications the list shows, and how many are unread</extracomment>
        <translation>Benachrichtigungen: %L1 · ungelesen: %L2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A connection&apos;s name, then what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear all notifications</source>
        <translation>Alle Benachrichtigungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln stored notifications? This cannot be undone.</source>
        <translation>
            <numerusform>Die %Ln gespeicherte Benachrichtigung löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %Ln gespeicherten Benachrichtigungen löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopupWidget</name>
    <message>
        <source>Close</source>
        <extracomment>Tool tip and spoken name of the popup&apos;s × button</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>RedisEndpoint</name>
    <message>
        <source>Not a Redis URL; expected redis://[user:password@]host[:port] or rediss://</source>
        <translation>Keine Redis-URL; erwartet wird redis://[user:password@]host[:port] oder rediss://</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>The database in the URL path must be a number</source>
        <translation>Die Datenbank im Pfad der URL muss eine Zahl sein</translation>
    </message>
</context>
<context>
    <name>RedisErrorText</name>
    <message>
        <source>Connection refused by %1 (is Redis running and listening there?)</source>
        <translation>Verbindung von %1 abgelehnt (läuft Redis dort und nimmt Verbindungen an?)</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; (DNS lookup failed)</source>
        <translation>Der Hostname „%1“ kann nicht aufgelöst werden (DNS-Abfrage fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Timed out connecting to %1</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (is TLS enabled on that port, and does it require a client certificate?)</source>
        <translation>%1 hat die Verbindung während des TLS-Handshakes geschlossen (ist TLS auf diesem Port aktiviert, und wird ein Client-Zertifikat verlangt?)</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Network error reaching %1: %2</source>
        <translation>Netzwerkfehler beim Erreichen von %1: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is for %1, not for &quot;%2&quot;</source>
        <translation>TLS: Das Zertifikat des Servers gilt für %1, nicht für „%2“</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not signed by a trusted certificate authority (give its CA file with --cacert): %1</source>
        <translation>TLS: Das Zertifikat des Servers ist nicht von einer vertrauenswürdigen Zertifizierungsstelle signiert (geben Sie deren CA-Datei mit --cacert an): %1</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate expired on %1</source>
        <translation>TLS: Das Zertifikat des Servers ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>TLS: the handshake failed</source>
        <translation>TLS: Der Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Wrong password for %1</source>
        <translation>Falsches Passwort für %1</translation>
    </message>
    <message>
        <source>Wrong user name or password for %1 (or the user is disabled)</source>
        <translation>Falscher Benutzername oder falsches Passwort für %1 (oder der Benutzer ist deaktiviert)</translation>
    </message>
    <message>
        <source>%1 requires a password (give it in the URL, --password-file or HERALD_PASSWORD)</source>
        <translation>%1 verlangt ein Passwort (geben Sie es in der URL, mit --password-file oder in HERALD_PASSWORD an)</translation>
    </message>
    <message>
        <source>A password was given, but %1 has no password set</source>
        <translation>Es wurde ein Passwort angegeben, aber für %1 ist keines gesetzt</translation>
    </message>
    <message>
        <source>%1 is loading its data after a restart</source>
        <translation>%1 lädt nach einem Neustart seine Daten</translation>
    </message>
    <message>
        <source>%1 is busy running a script</source>
        <translation>%1 ist mit einem Skript beschäftigt</translation>
    </message>
    <message>
        <source>The ACL user of %1 may not run %2: %3</source>
        <translation>Der ACL-Benutzer von %1 darf %2 nicht ausführen: %3</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>No permission to subscribe to the pattern &quot;%1&quot;: ACL user &quot;%2&quot; lacks the channel permission &amp;%1</source>
        <translation>Keine Berechtigung, das Muster „%1“ zu abonnieren: Dem ACL-Benutzer „%2“ fehlt die Kanalberechtigung &amp;%1</translation>
    </message>
    <message>
        <source>No permission to subscribe to &quot;%1&quot;: ACL user &quot;%2&quot; lacks the channel permission &amp;%1</source>
        <translation>Keine Berechtigung, „%1“ zu abonnieren: Dem ACL-Benutzer „%2“ fehlt die Kanalberechtigung &amp;%1</translation>
    </message>
    <message>
        <source>Subscribing to &quot;%1&quot; failed: %2</source>
        <translation>Das Abonnieren von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RedisPublisher</name>
    <message>
        <source>Give a title or a body.</source>
        <translation>Geben Sie einen Titel oder einen Text an.</translation>
    </message>
    <message>
        <source>The priority must be from 1 to 5.</source>
        <translation>Die Priorität muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>The link must be an http, https or mailto URL.</source>
        <translation>Der Link muss eine http-, https- oder mailto-URL sein.</translation>
    </message>
    <message>
        <source>No permission to publish on &quot;%1&quot;: %2</source>
        <translation>Keine Berechtigung, auf „%1“ zu veröffentlichen: %2</translation>
    </message>
    <message>
        <source>PUBLISH failed: %1</source>
        <translation>PUBLISH fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No permission to publish durably on &quot;%1&quot; (stream &quot;%2&quot;): %3</source>
        <translation>Keine Berechtigung, dauerhaft auf „%1“ zu veröffentlichen (Stream „%2“): %3</translation>
    </message>
    <message>
        <source>Cannot publish durably on &quot;%1&quot;: the key &quot;%2&quot; holds something other than a stream</source>
        <translation>Auf „%1“ kann nicht dauerhaft veröffentlicht werden: Der Schlüssel „%2“ enthält etwas anderes als einen Stream</translation>
    </message>
    <message>
        <source>Durable publish on &quot;%1&quot; (stream &quot;%2&quot;) failed: %3</source>
        <translation>Dauerhaftes Veröffentlichen auf „%1“ (Stream „%2“) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>unerwartete Antwort</translation>
    </message>
</context>
<context>
    <name>RedisSource</name>
    <message numerus="yes">
        <source>No answer from %1 for %n s; the connection is presumed dead</source>
        <translation>
            <numerusform>Seit %n s keine Antwort von %1; die Verbindung gilt als getrennt</numerusform>
            <numerusform>Seit %n s keine Antwort von %1; die Verbindung gilt als getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting to %1</source>
        <translation>Verbindung mit %1 wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
    <message>
        <source>streams %1</source>
        <translation>Streams %1</translation>
    </message>
</context>
<context>
    <name>RedisStreamReader</name>
    <message numerus="yes">
        <source>No answer from %1 on the stream connection for %n s; it is presumed dead</source>
        <translation>
            <numerusform>Seit %n s keine Antwort von %1 auf der Stream-Verbindung; sie gilt als getrennt</numerusform>
            <numerusform>Seit %n s keine Antwort von %1 auf der Stream-Verbindung; sie gilt als getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 to read streams</source>
        <translation>Verbindung mit %1 wird hergestellt, um Streams zu lesen</translation>
    </message>
    <message>
        <source>the first or the last entry</source>
        <translation>der erste oder der letzte Eintrag</translation>
    </message>
    <message>
        <source>No stream of %1 can be read</source>
        <translation>Kein Stream von %1 kann gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n stream(s) from %1</source>
        <translation>
            <numerusform>%n Stream wird von %1 gelesen</numerusform>
            <numerusform>%n Streams werden von %1 gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>The backfill of the stream &quot;%1&quot; stops at an entry larger than the %2 limit (XREVRANGE %1 %3): passing it needs EVAL, which failed: %4</source>
        <translation>Das erste Laden des Streams „%1“ hält an einem Eintrag an, der größer als die Grenze von %2 ist (XREVRANGE %1 %3): Um ihn zu überspringen, ist EVAL nötig, und das ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>der erste Eintrag</translation>
    </message>
    <message>
        <source>the entry after %1</source>
        <translation>der Eintrag nach %1</translation>
    </message>
    <message>
        <source>Reading the streams %1 failed: %2</source>
        <translation>Das Lesen der Streams %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of the durable channel &quot;%2&quot; holds something other than a stream; it is not read</source>
        <translation>Der Schlüssel „%1“ des dauerhaften Kanals „%2“ enthält etwas anderes als einen Stream; er wird nicht gelesen</translation>
    </message>
    <message>
        <source>No permission to read the stream &quot;%1&quot; of the durable channel &quot;%2&quot;: ACL user &quot;%3&quot; needs read access to that key and XINFO, XREVRANGE and XREAD (%4)</source>
        <translation>Keine Berechtigung, den Stream „%1“ des dauerhaften Kanals „%2“ zu lesen: Der ACL-Benutzer „%3“ braucht Lesezugriff auf diesen Schlüssel sowie XINFO, XREVRANGE und XREAD (%4)</translation>
    </message>
    <message>
        <source>Reading the stream &quot;%1&quot; of the durable channel &quot;%2&quot; failed: %3</source>
        <translation>Das Lesen des Streams „%1“ des dauerhaften Kanals „%2“ ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>In the stream &quot;%1&quot; of the durable channel &quot;%2&quot;, %3 is larger than the %4 reply limit. Herald passes such an entry by asking for its id with a small script (EVAL), which failed: %5. The stream is not read: let ACL user &quot;%6&quot; run EVAL, raise the limit, or delete that entry</source>
        <translation>Im Stream „%1“ des dauerhaften Kanals „%2“ ist %3 größer als die Antwortgrenze von %4. Herald überspringt einen solchen Eintrag, indem es seine ID mit einem kleinen Skript (EVAL) erfragt, und das ist fehlgeschlagen: %5. Der Stream wird nicht gelesen: Erlauben Sie dem ACL-Benutzer „%6“ EVAL, erhöhen Sie die Grenze oder löschen Sie diesen Eintrag</translation>
    </message>
</context>
<context>
    <name>RespConnection</name>
    <message>
        <source>Cannot read a CA certificate from %1</source>
        <translation>Aus %1 kann kein CA-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read a client certificate from %1</source>
        <translation>Aus %1 kann kein Client-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the private key %1</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The private key %1 is not an unencrypted RSA or EC key in PEM format</source>
        <translation>Der private Schlüssel %1 ist kein unverschlüsselter RSA- oder EC-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>No TLS handshake from %1 within %2 s (is TLS enabled on that port?)</source>
        <translation>Kein TLS-Handshake von %1 innerhalb von %2 s (ist TLS auf diesem Port aktiviert?)</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 s</source>
        <translation>%1 hat die Verbindung angenommen, aber nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Verbinden mit %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>RespDecoder</name>
    <message>
        <source>Protocol error: %1</source>
        <translation>Protokollfehler: %1</translation>
    </message>
    <message>
        <source>Protocol error: %1 (is this a Redis server?)</source>
        <translation>Protokollfehler: %1 (ist das ein Redis-Server?)</translation>
    </message>
</context>
<context>
    <name>RespFrameGuard</name>
    <message>
        <source>The server announced a reply of %1, more than the %2 limit; connection dropped</source>
        <translation>Der Server kündigte eine Antwort von %1 an, mehr als die Grenze von %2; Verbindung getrennt</translation>
    </message>
    <message>
        <source>The server sent a reply larger than the %1 limit; connection dropped</source>
        <translation>Der Server hat eine Antwort gesendet, die größer als die Grenze von %1 ist; Verbindung getrennt</translation>
    </message>
    <message>
        <source>The server announced a reply of %1 elements, more than fit in the %2 limit; connection dropped</source>
        <translation>Der Server kündigte eine Antwort mit %1 Elementen an, mehr als in die Grenze von %2 passen; Verbindung getrennt</translation>
    </message>
    <message>
        <source>Protocol error: a reply is nested deeper than %1 levels</source>
        <translation>Protokollfehler: Eine Antwort ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>Protocol error: unexpected byte 0x%1 where a reply should start (is this a Redis server?)</source>
        <translation>Protokollfehler: unerwartetes Byte 0x%1 am Beginn einer Antwort (ist das ein Redis-Server?)</translation>
    </message>
    <message>
        <source>Protocol error: malformed length in a reply</source>
        <translation>Protokollfehler: fehlerhafte Länge in einer Antwort</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No keychain service was found: passwords are kept for this session only and asked again after a restart.</source>
        <translation>Es wurde kein Schlüsselbunddienst gefunden: Passwörter werden nur für diese Sitzung aufbewahrt und nach einem Neustart erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Herald Settings</source>
        <translation>Herald-Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <extracomment>Read aloud for the row of tabs (Connections, Notifications, General)</extracomment>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Connection log...</source>
        <translation>Verbindungsprotokoll...</translation>
    </message>
    <message>
        <source>Shows what happened on each connection</source>
        <translation>Zeigt, was bei jeder Verbindung geschah</translation>
    </message>
</context>
<context>
    <name>SocketIoSource</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <source>%1 does not speak Socket.IO 4: its first message was not an Engine.IO open packet</source>
        <translation>%1 spricht nicht Socket.IO 4: Seine erste Nachricht war kein Engine.IO-Open-Paket</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 does not speak Socket.IO 4: %2</source>
        <translation>%1 spricht nicht Socket.IO 4: %2</translation>
    </message>
    <message>
        <source>%1 sent a malformed CONNECT reply</source>
        <translation>%1 hat eine fehlerhafte CONNECT-Antwort gesendet</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: the server closed the session</source>
        <translation>%1: Der Server hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>%1 sent a binary event &quot;%2&quot;: Herald reads text events only, so binary events on this connection are skipped</source>
        <translation>%1 hat ein binäres Ereignis „%2“ gesendet: Herald liest nur Textereignisse, binäre Ereignisse auf dieser Verbindung werden daher übersprungen</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s, not even its pings: the connection is dead</source>
        <translation>%1 hat %2 s lang nichts gesendet, nicht einmal Pings: Die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>%1 did not answer the Socket.IO CONNECT within %2 s</source>
        <translation>%1 hat auf das Socket.IO-CONNECT nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1 sent no Engine.IO open packet within %2 s: is it a Socket.IO 4 server?</source>
        <translation>%1 hat innerhalb von %2 s kein Engine.IO-Open-Paket gesendet: Ist es ein Socket.IO-4-Server?</translation>
    </message>
    <message>
        <source>%1 sent a malformed Socket.IO packet (%2); it was skipped</source>
        <translation>%1 hat ein fehlerhaftes Socket.IO-Paket gesendet (%2); es wurde übersprungen</translation>
    </message>
    <message>
        <source>Connected to %1 (session recovered: nothing was missed)</source>
        <translation>Mit %1 verbunden (Sitzung wiederhergestellt: nichts wurde verpasst)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
    <message>
        <source>%1: this server allows only HTTP long-polling; Herald needs the websocket transport</source>
        <translation>%1: Dieser Server erlaubt nur HTTP-Long-Polling; Herald braucht den WebSocket-Transport</translation>
    </message>
</context>
<context>
    <name>SourceManager</name>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>This kind of connection is not known</source>
        <translation>Diese Art von Verbindung ist nicht bekannt</translation>
    </message>
    <message>
        <source>The history could not be read, so where the durable channels of %1 stopped is not known: not connecting until it can be read (trying again in %2 s)</source>
        <translation>Der Verlauf konnte nicht gelesen werden, daher ist unbekannt, wo die dauerhaften Kanäle von %1 aufgehört haben: Es wird erst verbunden, wenn er gelesen werden kann (neuer Versuch in %2 s)</translation>
    </message>
    <message>
        <source>%1 (durable)</source>
        <translation>%1 (dauerhaft)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Listening to %1.</source>
        <translation>Empfängt %1.</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>wird neu verbunden</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source> (retrying in %n s)</source>
        <translation>
            <numerusform> (neuer Versuch in %n s)</numerusform>
            <numerusform> (neuer Versuch in %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Send a notification...</source>
        <translation>Benachrichtigung senden...</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Einstellungen...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>Noch keine Benachrichtigungen</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No connection set up</source>
        <translation>Keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Nicht stören bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebSocketConnection</name>
    <message>
        <source>%1 did not complete the WebSocket handshake within %2 s</source>
        <translation>%1 hat den WebSocket-Handshake nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 does not speak the %2 WebSocket subprotocol</source>
        <translation>%1 spricht das WebSocket-Unterprotokoll %2 nicht</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s: the connection is dead</source>
        <translation>%1 antwortet seit %2 s nicht mehr: Die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (HTTP %2): check the token or headers</source>
        <translation>%1 hat die Verbindung abgelehnt (HTTP %2): Prüfen Sie das Token oder die Header</translation>
    </message>
    <message>
        <source>%1 has no WebSocket endpoint at this path (HTTP 404)</source>
        <translation>%1 hat unter diesem Pfad keinen WebSocket-Endpunkt (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket handshake with HTTP %2</source>
        <translation>%1 hat den WebSocket-Handshake mit HTTP %2 beantwortet</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 sent a message larger than the limit of %2 KiB; it was refused</source>
        <translation>%1 hat eine Nachricht gesendet, die größer als die Grenze von %2 KiB ist; sie wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket handshake</source>
        <translation>%1 hat den WebSocket-Handshake abgelehnt</translation>
    </message>
</context>
<context>
    <name>WindowsAutostart</name>
    <message>
        <source>Could not change the Run entry in the registry.</source>
        <translation>Der Run-Eintrag in der Registrierung konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Desktop notifications from Redis</source>
        <translation>Desktop-Benachrichtigungen aus Redis</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald: desktop notifications from Redis Pub/Sub, in the system tray.</source>
        <translation>Herald: Desktop-Benachrichtigungen aus Redis Pub/Sub, im Infobereich.</translation>
    </message>
    <message>
        <source>Connect to URL (redis://, rediss://, socketio+ws://, nchan+ws://, ws:// or their TLS forms) instead of the saved connections; repeatable; never saved.</source>
        <translation>Statt mit den gespeicherten Verbindungen mit URL verbinden (redis://, rediss://, socketio+ws://, nchan+ws://, ws:// oder deren TLS-Form); mehrfach möglich; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Subscribe to NAME.</source>
        <translation>NAME abonnieren.</translation>
    </message>
    <message>
        <source>Subscribe to GLOB.</source>
        <translation>GLOB abonnieren.</translation>
    </message>
    <message>
        <source>Read NAME from its Redis Stream (herald:stream:NAME), so nothing published while away is missed.</source>
        <translation>NAME aus seinem Redis-Stream (herald:stream:NAME) lesen, damit nichts verpasst wird, was in der Zwischenzeit veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>Read the token of the gateway --sources from the first line of FILE (or set HERALD_TOKEN).</source>
        <translation>Das Token der Gateway-Quellen (--source) aus der ersten Zeile von FILE lesen (oder HERALD_TOKEN setzen).</translation>
    </message>
    <message>
        <source>Use FILE for settings (and keep the history beside it).</source>
        <translation>FILE für die Einstellungen verwenden (und den Verlauf daneben ablegen).</translation>
    </message>
    <message>
        <source>Keep the notification history in DIR.</source>
        <translation>Den Benachrichtigungsverlauf in DIR ablegen.</translation>
    </message>
    <message>
        <source>Start in the tray, without opening the window.</source>
        <translation>Im Infobereich starten, ohne das Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Popups through BACKEND: freedesktop, tray or popup.</source>
        <translation>Pop-ups über BACKEND: freedesktop, tray oder popup.</translation>
    </message>
    <message>
        <source>--channel, --pattern and --durable-channel need a --source</source>
        <translation>--channel, --pattern und --durable-channel brauchen eine --source</translation>
    </message>
    <message>
        <source>herald: cannot read the token file %1</source>
        <translation>herald: Die Token-Datei %1 kann nicht gelesen werden</translation>
    </message>
</context>
</TS>
