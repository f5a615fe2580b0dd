<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DiscoverDialog</name>
    <message numerus="yes">
        <source>Asking the server and listening for %n seconds...</source>
        <translation>
            <numerusform>Asking the server and listening for %n second...</numerusform>
            <numerusform>Asking the server and listening for %n seconds...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribers</source>
        <translation>
            <numerusform>%Ln subscriber</numerusform>
            <numerusform>%Ln subscribers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages while listening</source>
        <translation>
            <numerusform>%Ln message while listening</numerusform>
            <numerusform>%Ln messages while listening</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message numerus="yes">
        <source> days</source>
        <extracomment>The unit after the number of days the history keeps notifications</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NchanChannel</name>
    <message numerus="yes">
        <source>At least %n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>At least %n notification published on %1 between %2 and %3 was pushed out of Nchan&apos;s message buffer or expired before Herald read it, and is lost.</numerusform>
            <numerusform>At least %n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</source>
        <translation>
            <numerusform>%n notification published on %1 between %2 and %3 was pushed out of Nchan&apos;s message buffer or expired before Herald read it, and is lost.</numerusform>
            <numerusform>%n notifications published on %1 between %2 and %3 were pushed out of Nchan&apos;s message buffer or expired before Herald read them, and are lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n notifications while you were away</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup title for what durable channels received while Herald was not running or asleep</extracomment>
        <translation>
            <numerusform>%n notification while you were away</numerusform>
            <numerusform>%n notifications while you were away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n channels, most on %1</source>
        <comment>catch-up summary</comment>
        <extracomment>Popup text under the catch-up summary; %1 is the channel that received the most</extracomment>
        <translation>
            <numerusform>On %n channel, most on %1</numerusform>
            <numerusform>On %n channels, most on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s) on %1</source>
        <comment>flood summary</comment>
        <extracomment>Popup title for many notifications at once on one channel; %1 is the channel&apos;s name</extracomment>
        <translation>
            <numerusform>%n new notification on %1</numerusform>
            <numerusform>%n new notifications on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>When a notification arrived, in minutes; short, for the list</extracomment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>When a notification arrived, in hours; short, for the list</extracomment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationWindow</name>
    <message numerus="yes">
        <source>Delete all %Ln stored notifications? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln stored notification? This cannot be undone.</numerusform>
            <numerusform>Delete all %Ln stored notifications? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedisSource</name>
    <message numerus="yes">
        <source>No answer from %1 for %n s; the connection is presumed dead</source>
        <translation>
            <numerusform>No answer from %1 for %n s; the connection is presumed dead</numerusform>
            <numerusform>No answer from %1 for %n s; the connection is presumed dead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedisStreamReader</name>
    <message numerus="yes">
        <source>No answer from %1 on the stream connection for %n s; it is presumed dead</source>
        <translation>
            <numerusform>No answer from %1 on the stream connection for %n s; it is presumed dead</numerusform>
            <numerusform>No answer from %1 on the stream connection for %n s; it is presumed dead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n stream(s) from %1</source>
        <translation>
            <numerusform>Reading %n stream from %1</numerusform>
            <numerusform>Reading %n streams from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message numerus="yes">
        <source> (retrying in %n s)</source>
        <translation>
            <numerusform> (retrying in %n s)</numerusform>
            <numerusform> (retrying in %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
