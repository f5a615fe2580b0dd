<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>%1 Until that is fixed, notifications are kept only until Herald quits.</source>
        <translation>%1 Tant que ce n’est pas corrigé, les notifications ne sont conservées que jusqu’à la fermeture de Herald.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>There is no system tray here (on GNOME, the AppIndicator extension adds one), so Herald runs in this window: closing it quits Herald.</source>
        <translation>Il n’y a pas de zone de notification ici (sous GNOME, l’extension AppIndicator en ajoute une)&#xa0;: Herald s’exécute donc dans cette fenêtre, et la fermer quitte Herald.</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>Abonné à %1</translation>
    </message>
    <message>
        <source>Disconnected from %1 to %2: messages published on non-durable channels meanwhile were not received</source>
        <translation>Déconnecté de %1 à %2&#xa0;: les messages publiés entre-temps sur les canaux non durables n’ont pas été reçus</translation>
    </message>
    <message>
        <source>Reconnecting after sleep</source>
        <translation>Reconnexion après la mise en veille</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChannelDiscovery</name>
    <message>
        <source>PUBSUB failed: %1</source>
        <translation>Échec de PUBSUB&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <source>Durable: read this channel from a Redis Stream, from where Herald left off, so nothing published while Herald was closed, asleep or offline is missed. Publishers must add to the stream as well, as Herald&apos;s own &quot;Send a notification&quot; does.</source>
        <translation>Durable&#xa0;: lire ce canal depuis un stream Redis, à partir de là où Herald s’était arrêté, pour ne rien manquer de ce qui a été publié pendant que Herald était fermé, en veille ou hors ligne. Les éditeurs doivent aussi ajouter au stream, comme le fait «&#xa0;Envoyer une notification&#xa0;» de Herald.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Discover...</source>
        <translation>Découvrir...</translation>
    </message>
    <message>
        <source>Channel name, or a glob pattern such as deploy:*</source>
        <translation>Nom de canal, ou un motif glob comme deploy:*</translation>
    </message>
    <message>
        <source>Subscribe with PSUBSCRIBE: * ? and [abc] match channel names</source>
        <translation>S’abonner avec PSUBSCRIBE&#xa0;: * ? et [abc] correspondent aux noms de canaux</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Channel or pattern</source>
        <translation>Canal ou motif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>Durable</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clé du stream</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Popups from</source>
        <translation>Bannières dès</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>all (1+)</source>
        <translation>toutes (1+)</translation>
    </message>
    <message>
        <source>low (2+)</source>
        <translation>basse (2+)</translation>
    </message>
    <message>
        <source>normal (3+)</source>
        <translation>normale (3+)</translation>
    </message>
    <message>
        <source>high (4+)</source>
        <translation>haute (4+)</translation>
    </message>
    <message>
        <source>urgent (5)</source>
        <translation>urgente (5)</translation>
    </message>
    <message>
        <source>Patterns cannot be durable: each durable channel has a stream of its own.</source>
        <translation>Un motif ne peut pas être durable&#xa0;: chaque canal durable a son propre stream.</translation>
    </message>
    <message>
        <source>The Redis Stream this channel is read from; empty: %1</source>
        <translation>Le stream Redis depuis lequel ce canal est lu&#xa0;; vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Event name</source>
        <extracomment>Socket.IO: the name of the event a server emits, e.g. &quot;notification&quot;</extracomment>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>Event name, e.g. notification (the default when the list is empty)</source>
        <translation>Nom de l’événement, par exemple notification (la valeur par défaut si la liste est vide)</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>Identifiant du canal</translation>
    </message>
    <message>
        <source>Nchan channel id, appended to the URL&apos;s path, e.g. deploys</source>
        <translation>Identifiant de canal Nchan, ajouté au chemin de l’URL, par exemple deploys</translation>
    </message>
    <message>
        <source>Channels and patterns</source>
        <translation>Canaux et motifs</translation>
    </message>
    <message>
        <source>Lists the channels the server carries now</source>
        <translation>Liste les canaux actifs sur le serveur</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <extracomment>Accessible name of a channel&apos;s &quot;On&quot; box; %1 is the channel&apos;s name</extracomment>
        <translation>S’abonner à %1</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>Rendre %1 muet</translation>
    </message>
    <message>
        <source>Popups from %1 from this priority on</source>
        <translation>Bannières de %1 à partir de cette priorité</translation>
    </message>
    <message>
        <source>Read %1 from its Redis Stream (durable)</source>
        <translation>Lire %1 depuis son stream Redis (durable)</translation>
    </message>
    <message>
        <source>Stream key of %1</source>
        <translation>Clé du stream de %1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send a notification</source>
        <translation>Envoyer une notification</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Priorities to publish with; &quot;Default&quot; sends none, so the receiver&apos;s default applies</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>1 - min</source>
        <translation>1 - minimale</translation>
    </message>
    <message>
        <source>2 - low</source>
        <translation>2 - basse</translation>
    </message>
    <message>
        <source>3 - normal</source>
        <translation>3 - normale</translation>
    </message>
    <message>
        <source>4 - high</source>
        <translation>4 - haute</translation>
    </message>
    <message>
        <source>5 - urgent</source>
        <translation>5 - urgente</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>Set up a connection in Settings first.</source>
        <translation>Configurez d’abord une connexion dans les paramètres.</translation>
    </message>
    <message>
        <source>Give the channel to publish on.</source>
        <translation>Indiquez le canal sur lequel publier.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Envoi...</translation>
    </message>
    <message>
        <source>Sent. Subscribers that received it: %L1.</source>
        <translation>Envoyée. Abonnés qui l’ont reçue&#xa0;: %L1.</translation>
    </message>
    <message>
        <source>Sent and kept as stream entry %1. Subscribers that received it: %L2.</source>
        <translation>Envoyée et conservée comme entrée %1 du stream. Abonnés qui l’ont reçue&#xa0;: %L2.</translation>
    </message>
