<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <source>%1 Until that is fixed, notifications are kept only until Herald quits.</source>
        <translation>%1 Hasta que se solucione, las notificaciones solo se conservan hasta que Herald se cierre.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>There is no system tray here (on GNOME, the AppIndicator extension adds one), so Herald runs in this window: closing it quits Herald.</source>
        <translation>Aquí no hay área de notificación (en GNOME, la extensión AppIndicator añade una), así que Herald se ejecuta en esta ventana: al cerrarla, Herald se cierra.</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>Suscrito a %1</translation>
    </message>
    <message>
        <source>Disconnected from %1 to %2: messages published on non-durable channels meanwhile were not received</source>
        <translation>Desconectado de %1 a %2: no se recibieron los mensajes publicados mientras tanto en canales no persistentes</translation>
    </message>
    <message>
        <source>Reconnecting after sleep</source>
        <translation>Reconectando tras la suspensión</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ChannelDiscovery</name>
    <message>
        <source>PUBSUB failed: %1</source>
        <translation>PUBSUB falló: %1</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <source>Durable: read this channel from a Redis Stream, from where Herald left off, so nothing published while Herald was closed, asleep or offline is missed. Publishers must add to the stream as well, as Herald&apos;s own &quot;Send a notification&quot; does.</source>
        <translation>Persistente: lee este canal desde un stream de Redis, desde donde Herald lo dejó, para no perder nada de lo publicado mientras Herald estaba cerrado, suspendido o sin conexión. Los publicadores también deben añadir al stream, como hace «Enviar una notificación» de Herald.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Discover...</source>
        <translation>Descubrir...</translation>
    </message>
    <message>
        <source>Channel name, or a glob pattern such as deploy:*</source>
        <translation>Nombre de canal o un patrón glob como deploy:*</translation>
    </message>
    <message>
        <source>Subscribe with PSUBSCRIBE: * ? and [abc] match channel names</source>
        <translation>Suscribirse con PSUBSCRIBE: * ? y [abc] coinciden con nombres de canal</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Channel or pattern</source>
        <translation>Canal o patrón</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clave del stream</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Popups from</source>
        <translation>Emergentes desde</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patrón</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>all (1+)</source>
        <translation>todas (1+)</translation>
    </message>
    <message>
        <source>low (2+)</source>
        <translation>baja (2+)</translation>
    </message>
    <message>
        <source>normal (3+)</source>
        <translation>normal (3+)</translation>
    </message>
    <message>
        <source>high (4+)</source>
        <translation>alta (4+)</translation>
    </message>
    <message>
        <source>urgent (5)</source>
        <translation>urgente (5)</translation>
    </message>
    <message>
        <source>Patterns cannot be durable: each durable channel has a stream of its own.</source>
        <translation>Los patrones no pueden ser persistentes: cada canal persistente tiene su propio stream.</translation>
    </message>
    <message>
        <source>The Redis Stream this channel is read from; empty: %1</source>
        <translation>El stream de Redis del que se lee este canal; vacío: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>«%1» ya está en la lista.</translation>
    </message>
    <message>
        <source>Event name</source>
        <extracomment>Socket.IO: the name of the event a server emits, e.g. &quot;notification&quot;</extracomment>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>Event name, e.g. notification (the default when the list is empty)</source>
        <translation>Nombre del evento, p. ej., notification (el predeterminado si la lista está vacía)</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>Id. del canal</translation>
    </message>
    <message>
        <source>Nchan channel id, appended to the URL&apos;s path, e.g. deploys</source>
        <translation>Id. de canal de Nchan, que se añade a la ruta de la URL, p. ej., deploys</translation>
    </message>
    <message>
        <source>Channels and patterns</source>
        <translation>Canales y patrones</translation>
    </message>
    <message>
        <source>Lists the channels the server carries now</source>
        <translation>Muestra los canales que el servidor tiene activos ahora</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <extracomment>Accessible name of a channel&apos;s &quot;On&quot; box; %1 is the channel&apos;s name</extracomment>
        <translation>Suscribirse a %1</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>Silenciar %1</translation>
    </message>
    <message>
        <source>Popups from %1 from this priority on</source>
        <translation>Emergentes de %1 a partir de esta prioridad</translation>
    </message>
    <message>
        <source>Read %1 from its Redis Stream (durable)</source>
        <translation>Leer %1 desde su stream de Redis (persistente)</translation>
    </message>
    <message>
        <source>Stream key of %1</source>
        <translation>Clave del stream de %1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send a notification</source>
        <translation>Enviar una notificación</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Priorities to publish with; &quot;Default&quot; sends none, so the receiver&apos;s default applies</extracomment>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>1 - min</source>
        <translation>1 - mínima</translation>
    </message>
    <message>
        <source>2 - low</source>
        <translation>2 - baja</translation>
    </message>
    <message>
        <source>3 - normal</source>
        <translation>3 - normal</translation>
    </message>
    <message>
        <source>4 - high</source>
        <translation>4 - alta</translation>
    </message>
    <message>
        <source>5 - urgent</source>
        <translation>5 - urgente</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>Set up a connection in Settings first.</source>
        <translation>Configura primero una conexión en Configuración.</translation>
    </message>
    <message>
        <source>Give the channel to publish on.</source>
        <translation>Indica el canal en el que publicar.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Sent. Subscribers that received it: %L1.</source>
        <translation>Enviada. Suscriptores que la recibieron: %L1.</translation>
    </message>
    <message>
        <source>Sent and kept as stream entry %1. Subscribers that received it: %L2.</source>
        <translation>Enviada y guardada como entrada %1 del stream. Suscriptores que la recibieron: %L2.</translation>
    </message>
