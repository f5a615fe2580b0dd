<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Application</name>
    <message>
        <source>%1 Until that is fixed, notifications are kept only until Herald quits.</source>
        <translation>%1 この問題が解決するまで、通知は Herald を終了するまでしか保持されません。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>There is no system tray here (on GNOME, the AppIndicator extension adds one), so Herald runs in this window: closing it quits Herald.</source>
        <translation>この環境にはシステムトレイがありません（GNOME では AppIndicator 拡張機能で追加できます）。そのため Herald はこのウィンドウで動作し、ウィンドウを閉じると Herald も終了します。</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>%1 を購読しました</translation>
    </message>
    <message>
        <source>Disconnected from %1 to %2: messages published on non-durable channels meanwhile were not received</source>
        <translation>%1 から %2 まで切断されていました。その間に永続でないチャンネルに公開されたメッセージは受信されていません</translation>
    </message>
    <message>
        <source>Reconnecting after sleep</source>
        <translation>スリープから復帰したため再接続しています</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ChannelDiscovery</name>
    <message>
        <source>PUBSUB failed: %1</source>
        <translation>PUBSUB に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <source>Durable: read this channel from a Redis Stream, from where Herald left off, so nothing published while Herald was closed, asleep or offline is missed. Publishers must add to the stream as well, as Herald&apos;s own &quot;Send a notification&quot; does.</source>
        <translation>永続: このチャンネルを Redis ストリームから、Herald が前回読み終えた位置から読み込みます。Herald の終了中、スリープ中、オフライン中に公開されたものも見逃しません。公開する側もストリームに追加する必要があります（Herald の「通知を送信」はそうしています）。</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Discover...</source>
        <translation>検出...</translation>
    </message>
    <message>
        <source>Channel name, or a glob pattern such as deploy:*</source>
        <translation>チャンネル名、または deploy:* のような glob パターン</translation>
    </message>
    <message>
        <source>Subscribe with PSUBSCRIBE: * ? and [abc] match channel names</source>
        <translation>PSUBSCRIBE で購読します。* ? [abc] がチャンネル名に一致します</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Channel or pattern</source>
        <translation>チャンネルまたはパターン</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>永続</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリームキー</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Popups from</source>
        <translation>ポップアップ対象</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>all (1+)</source>
        <translation>すべて (1+)</translation>
    </message>
    <message>
        <source>low (2+)</source>
        <translation>低 (2+)</translation>
    </message>
    <message>
        <source>normal (3+)</source>
        <translation>通常 (3+)</translation>
    </message>
    <message>
        <source>high (4+)</source>
        <translation>高 (4+)</translation>
    </message>
    <message>
        <source>urgent (5)</source>
        <translation>緊急 (5)</translation>
    </message>
    <message>
        <source>Patterns cannot be durable: each durable channel has a stream of its own.</source>
        <translation>パターンは永続にできません。永続チャンネルはそれぞれ専用のストリームを持ちます。</translation>
    </message>
    <message>
        <source>The Redis Stream this channel is read from; empty: %1</source>
        <translation>このチャンネルを読み込む Redis ストリーム。空の場合: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>「%1」はすでに一覧にあります。</translation>
    </message>
    <message>
        <source>Event name</source>
        <extracomment>Socket.IO: the name of the event a server emits, e.g. &quot;notification&quot;</extracomment>
        <translation>イベント名</translation>
    </message>
    <message>
        <source>Event name, e.g. notification (the default when the list is empty)</source>
        <translation>イベント名（例: notification。一覧が空のときの既定値）</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>チャンネル ID</translation>
    </message>
    <message>
        <source>Nchan channel id, appended to the URL&apos;s path, e.g. deploys</source>
        <translation>URL のパスの末尾に付ける Nchan のチャンネル ID（例: deploys）</translation>
    </message>
    <message>
        <source>Channels and patterns</source>
        <translation>チャンネルとパターン</translation>
    </message>
    <message>
        <source>Lists the channels the server carries now</source>
        <translation>サーバーで現在使われているチャンネルを一覧表示します</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <extracomment>Accessible name of a channel&apos;s &quot;On&quot; box; %1 is the channel&apos;s name</extracomment>
        <translation>%1 を購読</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>%1 をミュート</translation>
    </message>
    <message>
        <source>Popups from %1 from this priority on</source>
        <translation>%1 のポップアップをこの優先度以上で表示</translation>
    </message>
    <message>
        <source>Read %1 from its Redis Stream (durable)</source>
        <translation>%1 を Redis ストリームから読む（永続）</translation>
    </message>
    <message>
        <source>Stream key of %1</source>
        <translation>%1 のストリームキー</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send a notification</source>
        <translation>通知を送信</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Priorities to publish with; &quot;Default&quot; sends none, so the receiver&apos;s default applies</extracomment>
        <translation>既定</translation>
    </message>
    <message>
        <source>1 - min</source>
        <translation>1 - 最低</translation>
    </message>
    <message>
        <source>2 - low</source>
        <translation>2 - 低</translation>
    </message>
    <message>
        <source>3 - normal</source>
        <translation>3 - 通常</translation>
    </message>
    <message>
        <source>4 - high</source>
        <translation>4 - 高</translation>
    </message>
    <message>
        <source>5 - urgent</source>
        <translation>5 - 緊急</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>チャンネル(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>本文(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>リンク(&amp;L):</translation>
    </message>
    <message>
        <source>Set up a connection in Settings first.</source>
        <translation>先に設定で接続を設定してください。</translation>
    </message>
    <message>
        <source>Give the channel to publish on.</source>
        <translation>公開先のチャンネルを指定してください。</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>送信しています...</translation>
    </message>
    <message>
        <source>Sent. Subscribers that received it: %L1.</source>
        <translation>送信しました。受信した購読者: %L1。</translation>
    </message>
    <message>
        <source>Sent and kept as stream entry %1. Subscribers that received it: %L2.</source>
        <translation>送信し、ストリームのエントリ %1 として保存しました。受信した購読者: %L2。</translation>
    </message>
</context>
<context>
    <name>ConnectionLogDialog</name>
    <message>
        <source>Connection log</source>
        <translation>接続ログ</translation>
    </message>
    <message>
        <source>Connection</source>
        <extracomment>Read aloud for the combo box that chooses whose log is shown</extracomment>
        <translation>接続</translation>
    </message>
    <message>
        <source>What happened on this connection</source>
        <extracomment>Read aloud for the text field with the chosen connection&apos;s log</extracomment>
        <translation>この接続で起きたこと</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A channel name cannot be empty</source>
        <translation>チャンネル名は空にできません</translation>
    </message>
    <message>
        <source>A channel name cannot contain control characters such as tabs or line breaks</source>
        <translation>チャンネル名にタブや改行などの制御文字は使えません</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsPage</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>このサーバーに接続する</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Redis&apos;s built-in user is called &quot;default&quot;: keep the word as it is</extracomment>
        <translation>default</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>証明書 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key)</source>
        <translation>鍵 (*.pem *.key)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>ユーザー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>TLS &amp;CA file:</source>
        <translation>TLS の CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>クライアント証明書:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>クライアント鍵:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>接続しています...</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>接続を追加</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>選択した接続を削除</translation>
    </message>
    <message>
        <source>A JSON WebSocket feed has no channels: every message it sends is a notification.</source>
        <translation>JSON WebSocket フィードにはチャンネルがありません。送られてくるメッセージがそれぞれ通知になります。</translation>
    </message>
    <message>
        <source>Redis Pub/Sub</source>
        <translation>Redis Pub/Sub</translation>
    </message>
    <message>
        <source>Socket.IO server</source>
        <translation>Socket.IO サーバー</translation>
    </message>
    <message>
        <source>Nchan</source>
        <translation>Nchan</translation>
    </message>
    <message>
        <source>JSON WebSocket feed</source>
        <translation>JSON WebSocket フィード</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>任意。カンマ区切り</translation>
    </message>
    <message>
        <source>One per line, e.g. X-Api-Key: …</source>
        <translation>1 行に 1 つ（例: X-Api-Key: …）</translation>
    </message>
    <message>
        <source>System settings; or none, http://host:3128, socks5://host:1080</source>
        <translation>システムの設定。または none、http://host:3128、socks5://host:1080</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Larger messages are refused: a server cannot make Herald allocate without bound.</source>
        <translation>これより大きいメッセージは拒否します。サーバーが Herald に際限なくメモリーを確保させることはできません。</translation>
    </message>
    <message>
        <source>Connects once with these settings and says how it went</source>
        <translation>この設定で一度接続し、結果を表示します</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>TLS の CA ファイル</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>クライアント鍵</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>ルーム(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Largest message:</source>
        <translation>最大メッセージ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 は %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Connected and authenticated to %1.</source>
        <translation>%1 に接続し、認証されました。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Opens %1</source>
        <translation>%1 を開きます</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>既読にする</translation>
    </message>
</context>
<context>
    <name>DiscoverDialog</name>
    <message>
        <source>Search again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <source>Discover channels on %1</source>
        <translation>%1 のチャンネルを検出</translation>
    </message>
    <message>
        <source>All channels (or a glob pattern)</source>
        <translation>すべてのチャンネル（または glob パターン）</translation>
    </message>
    <message>
        <source>Channel pattern</source>
        <extracomment>Read aloud for the field that narrows the search to channels matching a glob pattern</extracomment>
        <translation>チャンネルのパターン</translation>
    </message>
    <message>
        <source>Channels found</source>
        <extracomment>Read aloud for the list of channels found on the server</extracomment>
        <translation>見つかったチャンネル</translation>
    </message>
    <message>
        <source>Add ticked channels</source>
        <translation>チェックしたチャンネルを追加</translation>
    </message>
    <message numerus="yes">
        <source>Asking the server and listening for %n seconds...</source>
        <translation>
            <numerusform>サーバーに問い合わせ、%n 秒間受信しています...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <extracomment>A channel found: %1 is its name, %2 how many subscribe to it, %3 how many messages it carried while Herald listened</extracomment>
        <translation>%1（%2、%3）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribers</source>
        <translation>
            <numerusform>購読者 %Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages while listening</source>
        <translation>
            <numerusform>受信中のメッセージ %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No active channels found. PUBSUB lists only channels with a subscriber; nothing was published while listening either.</source>
        <translation>アクティブなチャンネルは見つかりませんでした。PUBSUB は購読者のいるチャンネルしか返さず、受信中に公開されたものもありませんでした。</translation>
    </message>
    <message>
        <source>Channels found: %L1</source>
        <translation>見つかったチャンネル: %L1</translation>
    </message>
</context>
<context>
    <name>GapMarker</name>
    <message>
        <source>Disconnected %1 to %2</source>
        <translation>%1 から %2 まで切断</translation>
    </message>
    <message>
        <source>Messages published meanwhile were not received.</source>
        <translation>その間に公開されたメッセージは受信されていません。</translation>
    </message>
    <message>
        <source>Messages published on %1 meanwhile were not received.</source>
        <translation>その間に %1 に公開されたメッセージは受信されていません。</translation>
    </message>
    <message>
        <source>Missed notifications on %1</source>
        <translation>%1 の通知を取りこぼしました</translation>
    </message>
    <message>
        <source>Entries published between %1 and %2 were trimmed from stream %3 (MAXLEN) before Herald read them and are lost.</source>
        <translation>%1 から %2 までに公開されたエントリは、Herald が読む前にストリーム %3 から切り詰められ（MAXLEN）、失われました。</translation>
    </message>
    <message>
        <source>Entries published between %1 and %2 were trimmed from stream %3 (MAXLEN) before Herald read them and may have been lost.</source>
        <translation>%1 から %2 までに公開されたエントリは、Herald が読む前にストリーム %3 から切り詰められ（MAXLEN）、失われた可能性があります。</translation>
    </message>
    <message>
        <source>Entries published before %1 were trimmed from stream %2 (MAXLEN) before Herald read them and are lost.</source>
        <translation>%1 より前に公開されたエントリは、Herald が読む前にストリーム %2 から切り詰められ（MAXLEN）、失われました。</translation>
    </message>
    <message>
        <source>Entries published before %1 were trimmed from stream %2 (MAXLEN) before Herald read them and may have been lost.</source>
        <translation>%1 より前に公開されたエントリは、Herald が読む前にストリーム %2 から切り詰められ（MAXLEN）、失われた可能性があります。</translation>
    </message>
    <message>
        <source>Number lost: %L1.</source>
        <translation>失われた件数: %L1。</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>エントリ %1</translation>
    </message>
    <message>
        <source>The stream %1 was deleted or recreated after %2; notifications published on %3 before it was recreated may be lost.</source>
        <translation>ストリーム %1 は %2 の後に削除または再作成されました。再作成前に %3 に公開された通知は失われた可能性があります。</translation>
    </message>
    <message>
        <source>Notification too large on %1</source>
        <translation>%1 の通知が大きすぎます</translation>
    </message>
    <message>
        <source>An entry on %1 (%2) was larger than the %3 limit and was not loaded; it is still in stream %4.</source>
        <translation>%1 のエントリ（%2）は上限の %3 を超えていたため読み込まれませんでした。ストリーム %4 には残っています。</translation>
    </message>
</context>
<context>
    <name>GatewayEndpoint</name>
    <message>
        <source>Not a gateway URL; expected socketio+ws://, nchan+ws://, ws:// or their TLS forms (socketio+wss://, nchan+wss://, wss://)</source>
        <translation>ゲートウェイの URL ではありません。socketio+ws://、nchan+ws://、ws:// またはその TLS 形式（socketio+wss://、nchan+wss://、wss://）を指定してください</translation>
    </message>
    <message>
        <source>The URL names no host</source>
        <translation>URL にホストがありません</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>ポートは 1 から 65535 の間で指定してください</translation>
    </message>
    <message>
        <source>Header line %1 is not of the form &quot;Name: value&quot; (a name without spaces, a value in Latin-1 without line breaks)</source>
        <translation>ヘッダー行 %1 が「Name: value」の形式ではありません（名前は空白なし、値は改行を含まない Latin-1）</translation>
    </message>
    <message>
        <source>A Socket.IO namespace cannot contain a comma</source>
        <translation>Socket.IO の名前空間にカンマは使えません</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Start Herald when I log in</source>
        <translation>ログイン時に Herald を起動する</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>システムトレイに最小化して起動する</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first choice of the language setting; %1 is the language that means now</extracomment>
        <translation>システムの既定（%1）</translation>
    </message>
    <message>
        <source>Herald uses the new language after a restart.</source>
        <translation>新しい言語は Herald の再起動後に使われます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source> notifications</source>
        <extracomment>The unit after the number of notifications the history keeps at most</extracomment>
        <translation> 件</translation>
    </message>
    <message>
        <source>forever</source>
        <extracomment>How long the history keeps notifications when no number of days is set</extracomment>
        <translation>無期限</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <extracomment>The unit after the number of days the history keeps notifications</extracomment>
        <translation>
            <numerusform> 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>最大保持件数(&amp;M):</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>保持期間(&amp;F):</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>Load notification icons from the internet</source>
        <translation>通知のアイコンをインターネットから読み込む</translation>
    </message>
    <message>
        <source>Fetching an icon tells its server that you received the notification. Off by default.</source>
        <translation>アイコンを取得すると、そのサーバーに通知を受け取ったことが伝わります。既定ではオフです。</translation>
    </message>
    <message>
        <source>Could not change the start at log-in.</source>
        <translation>ログイン時の起動を変更できませんでした。</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The notification history %1 is damaged and could not be moved to %2: %3</source>
        <translation>通知履歴 %1 は破損しており、%2 へ移動できませんでした: %3</translation>
    </message>
    <message>
        <source>The notification history %1 is damaged or is not a database</source>
        <translation>通知履歴 %1 は破損しているか、データベースではありません</translation>
    </message>
    <message>
        <source>Cannot open the notification history %1</source>
        <translation>通知履歴 %1 を開けません</translation>
    </message>
    <message>
        <source>Cannot read the notification history %1</source>
        <translation>通知履歴 %1 を読み込めません</translation>
    </message>
    <message>
        <source>The notification history %1 was written by a newer version of Herald</source>
        <translation>通知履歴 %1 は新しいバージョンの Herald で書き込まれています</translation>
    </message>
    <message>
        <source>schema %1; this version reads up to schema %2</source>
        <translation>スキーマ %1。このバージョンが読めるのはスキーマ %2 までです</translation>
    </message>
    <message>
        <source>Cannot upgrade the notification history %1 to schema %2</source>
        <translation>通知履歴 %1 をスキーマ %2 に更新できません</translation>
    </message>
    <message>
        <source>Cannot set up search in the notification history %1</source>
        <translation>通知履歴 %1 の検索を準備できません</translation>
    </message>
    <message>
        <source>The notification history %1 was damaged and has been moved to %2; Herald started with an empty history.</source>
        <translation>通知履歴 %1 は破損していたため %2 へ移動しました。Herald は空の履歴で起動しました。</translation>
    </message>
    <message>
        <source>Checking the notification history %1 found a problem</source>
        <translation>通知履歴 %1 の検査で問題が見つかりました</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Could not save notifications in the history %1</source>
        <translation>履歴 %1 に通知を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not save the stream positions in the history %1</source>
        <translation>履歴 %1 にストリームの読み込み位置を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not read the stream positions in the history %1</source>
        <translation>履歴 %1 のストリームの読み込み位置を読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not read the history %1</source>
        <translation>履歴 %1 を読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not read the channels in the history %1</source>
        <translation>履歴 %1 のチャンネルを読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not change the read state in the history %1</source>
        <translation>履歴 %1 の既読状態を変更できませんでした</translation>
    </message>
    <message>
        <source>Could not mark notifications read in the history %1</source>
        <translation>履歴 %1 の通知を既読にできませんでした</translation>
    </message>
    <message>
        <source>Could not delete notifications from the history %1</source>
        <translation>履歴 %1 から通知を削除できませんでした</translation>
    </message>
    <message>
        <source>Could not clear the history %1</source>
        <translation>履歴 %1 を消去できませんでした</translation>
    </message>
    <message>
        <source>Could not apply the retention limits to the history %1</source>
        <translation>履歴 %1 に保持の上限を適用できませんでした</translation>
    </message>
</context>
<context>
    <name>JsonWebSocketSource</name>
    <message>
        <source>%1 sent a binary frame (%2 bytes): Herald reads text frames only, so binary frames on this connection are skipped</source>
        <translation>%1 がバイナリフレーム（%2 バイト）を送りました。Herald はテキストフレームしか読まないため、この接続のバイナリフレームはスキップします</translation>
    </message>
    <message>
        <source>Connected to %1; it sends binary frames, which are skipped: Herald reads text frames only</source>
        <translation>%1 に接続しました。バイナリフレームが送られてきますが、Herald はテキストフレームしか読まないためスキップします</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続しています</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>Reading the password</source>
        <translation>パスワードの読み込み</translation>
    </message>
    <message>
        <source>Storing the password</source>
        <translation>パスワードの保存</translation>
    </message>
    <message>
        <source>Removing the password</source>
        <translation>パスワードの削除</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain.</source>
        <translation>パスワードはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Opening the keychain</source>
        <translation>キーチェーンを開く処理</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>NchanChannel</name>
    <message>
        <source>%1 sent a message without Nchan&apos;s id header (is the location an Nchan subscriber?); it was skipped</source>
        <translation>%1 が Nchan の ID ヘッダーのないメッセージを送ったため、スキップしました（その location は Nchan のサブスクライバーですか？）</translation>
    </message>
    <message>
        <source>Missed notifications on %1</source>
        <translation>%1 の通知を取りこぼしました</translation>
    </message>
    <message numerus="yes">
        <source>At least %n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>%2 から %3 までに %1 に公開された通知のうち少なくとも %n 件は、Herald が読む前に Nchan のメッセージバッファーから押し出されたか期限切れになり、失われました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>%2 から %3 までに %1 に公開された通知 %n 件は、Herald が読む前に Nchan のメッセージバッファーから押し出されたか期限切れになり、失われました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The WebSocket for %1 failed on message %2 (a text frame that is not UTF-8?); it was fetched over HTTP instead</source>
        <translation>%1 の WebSocket がメッセージ %2 で失敗したため（UTF-8 でないテキストフレーム？）、代わりに HTTP で取得しました</translation>
    </message>
    <message>
        <source>Notification too large on %1</source>
        <translation>%1 の通知が大きすぎます</translation>
    </message>
    <message>
        <source>A message on %1 (%2) was larger than the limit of %3 KiB and was not loaded; it is still in Nchan&apos;s message buffer.</source>
        <translation>%1 のメッセージ（%2）は上限の %3 KiB を超えていたため読み込まれませんでした。Nchan のメッセージバッファーには残っています。</translation>
    </message>
</context>
<context>
    <name>NchanSource</name>
    <message>
        <source>%1 names no Nchan channel id: end the path with one, or add ?channel=&lt;id&gt; for each channel</source>
        <translation>%1 に Nchan のチャンネル ID がありません。パスの末尾に付けるか、チャンネルごとに ?channel=&lt;id&gt; を追加してください</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続しています</translation>
    </message>
    <message>
        <source>(Nchan answers 503 while it cannot reach its Redis server)</source>
        <translation>（Nchan は Redis サーバーに接続できない間、503 を返します）</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n new notification(s) on %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup title for many notifications at once on one channel; %1 is the channel&apos;s name</extracomment>
        <translation>
            <numerusform>%1 に新しい通知が %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup text under the flood summary; %1 is the newest notification&apos;s title</extracomment>
        <translation>最新: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notifications while you were away</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup title for what durable channels received while Herald was not running or asleep</extracomment>
        <translation>
            <numerusform>不在中の通知 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel&apos;s name</extracomment>
        <translation>チャンネル: %1</translation>
    </message>
    <message numerus="yes">
        <source>On %n channels, most on %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel that received the most</extracomment>
        <translation>
            <numerusform>%n 個のチャンネル（最多は %1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationDelegate</name>
    <message>
        <source>link to %1</source>
        <extracomment>In a list row, after the channel; %1 is the host a click on the row opens</extracomment>
        <translation>%1 へのリンク</translation>
    </message>
</context>
<context>
    <name>NotificationDetailPane</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Notification text</source>
        <extracomment>Read aloud for the read-only text field with the whole notification</extracomment>
        <translation>通知の本文</translation>
    </message>
    <message>
        <source>Notification icon</source>
        <translation>通知のアイコン</translation>
    </message>
    <message>
        <source>Copies the notification&apos;s title, text and link</source>
        <translation>通知のタイトル、本文、リンクをコピーします</translation>
    </message>
    <message>
        <source>Deletes the notification from the history</source>
        <translation>通知を履歴から削除します</translation>
    </message>
    <message>
        <source>priority %1</source>
        <extracomment>%1 is a number from 1 (lowest) to 5 (urgent)</extracomment>
        <translation>優先度 %1</translation>
    </message>
    <message>
        <source>via pattern %1</source>
        <extracomment>%1 is the glob pattern (PSUBSCRIBE) that matched the notification&apos;s channel</extracomment>
        <translation>パターン %1 経由</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>未読にする</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>No notification selected</source>
        <translation>通知が選択されていません</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A link button: %1 is the link&apos;s label, %2 the host it leads to</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>%1 を開きます</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>lowest priority</source>
        <translation>最低優先度</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>低優先度</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>高優先度</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>normal priority</source>
        <translation>通常優先度</translation>
    </message>
    <message>
        <source>Marker</source>
        <extracomment>Read aloud before a marker row&apos;s text: Herald&apos;s note that messages may be missing</extracomment>
        <translation>注記</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>Read aloud for a notification in the list</extracomment>
        <translation>既読</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>channel %1</source>
        <extracomment>Read aloud for a notification in the list; %1 is the channel&apos;s name</extracomment>
        <translation>チャンネル %1</translation>
    </message>
    <message>
        <source>link to %1</source>
        <extracomment>Read aloud for a notification in the list; %1 is a web site&apos;s host name</extracomment>
        <translation>%1 へのリンク</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a list row read aloud (read state, priority, title, body, ...)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>When a notification arrived, shown in the list and read aloud</extracomment>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>When a notification arrived, in minutes; short, for the list</extracomment>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>When a notification arrived, in hours; short, for the list</extracomment>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <extracomment>When a notification arrived</extracomment>
        <translation>昨日</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Popups</source>
        <translation>ポップアップ</translation>
    </message>
    <message>
        <source>Show a popup for new notifications</source>
        <translation>新しい通知をポップアップで表示する</translation>
    </message>
    <message>
        <source>Show each popup for:</source>
        <translation>ポップアップの表示時間:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>popups within</source>
        <extracomment>Between two spin boxes: &quot;more than [3] popups within [10 s] on one channel ...&quot;</extracomment>
        <translation>件を超えるポップアップが次の時間内に届いたとき:</translation>
    </message>
    <message>
        <source>Summarise more than:</source>
        <translation>ポップアップをまとめる:</translation>
    </message>
    <message>
        <source>Urgent notifications (priority 5) break through do-not-disturb and quiet hours</source>
        <translation>緊急の通知（優先度 5）はおやすみモード中や通知を控える時間帯でも表示する</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>通知を控える時間帯</translation>
    </message>
    <message>
        <source>No popups during quiet hours (notifications still reach the list)</source>
        <translation>通知を控える時間帯はポップアップを表示しない（通知は一覧には届きます）</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>通知を控える時間帯の開始</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>通知を控える時間帯の終了</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end time of the quiet hours</extracomment>
        <translation>〜</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>時間帯:</translation>
    </message>
    <message>
        <source>On:</source>
        <extracomment>Before the weekday check boxes of the quiet hours</extracomment>
        <translation>曜日:</translation>
    </message>
    <message>
        <source>Durable channels</source>
        <translation>永続チャンネル</translation>
    </message>
    <message>
        <source>What was published on durable channels while Herald was away is shown as one summary popup.</source>
        <translation>Herald が動作していない間に永続チャンネルへ公開されたものは、1 つのまとめポップアップで表示されます。</translation>
    </message>
    <message>
        <source>Urgent notifications still get their own popup</source>
        <translation>緊急の通知は個別にポップアップ表示する</translation>
    </message>
    <message>
        <source>When Herald first reads a durable channel, it loads this many of the entries already in its stream into the list, without popups.</source>
        <translation>Herald が永続チャンネルを初めて読むとき、ストリームにすでにあるエントリをこの件数だけ、ポップアップなしで一覧に読み込みます。</translation>
    </message>
    <message>
        <source>Entries loaded on first contact with a durable channel:</source>
        <translation>永続チャンネルの初回読み込み件数:</translation>
    </message>
    <message>
        <source>Summarise when more popups than this arrive</source>
        <extracomment>Read aloud for the first spin box of &quot;Summarise more than [3] popups within [10 s]&quot;</extracomment>
        <translation>この数を超えるポップアップが届いたらまとめる</translation>
    </message>
    <message>
        <source>Within this time on one channel</source>
        <extracomment>Read aloud for the second spin box of &quot;Summarise more than [3] popups within [10 s]&quot;</extracomment>
        <translation>同じチャンネルでこの時間内に</translation>
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
        <translation>通知を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notifications</source>
        <translation>通知を検索</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <extracomment>Read aloud for the combo box that shows one channel&apos;s notifications only</extracomment>
        <translation>チャンネルで絞り込み</translation>
    </message>
    <message>
        <source>Shows the notifications of one channel only</source>
        <translation>1 つのチャンネルの通知だけを表示します</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>未読のみ</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>Read aloud for the list of notifications</extracomment>
        <translation>通知</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hides the notices above the list</source>
        <translation>一覧の上のお知らせを隠します</translation>
    </message>
    <message>
        <source>&amp;Herald</source>
        <translation>Herald(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Send a notification...</source>
        <translation>通知を送信(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>Connection &amp;log</source>
        <translation>接続ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>既読にする(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>未読にする(&amp;U)</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>すべて既読にする(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lear all...</source>
        <translation>すべて消去(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>すべてのチャンネル</translation>
    </message>
    <message>
        <source>Nothing matches this search or filter.</source>
        <translation>この検索またはフィルターに一致するものはありません。</translation>
    </message>
    <message>
        <source>No connection is set up yet.
Open Settings to point Herald at a Redis server and choose channels.</source>
        <translation>まだ接続が設定されていません。
設定を開いて、Herald の接続先の Redis サーバーとチャンネルを選んでください。</translation>
    </message>
    <message>
        <source>No notifications yet.
%1</source>
        <translation>まだ通知はありません。
%1</translation>
    </message>
    <message>
        <source>Notifications: %L1 · unread: %L2</source>
        <extracomment>The status bar: how many notifications the list shows, and how many are unread</extracomment>
        <translation>通知: %L1 · 未読: %L2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A connection&apos;s name, then what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear all notifications</source>
        <translation>すべての通知を消去</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln stored notifications? This cannot be undone.</source>
        <translation>
            <numerusform>保存されている %Ln 件の通知をすべて削除しますか？この操作は元に戻せません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopupWidget</name>
    <message>
        <source>Close</source>
        <extracomment>Tool tip and spoken name of the popup&apos;s × button</extracomment>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>既読にする</translation>
    </message>
</context>
<context>
    <name>RedisEndpoint</name>
    <message>
        <source>Not a Redis URL; expected redis://[user:password@]host[:port] or rediss://</source>
        <translation>Redis の URL ではありません。redis://[user:password@]host[:port] または rediss:// を指定してください</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>ポートは 1 から 65535 の間で指定してください</translation>
    </message>
    <message>
        <source>The database in the URL path must be a number</source>
        <translation>URL のパスで指定するデータベースは数値にしてください</translation>
    </message>
</context>
<context>
    <name>RedisErrorText</name>
    <message>
        <source>Connection refused by %1 (is Redis running and listening there?)</source>
        <translation>%1 に接続を拒否されました（Redis が起動して待ち受けていますか？）</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; (DNS lookup failed)</source>
        <translation>ホスト名「%1」を解決できません（DNS の問い合わせに失敗しました）</translation>
    </message>
    <message>
        <source>Timed out connecting to %1</source>
        <translation>%1 への接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (is TLS enabled on that port, and does it require a client certificate?)</source>
        <translation>%1 が TLS ハンドシェイク中に接続を閉じました（そのポートで TLS が有効か、クライアント証明書が必要か確認してください）</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 が接続を閉じました</translation>
    </message>
    <message>
        <source>Network error reaching %1: %2</source>
        <translation>%1 への接続中にネットワークエラーが発生しました: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>%1 への接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is for %1, not for &quot;%2&quot;</source>
        <translation>TLS: サーバーの証明書は %1 用で、「%2」用ではありません</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not signed by a trusted certificate authority (give its CA file with --cacert): %1</source>
        <translation>TLS: サーバーの証明書は信頼できる認証局の署名を受けていません（--cacert でその CA ファイルを指定してください）: %1</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate expired on %1</source>
        <translation>TLS: サーバーの証明書は %1 に有効期限が切れました</translation>
    </message>
    <message>
        <source>TLS: the handshake failed</source>
        <translation>TLS: ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Wrong password for %1</source>
        <translation>%1 のパスワードが違います</translation>
    </message>
    <message>
        <source>Wrong user name or password for %1 (or the user is disabled)</source>
        <translation>%1 のユーザー名またはパスワードが違います（またはユーザーが無効です）</translation>
    </message>
    <message>
        <source>%1 requires a password (give it in the URL, --password-file or HERALD_PASSWORD)</source>
        <translation>%1 にはパスワードが必要です（URL、--password-file、HERALD_PASSWORD のいずれかで指定してください）</translation>
    </message>
    <message>
        <source>A password was given, but %1 has no password set</source>
        <translation>パスワードが指定されましたが、%1 にはパスワードが設定されていません</translation>
    </message>
    <message>
        <source>%1 is loading its data after a restart</source>
        <translation>%1 は再起動後のデータを読み込み中です</translation>
    </message>
    <message>
        <source>%1 is busy running a script</source>
        <translation>%1 はスクリプトの実行中です</translation>
    </message>
    <message>
        <source>The ACL user of %1 may not run %2: %3</source>
        <translation>%1 の ACL ユーザーには %2 の実行が許可されていません: %3</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 が %2 を拒否しました: %3</translation>
    </message>
    <message>
        <source>No permission to subscribe to the pattern &quot;%1&quot;: ACL user &quot;%2&quot; lacks the channel permission &amp;%1</source>
        <translation>パターン「%1」を購読する権限がありません: ACL ユーザー「%2」にチャンネル権限 &amp;%1 がありません</translation>
    </message>
    <message>
        <source>No permission to subscribe to &quot;%1&quot;: ACL user &quot;%2&quot; lacks the channel permission &amp;%1</source>
        <translation>「%1」を購読する権限がありません: ACL ユーザー「%2」にチャンネル権限 &amp;%1 がありません</translation>
    </message>
    <message>
        <source>Subscribing to &quot;%1&quot; failed: %2</source>
        <translation>「%1」の購読に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>RedisPublisher</name>
    <message>
        <source>Give a title or a body.</source>
        <translation>タイトルか本文を入力してください。</translation>
    </message>
    <message>
        <source>The priority must be from 1 to 5.</source>
        <translation>優先度は 1 から 5 で指定してください。</translation>
    </message>
    <message>
        <source>The link must be an http, https or mailto URL.</source>
        <translation>リンクは http、https、mailto のいずれかの URL にしてください。</translation>
    </message>
    <message>
        <source>No permission to publish on &quot;%1&quot;: %2</source>
        <translation>「%1」に公開する権限がありません: %2</translation>
    </message>
    <message>
        <source>PUBLISH failed: %1</source>
        <translation>PUBLISH に失敗しました: %1</translation>
    </message>
    <message>
        <source>No permission to publish durably on &quot;%1&quot; (stream &quot;%2&quot;): %3</source>
        <translation>「%1」（ストリーム「%2」）に永続的に公開する権限がありません: %3</translation>
    </message>
    <message>
        <source>Cannot publish durably on &quot;%1&quot;: the key &quot;%2&quot; holds something other than a stream</source>
        <translation>「%1」に永続的に公開できません: キー「%2」にはストリーム以外のものが入っています</translation>
    </message>
    <message>
        <source>Durable publish on &quot;%1&quot; (stream &quot;%2&quot;) failed: %3</source>
        <translation>「%1」（ストリーム「%2」）への永続的な公開に失敗しました: %3</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>予期しない応答</translation>
    </message>
</context>
<context>
    <name>RedisSource</name>
    <message numerus="yes">
        <source>No answer from %1 for %n s; the connection is presumed dead</source>
        <translation>
            <numerusform>%1 から %n 秒間応答がないため、接続が切れたとみなしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting to %1</source>
        <translation>%1 に再接続しています</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続しています</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>streams %1</source>
        <translation>ストリーム %1</translation>
    </message>
</context>
<context>
    <name>RedisStreamReader</name>
    <message numerus="yes">
        <source>No answer from %1 on the stream connection for %n s; it is presumed dead</source>
        <translation>
            <numerusform>%1 のストリーム接続から %n 秒間応答がないため、切れたとみなしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 to read streams</source>
        <translation>ストリームを読むため %1 に接続しています</translation>
    </message>
    <message>
        <source>the first or the last entry</source>
        <translation>最初または最後のエントリ</translation>
    </message>
    <message>
        <source>No stream of %1 can be read</source>
        <translation>%1 のストリームはどれも読めません</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n stream(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 個のストリームを読み込んでいます</numerusform>
        </translation>
    </message>
    <message>
        <source>The backfill of the stream &quot;%1&quot; stops at an entry larger than the %2 limit (XREVRANGE %1 %3): passing it needs EVAL, which failed: %4</source>
        <translation>ストリーム「%1」の初期読み込みは、上限 %2 を超えるエントリ（XREVRANGE %1 %3）で止まりました。読み飛ばすには EVAL が必要ですが、失敗しました: %4</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>最初のエントリ</translation>
    </message>
    <message>
        <source>the entry after %1</source>
        <translation>%1 の次のエントリ</translation>
    </message>
    <message>
        <source>Reading the streams %1 failed: %2</source>
        <translation>ストリーム %1 の読み込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of the durable channel &quot;%2&quot; holds something other than a stream; it is not read</source>
        <translation>永続チャンネル「%2」のキー「%1」にはストリーム以外のものが入っているため、読み込みません</translation>
    </message>
    <message>
        <source>No permission to read the stream &quot;%1&quot; of the durable channel &quot;%2&quot;: ACL user &quot;%3&quot; needs read access to that key and XINFO, XREVRANGE and XREAD (%4)</source>
        <translation>永続チャンネル「%2」のストリーム「%1」を読む権限がありません: ACL ユーザー「%3」には、そのキーの読み取りと XINFO、XREVRANGE、XREAD の権限が必要です（%4）</translation>
    </message>
    <message>
        <source>Reading the stream &quot;%1&quot; of the durable channel &quot;%2&quot; failed: %3</source>
        <translation>永続チャンネル「%2」のストリーム「%1」の読み込みに失敗しました: %3</translation>
    </message>
    <message>
        <source>In the stream &quot;%1&quot; of the durable channel &quot;%2&quot;, %3 is larger than the %4 reply limit. Herald passes such an entry by asking for its id with a small script (EVAL), which failed: %5. The stream is not read: let ACL user &quot;%6&quot; run EVAL, raise the limit, or delete that entry</source>
        <translation>永続チャンネル「%2」のストリーム「%1」で、%3が応答の上限 %4 を超えています。Herald はこのようなエントリを、小さなスクリプト（EVAL）で ID を問い合わせて読み飛ばしますが、それに失敗しました: %5。ストリームは読み込まれません。ACL ユーザー「%6」に EVAL を許可するか、上限を上げるか、そのエントリを削除してください</translation>
    </message>
</context>
<context>
    <name>RespConnection</name>
    <message>
        <source>Cannot read a CA certificate from %1</source>
        <translation>%1 から CA 証明書を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read a client certificate from %1</source>
        <translation>%1 からクライアント証明書を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the private key %1</source>
        <translation>秘密鍵 %1 を読み込めません</translation>
    </message>
    <message>
        <source>The private key %1 is not an unencrypted RSA or EC key in PEM format</source>
        <translation>秘密鍵 %1 は、暗号化されていない PEM 形式の RSA 鍵または EC 鍵ではありません</translation>
    </message>
    <message>
        <source>No TLS handshake from %1 within %2 s (is TLS enabled on that port?)</source>
        <translation>%1 から %2 秒以内に TLS ハンドシェイクがありません（そのポートで TLS は有効ですか？）</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 s</source>
        <translation>%1 は接続を受け付けましたが、%2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2</source>
        <translation>%2 への接続が %1 秒でタイムアウトしました</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 が接続を閉じました</translation>
    </message>
</context>
<context>
    <name>RespDecoder</name>
    <message>
        <source>Protocol error: %1</source>
        <translation>プロトコルエラー: %1</translation>
    </message>
    <message>
        <source>Protocol error: %1 (is this a Redis server?)</source>
        <translation>プロトコルエラー: %1（Redis サーバーですか？）</translation>
    </message>
</context>
<context>
    <name>RespFrameGuard</name>
    <message>
        <source>The server announced a reply of %1, more than the %2 limit; connection dropped</source>
        <translation>サーバーが上限 %2 を超える %1 の応答を予告したため、接続を切断しました</translation>
    </message>
    <message>
        <source>The server sent a reply larger than the %1 limit; connection dropped</source>
        <translation>サーバーが上限 %1 を超える応答を送ったため、接続を切断しました</translation>
    </message>
    <message>
        <source>The server announced a reply of %1 elements, more than fit in the %2 limit; connection dropped</source>
        <translation>サーバーが上限 %2 に収まらない %1 要素の応答を予告したため、接続を切断しました</translation>
    </message>
    <message>
        <source>Protocol error: a reply is nested deeper than %1 levels</source>
        <translation>プロトコルエラー: 応答の入れ子が %1 段より深くなっています</translation>
    </message>
    <message>
        <source>Protocol error: unexpected byte 0x%1 where a reply should start (is this a Redis server?)</source>
        <translation>プロトコルエラー: 応答の先頭に予期しないバイト 0x%1 があります（Redis サーバーですか？）</translation>
    </message>
    <message>
        <source>Protocol error: malformed length in a reply</source>
        <translation>プロトコルエラー: 応答の長さが不正です</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No keychain service was found: passwords are kept for this session only and asked again after a restart.</source>
        <translation>キーチェーンサービスが見つかりません。パスワードはこのセッションの間だけ保持され、再起動後に改めて入力が必要です。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Herald Settings</source>
        <translation>Herald の設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <extracomment>Read aloud for the row of tabs (Connections, Notifications, General)</extracomment>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Connection log...</source>
        <translation>接続ログ...</translation>
    </message>
    <message>
        <source>Shows what happened on each connection</source>
        <translation>各接続で起きたことを表示します</translation>
    </message>
</context>
<context>
    <name>SocketIoSource</name>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続しています</translation>
    </message>
    <message>
        <source>%1 does not speak Socket.IO 4: its first message was not an Engine.IO open packet</source>
        <translation>%1 は Socket.IO 4 に対応していません: 最初のメッセージが Engine.IO の open パケットではありませんでした</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 が接続を閉じました</translation>
    </message>
    <message>
        <source>%1 does not speak Socket.IO 4: %2</source>
        <translation>%1 は Socket.IO 4 に対応していません: %2</translation>
    </message>
    <message>
        <source>%1 sent a malformed CONNECT reply</source>
        <translation>%1 が不正な CONNECT 応答を送りました</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 が接続を拒否しました: %2</translation>
    </message>
    <message>
        <source>%1: the server closed the session</source>
        <translation>%1: サーバーがセッションを閉じました</translation>
    </message>
    <message>
        <source>%1 sent a binary event &quot;%2&quot;: Herald reads text events only, so binary events on this connection are skipped</source>
        <translation>%1 がバイナリイベント「%2」を送りました。Herald はテキストのイベントしか読まないため、この接続のバイナリイベントはスキップします</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s, not even its pings: the connection is dead</source>
        <translation>%1 から %2 秒間、ping も含めて何も届いていないため、接続は切れています</translation>
    </message>
    <message>
        <source>%1 did not answer the Socket.IO CONNECT within %2 s</source>
        <translation>%1 は %2 秒以内に Socket.IO の CONNECT に応答しませんでした</translation>
    </message>
    <message>
        <source>%1 sent no Engine.IO open packet within %2 s: is it a Socket.IO 4 server?</source>
        <translation>%1 から %2 秒以内に Engine.IO の open パケットが届きません。Socket.IO 4 のサーバーですか？</translation>
    </message>
    <message>
        <source>%1 sent a malformed Socket.IO packet (%2); it was skipped</source>
        <translation>%1 が不正な Socket.IO パケット（%2）を送ったため、スキップしました</translation>
    </message>
    <message>
        <source>Connected to %1 (session recovered: nothing was missed)</source>
        <translation>%1 に接続しました（セッションを復元したため、取りこぼしはありません）</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>%1: this server allows only HTTP long-polling; Herald needs the websocket transport</source>
        <translation>%1: このサーバーは HTTP ロングポーリングしか許可していません。Herald には websocket トランスポートが必要です</translation>
    </message>
</context>
<context>
    <name>SourceManager</name>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation>キーチェーンからパスワードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>This kind of connection is not known</source>
        <translation>この種類の接続には対応していません</translation>
    </message>
    <message>
        <source>The history could not be read, so where the durable channels of %1 stopped is not known: not connecting until it can be read (trying again in %2 s)</source>
        <translation>履歴を読み込めないため、%1 の永続チャンネルをどこまで読んだか分かりません。読み込めるようになるまで接続しません（%2 秒後に再試行）</translation>
    </message>
    <message>
        <source>%1 (durable)</source>
        <translation>%1（永続）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>Listening to %1.</source>
        <translation>%1 を受信待ちしています。</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message numerus="yes">
        <source> (retrying in %n s)</source>
        <translation>
            <numerusform>（%n 秒後に再試行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show notifications</source>
        <translation>通知を表示</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>おやすみモード</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>すべて一時停止</translation>
    </message>
    <message>
        <source>Send a notification...</source>
        <translation>通知を送信...</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>まだ通知はありません</translation>
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
        <translation>接続が設定されていません</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>%1 までおやすみモード</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebSocketConnection</name>
    <message>
        <source>%1 did not complete the WebSocket handshake within %2 s</source>
        <translation>%1 は %2 秒以内に WebSocket ハンドシェイクを完了しませんでした</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate</source>
        <translation>CA ファイル %1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <source>%1 does not speak the %2 WebSocket subprotocol</source>
        <translation>%1 は WebSocket サブプロトコル %2 に対応していません</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s: the connection is dead</source>
        <translation>%1 が %2 秒間応答しないため、接続は切れています</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>%1 の TLS 証明書は受け入れられませんでした: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (HTTP %2): check the token or headers</source>
        <translation>%1 が接続を拒否しました（HTTP %2）。トークンまたはヘッダーを確認してください</translation>
    </message>
    <message>
        <source>%1 has no WebSocket endpoint at this path (HTTP 404)</source>
        <translation>%1 のこのパスには WebSocket エンドポイントがありません（HTTP 404）</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket handshake with HTTP %2</source>
        <translation>%1 が WebSocket ハンドシェイクに HTTP %2 で応答しました</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 に到達できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 sent a message larger than the limit of %2 KiB; it was refused</source>
        <translation>%1 が上限 %2 KiB を超えるメッセージを送ったため、拒否しました</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 が接続を閉じました</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 が接続を閉じました: %2</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket handshake</source>
        <translation>%1 が WebSocket ハンドシェイクを拒否しました</translation>
    </message>
</context>
<context>
    <name>WindowsAutostart</name>
    <message>
        <source>Could not change the Run entry in the registry.</source>
        <translation>レジストリの Run エントリを変更できませんでした。</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Desktop notifications from Redis</source>
        <translation>Redis からのデスクトップ通知</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald: desktop notifications from Redis Pub/Sub, in the system tray.</source>
        <translation>Herald: Redis Pub/Sub からのデスクトップ通知をシステムトレイに表示します。</translation>
    </message>
    <message>
        <source>Connect to URL (redis://, rediss://, socketio+ws://, nchan+ws://, ws:// or their TLS forms) instead of the saved connections; repeatable; never saved.</source>
        <translation>保存済みの接続の代わりに URL（redis://、rediss://、socketio+ws://、nchan+ws://、ws:// またはその TLS 形式）に接続します。複数指定できます。保存はされません。</translation>
    </message>
    <message>
        <source>Subscribe to NAME.</source>
        <translation>NAME を購読します。</translation>
    </message>
    <message>
        <source>Subscribe to GLOB.</source>
        <translation>GLOB を購読します。</translation>
    </message>
    <message>
        <source>Read NAME from its Redis Stream (herald:stream:NAME), so nothing published while away is missed.</source>
        <translation>NAME をその Redis ストリーム（herald:stream:NAME）から読み、不在中に公開されたものも見逃しません。</translation>
    </message>
    <message>
        <source>Read the token of the gateway --sources from the first line of FILE (or set HERALD_TOKEN).</source>
        <translation>ゲートウェイの --source のトークンを FILE の 1 行目から読みます（または HERALD_TOKEN を設定します）。</translation>
    </message>
    <message>
        <source>Use FILE for settings (and keep the history beside it).</source>
        <translation>設定に FILE を使います（履歴はその隣に保存します）。</translation>
    </message>
    <message>
        <source>Keep the notification history in DIR.</source>
        <translation>通知履歴を DIR に保存します。</translation>
    </message>
    <message>
        <source>Start in the tray, without opening the window.</source>
        <translation>ウィンドウを開かずにシステムトレイで起動します。</translation>
    </message>
    <message>
        <source>Popups through BACKEND: freedesktop, tray or popup.</source>
        <translation>ポップアップを BACKEND（freedesktop、tray、popup のいずれか）で表示します。</translation>
    </message>
    <message>
        <source>--channel, --pattern and --durable-channel need a --source</source>
        <translation>--channel、--pattern、--durable-channel には --source が必要です</translation>
    </message>
    <message>
        <source>herald: cannot read the token file %1</source>
        <translation>herald: トークンファイル %1 を読み込めません</translation>
    </message>
</context>
</TS>