</context>
<context>
    <name>ConnectionLogDialog</name>
    <message>
        <source>Connection log</source>
        <translation>Journal des connexions</translation>
    </message>
    <message>
        <source>Connection</source>
        <extracomment>Read aloud for the combo box that chooses whose log is shown</extracomment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>What happened on this connection</source>
        <extracomment>Read aloud for the text field with the chosen connection&apos;s log</extracomment>
        <translation>Ce qui s’est passé sur cette connexion</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A channel name cannot be empty</source>
        <translation>Un nom de canal ne peut pas être vide</translation>
    </message>
    <message>
        <source>A channel name cannot contain control characters such as tabs or line breaks</source>
        <translation>Un nom de canal ne peut pas contenir de caractères de contrôle comme des tabulations ou des sauts de ligne</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsPage</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Se connecter à ce serveur</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Redis&apos;s built-in user is called &quot;default&quot;: keep the word as it is</extracomment>
        <translation>default</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key)</source>
        <translation>Clés (*.pem *.key)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Utili&amp;sateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>TLS &amp;CA file:</source>
        <translation>Fichier de l’&amp;AC TLS&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client&#xa0;:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Connexion...</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Retirer la connexion sélectionnée</translation>
    </message>
    <message>
        <source>A JSON WebSocket feed has no channels: every message it sends is a notification.</source>
        <translation>Un flux WebSocket JSON n’a pas de canaux&#xa0;: chaque message qu’il envoie est une notification.</translation>
    </message>
    <message>
        <source>Redis Pub/Sub</source>
        <translation>Redis Pub/Sub</translation>
    </message>
    <message>
        <source>Socket.IO server</source>
        <translation>Serveur Socket.IO</translation>
    </message>
    <message>
        <source>Nchan</source>
        <translation>Nchan</translation>
    </message>
    <message>
        <source>JSON WebSocket feed</source>
        <translation>Flux WebSocket JSON</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Facultatif, séparés par des virgules</translation>
    </message>
    <message>
        <source>One per line, e.g. X-Api-Key: …</source>
        <translation>Un par ligne, par exemple X-Api-Key: …</translation>
    </message>
    <message>
        <source>System settings; or none, http://host:3128, socks5://host:1080</source>
        <translation>Paramètres du système&#xa0;; ou none, http://host:3128, socks5://host:1080</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>Larger messages are refused: a server cannot make Herald allocate without bound.</source>
        <translation>Les messages plus grands sont refusés&#xa0;: un serveur ne peut pas faire allouer à Herald une mémoire sans limite.</translation>
    </message>
    <message>
        <source>Connects once with these settings and says how it went</source>
        <translation>Se connecte une fois avec ces paramètres et indique le résultat</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>Fichier de l’AC TLS</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Salons&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Largest message:</source>
        <translation>Message le plus &amp;grand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n’a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>Connected and authenticated to %1.</source>
        <translation>Connecté et authentifié auprès de %1.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Opens %1</source>
        <translation>Ouvre %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
</context>
<context>
    <name>DiscoverDialog</name>
    <message>
        <source>Search again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Discover channels on %1</source>
        <translation>Découvrir les canaux de %1</translation>
    </message>
    <message>
        <source>All channels (or a glob pattern)</source>
        <translation>Tous les canaux (ou un motif glob)</translation>
    </message>
    <message>
        <source>Channel pattern</source>
        <extracomment>Read aloud for the field that narrows the search to channels matching a glob pattern</extracomment>
        <translation>Motif de canal</translation>
    </message>
    <message>
        <source>Channels found</source>
        <extracomment>Read aloud for the list of channels found on the server</extracomment>
        <translation>Canaux trouvés</translation>
    </message>
    <message>
        <source>Add ticked channels</source>
        <translation>Ajouter les canaux cochés</translation>
    </message>
    <message numerus="yes">
        <source>Asking the server and listening for %n seconds...</source>
        <translation>
            <numerusform>Interrogation du serveur et écoute pendant %n seconde...</numerusform>
            <numerusform>Interrogation du serveur et écoute pendant %n secondes...</numerusform>
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
            <numerusform>%Ln abonné</numerusform>
            <numerusform>%Ln abonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages while listening</source>
        <translation>
            <numerusform>%Ln message pendant l’écoute</numerusform>
            <numerusform>%Ln messages pendant l’écoute</numerusform>
        </translation>
    </message>
    <message>
        <source>No active channels found. PUBSUB lists only channels with a subscriber; nothing was published while listening either.</source>
        <translation>Aucun canal actif trouvé. PUBSUB ne liste que les canaux ayant un abonné, et rien n’a été publié pendant l’écoute.</translation>
    </message>
    <message>
        <source>Channels found: %L1</source>
        <translation>Canaux trouvés&#xa0;: %L1</translation>
    </message>
</context>
<context>
    <name>GapMarker</name>
    <message>
        <source>Disconnected %1 to %2</source>
        <translation>Déconnecté de %1 à %2</translation>
    </message>
    <message>
        <source>Messages published meanwhile were not received.</source>
        <translation>Les messages publiés entre-temps n’ont pas été reçus.</translation>
    </message>
    <message>
        <source>Messages published on %1 meanwhile were not received.</source>
        <translation>Les messages publiés entre-temps sur %1 n’ont pas été reçus.</translation>
    </message>
    <message>
        <source>Missed notifications on %1</source>
        <translation>Notifications manquées sur %1</translation>
    </message>
    <message>
        <source>Entries published between %1 and %2 were trimmed from stream %3 (MAXLEN) before Herald read them and are lost.</source>
        <translation>Les entrées publiées entre %1 et %2 ont été retirées du stream %3 (MAXLEN) avant que Herald ne les lise, et sont perdues.</translation>
    </message>
    <message>
        <source>Entries published between %1 and %2 were trimmed from stream %3 (MAXLEN) before Herald read them and may have been lost.</source>
        <translation>Les entrées publiées entre %1 et %2 ont été retirées du stream %3 (MAXLEN) avant que Herald ne les lise, et ont pu être perdues.</translation>
    </message>
    <message>
        <source>Entries published before %1 were trimmed from stream %2 (MAXLEN) before Herald read them and are lost.</source>
        <translation>Les entrées publiées avant %1 ont été retirées du stream %2 (MAXLEN) avant que Herald ne les lise, et sont perdues.</translation>
    </message>
    <message>
        <source>Entries published before %1 were trimmed from stream %2 (MAXLEN) before Herald read them and may have been lost.</source>
        <translation>Les entrées publiées avant %1 ont été retirées du stream %2 (MAXLEN) avant que Herald ne les lise, et ont pu être perdues.</translation>
    </message>
    <message>
        <source>Number lost: %L1.</source>
        <translation>Nombre d’entrées perdues&#xa0;: %L1.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>l’entrée %1</translation>
    </message>
    <message>
        <source>The stream %1 was deleted or recreated after %2; notifications published on %3 before it was recreated may be lost.</source>
        <translation>Le stream %1 a été supprimé ou recréé après %2&#xa0;; les notifications publiées sur %3 avant sa recréation ont pu être perdues.</translation>
    </message>
    <message>
        <source>Notification too large on %1</source>
        <translation>Notification trop volumineuse sur %1</translation>
    </message>
    <message>
        <source>An entry on %1 (%2) was larger than the %3 limit and was not loaded; it is still in stream %4.</source>
        <translation>Une entrée sur %1 (%2) dépassait la limite de %3 et n’a pas été chargée&#xa0;; elle est toujours dans le stream %4.</translation>
    </message>