</context>
<context>
    <name>ConnectionLogDialog</name>
    <message>
        <source>Connection log</source>
        <translation>Registro de conexiones</translation>
    </message>
    <message>
        <source>Connection</source>
        <extracomment>Read aloud for the combo box that chooses whose log is shown</extracomment>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>What happened on this connection</source>
        <extracomment>Read aloud for the text field with the chosen connection&apos;s log</extracomment>
        <translation>Lo que ocurrió en esta conexión</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A channel name cannot be empty</source>
        <translation>El nombre de un canal no puede estar vacío</translation>
    </message>
    <message>
        <source>A channel name cannot contain control characters such as tabs or line breaks</source>
        <translation>El nombre de un canal no puede contener caracteres de control como tabulaciones o saltos de línea</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsPage</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Conectarse a este servidor</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Redis&apos;s built-in user is called &quot;default&quot;: keep the word as it is</extracomment>
        <translation>default</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key)</source>
        <translation>Claves (*.pem *.key)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>TLS &amp;CA file:</source>
        <translation>Archivo de &amp;CA TLS:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificado de cliente:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clave de cliente:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Añadir una conexión</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Quitar la conexión seleccionada</translation>
    </message>
    <message>
        <source>A JSON WebSocket feed has no channels: every message it sends is a notification.</source>
        <translation>Una fuente WebSocket JSON no tiene canales: cada mensaje que envía es una notificación.</translation>
    </message>
    <message>
        <source>Redis Pub/Sub</source>
        <translation>Redis Pub/Sub</translation>
    </message>
    <message>
        <source>Socket.IO server</source>
        <translation>Servidor Socket.IO</translation>
    </message>
    <message>
        <source>Nchan</source>
        <translation>Nchan</translation>
    </message>
    <message>
        <source>JSON WebSocket feed</source>
        <translation>Fuente WebSocket JSON</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Opcional, separados por comas</translation>
    </message>
    <message>
        <source>One per line, e.g. X-Api-Key: …</source>
        <translation>Una por línea, p. ej., X-Api-Key: …</translation>
    </message>
    <message>
        <source>System settings; or none, http://host:3128, socks5://host:1080</source>
        <translation>Configuración del sistema; o none, http://host:3128, socks5://host:1080</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Larger messages are refused: a server cannot make Herald allocate without bound.</source>
        <translation>Los mensajes más grandes se rechazan: un servidor no puede hacer que Herald reserve memoria sin límite.</translation>
    </message>
    <message>
        <source>Connects once with these settings and says how it went</source>
        <translation>Se conecta una vez con esta configuración e indica el resultado</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>Archivo de CA TLS</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Salas:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Cabeceras:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>&amp;Largest message:</source>
        <translation>Mensaje más &amp;grande:</translation>
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
        <translation>%1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>Connected and authenticated to %1.</source>
        <translation>Conectado y autenticado en %1.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Opens %1</source>
        <translation>Abre %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
</context>
<context>
    <name>DiscoverDialog</name>
    <message>
        <source>Search again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Discover channels on %1</source>
        <translation>Descubrir canales en %1</translation>
    </message>
    <message>
        <source>All channels (or a glob pattern)</source>
        <translation>Todos los canales (o un patrón glob)</translation>
    </message>
    <message>
        <source>Channel pattern</source>
        <extracomment>Read aloud for the field that narrows the search to channels matching a glob pattern</extracomment>
        <translation>Patrón de canal</translation>
    </message>
    <message>
        <source>Channels found</source>
        <extracomment>Read aloud for the list of channels found on the server</extracomment>
        <translation>Canales encontrados</translation>
    </message>
    <message>
        <source>Add ticked channels</source>
        <translation>Añadir los canales marcados</translation>
    </message>
    <message numerus="yes">
        <source>Asking the server and listening for %n seconds...</source>
        <translation>
            <numerusform>Consultando al servidor y escuchando durante %n segundo...</numerusform>
            <numerusform>Consultando al servidor y escuchando durante %n segundos...</numerusform>
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
            <numerusform>%Ln suscriptor</numerusform>
            <numerusform>%Ln suscriptores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages while listening</source>
        <translation>
            <numerusform>%Ln mensaje durante la escucha</numerusform>
            <numerusform>%Ln mensajes durante la escucha</numerusform>
        </translation>
    </message>
    <message>
        <source>No active channels found. PUBSUB lists only channels with a subscriber; nothing was published while listening either.</source>
        <translation>No se encontraron canales activos. PUBSUB solo lista los canales con algún suscriptor, y tampoco se publicó nada durante la escucha.</translation>
    </message>
    <message>
        <source>Channels found: %L1</source>
        <translation>Canales encontrados: %L1</translation>
    </message>
</context>
<context>
    <name>GapMarker</name>
    <message>
        <source>Disconnected %1 to %2</source>
        <translation>Desconectado de %1 a %2</translation>
    </message>
    <message>
        <source>Messages published meanwhile were not received.</source>
        <translation>No se recibieron los mensajes publicados mientras tanto.</translation>
    </message>
    <message>
        <source>Messages published on %1 meanwhile were not received.</source>
        <translation>No se recibieron los mensajes publicados mientras tanto en %1.</translation>
    </message>
    <message>
        <source>Missed notifications on %1</source>
        <translation>Notificaciones perdidas en %1</translation>
    </message>
    <message>
        <source>Entries published between %1 and %2 were trimmed from stream %3 (MAXLEN) before Herald read them and are lost.</source>
        <translation>Las entradas publicadas entre %1 y %2 se recortaron del stream %3 (MAXLEN) antes de que Herald las leyera y se han perdido.</translation>
    </message>
    <message>
        <source>Entries published between %1 and %2 were trimmed from stream %3 (MAXLEN) before Herald read them and may have been lost.</source>
        <translation>Las entradas publicadas entre %1 y %2 se recortaron del stream %3 (MAXLEN) antes de que Herald las leyera y puede que se hayan perdido.</translation>
    </message>
    <message>
        <source>Entries published before %1 were trimmed from stream %2 (MAXLEN) before Herald read them and are lost.</source>
        <translation>Las entradas publicadas antes de %1 se recortaron del stream %2 (MAXLEN) antes de que Herald las leyera y se han perdido.</translation>
    </message>
    <message>
        <source>Entries published before %1 were trimmed from stream %2 (MAXLEN) before Herald read them and may have been lost.</source>
        <translation>Las entradas publicadas antes de %1 se recortaron del stream %2 (MAXLEN) antes de que Herald las leyera y puede que se hayan perdido.</translation>
    </message>
    <message>
        <source>Number lost: %L1.</source>
        <translation>Entradas perdidas: %L1.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>la entrada %1</translation>
    </message>
    <message>
        <source>The stream %1 was deleted or recreated after %2; notifications published on %3 before it was recreated may be lost.</source>
        <translation>El stream %1 se eliminó o se volvió a crear después de %2; puede que se hayan perdido las notificaciones publicadas en %3 antes de que se volviera a crear.</translation>
    </message>
    <message>
        <source>Notification too large on %1</source>
        <translation>Notificación demasiado grande en %1</translation>
    </message>
    <message>
        <source>An entry on %1 (%2) was larger than the %3 limit and was not loaded; it is still in stream %4.</source>
        <translation>Una entrada en %1 (%2) superaba el límite de %3 y no se cargó; sigue en el stream %4.</translation>
    </message>