</context>
<context>
    <name>GatewayEndpoint</name>
    <message>
        <source>Not a gateway URL; expected socketio+ws://, nchan+ws://, ws:// or their TLS forms (socketio+wss://, nchan+wss://, wss://)</source>
        <translation>Ce n’est pas une URL de passerelle&#xa0;; attendu&#xa0;: socketio+ws://, nchan+ws://, ws:// ou leur forme TLS (socketio+wss://, nchan+wss://, wss://)</translation>
    </message>
    <message>
        <source>The URL names no host</source>
        <translation>L’URL n’indique aucun hôte</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>Le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>Header line %1 is not of the form &quot;Name: value&quot; (a name without spaces, a value in Latin-1 without line breaks)</source>
        <translation>La ligne d’en-tête %1 n’est pas de la forme «&#xa0;Nom: valeur&#xa0;» (un nom sans espace, une valeur en Latin-1 sans saut de ligne)</translation>
    </message>
    <message>
        <source>A Socket.IO namespace cannot contain a comma</source>
        <translation>Un espace de noms Socket.IO ne peut pas contenir de virgule</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start Herald when I log in</source>
        <translation>Lancer Herald à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first choice of the language setting; %1 is the language that means now</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Herald uses the new language after a restart.</source>
        <translation>Herald utilisera la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source> notifications</source>
        <extracomment>The unit after the number of notifications the history keeps at most</extracomment>
        <translation> notifications</translation>
    </message>
    <message>
        <source>forever</source>
        <extracomment>How long the history keeps notifications when no number of days is set</extracomment>
        <translation>indéfiniment</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <extracomment>The unit after the number of days the history keeps notifications</extracomment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Conserver au &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>Conserver &amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Load notification icons from the internet</source>
        <translation>Charger les icônes des notifications depuis Internet</translation>
    </message>
    <message>
        <source>Fetching an icon tells its server that you received the notification. Off by default.</source>
        <translation>Télécharger une icône indique à son serveur que vous avez reçu la notification. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Could not change the start at log-in.</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The notification history %1 is damaged and could not be moved to %2: %3</source>
        <translation>L’historique des notifications %1 est endommagé et n’a pas pu être déplacé vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The notification history %1 is damaged or is not a database</source>
        <translation>L’historique des notifications %1 est endommagé ou n’est pas une base de données</translation>
    </message>
    <message>
        <source>Cannot open the notification history %1</source>
        <translation>Impossible d’ouvrir l’historique des notifications %1</translation>
    </message>
    <message>
        <source>Cannot read the notification history %1</source>
        <translation>Impossible de lire l’historique des notifications %1</translation>
    </message>
    <message>
        <source>The notification history %1 was written by a newer version of Herald</source>
        <translation>L’historique des notifications %1 a été écrit par une version plus récente de Herald</translation>
    </message>
    <message>
        <source>schema %1; this version reads up to schema %2</source>
        <translation>schéma %1&#xa0;; cette version lit jusqu’au schéma %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the notification history %1 to schema %2</source>
        <translation>Impossible de mettre à niveau l’historique des notifications %1 vers le schéma %2</translation>
    </message>
    <message>
        <source>Cannot set up search in the notification history %1</source>
        <translation>Impossible de mettre en place la recherche dans l’historique des notifications %1</translation>
    </message>
    <message>
        <source>The notification history %1 was damaged and has been moved to %2; Herald started with an empty history.</source>
        <translation>L’historique des notifications %1 était endommagé et a été déplacé vers %2&#xa0;; Herald a démarré avec un historique vide.</translation>
    </message>
    <message>
        <source>Checking the notification history %1 found a problem</source>
        <translation>La vérification de l’historique des notifications %1 a détecté un problème</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Could not save notifications in the history %1</source>
        <translation>Impossible d’enregistrer les notifications dans l’historique %1</translation>
    </message>
    <message>
        <source>Could not save the stream positions in the history %1</source>
        <translation>Impossible d’enregistrer les positions des streams dans l’historique %1</translation>
    </message>
    <message>
        <source>Could not read the stream positions in the history %1</source>
        <translation>Impossible de lire les positions des streams dans l’historique %1</translation>
    </message>
    <message>
        <source>Could not read the history %1</source>
        <translation>Impossible de lire l’historique %1</translation>
    </message>
    <message>
        <source>Could not read the channels in the history %1</source>
        <translation>Impossible de lire les canaux de l’historique %1</translation>
    </message>
    <message>
        <source>Could not change the read state in the history %1</source>
        <translation>Impossible de modifier l’état de lecture dans l’historique %1</translation>
    </message>
    <message>
        <source>Could not mark notifications read in the history %1</source>
        <translation>Impossible de marquer les notifications comme lues dans l’historique %1</translation>
    </message>
    <message>
        <source>Could not delete notifications from the history %1</source>
        <translation>Impossible de supprimer des notifications de l’historique %1</translation>
    </message>
    <message>
        <source>Could not clear the history %1</source>
        <translation>Impossible de vider l’historique %1</translation>
    </message>
    <message>
        <source>Could not apply the retention limits to the history %1</source>
        <translation>Impossible d’appliquer les limites de conservation à l’historique %1</translation>
    </message>