</context>
<context>
    <name>GatewayEndpoint</name>
    <message>
        <source>Not a gateway URL; expected socketio+ws://, nchan+ws://, ws:// or their TLS forms (socketio+wss://, nchan+wss://, wss://)</source>
        <translation>No es una URL de pasarela; se esperaba socketio+ws://, nchan+ws://, ws:// o su forma TLS (socketio+wss://, nchan+wss://, wss://)</translation>
    </message>
    <message>
        <source>The URL names no host</source>
        <translation>La URL no indica ningún host</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>El puerto debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>Header line %1 is not of the form &quot;Name: value&quot; (a name without spaces, a value in Latin-1 without line breaks)</source>
        <translation>La línea de cabecera %1 no tiene la forma «Nombre: valor» (un nombre sin espacios y un valor en Latin-1 sin saltos de línea)</translation>
    </message>
    <message>
        <source>A Socket.IO namespace cannot contain a comma</source>
        <translation>Un espacio de nombres de Socket.IO no puede contener comas</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start Herald when I log in</source>
        <translation>Iniciar Herald al iniciar sesión</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en el área de notificación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first choice of the language setting; %1 is the language that means now</extracomment>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Herald uses the new language after a restart.</source>
        <translation>Herald usará el nuevo idioma tras reiniciarse.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source> notifications</source>
        <extracomment>The unit after the number of notifications the history keeps at most</extracomment>
        <translation> notificaciones</translation>
    </message>
    <message>
        <source>forever</source>
        <extracomment>How long the history keeps notifications when no number of days is set</extracomment>
        <translation>siempre</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <extracomment>The unit after the number of days the history keeps notifications</extracomment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Conservar como &amp;máximo:</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>Conservar &amp;durante:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Load notification icons from the internet</source>
        <translation>Cargar los iconos de las notificaciones desde internet</translation>
    </message>
    <message>
        <source>Fetching an icon tells its server that you received the notification. Off by default.</source>
        <translation>Descargar un icono le indica a su servidor que recibiste la notificación. Desactivado de forma predeterminada.</translation>
    </message>
    <message>
        <source>Could not change the start at log-in.</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The notification history %1 is damaged and could not be moved to %2: %3</source>
        <translation>El historial de notificaciones %1 está dañado y no se pudo mover a %2: %3</translation>
    </message>
    <message>
        <source>The notification history %1 is damaged or is not a database</source>
        <translation>El historial de notificaciones %1 está dañado o no es una base de datos</translation>
    </message>
    <message>
        <source>Cannot open the notification history %1</source>
        <translation>No se puede abrir el historial de notificaciones %1</translation>
    </message>
    <message>
        <source>Cannot read the notification history %1</source>
        <translation>No se puede leer el historial de notificaciones %1</translation>
    </message>
    <message>
        <source>The notification history %1 was written by a newer version of Herald</source>
        <translation>El historial de notificaciones %1 lo escribió una versión más reciente de Herald</translation>
    </message>
    <message>
        <source>schema %1; this version reads up to schema %2</source>
        <translation>esquema %1; esta versión lee hasta el esquema %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the notification history %1 to schema %2</source>
        <translation>No se puede actualizar el historial de notificaciones %1 al esquema %2</translation>
    </message>
    <message>
        <source>Cannot set up search in the notification history %1</source>
        <translation>No se puede preparar la búsqueda en el historial de notificaciones %1</translation>
    </message>
    <message>
        <source>The notification history %1 was damaged and has been moved to %2; Herald started with an empty history.</source>
        <translation>El historial de notificaciones %1 estaba dañado y se ha movido a %2; Herald se inició con un historial vacío.</translation>
    </message>
    <message>
        <source>Checking the notification history %1 found a problem</source>
        <translation>La comprobación del historial de notificaciones %1 encontró un problema</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Could not save notifications in the history %1</source>
        <translation>No se pudieron guardar las notificaciones en el historial %1</translation>
    </message>
    <message>
        <source>Could not save the stream positions in the history %1</source>
        <translation>No se pudieron guardar las posiciones de los streams en el historial %1</translation>
    </message>
    <message>
        <source>Could not read the stream positions in the history %1</source>
        <translation>No se pudieron leer las posiciones de los streams en el historial %1</translation>
    </message>
    <message>
        <source>Could not read the history %1</source>
        <translation>No se pudo leer el historial %1</translation>
    </message>
    <message>
        <source>Could not read the channels in the history %1</source>
        <translation>No se pudieron leer los canales del historial %1</translation>
    </message>
    <message>
        <source>Could not change the read state in the history %1</source>
        <translation>No se pudo cambiar el estado de lectura en el historial %1</translation>
    </message>
    <message>
        <source>Could not mark notifications read in the history %1</source>
        <translation>No se pudieron marcar las notificaciones como leídas en el historial %1</translation>
    </message>
    <message>
        <source>Could not delete notifications from the history %1</source>
        <translation>No se pudieron eliminar notificaciones del historial %1</translation>
    </message>
    <message>
        <source>Could not clear the history %1</source>
        <translation>No se pudo vaciar el historial %1</translation>
    </message>
    <message>
        <source>Could not apply the retention limits to the history %1</source>
        <translation>No se pudieron aplicar los límites de conservación al historial %1</translation>
    </message>