</context>
<context>
    <name>JsonWebSocketSource</name>
    <message>
        <source>%1 sent a binary frame (%2 bytes): Herald reads text frames only, so binary frames on this connection are skipped</source>
        <translation>%1 a envoyé une trame binaire (%2 octets)&#xa0;: Herald ne lit que les trames texte, les trames binaires de cette connexion sont donc ignorées</translation>
    </message>
    <message>
        <source>Connected to %1; it sends binary frames, which are skipped: Herald reads text frames only</source>
        <translation>Connecté à %1&#xa0;; il envoie des trames binaires, qui sont ignorées&#xa0;: Herald ne lit que les trames texte</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the password</source>
        <translation>La lecture du mot de passe</translation>
    </message>
    <message>
        <source>Storing the password</source>
        <translation>L’enregistrement du mot de passe</translation>
    </message>
    <message>
        <source>Removing the password</source>
        <translation>La suppression du mot de passe</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain.</source>
        <translation>Les mots de passe sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Opening the keychain</source>
        <translation>L’ouverture du trousseau</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Le trousseau n’a pas répondu dans les %1 s.</translation>
    </message>
</context>
<context>
    <name>NchanChannel</name>
    <message>
        <source>%1 sent a message without Nchan&apos;s id header (is the location an Nchan subscriber?); it was skipped</source>
        <translation>%1 a envoyé un message sans l’en-tête d’identifiant de Nchan (l’emplacement est-il un abonné Nchan&#xa0;?)&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>Missed notifications on %1</source>
        <translation>Notifications manquées sur %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>Au moins %n notification publiée sur %1 entre %2 et %3 a été évincée du tampon de messages de Nchan ou a expiré avant que Herald ne la lise, et est perdue.</numerusform>
            <numerusform>Au moins %n notifications publiées sur %1 entre %2 et %3 ont été évincées du tampon de messages de Nchan ou ont expiré avant que Herald ne les lise, et sont perdues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>%n notification publiée sur %1 entre %2 et %3 a été évincée du tampon de messages de Nchan ou a expiré avant que Herald ne la lise, et est perdue.</numerusform>
            <numerusform>%n notifications publiées sur %1 entre %2 et %3 ont été évincées du tampon de messages de Nchan ou ont expiré avant que Herald ne les lise, et sont perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The WebSocket for %1 failed on message %2 (a text frame that is not UTF-8?); it was fetched over HTTP instead</source>
        <translation>Le WebSocket de %1 a échoué sur le message %2 (une trame texte qui n’est pas en UTF-8&#xa0;?)&#xa0;; il a été récupéré par HTTP à la place</translation>
    </message>
    <message>
        <source>Notification too large on %1</source>
        <translation>Notification trop volumineuse sur %1</translation>
    </message>
    <message>
        <source>A message on %1 (%2) was larger than the limit of %3 KiB and was not loaded; it is still in Nchan&apos;s message buffer.</source>
        <translation>Un message sur %1 (%2) dépassait la limite de %3 Kio et n’a pas été chargé&#xa0;; il est toujours dans le tampon de messages de Nchan.</translation>
    </message>
</context>
<context>
    <name>NchanSource</name>
    <message>
        <source>%1 names no Nchan channel id: end the path with one, or add ?channel=&lt;id&gt; for each channel</source>
        <translation>%1 n’indique aucun identifiant de canal Nchan&#xa0;: terminez le chemin par un identifiant, ou ajoutez ?channel=&lt;id&gt; pour chaque canal</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>(Nchan answers 503 while it cannot reach its Redis server)</source>
        <translation>(Nchan répond 503 tant qu’il ne peut pas joindre son serveur Redis)</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n new notification(s) on %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup title for many notifications at once on one channel; %1 is the channel&apos;s name</extracomment>
        <translation>
            <numerusform>%n nouvelle notification sur %1</numerusform>
            <numerusform>%n nouvelles notifications sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup text under the flood summary; %1 is the newest notification&apos;s title</extracomment>
        <translation>La plus récente&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notifications while you were away</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup title for what durable channels received while Herald was not running or asleep</extracomment>
        <translation>
            <numerusform>%n notification pendant votre absence</numerusform>
            <numerusform>%n notifications pendant votre absence</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel&apos;s name</extracomment>
        <translation>Sur %1</translation>
    </message>
    <message numerus="yes">
        <source>On %n channels, most on %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel that received the most</extracomment>
        <translation>
            <numerusform>Sur %n canal, la plupart sur %1</numerusform>
            <numerusform>Sur %n canaux, la plupart sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationDelegate</name>
    <message>
        <source>link to %1</source>
        <extracomment>In a list row, after the channel; %1 is the host a click on the row opens</extracomment>
        <translation>lien vers %1</translation>
    </message>
</context>
<context>
    <name>NotificationDetailPane</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Notification text</source>
        <extracomment>Read aloud for the read-only text field with the whole notification</extracomment>
        <translation>Texte de la notification</translation>
    </message>
    <message>
        <source>Notification icon</source>
        <translation>Icône de la notification</translation>
    </message>
    <message>
        <source>Copies the notification&apos;s title, text and link</source>
        <translation>Copie le titre, le texte et le lien de la notification</translation>
    </message>
    <message>
        <source>Deletes the notification from the history</source>
        <translation>Supprime la notification de l’historique</translation>
    </message>
    <message>
        <source>priority %1</source>
        <extracomment>%1 is a number from 1 (lowest) to 5 (urgent)</extracomment>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>via pattern %1</source>
        <extracomment>%1 is the glob pattern (PSUBSCRIBE) that matched the notification&apos;s channel</extracomment>
        <translation>via le motif %1</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>No notification selected</source>
        <translation>Aucune notification sélectionnée</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A link button: %1 is the link&apos;s label, %2 the host it leads to</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Ouvre %1</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>lowest priority</source>
        <translation>priorité minimale</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>priorité basse</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>priorité haute</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>normal priority</source>
        <translation>priorité normale</translation>
    </message>
    <message>
        <source>Marker</source>
        <extracomment>Read aloud before a marker row&apos;s text: Herald&apos;s note that messages may be missing</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>Read aloud for a notification in the list</extracomment>
        <translation>lue</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lue</translation>
    </message>
    <message>
        <source>channel %1</source>
        <extracomment>Read aloud for a notification in the list; %1 is the channel&apos;s name</extracomment>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>link to %1</source>
        <extracomment>Read aloud for a notification in the list; %1 is a web site&apos;s host name</extracomment>
        <translation>lien vers %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a list row read aloud (read state, priority, title, body, ...)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>When a notification arrived, shown in the list and read aloud</extracomment>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>When a notification arrived, in minutes; short, for the list</extracomment>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>When a notification arrived, in hours; short, for the list</extracomment>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <extracomment>When a notification arrived</extracomment>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Popups</source>
        <translation>Bannières</translation>
    </message>
    <message>
        <source>Show a popup for new notifications</source>
        <translation>Afficher une bannière pour les nouvelles notifications</translation>
    </message>
    <message>
        <source>Show each popup for:</source>
        <translation>Durée d’affichage de chaque bannière&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>popups within</source>
        <extracomment>Between two spin boxes: &quot;more than [3] popups within [10 s] on one channel ...&quot;</extracomment>
        <translation>bannières en</translation>
    </message>
    <message>
        <source>Summarise more than:</source>
        <translation>Regrouper au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source>Urgent notifications (priority 5) break through do-not-disturb and quiet hours</source>
        <translation>Les notifications urgentes (priorité 5) passent outre «&#xa0;Ne pas déranger&#xa0;» et les heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>No popups during quiet hours (notifications still reach the list)</source>
        <translation>Aucune bannière pendant les heures calmes (les notifications arrivent toujours dans la liste)</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end time of the quiet hours</extracomment>
        <translation>à</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <extracomment>Before the weekday check boxes of the quiet hours</extracomment>
        <translation>Les&#xa0;:</translation>
    </message>
    <message>
        <source>Durable channels</source>
        <translation>Canaux durables</translation>
    </message>
    <message>
        <source>What was published on durable channels while Herald was away is shown as one summary popup.</source>
        <translation>Ce qui a été publié sur les canaux durables pendant l’absence de Herald s’affiche dans une seule bannière récapitulative.</translation>
    </message>
    <message>
        <source>Urgent notifications still get their own popup</source>
        <translation>Les notifications urgentes ont quand même leur propre bannière</translation>
    </message>
    <message>
        <source>When Herald first reads a durable channel, it loads this many of the entries already in its stream into the list, without popups.</source>
        <translation>Lorsque Herald lit un canal durable pour la première fois, il charge dans la liste ce nombre d’entrées déjà présentes dans son stream, sans bannière.</translation>
    </message>
    <message>
        <source>Entries loaded on first contact with a durable channel:</source>
        <translation>Entrées chargées au premier contact avec un canal durable&#xa0;:</translation>
    </message>
    <message>
        <source>Summarise when more popups than this arrive</source>
        <extracomment>Read aloud for the first spin box of &quot;Summarise more than [3] popups within [10 s]&quot;</extracomment>
        <translation>Regrouper quand il arrive plus de bannières que ce nombre</translation>
    </message>
    <message>
        <source>Within this time on one channel</source>
        <extracomment>Read aloud for the second spin box of &quot;Summarise more than [3] popups within [10 s]&quot;</extracomment>
        <translation>Dans ce délai sur un même canal</translation>
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
        <translation>Rechercher dans les notifications (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notifications</source>
        <translation>Rechercher dans les notifications</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <extracomment>Read aloud for the combo box that shows one channel&apos;s notifications only</extracomment>
        <translation>Filtre de canal</translation>
    </message>
    <message>
        <source>Shows the notifications of one channel only</source>
        <translation>N’affiche que les notifications d’un canal</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lues seulement</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>Read aloud for the list of notifications</extracomment>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hides the notices above the list</source>
        <translation>Masque les avis au-dessus de la liste</translation>
    </message>
    <message>
        <source>&amp;Herald</source>
        <translation>&amp;Herald</translation>
    </message>
    <message>
        <source>&amp;Send a notification...</source>
        <translation>&amp;Envoyer une notification...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Connection &amp;log</source>
        <translation>&amp;Journal des connexions</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>C&amp;lear all...</source>
        <translation>Tout &amp;effacer...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Nothing matches this search or filter.</source>
        <translation>Rien ne correspond à cette recherche ou à ce filtre.</translation>
    </message>
    <message>
        <source>No connection is set up yet.
Open Settings to point Herald at a Redis server and choose channels.</source>
        <translation>Aucune connexion n’est encore configurée.
Ouvrez les paramètres pour indiquer à Herald un serveur Redis et choisir des canaux.</translation>
    </message>
    <message>
        <source>No notifications yet.
%1</source>
        <translation>Aucune notification pour l’instant.
%1</translation>
    </message>
    <message>
        <source>Notifications: %L1 · unread: %L2</source>
        <extracomment>The status bar: how many notifications the list shows, and how many are unread</extracomment>
        <translation>Notifications&#xa0;: %L1 · non lues&#xa0;: %L2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A connection&apos;s name, then what is wrong with it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clear all notifications</source>
        <translation>Effacer toutes les notifications</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln stored notifications? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer la notification enregistrée (%Ln)&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer les %Ln notifications enregistrées&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopupWidget</name>
    <message>
        <source>Close</source>
        <extracomment>Tool tip and spoken name of the popup&apos;s × button</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
</context>
<context>
    <name>RedisEndpoint</name>
    <message>
        <source>Not a Redis URL; expected redis://[user:password@]host[:port] or rediss://</source>
        <translation>Ce n’est pas une URL Redis&#xa0;; attendu&#xa0;: redis://[user:password@]host[:port] ou rediss://</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>Le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>The database in the URL path must be a number</source>
        <translation>La base de données dans le chemin de l’URL doit être un nombre</translation>
    </message>
</context>
<context>
    <name>RedisErrorText</name>
    <message>
        <source>Connection refused by %1 (is Redis running and listening there?)</source>
        <translation>Connexion refusée par %1 (Redis est-il lancé et à l’écoute&#xa0;?)</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; (DNS lookup failed)</source>
        <translation>Impossible de résoudre le nom d’hôte «&#xa0;%1&#xa0;» (échec de la résolution DNS)</translation>
    </message>
    <message>
        <source>Timed out connecting to %1</source>
        <translation>Délai dépassé lors de la connexion à %1</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (is TLS enabled on that port, and does it require a client certificate?)</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS (TLS est-il activé sur ce port, et exige-t-il un certificat client&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>Network error reaching %1: %2</source>
        <translation>Erreur réseau en joignant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Échec de la négociation TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Échec de la connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is for %1, not for &quot;%2&quot;</source>
        <translation>TLS&#xa0;: le certificat du serveur est pour %1, pas pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not signed by a trusted certificate authority (give its CA file with --cacert): %1</source>
        <translation>TLS&#xa0;: le certificat du serveur n’est pas signé par une autorité de certification de confiance (indiquez son fichier d’AC avec --cacert)&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate expired on %1</source>
        <translation>TLS&#xa0;: le certificat du serveur a expiré le %1</translation>
    </message>
    <message>
        <source>TLS: the handshake failed</source>
        <translation>TLS&#xa0;: la négociation a échoué</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrong password for %1</source>
        <translation>Mot de passe incorrect pour %1</translation>
    </message>
    <message>
        <source>Wrong user name or password for %1 (or the user is disabled)</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect pour %1 (ou l’utilisateur est désactivé)</translation>
    </message>
    <message>
        <source>%1 requires a password (give it in the URL, --password-file or HERALD_PASSWORD)</source>
        <translation>%1 exige un mot de passe (indiquez-le dans l’URL, avec --password-file ou dans HERALD_PASSWORD)</translation>
    </message>
    <message>
        <source>A password was given, but %1 has no password set</source>
        <translation>Un mot de passe a été fourni, mais %1 n’en a aucun</translation>
    </message>
    <message>
        <source>%1 is loading its data after a restart</source>
        <translation>%1 charge ses données après un redémarrage</translation>
    </message>
    <message>
        <source>%1 is busy running a script</source>
        <translation>%1 est occupé à exécuter un script</translation>
    </message>
    <message>
        <source>The ACL user of %1 may not run %2: %3</source>
        <translation>L’utilisateur ACL de %1 n’a pas le droit d’exécuter %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 a refusé %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No permission to subscribe to the pattern &quot;%1&quot;: ACL user &quot;%2&quot; lacks the channel permission &amp;%1</source>
        <translation>Pas le droit de s’abonner au motif «&#xa0;%1&#xa0;»&#xa0;: l’utilisateur ACL «&#xa0;%2&#xa0;» n’a pas la permission de canal &amp;%1</translation>
    </message>
    <message>
        <source>No permission to subscribe to &quot;%1&quot;: ACL user &quot;%2&quot; lacks the channel permission &amp;%1</source>
        <translation>Pas le droit de s’abonner à «&#xa0;%1&#xa0;»&#xa0;: l’utilisateur ACL «&#xa0;%2&#xa0;» n’a pas la permission de canal &amp;%1</translation>
    </message>
    <message>
        <source>Subscribing to &quot;%1&quot; failed: %2</source>
        <translation>Échec de l’abonnement à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RedisPublisher</name>
    <message>
        <source>Give a title or a body.</source>
        <translation>Indiquez un titre ou un texte.</translation>
    </message>
    <message>
        <source>The priority must be from 1 to 5.</source>
        <translation>La priorité doit être comprise entre 1 et 5.</translation>
    </message>
    <message>
        <source>The link must be an http, https or mailto URL.</source>
        <translation>Le lien doit être une URL http, https ou mailto.</translation>
    </message>
    <message>
        <source>No permission to publish on &quot;%1&quot;: %2</source>
        <translation>Pas le droit de publier sur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>PUBLISH failed: %1</source>
        <translation>Échec de PUBLISH&#xa0;: %1</translation>
    </message>
    <message>
        <source>No permission to publish durably on &quot;%1&quot; (stream &quot;%2&quot;): %3</source>
        <translation>Pas le droit de publier de façon durable sur «&#xa0;%1&#xa0;» (stream «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot publish durably on &quot;%1&quot;: the key &quot;%2&quot; holds something other than a stream</source>
        <translation>Impossible de publier de façon durable sur «&#xa0;%1&#xa0;»&#xa0;: la clé «&#xa0;%2&#xa0;» contient autre chose qu’un stream</translation>
    </message>
    <message>
        <source>Durable publish on &quot;%1&quot; (stream &quot;%2&quot;) failed: %3</source>
        <translation>Échec de la publication durable sur «&#xa0;%1&#xa0;» (stream «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>réponse inattendue</translation>
    </message>
</context>
<context>
    <name>RedisSource</name>
    <message numerus="yes">
        <source>No answer from %1 for %n s; the connection is presumed dead</source>
        <translation>
            <numerusform>Aucune réponse de %1 depuis %n s&#xa0;; la connexion est considérée comme perdue</numerusform>
            <numerusform>Aucune réponse de %1 depuis %n s&#xa0;; la connexion est considérée comme perdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting to %1</source>
        <translation>Reconnexion à %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>streams %1</source>
        <translation>streams %1</translation>
    </message>
</context>
<context>
    <name>RedisStreamReader</name>
    <message numerus="yes">
        <source>No answer from %1 on the stream connection for %n s; it is presumed dead</source>
        <translation>
            <numerusform>Aucune réponse de %1 sur la connexion des streams depuis %n s&#xa0;; elle est considérée comme perdue</numerusform>
            <numerusform>Aucune réponse de %1 sur la connexion des streams depuis %n s&#xa0;; elle est considérée comme perdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 to read streams</source>
        <translation>Connexion à %1 pour lire les streams</translation>
    </message>
    <message>
        <source>the first or the last entry</source>
        <translation>la première ou la dernière entrée</translation>
    </message>
    <message>
        <source>No stream of %1 can be read</source>
        <translation>Aucun stream de %1 ne peut être lu</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n stream(s) from %1</source>
        <translation>
            <numerusform>Lecture de %n stream depuis %1</numerusform>
            <numerusform>Lecture de %n streams depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The backfill of the stream &quot;%1&quot; stops at an entry larger than the %2 limit (XREVRANGE %1 %3): passing it needs EVAL, which failed: %4</source>
        <translation>Le chargement initial du stream «&#xa0;%1&#xa0;» s’arrête sur une entrée dépassant la limite de %2 (XREVRANGE %1 %3)&#xa0;: la passer nécessite EVAL, qui a échoué&#xa0;: %4</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>la première entrée</translation>
    </message>
    <message>
        <source>the entry after %1</source>
        <translation>l’entrée qui suit %1</translation>
    </message>
    <message>
        <source>Reading the streams %1 failed: %2</source>
        <translation>Échec de la lecture des streams %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of the durable channel &quot;%2&quot; holds something other than a stream; it is not read</source>
        <translation>La clé «&#xa0;%1&#xa0;» du canal durable «&#xa0;%2&#xa0;» contient autre chose qu’un stream&#xa0;; elle n’est pas lue</translation>
    </message>
    <message>
        <source>No permission to read the stream &quot;%1&quot; of the durable channel &quot;%2&quot;: ACL user &quot;%3&quot; needs read access to that key and XINFO, XREVRANGE and XREAD (%4)</source>
        <translation>Pas le droit de lire le stream «&#xa0;%1&#xa0;» du canal durable «&#xa0;%2&#xa0;»&#xa0;: l’utilisateur ACL «&#xa0;%3&#xa0;» doit pouvoir lire cette clé et exécuter XINFO, XREVRANGE et XREAD (%4)</translation>
    </message>
    <message>
        <source>Reading the stream &quot;%1&quot; of the durable channel &quot;%2&quot; failed: %3</source>
        <translation>Échec de la lecture du stream «&#xa0;%1&#xa0;» du canal durable «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>In the stream &quot;%1&quot; of the durable channel &quot;%2&quot;, %3 is larger than the %4 reply limit. Herald passes such an entry by asking for its id with a small script (EVAL), which failed: %5. The stream is not read: let ACL user &quot;%6&quot; run EVAL, raise the limit, or delete that entry</source>
        <translation>Dans le stream «&#xa0;%1&#xa0;» du canal durable «&#xa0;%2&#xa0;», %3 dépasse la limite de réponse de %4. Herald passe une telle entrée en demandant son identifiant par un petit script (EVAL), ce qui a échoué&#xa0;: %5. Le stream n’est pas lu&#xa0;: autorisez EVAL pour l’utilisateur ACL «&#xa0;%6&#xa0;», relevez la limite ou supprimez cette entrée</translation>
    </message>
</context>
<context>
    <name>RespConnection</name>
    <message>
        <source>Cannot read a CA certificate from %1</source>
        <translation>Impossible de lire un certificat d’AC depuis %1</translation>
    </message>
    <message>
        <source>Cannot read a client certificate from %1</source>
        <translation>Impossible de lire un certificat client depuis %1</translation>
    </message>
    <message>
        <source>Cannot read the private key %1</source>
        <translation>Impossible de lire la clé privée %1</translation>
    </message>
    <message>
        <source>The private key %1 is not an unencrypted RSA or EC key in PEM format</source>
        <translation>La clé privée %1 n’est pas une clé RSA ou EC non chiffrée au format PEM</translation>
    </message>
    <message>
        <source>No TLS handshake from %1 within %2 s (is TLS enabled on that port?)</source>
        <translation>Pas de négociation TLS de %1 en %2 s (TLS est-il activé sur ce port&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 s</source>
        <translation>%1 a accepté la connexion mais n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2</source>
        <translation>Délai dépassé après %1 s lors de la connexion à %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>RespDecoder</name>
    <message>
        <source>Protocol error: %1</source>
        <translation>Erreur de protocole&#xa0;: %1</translation>
    </message>
    <message>
        <source>Protocol error: %1 (is this a Redis server?)</source>
        <translation>Erreur de protocole&#xa0;: %1 (est-ce bien un serveur Redis&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>RespFrameGuard</name>
    <message>
        <source>The server announced a reply of %1, more than the %2 limit; connection dropped</source>
        <translation>Le serveur a annoncé une réponse de %1, au-delà de la limite de %2&#xa0;; connexion abandonnée</translation>
    </message>
    <message>
        <source>The server sent a reply larger than the %1 limit; connection dropped</source>
        <translation>Le serveur a envoyé une réponse dépassant la limite de %1&#xa0;; connexion abandonnée</translation>
    </message>
    <message>
        <source>The server announced a reply of %1 elements, more than fit in the %2 limit; connection dropped</source>
        <translation>Le serveur a annoncé une réponse de %1 éléments, plus que n’en permet la limite de %2&#xa0;; connexion abandonnée</translation>
    </message>
    <message>
        <source>Protocol error: a reply is nested deeper than %1 levels</source>
        <translation>Erreur de protocole&#xa0;: une réponse est imbriquée sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>Protocol error: unexpected byte 0x%1 where a reply should start (is this a Redis server?)</source>
        <translation>Erreur de protocole&#xa0;: octet 0x%1 inattendu au début d’une réponse (est-ce bien un serveur Redis&#xa0;?)</translation>
    </message>
    <message>
        <source>Protocol error: malformed length in a reply</source>
        <translation>Erreur de protocole&#xa0;: longueur mal formée dans une réponse</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No keychain service was found: passwords are kept for this session only and asked again after a restart.</source>
        <translation>Aucun service de trousseau trouvé&#xa0;: les mots de passe ne sont conservés que pour cette session et redemandés après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Herald Settings</source>
        <translation>Paramètres de Herald</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <extracomment>Read aloud for the row of tabs (Connections, Notifications, General)</extracomment>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Connection log...</source>
        <translation>Journal des connexions...</translation>
    </message>
    <message>
        <source>Shows what happened on each connection</source>
        <translation>Montre ce qui s’est passé sur chaque connexion</translation>
    </message>
</context>
<context>
    <name>SocketIoSource</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>%1 does not speak Socket.IO 4: its first message was not an Engine.IO open packet</source>
        <translation>%1 ne parle pas Socket.IO 4&#xa0;: son premier message n’était pas un paquet open d’Engine.IO</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>%1 does not speak Socket.IO 4: %2</source>
        <translation>%1 ne parle pas Socket.IO 4&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent a malformed CONNECT reply</source>
        <translation>%1 a envoyé une réponse CONNECT mal formée</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the server closed the session</source>
        <translation>%1&#xa0;: le serveur a fermé la session</translation>
    </message>
    <message>
        <source>%1 sent a binary event &quot;%2&quot;: Herald reads text events only, so binary events on this connection are skipped</source>
        <translation>%1 a envoyé un événement binaire «&#xa0;%2&#xa0;»&#xa0;: Herald ne lit que les événements texte, les événements binaires de cette connexion sont donc ignorés</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s, not even its pings: the connection is dead</source>
        <translation>%1 n’a rien envoyé depuis %2 s, pas même ses pings&#xa0;: la connexion est perdue</translation>
    </message>
    <message>
        <source>%1 did not answer the Socket.IO CONNECT within %2 s</source>
        <translation>%1 n’a pas répondu au CONNECT Socket.IO en %2 s</translation>
    </message>
    <message>
        <source>%1 sent no Engine.IO open packet within %2 s: is it a Socket.IO 4 server?</source>
        <translation>%1 n’a envoyé aucun paquet open Engine.IO en %2 s&#xa0;: est-ce un serveur Socket.IO 4&#xa0;?</translation>
    </message>
    <message>
        <source>%1 sent a malformed Socket.IO packet (%2); it was skipped</source>
        <translation>%1 a envoyé un paquet Socket.IO mal formé (%2)&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>Connected to %1 (session recovered: nothing was missed)</source>
        <translation>Connecté à %1 (session rétablie&#xa0;: rien n’a été manqué)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>%1: this server allows only HTTP long-polling; Herald needs the websocket transport</source>
        <translation>%1&#xa0;: ce serveur n’autorise que le long-polling HTTP&#xa0;; Herald a besoin du transport websocket</translation>
    </message>
</context>
<context>
    <name>SourceManager</name>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation>Le mot de passe n’a pas pu être lu depuis le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>This kind of connection is not known</source>
        <translation>Ce type de connexion est inconnu</translation>
    </message>
    <message>
        <source>The history could not be read, so where the durable channels of %1 stopped is not known: not connecting until it can be read (trying again in %2 s)</source>
        <translation>L’historique n’a pas pu être lu, on ne sait donc pas où se sont arrêtés les canaux durables de %1&#xa0;: pas de connexion tant qu’il ne peut pas être lu (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <source>%1 (durable)</source>
        <translation>%1 (durable)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <source>Listening to %1.</source>
        <translation>À l’écoute de %1.</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion en cours</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message numerus="yes">
        <source> (retrying in %n s)</source>
        <translation>
            <numerusform> (nouvel essai dans %n s)</numerusform>
            <numerusform> (nouvel essai dans %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show notifications</source>
        <translation>Afficher les notifications</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Send a notification...</source>
        <translation>Envoyer une notification...</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Paramètres...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>Aucune notification pour l’instant</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No connection set up</source>
        <translation>Aucune connexion configurée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Ne pas déranger jusqu’à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebSocketConnection</name>
    <message>
        <source>%1 did not complete the WebSocket handshake within %2 s</source>
        <translation>%1 n’a pas terminé la négociation WebSocket en %2 s</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate</source>
        <translation>Le fichier d’AC %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 does not speak the %2 WebSocket subprotocol</source>
        <translation>%1 ne parle pas le sous-protocole WebSocket %2</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s: the connection is dead</source>
        <translation>%1 ne répond plus depuis %2 s&#xa0;: la connexion est perdue</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>Le certificat TLS de %1 n’a pas été accepté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (HTTP %2): check the token or headers</source>
        <translation>%1 a refusé la connexion (HTTP %2)&#xa0;: vérifiez le jeton ou les en-têtes</translation>
    </message>
    <message>
        <source>%1 has no WebSocket endpoint at this path (HTTP 404)</source>
        <translation>%1 n’a pas de point de terminaison WebSocket à ce chemin (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket handshake with HTTP %2</source>
        <translation>%1 a répondu à la négociation WebSocket par HTTP %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent a message larger than the limit of %2 KiB; it was refused</source>
        <translation>%1 a envoyé un message dépassant la limite de %2 Kio&#xa0;; il a été refusé</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 a fermé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket handshake</source>
        <translation>%1 a refusé la négociation WebSocket</translation>
    </message>
</context>
<context>
    <name>WindowsAutostart</name>
    <message>
        <source>Could not change the Run entry in the registry.</source>
        <translation>Impossible de modifier l’entrée Run du registre.</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Desktop notifications from Redis</source>
        <translation>Notifications de bureau depuis Redis</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald: desktop notifications from Redis Pub/Sub, in the system tray.</source>
        <translation>Herald&#xa0;: des notifications de bureau depuis Redis Pub/Sub, dans la zone de notification.</translation>
    </message>
    <message>
        <source>Connect to URL (redis://, rediss://, socketio+ws://, nchan+ws://, ws:// or their TLS forms) instead of the saved connections; repeatable; never saved.</source>
        <translation>Se connecter à URL (redis://, rediss://, socketio+ws://, nchan+ws://, ws:// ou leur forme TLS) au lieu des connexions enregistrées&#xa0;; répétable&#xa0;; jamais enregistré.</translation>
    </message>
    <message>
        <source>Subscribe to NAME.</source>
        <translation>S’abonner à NAME.</translation>
    </message>
    <message>
        <source>Subscribe to GLOB.</source>
        <translation>S’abonner à GLOB.</translation>
    </message>
    <message>
        <source>Read NAME from its Redis Stream (herald:stream:NAME), so nothing published while away is missed.</source>
        <translation>Lire NAME depuis son stream Redis (herald:stream:NAME), pour ne rien manquer de ce qui a été publié entre-temps.</translation>
    </message>
    <message>
        <source>Read the token of the gateway --sources from the first line of FILE (or set HERALD_TOKEN).</source>
        <translation>Lire le jeton des passerelles de --source dans la première ligne de FILE (ou définir HERALD_TOKEN).</translation>
    </message>
    <message>
        <source>Use FILE for settings (and keep the history beside it).</source>
        <translation>Utiliser FILE pour les paramètres (et conserver l’historique à côté).</translation>
    </message>
    <message>
        <source>Keep the notification history in DIR.</source>
        <translation>Conserver l’historique des notifications dans DIR.</translation>
    </message>
    <message>
        <source>Start in the tray, without opening the window.</source>
        <translation>Démarrer dans la zone de notification, sans ouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>Popups through BACKEND: freedesktop, tray or popup.</source>
        <translation>Bannières via BACKEND&#xa0;: freedesktop, tray ou popup.</translation>
    </message>
    <message>
        <source>--channel, --pattern and --durable-channel need a --source</source>
        <translation>--channel, --pattern et --durable-channel nécessitent une --source</translation>
    </message>
    <message>
        <source>herald: cannot read the token file %1</source>
        <translation>herald : impossible de lire le fichier de jeton %1</translation>
    </message>
</context>
</TS>