</context>
<context>
    <name>JsonWebSocketSource</name>
    <message>
        <source>%1 sent a binary frame (%2 bytes): Herald reads text frames only, so binary frames on this connection are skipped</source>
        <translation>%1 envió una trama binaria (%2 bytes): Herald solo lee tramas de texto, así que las tramas binarias de esta conexión se omiten</translation>
    </message>
    <message>
        <source>Connected to %1; it sends binary frames, which are skipped: Herald reads text frames only</source>
        <translation>Conectado a %1; envía tramas binarias, que se omiten: Herald solo lee tramas de texto</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Reading the password</source>
        <translation>La lectura de la contraseña</translation>
    </message>
    <message>
        <source>Storing the password</source>
        <translation>El guardado de la contraseña</translation>
    </message>
    <message>
        <source>Removing the password</source>
        <translation>La eliminación de la contraseña</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain.</source>
        <translation>Las contraseñas se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Opening the keychain</source>
        <translation>La apertura del llavero</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>El llavero no respondió en %1 s.</translation>
    </message>
</context>
<context>
    <name>NchanChannel</name>
    <message>
        <source>%1 sent a message without Nchan&apos;s id header (is the location an Nchan subscriber?); it was skipped</source>
        <translation>%1 envió un mensaje sin la cabecera de id. de Nchan (¿la ubicación es un suscriptor de Nchan?); se omitió</translation>
    </message>
    <message>
        <source>Missed notifications on %1</source>
        <translation>Notificaciones perdidas en %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>Al menos %n notificación publicada en %1 entre %2 y %3 salió del búfer de mensajes de Nchan o caducó antes de que Herald la leyera, y se ha perdido.</numerusform>
            <numerusform>Al menos %n notificaciones publicadas en %1 entre %2 y %3 salieron del búfer de mensajes de Nchan o caducaron antes de que Herald las leyera, y se han perdido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>%n notificación publicada en %1 entre %2 y %3 salió del búfer de mensajes de Nchan o caducó antes de que Herald la leyera, y se ha perdido.</numerusform>
            <numerusform>%n notificaciones publicadas en %1 entre %2 y %3 salieron del búfer de mensajes de Nchan o caducaron antes de que Herald las leyera, y se han perdido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The WebSocket for %1 failed on message %2 (a text frame that is not UTF-8?); it was fetched over HTTP instead</source>
        <translation>El WebSocket de %1 falló en el mensaje %2 (¿una trama de texto que no es UTF-8?); se obtuvo por HTTP en su lugar</translation>
    </message>
    <message>
        <source>Notification too large on %1</source>
        <translation>Notificación demasiado grande en %1</translation>
    </message>
    <message>
        <source>A message on %1 (%2) was larger than the limit of %3 KiB and was not loaded; it is still in Nchan&apos;s message buffer.</source>
        <translation>Un mensaje en %1 (%2) superaba el límite de %3 KiB y no se cargó; sigue en el búfer de mensajes de Nchan.</translation>
    </message>
</context>
<context>
    <name>NchanSource</name>
    <message>
        <source>%1 names no Nchan channel id: end the path with one, or add ?channel=&lt;id&gt; for each channel</source>
        <translation>%1 no indica ningún id. de canal de Nchan: termina la ruta con uno o añade ?channel=&lt;id&gt; por cada canal</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>(Nchan answers 503 while it cannot reach its Redis server)</source>
        <translation>(Nchan responde 503 mientras no puede conectar con su servidor Redis)</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n new notification(s) on %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup title for many notifications at once on one channel; %1 is the channel&apos;s name</extracomment>
        <translation>
            <numerusform>%n notificación nueva en %1</numerusform>
            <numerusform>%n notificaciones nuevas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup text under the flood summary; %1 is the newest notification&apos;s title</extracomment>
        <translation>La más reciente: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notifications while you were away</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup title for what durable channels received while Herald was not running or asleep</extracomment>
        <translation>
            <numerusform>%n notificación mientras no estabas</numerusform>
            <numerusform>%n notificaciones mientras no estabas</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel&apos;s name</extracomment>
        <translation>En %1</translation>
    </message>
    <message numerus="yes">
        <source>On %n channels, most on %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel that received the most</extracomment>
        <translation>
            <numerusform>En %n canal, la mayoría en %1</numerusform>
            <numerusform>En %n canales, la mayoría en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationDelegate</name>
    <message>
        <source>link to %1</source>
        <extracomment>In a list row, after the channel; %1 is the host a click on the row opens</extracomment>
        <translation>enlace a %1</translation>
    </message>
</context>
<context>
    <name>NotificationDetailPane</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Notification text</source>
        <extracomment>Read aloud for the read-only text field with the whole notification</extracomment>
        <translation>Texto de la notificación</translation>
    </message>
    <message>
        <source>Notification icon</source>
        <translation>Icono de la notificación</translation>
    </message>
    <message>
        <source>Copies the notification&apos;s title, text and link</source>
        <translation>Copia el título, el texto y el enlace de la notificación</translation>
    </message>
    <message>
        <source>Deletes the notification from the history</source>
        <translation>Elimina la notificación del historial</translation>
    </message>
    <message>
        <source>priority %1</source>
        <extracomment>%1 is a number from 1 (lowest) to 5 (urgent)</extracomment>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <source>via pattern %1</source>
        <extracomment>%1 is the glob pattern (PSUBSCRIBE) that matched the notification&apos;s channel</extracomment>
        <translation>mediante el patrón %1</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>No notification selected</source>
        <translation>Ninguna notificación seleccionada</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A link button: %1 is the link&apos;s label, %2 the host it leads to</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Abre %1</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>lowest priority</source>
        <translation>prioridad mínima</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>prioridad baja</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>prioridad alta</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>normal priority</source>
        <translation>prioridad normal</translation>
    </message>
    <message>
        <source>Marker</source>
        <extracomment>Read aloud before a marker row&apos;s text: Herald&apos;s note that messages may be missing</extracomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>Read aloud for a notification in the list</extracomment>
        <translation>leída</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>no leída</translation>
    </message>
    <message>
        <source>channel %1</source>
        <extracomment>Read aloud for a notification in the list; %1 is the channel&apos;s name</extracomment>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>link to %1</source>
        <extracomment>Read aloud for a notification in the list; %1 is a web site&apos;s host name</extracomment>
        <translation>enlace a %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a list row read aloud (read state, priority, title, body, ...)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>When a notification arrived, shown in the list and read aloud</extracomment>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>When a notification arrived, in minutes; short, for the list</extracomment>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>When a notification arrived, in hours; short, for the list</extracomment>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <extracomment>When a notification arrived</extracomment>
        <translation>ayer</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Popups</source>
        <translation>Ventanas emergentes</translation>
    </message>
    <message>
        <source>Show a popup for new notifications</source>
        <translation>Mostrar una ventana emergente con cada notificación nueva</translation>
    </message>
    <message>
        <source>Show each popup for:</source>
        <translation>Mostrar cada ventana emergente durante:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>popups within</source>
        <extracomment>Between two spin boxes: &quot;more than [3] popups within [10 s] on one channel ...&quot;</extracomment>
        <translation>ventanas emergentes en</translation>
    </message>
    <message>
        <source>Summarise more than:</source>
        <translation>Resumir más de:</translation>
    </message>
    <message>
        <source>Urgent notifications (priority 5) break through do-not-disturb and quiet hours</source>
        <translation>Las notificaciones urgentes (prioridad 5) se muestran aunque esté activado «No molestar» o sea horario de silencio</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horario de silencio</translation>
    </message>
    <message>
        <source>No popups during quiet hours (notifications still reach the list)</source>
        <translation>Sin ventanas emergentes durante el horario de silencio (las notificaciones siguen llegando a la lista)</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio del horario de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin del horario de silencio</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end time of the quiet hours</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>On:</source>
        <extracomment>Before the weekday check boxes of the quiet hours</extracomment>
        <translation>Los días:</translation>
    </message>
    <message>
        <source>Durable channels</source>
        <translation>Canales persistentes</translation>
    </message>
    <message>
        <source>What was published on durable channels while Herald was away is shown as one summary popup.</source>
        <translation>Lo publicado en canales persistentes mientras Herald no estaba se muestra en una sola ventana emergente de resumen.</translation>
    </message>
    <message>
        <source>Urgent notifications still get their own popup</source>
        <translation>Las notificaciones urgentes siguen teniendo su propia ventana emergente</translation>
    </message>
    <message>
        <source>When Herald first reads a durable channel, it loads this many of the entries already in its stream into the list, without popups.</source>
        <translation>Cuando Herald lee un canal persistente por primera vez, carga en la lista este número de entradas que ya hay en su stream, sin ventanas emergentes.</translation>
    </message>
    <message>
        <source>Entries loaded on first contact with a durable channel:</source>
        <translation>Entradas cargadas al leer por primera vez un canal persistente:</translation>
    </message>
    <message>
        <source>Summarise when more popups than this arrive</source>
        <extracomment>Read aloud for the first spin box of &quot;Summarise more than [3] popups within [10 s]&quot;</extracomment>
        <translation>Resumir cuando lleguen más ventanas emergentes que este número</translation>
    </message>
    <message>
        <source>Within this time on one channel</source>
        <extracomment>Read aloud for the second spin box of &quot;Summarise more than [3] popups within [10 s]&quot;</extracomment>
        <translation>En este tiempo en un mismo canal</translation>
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
        <translation>Buscar notificaciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notifications</source>
        <translation>Buscar notificaciones</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <extracomment>Read aloud for the combo box that shows one channel&apos;s notifications only</extracomment>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <source>Shows the notifications of one channel only</source>
        <translation>Muestra solo las notificaciones de un canal</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Solo no leídas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>Read aloud for the list of notifications</extracomment>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hides the notices above the list</source>
        <translation>Oculta los avisos que hay encima de la lista</translation>
    </message>
    <message>
        <source>&amp;Herald</source>
        <translation>&amp;Herald</translation>
    </message>
    <message>
        <source>&amp;Send a notification...</source>
        <translation>&amp;Enviar una notificación...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>Connection &amp;log</source>
        <translation>&amp;Registro de conexiones</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Marcar &amp;todo como leído</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>C&amp;lear all...</source>
        <translation>&amp;Vaciar todo...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Nothing matches this search or filter.</source>
        <translation>Nada coincide con esta búsqueda o filtro.</translation>
    </message>
    <message>
        <source>No connection is set up yet.
Open Settings to point Herald at a Redis server and choose channels.</source>
        <translation>Todavía no hay ninguna conexión configurada.
Abre la configuración para indicar a Herald un servidor Redis y elegir canales.</translation>
    </message>
    <message>
        <source>No notifications yet.
%1</source>
        <translation>Todavía no hay notificaciones.
%1</translation>
    </message>
    <message>
        <source>Notifications: %L1 · unread: %L2</source>
        <extracomment>The status bar: how many notifications the list shows, and how many are unread</extracomment>
        <translation>Notificaciones: %L1 · no leídas: %L2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A connection&apos;s name, then what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear all notifications</source>
        <translation>Eliminar todas las notificaciones</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln stored notifications? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la notificación guardada (%Ln)? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar las %Ln notificaciones guardadas? No se puede deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopupWidget</name>
    <message>
        <source>Close</source>
        <extracomment>Tool tip and spoken name of the popup&apos;s × button</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
</context>
<context>
    <name>RedisEndpoint</name>
    <message>
        <source>Not a Redis URL; expected redis://[user:password@]host[:port] or rediss://</source>
        <translation>No es una URL de Redis; se esperaba redis://[user:password@]host[:port] o rediss://</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>El puerto debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>The database in the URL path must be a number</source>
        <translation>La base de datos en la ruta de la URL debe ser un número</translation>
    </message>
</context>
<context>
    <name>RedisErrorText</name>
    <message>
        <source>Connection refused by %1 (is Redis running and listening there?)</source>
        <translation>Conexión rechazada por %1 (¿está Redis en marcha y escuchando ahí?)</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; (DNS lookup failed)</source>
        <translation>No se puede resolver el nombre de host «%1» (falló la consulta DNS)</translation>
    </message>
    <message>
        <source>Timed out connecting to %1</source>
        <translation>Se agotó el tiempo al conectar con %1</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (is TLS enabled on that port, and does it require a client certificate?)</source>
        <translation>%1 cerró la conexión durante la negociación TLS (¿está TLS activado en ese puerto y requiere un certificado de cliente?)</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
    <message>
        <source>Network error reaching %1: %2</source>
        <translation>Error de red al conectar con %1: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Falló la negociación TLS con %1: %2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is for %1, not for &quot;%2&quot;</source>
        <translation>TLS: el certificado del servidor es para %1, no para «%2»</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not signed by a trusted certificate authority (give its CA file with --cacert): %1</source>
        <translation>TLS: el certificado del servidor no está firmado por una autoridad de certificación de confianza (indica su archivo de CA con --cacert): %1</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate expired on %1</source>
        <translation>TLS: el certificado del servidor caducó el %1</translation>
    </message>
    <message>
        <source>TLS: the handshake failed</source>
        <translation>TLS: falló la negociación</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Wrong password for %1</source>
        <translation>Contraseña incorrecta para %1</translation>
    </message>
    <message>
        <source>Wrong user name or password for %1 (or the user is disabled)</source>
        <translation>Usuario o contraseña incorrectos para %1 (o el usuario está desactivado)</translation>
    </message>
    <message>
        <source>%1 requires a password (give it in the URL, --password-file or HERALD_PASSWORD)</source>
        <translation>%1 requiere una contraseña (indícala en la URL, con --password-file o en HERALD_PASSWORD)</translation>
    </message>
    <message>
        <source>A password was given, but %1 has no password set</source>
        <translation>Se indicó una contraseña, pero %1 no tiene ninguna configurada</translation>
    </message>
    <message>
        <source>%1 is loading its data after a restart</source>
        <translation>%1 está cargando sus datos tras un reinicio</translation>
    </message>
    <message>
        <source>%1 is busy running a script</source>
        <translation>%1 está ocupado ejecutando un script</translation>
    </message>
    <message>
        <source>The ACL user of %1 may not run %2: %3</source>
        <translation>El usuario ACL de %1 no puede ejecutar %2: %3</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 rechazó %2: %3</translation>
    </message>
    <message>
        <source>No permission to subscribe to the pattern &quot;%1&quot;: ACL user &quot;%2&quot; lacks the channel permission &amp;%1</source>
        <translation>Sin permiso para suscribirse al patrón «%1»: al usuario ACL «%2» le falta el permiso de canal &amp;%1</translation>
    </message>
    <message>
        <source>No permission to subscribe to &quot;%1&quot;: ACL user &quot;%2&quot; lacks the channel permission &amp;%1</source>
        <translation>Sin permiso para suscribirse a «%1»: al usuario ACL «%2» le falta el permiso de canal &amp;%1</translation>
    </message>
    <message>
        <source>Subscribing to &quot;%1&quot; failed: %2</source>
        <translation>Falló la suscripción a «%1»: %2</translation>
    </message>
</context>
<context>
    <name>RedisPublisher</name>
    <message>
        <source>Give a title or a body.</source>
        <translation>Indica un título o un texto.</translation>
    </message>
    <message>
        <source>The priority must be from 1 to 5.</source>
        <translation>La prioridad debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>The link must be an http, https or mailto URL.</source>
        <translation>El enlace debe ser una URL http, https o mailto.</translation>
    </message>
    <message>
        <source>No permission to publish on &quot;%1&quot;: %2</source>
        <translation>Sin permiso para publicar en «%1»: %2</translation>
    </message>
    <message>
        <source>PUBLISH failed: %1</source>
        <translation>PUBLISH falló: %1</translation>
    </message>
    <message>
        <source>No permission to publish durably on &quot;%1&quot; (stream &quot;%2&quot;): %3</source>
        <translation>Sin permiso para publicar de forma persistente en «%1» (stream «%2»): %3</translation>
    </message>
    <message>
        <source>Cannot publish durably on &quot;%1&quot;: the key &quot;%2&quot; holds something other than a stream</source>
        <translation>No se puede publicar de forma persistente en «%1»: la clave «%2» contiene algo que no es un stream</translation>
    </message>
    <message>
        <source>Durable publish on &quot;%1&quot; (stream &quot;%2&quot;) failed: %3</source>
        <translation>Falló la publicación persistente en «%1» (stream «%2»): %3</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>respuesta inesperada</translation>
    </message>
</context>
<context>
    <name>RedisSource</name>
    <message numerus="yes">
        <source>No answer from %1 for %n s; the connection is presumed dead</source>
        <translation>
            <numerusform>Sin respuesta de %1 durante %n s; se da la conexión por perdida</numerusform>
            <numerusform>Sin respuesta de %1 durante %n s; se da la conexión por perdida</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting to %1</source>
        <translation>Reconectando con %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
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
            <numerusform>Sin respuesta de %1 en la conexión de streams durante %n s; se da por perdida</numerusform>
            <numerusform>Sin respuesta de %1 en la conexión de streams durante %n s; se da por perdida</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 to read streams</source>
        <translation>Conectando con %1 para leer streams</translation>
    </message>
    <message>
        <source>the first or the last entry</source>
        <translation>la primera o la última entrada</translation>
    </message>
    <message>
        <source>No stream of %1 can be read</source>
        <translation>No se puede leer ningún stream de %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n stream(s) from %1</source>
        <translation>
            <numerusform>Leyendo %n stream de %1</numerusform>
            <numerusform>Leyendo %n streams de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The backfill of the stream &quot;%1&quot; stops at an entry larger than the %2 limit (XREVRANGE %1 %3): passing it needs EVAL, which failed: %4</source>
        <translation>La carga inicial del stream «%1» se detiene en una entrada mayor que el límite de %2 (XREVRANGE %1 %3): saltarla requiere EVAL, que falló: %4</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>la primera entrada</translation>
    </message>
    <message>
        <source>the entry after %1</source>
        <translation>la entrada posterior a %1</translation>
    </message>
    <message>
        <source>Reading the streams %1 failed: %2</source>
        <translation>Falló la lectura de los streams %1: %2</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of the durable channel &quot;%2&quot; holds something other than a stream; it is not read</source>
        <translation>La clave «%1» del canal persistente «%2» contiene algo que no es un stream; no se lee</translation>
    </message>
    <message>
        <source>No permission to read the stream &quot;%1&quot; of the durable channel &quot;%2&quot;: ACL user &quot;%3&quot; needs read access to that key and XINFO, XREVRANGE and XREAD (%4)</source>
        <translation>Sin permiso para leer el stream «%1» del canal persistente «%2»: el usuario ACL «%3» necesita acceso de lectura a esa clave y a XINFO, XREVRANGE y XREAD (%4)</translation>
    </message>
    <message>
        <source>Reading the stream &quot;%1&quot; of the durable channel &quot;%2&quot; failed: %3</source>
        <translation>Falló la lectura del stream «%1» del canal persistente «%2»: %3</translation>
    </message>
    <message>
        <source>In the stream &quot;%1&quot; of the durable channel &quot;%2&quot;, %3 is larger than the %4 reply limit. Herald passes such an entry by asking for its id with a small script (EVAL), which failed: %5. The stream is not read: let ACL user &quot;%6&quot; run EVAL, raise the limit, or delete that entry</source>
        <translation>En el stream «%1» del canal persistente «%2», %3 supera el límite de respuesta de %4. Herald salta una entrada así pidiendo su id con un pequeño script (EVAL), que falló: %5. El stream no se lee: permite EVAL al usuario ACL «%6», aumenta el límite o elimina esa entrada</translation>
    </message>
</context>
<context>
    <name>RespConnection</name>
    <message>
        <source>Cannot read a CA certificate from %1</source>
        <translation>No se puede leer un certificado de CA de %1</translation>
    </message>
    <message>
        <source>Cannot read a client certificate from %1</source>
        <translation>No se puede leer un certificado de cliente de %1</translation>
    </message>
    <message>
        <source>Cannot read the private key %1</source>
        <translation>No se puede leer la clave privada %1</translation>
    </message>
    <message>
        <source>The private key %1 is not an unencrypted RSA or EC key in PEM format</source>
        <translation>La clave privada %1 no es una clave RSA o EC sin cifrar en formato PEM</translation>
    </message>
    <message>
        <source>No TLS handshake from %1 within %2 s (is TLS enabled on that port?)</source>
        <translation>Sin negociación TLS de %1 en %2 s (¿está TLS activado en ese puerto?)</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 s</source>
        <translation>%1 aceptó la conexión pero no respondió en %2 s</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2</source>
        <translation>Se agotó el tiempo tras %1 s al conectar con %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
</context>
<context>
    <name>RespDecoder</name>
    <message>
        <source>Protocol error: %1</source>
        <translation>Error de protocolo: %1</translation>
    </message>
    <message>
        <source>Protocol error: %1 (is this a Redis server?)</source>
        <translation>Error de protocolo: %1 (¿es un servidor Redis?)</translation>
    </message>
</context>
<context>
    <name>RespFrameGuard</name>
    <message>
        <source>The server announced a reply of %1, more than the %2 limit; connection dropped</source>
        <translation>El servidor anunció una respuesta de %1, más que el límite de %2; conexión cerrada</translation>
    </message>
    <message>
        <source>The server sent a reply larger than the %1 limit; connection dropped</source>
        <translation>El servidor envió una respuesta mayor que el límite de %1; conexión cerrada</translation>
    </message>
    <message>
        <source>The server announced a reply of %1 elements, more than fit in the %2 limit; connection dropped</source>
        <translation>El servidor anunció una respuesta de %1 elementos, más de los que caben en el límite de %2; conexión cerrada</translation>
    </message>
    <message>
        <source>Protocol error: a reply is nested deeper than %1 levels</source>
        <translation>Error de protocolo: una respuesta está anidada en más de %1 niveles</translation>
    </message>
    <message>
        <source>Protocol error: unexpected byte 0x%1 where a reply should start (is this a Redis server?)</source>
        <translation>Error de protocolo: byte 0x%1 inesperado donde debería empezar una respuesta (¿es un servidor Redis?)</translation>
    </message>
    <message>
        <source>Protocol error: malformed length in a reply</source>
        <translation>Error de protocolo: longitud mal formada en una respuesta</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No keychain service was found: passwords are kept for this session only and asked again after a restart.</source>
        <translation>No se encontró ningún servicio de llavero: las contraseñas solo se guardan durante esta sesión y se vuelven a pedir tras reiniciar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Herald Settings</source>
        <translation>Configuración de Herald</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <extracomment>Read aloud for the row of tabs (Connections, Notifications, General)</extracomment>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Connection log...</source>
        <translation>Registro de conexiones...</translation>
    </message>
    <message>
        <source>Shows what happened on each connection</source>
        <translation>Muestra lo que ocurrió en cada conexión</translation>
    </message>
</context>
<context>
    <name>SocketIoSource</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>%1 does not speak Socket.IO 4: its first message was not an Engine.IO open packet</source>
        <translation>%1 no habla Socket.IO 4: su primer mensaje no fue un paquete open de Engine.IO</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
    <message>
        <source>%1 does not speak Socket.IO 4: %2</source>
        <translation>%1 no habla Socket.IO 4: %2</translation>
    </message>
    <message>
        <source>%1 sent a malformed CONNECT reply</source>
        <translation>%1 envió una respuesta CONNECT mal formada</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 rechazó la conexión: %2</translation>
    </message>
    <message>
        <source>%1: the server closed the session</source>
        <translation>%1: el servidor cerró la sesión</translation>
    </message>
    <message>
        <source>%1 sent a binary event &quot;%2&quot;: Herald reads text events only, so binary events on this connection are skipped</source>
        <translation>%1 envió un evento binario «%2»: Herald solo lee eventos de texto, así que los eventos binarios de esta conexión se omiten</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s, not even its pings: the connection is dead</source>
        <translation>%1 no envió nada durante %2 s, ni siquiera sus pings: la conexión está perdida</translation>
    </message>
    <message>
        <source>%1 did not answer the Socket.IO CONNECT within %2 s</source>
        <translation>%1 no respondió al CONNECT de Socket.IO en %2 s</translation>
    </message>
    <message>
        <source>%1 sent no Engine.IO open packet within %2 s: is it a Socket.IO 4 server?</source>
        <translation>%1 no envió ningún paquete open de Engine.IO en %2 s: ¿es un servidor Socket.IO 4?</translation>
    </message>
    <message>
        <source>%1 sent a malformed Socket.IO packet (%2); it was skipped</source>
        <translation>%1 envió un paquete Socket.IO mal formado (%2); se omitió</translation>
    </message>
    <message>
        <source>Connected to %1 (session recovered: nothing was missed)</source>
        <translation>Conectado a %1 (sesión recuperada: no se perdió nada)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>%1: this server allows only HTTP long-polling; Herald needs the websocket transport</source>
        <translation>%1: este servidor solo permite long-polling HTTP; Herald necesita el transporte websocket</translation>
    </message>
</context>
<context>
    <name>SourceManager</name>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation>No se pudo leer la contraseña del llavero: %1</translation>
    </message>
    <message>
        <source>This kind of connection is not known</source>
        <translation>Este tipo de conexión no se conoce</translation>
    </message>
    <message>
        <source>The history could not be read, so where the durable channels of %1 stopped is not known: not connecting until it can be read (trying again in %2 s)</source>
        <translation>No se pudo leer el historial, así que no se sabe dónde se quedaron los canales persistentes de %1: no se conectará hasta poder leerlo (nuevo intento en %2 s)</translation>
    </message>
    <message>
        <source>%1 (durable)</source>
        <translation>%1 (persistente)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>Listening to %1.</source>
        <translation>Escuchando %1.</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message numerus="yes">
        <source> (retrying in %n s)</source>
        <translation>
            <numerusform> (nuevo intento en %n s)</numerusform>
            <numerusform> (nuevo intento en %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <source>Send a notification...</source>
        <translation>Enviar una notificación...</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Configuración...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>Todavía no hay notificaciones</translation>
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
        <translation>Ninguna conexión configurada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>No molestar hasta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n no leída</numerusform>
            <numerusform>%n no leídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebSocketConnection</name>
    <message>
        <source>%1 did not complete the WebSocket handshake within %2 s</source>
        <translation>%1 no completó la negociación WebSocket en %2 s</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate</source>
        <translation>El archivo de CA %1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>%1 does not speak the %2 WebSocket subprotocol</source>
        <translation>%1 no habla el subprotocolo WebSocket %2</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s: the connection is dead</source>
        <translation>%1 dejó de responder durante %2 s: la conexión está perdida</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>No se aceptó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (HTTP %2): check the token or headers</source>
        <translation>%1 rechazó la conexión (HTTP %2): revisa el token o las cabeceras</translation>
    </message>
    <message>
        <source>%1 has no WebSocket endpoint at this path (HTTP 404)</source>
        <translation>%1 no tiene ningún punto de conexión WebSocket en esta ruta (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket handshake with HTTP %2</source>
        <translation>%1 respondió a la negociación WebSocket con HTTP %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 sent a message larger than the limit of %2 KiB; it was refused</source>
        <translation>%1 envió un mensaje mayor que el límite de %2 KiB; se rechazó</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 cerró la conexión: %2</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket handshake</source>
        <translation>%1 rechazó la negociación WebSocket</translation>
    </message>
</context>
<context>
    <name>WindowsAutostart</name>
    <message>
        <source>Could not change the Run entry in the registry.</source>
        <translation>No se pudo cambiar la entrada Run del registro.</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Desktop notifications from Redis</source>
        <translation>Notificaciones de escritorio desde Redis</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald: desktop notifications from Redis Pub/Sub, in the system tray.</source>
        <translation>Herald: notificaciones de escritorio desde Redis Pub/Sub, en el área de notificación.</translation>
    </message>
    <message>
        <source>Connect to URL (redis://, rediss://, socketio+ws://, nchan+ws://, ws:// or their TLS forms) instead of the saved connections; repeatable; never saved.</source>
        <translation>Conectarse a URL (redis://, rediss://, socketio+ws://, nchan+ws://, ws:// o su forma TLS) en lugar de a las conexiones guardadas; se puede repetir; nunca se guarda.</translation>
    </message>
    <message>
        <source>Subscribe to NAME.</source>
        <translation>Suscribirse a NAME.</translation>
    </message>
    <message>
        <source>Subscribe to GLOB.</source>
        <translation>Suscribirse a GLOB.</translation>
    </message>
    <message>
        <source>Read NAME from its Redis Stream (herald:stream:NAME), so nothing published while away is missed.</source>
        <translation>Leer NAME desde su stream de Redis (herald:stream:NAME), para no perder nada de lo publicado mientras tanto.</translation>
    </message>
    <message>
        <source>Read the token of the gateway --sources from the first line of FILE (or set HERALD_TOKEN).</source>
        <translation>Leer el token de las pasarelas de --source de la primera línea de FILE (o definir HERALD_TOKEN).</translation>
    </message>
    <message>
        <source>Use FILE for settings (and keep the history beside it).</source>
        <translation>Usar FILE para la configuración (y guardar el historial junto a él).</translation>
    </message>
    <message>
        <source>Keep the notification history in DIR.</source>
        <translation>Guardar el historial de notificaciones en DIR.</translation>
    </message>
    <message>
        <source>Start in the tray, without opening the window.</source>
        <translation>Iniciar en el área de notificación, sin abrir la ventana.</translation>
    </message>
    <message>
        <source>Popups through BACKEND: freedesktop, tray or popup.</source>
        <translation>Ventanas emergentes mediante BACKEND: freedesktop, tray o popup.</translation>
    </message>
    <message>
        <source>--channel, --pattern and --durable-channel need a --source</source>
        <translation>--channel, --pattern y --durable-channel necesitan una --source</translation>
    </message>
    <message>
        <source>herald: cannot read the token file %1</source>
        <translation>herald: no se puede leer el archivo de token %1</translation>
    </message>
</context>
</TS>
