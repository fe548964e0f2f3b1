<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityDelegation</name>
    <message>
        <location filename="../app/decisions/activitydelegation.cpp" line="22"/>
        <source>Please decide (delegated from HQ Tower)</source>
        <translation>Bitte entscheiden (delegiert aus HQ Tower)</translation>
    </message>
    <message>
        <location filename="../app/decisions/activitydelegation.cpp" line="42"/>
        <source>Choose the Odoo user to delegate to.</source>
        <translation>Wählen Sie den Odoo-Benutzer, an den delegiert werden soll.</translation>
    </message>
    <message>
        <location filename="../app/decisions/activitydelegation.cpp" line="46"/>
        <source>There is no Odoo document to delegate.</source>
        <translation>Es gibt kein Odoo-Dokument zum Delegieren.</translation>
    </message>
    <message>
        <location filename="../app/decisions/activitydelegation.cpp" line="56"/>
        <source>No Odoo user with login %1.</source>
        <translation>Kein Odoo-Benutzer mit dem Login %1.</translation>
    </message>
</context>
<context>
    <name>AdapterConfig</name>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="35"/>
        <source>a condition needs &quot;field&quot; and a list &quot;in&quot; or &quot;not_in&quot; (or &quot;gone&quot;: true)</source>
        <translation>eine Bedingung braucht &quot;field&quot; und eine Liste &quot;in&quot; oder &quot;not_in&quot; (oder &quot;gone&quot;: true)</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="45"/>
        <source>conditions must be a list</source>
        <translation>Bedingungen müssen eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="72"/>
        <source>an action needs either &quot;method&quot; or &quot;schedule_activity&quot;: true</source>
        <translation>eine Aktion braucht entweder &quot;method&quot; oder &quot;schedule_activity&quot;: true</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="87"/>
        <source>a method rule needs &quot;method&quot;, and &quot;versions&quot; like &quot;17-18&quot;</source>
        <translation>eine Methodenregel braucht &quot;method&quot; und &quot;versions&quot; wie &quot;17-18&quot;</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="100"/>
        <source>&quot;applied_from_seen&quot; needs &quot;field&quot; and &quot;states&quot;</source>
        <translation>&quot;applied_from_seen&quot; braucht &quot;field&quot; und &quot;states&quot;</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="111"/>
        <source>an action that calls a method needs &quot;applied&quot; (how Odoo shows it took effect)</source>
        <translation>eine Aktion, die eine Methode aufruft, braucht &quot;applied&quot; (woran Odoo zeigt, dass sie gewirkt hat)</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="157"/>
        <source>&quot;adapter&quot; and &quot;model&quot; are required</source>
        <translation>&quot;adapter&quot; und &quot;model&quot; sind Pflicht</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="159"/>
        <source>a list of the fields to read is required</source>
        <translation>eine Liste der zu lesenden Felder ist Pflicht</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="162"/>
        <source>the conditions of a record that still waits are required</source>
        <translation>die Bedingungen für einen noch wartenden Datensatz sind Pflicht</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="166"/>
        <source>at least one action is required</source>
        <translation>mindestens eine Aktion ist Pflicht</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="174"/>
        <location filename="../app/decisions/adapterconfig.cpp" line="189"/>
        <source>&quot;action&quot; must be one of %1</source>
        <translation>&quot;action&quot; muss eines von %1 sein</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="197"/>
        <source>&quot;message&quot; must be approval_limit or not_an_approver</source>
        <translation>&quot;message&quot; muss approval_limit oder not_an_approver sein</translation>
    </message>
</context>
<context>
    <name>AdapterSupport</name>
    <message>
        <location filename="../app/decisions/adaptersupport.cpp" line="55"/>
        <source>Odoo did not create the %1 form.</source>
        <translation>Odoo hat das Formular %1 nicht erstellt.</translation>
    </message>
    <message>
        <location filename="../app/decisions/adaptersupport.cpp" line="69"/>
        <source>Refused in HQ Tower</source>
        <translation>In HQ Tower abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/decisions/adaptersupport.cpp" line="86"/>
        <source>HQ Tower cannot %1 a record of %2.</source>
        <translation>HQ Tower kann „%1“ nicht auf einen Datensatz von %2 anwenden.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/appcontroller.cpp" line="118"/>
        <source>Preparing the demo server…</source>
        <translation>Demo-Server wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="126"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="126"/>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="130"/>
        <source>Demo (simulated Odoo %1)</source>
        <translation>Demo (simuliertes Odoo %1)</translation>
    </message>
    <message>
        <source>The secret was not stored in the keychain.</source>
        <translation type="vanished">Das Passwort bzw. der API-Schlüssel wurde nicht im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation type="vanished">Passwort bzw. API-Schlüssel für %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="vanished">Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Password or API key for %1:</source>
        <translation type="vanished">Passwort oder API-Schlüssel für %1:</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="261"/>
        <source>Showing the cached queue, last synced at %1</source>
        <translation>Zwischengespeicherte Arbeitsliste, zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="195"/>
        <source>%1 · not connected</source>
        <translation>%1 · nicht verbunden</translation>
    </message>
    <message>
        <source>Forget connection</source>
        <translation type="vanished">Verbindung vergessen</translation>
    </message>
    <message>
        <source>Forget &quot;%1&quot;? Its password or API key is removed from the keychain; HQ Tower stays connected until it quits and will not connect to it again by itself.</source>
        <translation type="vanished">„%1“ vergessen? Das Passwort bzw. der API-Schlüssel wird aus dem Schlüsselbund entfernt; HQ Tower bleibt bis zum Beenden verbunden und verbindet sich danach nicht mehr von selbst.</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="199"/>
        <source>Could not connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="218"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="233"/>
        <source>Syncing… %1 of %2 items (%3 %)</source>
        <translation>Synchronisierung… %1 von %2 Vorgängen (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="170"/>
        <source>%1 · connecting…</source>
        <translation>%1 · Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="247"/>
        <source>Reading the offline queue…</source>
        <translation>Offline-Arbeitsliste wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="vanished">&amp;Karte</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="vanished">D&amp;iagramme</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="350"/>
        <source>&quot;%1&quot; is not possible on the selected item.</source>
        <translation>„%1“ ist für den ausgewählten Vorgang nicht möglich.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected items</source>
        <translation type="vanished">
            <numerusform>%n ausgewählter Vorgang</numerusform>
            <numerusform>%n ausgewählte Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">Genehmigen</translation>
    </message>
    <message>
        <source>Approve %1? It includes an amount of %2.</source>
        <translation type="vanished">%1 genehmigen? Darin ist ein Betrag von %2 enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="358"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/appcontroller.cpp" line="370"/>
        <source>%n decision(s) on the way</source>
        <translation>
            <numerusform>%n Entscheidung unterwegs</numerusform>
            <numerusform>%n Entscheidungen unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="371"/>
        <source>Outbox empty</source>
        <translation>Postausgang leer</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="413"/>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="417"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="424"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../app/session/appsession.cpp" line="59"/>
        <source>The offline cache cannot be used (%1); HQ Tower works without it.</source>
        <translation>Der Offline-Cache kann nicht verwendet werden (%1); HQ Tower arbeitet ohne ihn.</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="96"/>
        <source>The offline queue could not be read (%1); it fills again from Odoo.</source>
        <translation>Die Offline-Arbeitsliste konnte nicht gelesen werden (%1); sie wird erneut aus Odoo gefüllt.</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="177"/>
        <source>A source profile was skipped: %1</source>
        <translation>Ein Quellprofil wurde übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="158"/>
        <source>The decisions of a source profile were skipped: %1</source>
        <translation>Die Entscheidungen eines Quellprofils wurden übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/appsession.cpp" line="187"/>
        <source>%n source(s) could not be checked for a server or network problem; HQ Tower checks again in %1 s.</source>
        <translation>
            <numerusform>%n Quelle konnte wegen eines Server- oder Netzwerkproblems nicht geprüft werden; HQ Tower prüft in %1 s erneut.</numerusform>
            <numerusform>%n Quellen konnten wegen eines Server- oder Netzwerkproblems nicht geprüft werden; HQ Tower prüft in %1 s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="233"/>
        <source>The SLA deadlines of the offline queue could not be updated (%1).</source>
        <translation>Die SLA-Fristen der Offline-Warteschlange konnten nicht aktualisiert werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="253"/>
        <source>Not connected to Odoo.</source>
        <translation>Nicht mit Odoo verbunden.</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="280"/>
        <source>Not connected to Odoo yet; try again in a moment.</source>
        <translation>Noch nicht mit Odoo verbunden; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="341"/>
        <source>%1 · not connected</source>
        <translation>%1 · nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="342"/>
        <source>Odoo %1 · %2 · %3</source>
        <translation>Odoo %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ApprovalHistoryReader</name>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="121"/>
        <location filename="../app/sync/approvalhistory.cpp" line="136"/>
        <location filename="../app/sync/approvalhistory.cpp" line="155"/>
        <source>not connected to Odoo</source>
        <translation>nicht mit Odoo verbunden</translation>
    </message>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="156"/>
        <source>Odoo %1 keeps no decision date for %2</source>
        <translation>Odoo %1 speichert kein Entscheidungsdatum für %2</translation>
    </message>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="206"/>
        <source>your user may not read %1</source>
        <translation>Ihr Benutzer darf %1 nicht lesen</translation>
    </message>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="208"/>
        <source>%1 is not installed on this server</source>
        <translation>%1 ist auf diesem Server nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="210"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestAdapter</name>
    <message>
        <source>Odoo accepted the request but nothing changed: your Odoo user is not one of the approvers of %1.</source>
        <translation type="vanished">Odoo hat die Anfrage angenommen, aber nichts hat sich geändert: Ihr Odoo-Benutzer gehört nicht zu den Genehmigenden von %1.</translation>
    </message>
</context>
<context>
    <name>ApprovalTrendChart</name>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="23"/>
        <source>Approvals decided per day</source>
        <translation>Entschiedene Genehmigungen pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="30"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="31"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="36"/>
        <source>%1
Approved: %2, rejected: %3</source>
        <translation>%1
Genehmigt: %2, abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="42"/>
        <source>Median time to decision: %1 h</source>
        <translation>Median der Entscheidungsdauer: %1 h</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="49"/>
        <source>Median time to decision</source>
        <translation>Median der Entscheidungsdauer</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="104"/>
        <source>No approvals decided today</source>
        <translation>Heute keine Genehmigungen entschieden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvaltrendchart.cpp" line="105"/>
        <source>No approvals decided in the last %n days</source>
        <translation>
            <numerusform>Seit %n Tag keine Genehmigungen entschieden</numerusform>
            <numerusform>In den letzten %n Tagen keine Genehmigungen entschieden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusListener</name>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="39"/>
        <source>Live updates off</source>
        <translation>Live-Aktualisierungen aus</translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="41"/>
        <source>Connecting live updates…</source>
        <translation>Live-Aktualisierungen werden verbunden…</translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="43"/>
        <source>Live updates on</source>
        <translation>Live-Aktualisierungen an</translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="45"/>
        <source>Live updates interrupted; reconnecting (polling meanwhile)</source>
        <translation>Live-Aktualisierungen unterbrochen; Verbindung wird neu aufgebaut (bis dahin regelmäßige Abfrage)</translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="48"/>
        <source>Live updates unavailable; HQ Tower polls.</source>
        <translation>Live-Aktualisierungen nicht verfügbar; HQ Tower fragt regelmäßig ab.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/storage/cache.cpp" line="105"/>
        <source>Could not open the offline cache &quot;%1&quot;: %2.</source>
        <translation>Der Offline-Cache „%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="159"/>
        <source>Could not start writing to the offline cache: %1</source>
        <translation>Das Schreiben in den Offline-Cache konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="168"/>
        <source>Could not save to the offline cache: %1</source>
        <translation>Speichern im Offline-Cache fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="176"/>
        <location filename="../app/storage/cache.cpp" line="182"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="187"/>
        <source>Could not save the queue items</source>
        <translation>Die Vorgänge der Arbeitsliste konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="196"/>
        <source>%1: an item has no id (model &quot;%2&quot;, record %3)</source>
        <translation>%1: Ein Vorgang hat keine ID (Modell „%2“, Datensatz %3)</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="200"/>
        <source>%1: item &quot;%2&quot; belongs to profile &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation>%1: Vorgang „%2“ gehört zum Profil „%3“, nicht zu „%4“</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="228"/>
        <source>Could not remove the queue items</source>
        <translation>Die Vorgänge der Arbeitsliste konnten nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="258"/>
        <source>Could not update the SLA deadlines</source>
        <translation>Die SLA-Fristen konnten nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="265"/>
        <source>Could not replace the queue items: no source profile was given</source>
        <translation>Die Vorgänge der Arbeitsliste konnten nicht ersetzt werden: Es wurde kein Quellprofil angegeben</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="273"/>
        <location filename="../app/storage/cache.cpp" line="276"/>
        <source>Could not replace the queue items</source>
        <translation>Die Vorgänge der Arbeitsliste konnten nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="308"/>
        <location filename="../app/storage/cache.cpp" line="314"/>
        <location filename="../app/storage/cache.cpp" line="329"/>
        <location filename="../app/storage/cache.cpp" line="343"/>
        <source>Could not read the queue items</source>
        <translation>Die Vorgänge der Arbeitsliste konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="358"/>
        <source>Could not read the queue item</source>
        <translation>Der Vorgang der Arbeitsliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="374"/>
        <source>Could not read the cached record ids</source>
        <translation>Die IDs der zwischengespeicherten Datensätze konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="386"/>
        <source>Could not count the queue items</source>
        <translation>Die Vorgänge der Arbeitsliste konnten nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="397"/>
        <source>Could not save the stores</source>
        <translation>Die Filialen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="430"/>
        <source>Could not read the stores</source>
        <translation>Die Filialen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="458"/>
        <source>Could not read the sync cursor</source>
        <translation>Der Synchronisierungsstand konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="474"/>
        <source>Could not save the sync cursor</source>
        <translation>Der Synchronisierungsstand konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="476"/>
        <source>%1: no source profile was given</source>
        <translation>%1: Es wurde kein Quellprofil angegeben</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="497"/>
        <source>Could not record the sync</source>
        <translation>Die Synchronisierung konnte nicht protokolliert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="530"/>
        <location filename="../app/storage/cache.cpp" line="554"/>
        <source>Could not read the sync log</source>
        <translation>Das Synchronisierungsprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="568"/>
        <source>Could not remember a server fact</source>
        <translation>Eine Serverinformation konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="578"/>
        <source>Could not read a server fact</source>
        <translation>Eine Serverinformation konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CacheMigrations</name>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="32"/>
        <source>could not read the schema version (%1)</source>
        <translation>die Schemaversion konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="45"/>
        <source>it was written by a newer HQ Tower (schema version %1, this version knows up to %2); update HQ Tower to use it</source>
        <translation>er wurde von einer neueren Version von HQ Tower geschrieben (Schemaversion %1, diese Version kennt bis %2); aktualisieren Sie HQ Tower, um ihn zu verwenden</translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="80"/>
        <source>could not start the upgrade to schema version %1 (%2)</source>
        <translation>die Aktualisierung auf Schemaversion %1 konnte nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="91"/>
        <source>the upgrade to schema version %1 failed (%2)</source>
        <translation>die Aktualisierung auf Schemaversion %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="99"/>
        <source>the upgrade to schema version %1 could not be saved (%2)</source>
        <translation>die Aktualisierung auf Schemaversion %1 konnte nicht gespeichert werden (%2)</translation>
    </message>
</context>
<context>
    <name>CachedQueueReader</name>
    <message>
        <location filename="../app/session/cachedqueuereader.cpp" line="39"/>
        <source>The offline cache could not be read.</source>
        <translation>Der Offline-Cache konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CallCommand</name>
    <message>
        <location filename="../app/cli/callcommand.cpp" line="12"/>
        <source>call needs MODEL and METHOD.</source>
        <translation>call erfordert MODEL und METHOD.</translation>
    </message>
    <message>
        <location filename="../app/cli/callcommand.cpp" line="19"/>
        <source>--args must be a JSON array, e.g. &apos;[[1, 2]]&apos;.</source>
        <translation>--args muss ein JSON-Array sein, z. B. &apos;[[1, 2]]&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/callcommand.cpp" line="26"/>
        <source>--kwargs must be a JSON object, e.g. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</source>
        <translation>--kwargs muss ein JSON-Objekt sein, z. B. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</translation>
    </message>
</context>
<context>
    <name>CapabilityDetector</name>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="48"/>
        <source>not connected to Odoo</source>
        <translation>nicht mit Odoo verbunden</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="58"/>
        <source>%1 (this server runs Odoo %2)</source>
        <translation>%1 (auf diesem Server läuft Odoo %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="105"/>
        <source>The answer to search_read on ir.module.module is not a list: %1.</source>
        <translation>Die Antwort auf search_read für ir.module.module ist keine Liste: %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="130"/>
        <source>module %1 is not installed%2</source>
        <translation>Modul %1 ist nicht installiert%2</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="130"/>
        <source>modules %1 are not installed%2</source>
        <translation>Module %1 sind nicht installiert%2</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="193"/>
        <source>model %1 does not exist on this server</source>
        <translation>Modell %1 existiert auf diesem Server nicht</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="195"/>
        <location filename="../app/sync/capabilitydetector.cpp" line="274"/>
        <source>could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="231"/>
        <source>field %1 is missing on %2</source>
        <translation>Feld %1 fehlt in %2</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="231"/>
        <source>fields %1 are missing on %2</source>
        <translation>Felder %1 fehlen in %2</translation>
    </message>
    <message>
        <source>the server refused the query: %1</source>
        <translation type="vanished">der Server hat die Abfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="298"/>
        <source>your user may not read %1 (%2)</source>
        <translation>Ihr Benutzer darf %1 nicht lesen (%2)</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="299"/>
        <source>your user may not read %1 records</source>
        <translation>Ihr Benutzer darf keine Datensätze von %1 lesen</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../ui/chartcard.cpp" line="128"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../ui/chartcard.cpp" line="130"/>
        <source>Store exceptions</source>
        <translation>Filialausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/chartcard.cpp" line="132"/>
        <source>Integration failures</source>
        <translation>Integrationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/chartcard.cpp" line="136"/>
        <source>Other items</source>
        <translation>Andere Vorgänge</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Approvals</source>
        <translation type="vanished">Genehmigungen</translation>
    </message>
    <message>
        <source>Store exceptions</source>
        <translation type="vanished">Filialausnahmen</translation>
    </message>
    <message>
        <source>Integration failures</source>
        <translation type="vanished">Integrationsfehler</translation>
    </message>
    <message>
        <source>0–25 %</source>
        <translation type="vanished">0–25 %</translation>
    </message>
    <message>
        <source>25–50 %</source>
        <translation type="vanished">25–50 %</translation>
    </message>
    <message>
        <source>50–100 %</source>
        <translation type="vanished">50–100 %</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Überfällig</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation type="vanished">Kein SLA</translation>
    </message>
    <message>
        <location filename="../ui/chartspanel.cpp" line="27"/>
        <source>Approvals and failures over the last</source>
        <translation>Genehmigungen und Fehler der letzten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartspanel.cpp" line="30"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Open items by region</source>
        <translation type="vanished">Offene Vorgänge nach Region</translation>
    </message>
    <message>
        <source>SLA time used by open items</source>
        <translation type="vanished">Verbrauchte SLA-Zeit offener Vorgänge</translation>
    </message>
    <message>
        <source>Top 10 stores by open exceptions</source>
        <translation type="vanished">Top-10-Filialen nach offenen Ausnahmen</translation>
    </message>
    <message>
        <source>Approvals decided per day</source>
        <translation type="vanished">Entschiedene Genehmigungen pro Tag</translation>
    </message>
    <message>
        <source>Integration failures per day</source>
        <translation type="vanished">Integrationsfehler pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/chartspanel.cpp" line="66"/>
        <source>Waiting for data…</source>
        <translation>Warten auf Daten…</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="vanished">%1
%2: %3</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="vanished">Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="vanished">Abgelehnt</translation>
    </message>
    <message>
        <source>%1
Approved: %2, rejected: %3</source>
        <translation type="vanished">%1
Genehmigt: %2, abgelehnt: %3</translation>
    </message>
    <message>
        <source>Median time to decision: %1 h</source>
        <translation type="vanished">Median der Entscheidungsdauer: %1 h</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation type="vanished">Median der Entscheidungsdauer</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation type="vanished">Offene Ausnahmen</translation>
    </message>
    <message>
        <source>%1: 1 open exception</source>
        <translation type="vanished">%1: 1 offene Ausnahme</translation>
    </message>
    <message>
        <source>%1: %2 open exceptions</source>
        <translation type="vanished">%1: %2 offene Ausnahmen</translation>
    </message>
    <message>
        <source>No open items</source>
        <translation type="vanished">Keine offenen Vorgänge</translation>
    </message>
    <message>
        <source>No approvals decided today</source>
        <translation type="vanished">Heute keine Genehmigungen entschieden</translation>
    </message>
    <message numerus="yes">
        <source>No approvals decided in the last %n days</source>
        <translation type="vanished">
            <numerusform>Seit %n Tag keine Genehmigungen entschieden</numerusform>
            <numerusform>In den letzten %n Tagen keine Genehmigungen entschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>No integration failures today</source>
        <translation type="vanished">Heute keine Integrationsfehler</translation>
    </message>
    <message numerus="yes">
        <source>No integration failures in the last %n days</source>
        <translation type="vanished">
            <numerusform>Seit %n Tag keine Integrationsfehler</numerusform>
            <numerusform>In den letzten %n Tagen keine Integrationsfehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="vanished">Filiale %1</translation>
    </message>
    <message>
        <source>No store has open exceptions</source>
        <translation type="vanished">Keine Filiale hat offene Ausnahmen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="84"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="85"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="86"/>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="89"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="92"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="92"/>
        <source>%1 (uid %2)</source>
        <translation>%1 (uid %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="93"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="94"/>
        <source>Live push</source>
        <translation>Live-Push</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="94"/>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="96"/>
        <source>Modules:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="99"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="99"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="100"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="103"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="105"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="109"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/clicommand.h" line="27"/>
        <source>%1 takes no positional arguments.</source>
        <translation>%1 akzeptiert keine Positionsargumente.</translation>
    </message>
</context>
<context>
    <name>CliCommandTable</name>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="26"/>
        <source>connect and print the server version, transport, user, modules and which sources are enabled or skipped (and why)</source>
        <translation>verbinden und Serverversion, Transport, Benutzer, Module sowie aktive und übersprungene Quellen (mit Grund) ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="30"/>
        <source>sync every enabled source once into the cache</source>
        <translation>jede aktive Quelle einmal in den Cache synchronisieren</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="32"/>
        <source>print the cached queue (no network; --kind, --store)</source>
        <translation>die zwischengespeicherte Warteschlange ausgeben (ohne Netz; --kind, --store)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="34"/>
        <source>keep syncing (with live updates when --live) and print each change as one JSON line, until interrupted</source>
        <translation>fortlaufend synchronisieren (mit Live-Updates bei --live) und jede Änderung als eine JSON-Zeile ausgeben, bis zum Abbruch</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="38"/>
        <source>call a method and print its JSON result</source>
        <translation>eine Methode aufrufen und ihr JSON-Ergebnis ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="40"/>
        <source>approve an item of the queue (--reason; --yes above --confirm-above)</source>
        <translation>einen Eintrag der Warteschlange genehmigen (--reason; --yes über --confirm-above)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="43"/>
        <source>reject it; the reason goes to the record&apos;s chatter in Odoo</source>
        <translation>ablehnen; der Grund erscheint im Chatter des Datensatzes in Odoo</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="46"/>
        <source>hand it to another Odoo user (--note)</source>
        <translation>an einen anderen Odoo-Benutzer übergeben (--note)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="48"/>
        <source>retry a failed job, mail or scheduled action</source>
        <translation>einen fehlgeschlagenen Job, eine Mail oder eine geplante Aktion erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="50"/>
        <source>dismiss an integration failure or an activity</source>
        <translation>einen Integrationsfehler oder eine Aktivität verwerfen</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="53"/>
        <source>list decisions on their way to Odoo (and recent ones)</source>
        <translation>Entscheidungen auf dem Weg zu Odoo (und kürzliche) auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="55"/>
        <source>list the audit trail of decisions</source>
        <translation>das Prüfprotokoll der Entscheidungen auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="58"/>
        <source>show, install or remove the automation rules that announce changes to HQ Tower</source>
        <translation>die Automatisierungsregeln anzeigen, installieren oder entfernen, die HQ Tower Änderungen melden</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="84"/>
        <source>HQ Tower command line: check a connection to an Odoo server, sync its work queue into the
local cache, print the cached queue, or call a model method.</source>
        <translation>HQ Tower Kommandozeile: eine Verbindung zu einem Odoo-Server prüfen, seine Arbeitswarteschlange in den
lokalen Cache synchronisieren, die zwischengespeicherte Warteschlange ausgeben oder eine Modellmethode aufrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="86"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="93"/>
        <source>The password or API key is read from an environment variable, never from the command line.
Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),
4 server unreachable (network, timeout, TLS), 5 any other error; decisions: 6 conflict
(someone else decided first), 7 refused by Odoo, 8 still pending after --wait.</source>
        <translation>Passwort oder API-Schlüssel werden aus einer Umgebungsvariable gelesen, nie von der Kommandozeile.
Exit-Codes: 0 ok, 2 falscher Aufruf, 3 Anmeldung abgelehnt (Login, Passwort, API-Schlüssel oder Datenbank),
4 Server nicht erreichbar (Netz, Zeitüberschreitung, TLS), 5 jeder andere Fehler; Entscheidungen: 6 Konflikt
(jemand anderes hat zuerst entschieden), 7 von Odoo abgelehnt, 8 nach --wait noch ausstehend.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="34"/>
        <source>hqtower-cli: %1</source>
        <translation>hqtower-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="35"/>
        <source>Run &apos;hqtower-cli --help&apos; for usage.</source>
        <translation>Hinweise zur Verwendung: &apos;hqtower-cli --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="48"/>
        <source>Error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="68"/>
        <source>--url, --db and --login are required.</source>
        <translation>--url, --db und --login sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="72"/>
        <location filename="../app/cli/clicontext.cpp" line="146"/>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="78"/>
        <source>give exactly one of --password-env VAR or --api-key-env VAR.</source>
        <translation>geben Sie genau eine der Optionen --password-env VAR oder --api-key-env VAR an.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="84"/>
        <source>the environment variable %1 is not set or empty.</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="93"/>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="103"/>
        <source>--max-answer-mb must be a positive number of megabytes.</source>
        <translation>--max-answer-mb muss eine positive Zahl von Megabytes sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="111"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="116"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="123"/>
        <source>%1 Retrying (attempt %2) in %3 s.</source>
        <translation>%1 Neuer Versuch (Versuch %2) in %3 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="141"/>
        <source>--url, --db and --login are required (or --cache FILE).</source>
        <translation>--url, --db und --login sind erforderlich (oder --cache FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="157"/>
        <source>Error: cannot use the cache %1: %2</source>
        <translation>Fehler: Der Cache %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="178"/>
        <source>Could not connect (%1); trying again.</source>
        <translation>Keine Verbindung (%1); neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="183"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="199"/>
        <source>Warning: source profile skipped: %1</source>
        <translation>Warnung: Quellprofil übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="6"/>
        <source>Odoo server address, e.g. https://odoo.example.com.</source>
        <translation>Adresse des Odoo-Servers, z. B. https://odoo.example.com.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="6"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="7"/>
        <source>Database name.</source>
        <translation>Name der Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="7"/>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="8"/>
        <source>Odoo login (user name or e-mail).</source>
        <translation>Odoo-Login (Benutzername oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="8"/>
        <location filename="../app/cli/clioptions.cpp" line="39"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="9"/>
        <source>Read the password from environment variable VAR.</source>
        <translation>Das Passwort aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="10"/>
        <location filename="../app/cli/clioptions.cpp" line="12"/>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="11"/>
        <source>Read the API key from environment variable VAR.</source>
        <translation>Den API-Schlüssel aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="14"/>
        <source>With a password, log in through the web session used for live updates.</source>
        <translation>Mit Passwort: über die Websitzung anmelden, die für Live-Aktualisierungen verwendet wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="15"/>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation>Zusätzlich der Zertifizierungsstelle in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="16"/>
        <location filename="../app/cli/clioptions.cpp" line="24"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="17"/>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation>Wartezeit in Sekunden für jede Antwort (Standard: 20).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="17"/>
        <location filename="../app/cli/clioptions.cpp" line="33"/>
        <location filename="../app/cli/clioptions.cpp" line="42"/>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="20"/>
        <source>The largest answer accepted for one request, in MB (default 64).</source>
        <translation>Die größte angenommene Antwort für eine Anfrage, in MB (Standard 64).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="20"/>
        <source>megabytes</source>
        <translation>Megabytes</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="22"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="23"/>
        <source>sync, queue: use this cache file instead of the default one.</source>
        <translation>sync, queue: diese Cache-Datei statt der Standarddatei verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="25"/>
        <source>call: positional arguments as a JSON array.</source>
        <translation>call: Positionsargumente als JSON-Array.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="25"/>
        <location filename="../app/cli/clioptions.cpp" line="27"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="27"/>
        <source>call: keyword arguments as a JSON object.</source>
        <translation>call: Schlüsselwortargumente als JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="29"/>
        <source>sync: sync every source once, then exit.</source>
        <translation>sync: jede Quelle einmal synchronisieren, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="31"/>
        <source>sync: for how long sources that failed for a server or network problem are tried again (default 300).</source>
        <translation>sync: wie lange Quellen, die wegen eines Server- oder Netzwerkproblems fehlschlugen, erneut versucht werden (Standard 300).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="35"/>
        <source>queue: only items of this kind (approval, exception, integration_failure).</source>
        <translation>queue: nur Vorgänge dieser Art (approval, exception, integration_failure).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="35"/>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="36"/>
        <source>queue: only items of this store id (0 = HQ, no store).</source>
        <translation>queue: nur Vorgänge der Filiale mit dieser ID (0 = Zentrale, keine Filiale).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="36"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="37"/>
        <source>approve, reject, dismiss: the reason, posted to Odoo&apos;s chatter.</source>
        <translation>approve, reject, dismiss: die Begründung, die im Chatter von Odoo veröffentlicht wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="38"/>
        <location filename="../app/cli/clioptions.cpp" line="40"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="39"/>
        <source>delegate: the Odoo login to hand the item to.</source>
        <translation>delegate: Login des Odoo-Benutzers, der den Vorgang übernehmen soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="40"/>
        <source>delegate: a note for that user.</source>
        <translation>delegate: eine Notiz für diesen Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="41"/>
        <source>decisions: seconds to wait for Odoo&apos;s outcome (default 60).</source>
        <translation>Entscheidungen: Wartezeit in Sekunden auf das Ergebnis von Odoo (Standard: 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="43"/>
        <source>approve: confirm an amount above --confirm-above.</source>
        <translation>approve: einen Betrag oberhalb von --confirm-above bestätigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="45"/>
        <source>approve: amounts above this need --yes (default %1).</source>
        <translation>approve: Beträge darüber brauchen --yes (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="47"/>
        <source>amount</source>
        <translation>betrag</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>hqtower-cli: %1</source>
        <translation type="vanished">hqtower-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;hqtower-cli --help&apos; for usage.</source>
        <translation type="vanished">Hinweise zur Verwendung: &apos;hqtower-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation type="vanished">Fehler (%1): %2</translation>
    </message>
    <message>
        <source>HQ Tower command line: check a connection to an Odoo server, sync its work queue into the
local cache, print the cached queue, or call a model method.

Commands:
  check                       connect and print the server version, transport, user, modules
                              and which sources are enabled or skipped (and why)
  sync --once                 sync every enabled source once into the cache
  queue                       print the cached queue (no network; --kind, --store)
  watch                       keep syncing (with live updates when --live) and print each
                              change as one JSON line, until interrupted
  call MODEL METHOD           call a method and print its JSON result
  approve ITEM_ID             approve an item of the queue (--reason; --yes above --confirm-above)
  reject ITEM_ID --reason R   reject it; the reason goes to the record&apos;s chatter in Odoo
  delegate ITEM_ID --to LOGIN hand it to another Odoo user (--note)
  retry ITEM_ID               retry a failed job, mail or scheduled action
  dismiss ITEM_ID --reason R  dismiss an integration failure or an activity
  outbox                      list decisions on their way to Odoo (and recent ones)
  audit                       list the audit trail of decisions

The password or API key is read from an environment variable, never from the command line.
Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),
4 server unreachable (network, timeout, TLS), 5 any other error; decisions: 6 conflict
(someone else decided first), 7 refused by Odoo, 8 still pending after --wait.</source>
        <translation type="vanished">Kommandozeile von HQ Tower: prüft die Verbindung zu einem Odoo-Server, synchronisiert dessen
Arbeitsliste in den lokalen Cache, gibt die zwischengespeicherte Arbeitsliste aus oder ruft
eine Modellmethode auf.

Befehle:
  check                       verbinden und Serverversion, Transport, Benutzer, Module sowie
                              aktivierte und übersprungene Quellen (mit Grund) ausgeben
  sync --once                 jede aktivierte Quelle einmal in den Cache synchronisieren
  queue                       die zwischengespeicherte Arbeitsliste ausgeben (ohne Netzwerk;
                              --kind, --store)
  watch                       fortlaufend synchronisieren (mit --live auch über
                              Live-Aktualisierungen) und jede Änderung als eine JSON-Zeile
                              ausgeben, bis zum Abbruch
  call MODEL METHOD           eine Methode aufrufen und ihr JSON-Ergebnis ausgeben
  approve ITEM_ID             einen Vorgang der Arbeitsliste genehmigen (--reason; --yes
                              oberhalb von --confirm-above)
  reject ITEM_ID --reason R   ablehnen; die Begründung erscheint im Chatter des Datensatzes
                              in Odoo
  delegate ITEM_ID --to LOGIN an einen anderen Odoo-Benutzer übergeben (--note)
  retry ITEM_ID               einen fehlgeschlagenen Job, eine E-Mail oder eine geplante
                              Aktion erneut ausführen
  dismiss ITEM_ID --reason R  einen Integrationsfehler oder eine Aktivität verwerfen
  outbox                      Entscheidungen auf dem Weg zu Odoo (und kürzlich gesendete)
                              auflisten
  audit                       das Prüfprotokoll der Entscheidungen auflisten

Das Passwort oder der API-Schlüssel wird aus einer Umgebungsvariablen gelesen, nie von der
Kommandozeile.
Exit-Codes: 0 OK, 2 falscher Aufruf, 3 Anmeldung abgelehnt (Login, Passwort, API-Schlüssel
oder Datenbank), 4 Server nicht erreichbar (Netzwerk, Zeitüberschreitung, TLS), 5 jeder andere
Fehler; Entscheidungen: 6 Konflikt (jemand anderes hat zuerst entschieden), 7 von Odoo
abgelehnt, 8 nach --wait noch ausstehend.</translation>
    </message>
    <message>
        <source>Odoo server address, e.g. https://odoo.example.com.</source>
        <translation type="vanished">Adresse des Odoo-Servers, z. B. https://odoo.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="vanished">url</translation>
    </message>
    <message>
        <source>Database name.</source>
        <translation type="vanished">Name der Datenbank.</translation>
    </message>
    <message>
        <source>database</source>
        <translation type="vanished">datenbank</translation>
    </message>
    <message>
        <source>Odoo login (user name or e-mail).</source>
        <translation type="vanished">Odoo-Login (Benutzername oder E-Mail).</translation>
    </message>
    <message>
        <source>login</source>
        <translation type="vanished">login</translation>
    </message>
    <message>
        <source>Read the password from environment variable VAR.</source>
        <translation type="vanished">Das Passwort aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="vanished">VAR</translation>
    </message>
    <message>
        <source>Read the API key from environment variable VAR.</source>
        <translation type="vanished">Den API-Schlüssel aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>With a password, log in through the web session used for live updates.</source>
        <translation type="vanished">Mit Passwort: über die Websitzung anmelden, die für Live-Aktualisierungen verwendet wird.</translation>
    </message>
    <message>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation type="vanished">Zusätzlich der Zertifizierungsstelle in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="vanished">datei</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation type="vanished">Wartezeit in Sekunden für jede Antwort (Standard: 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="vanished">sekunden</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="vanished">Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>call: positional arguments as a JSON array.</source>
        <translation type="vanished">call: Positionsargumente als JSON-Array.</translation>
    </message>
    <message>
        <source>json</source>
        <translation type="vanished">json</translation>
    </message>
    <message>
        <source>call: keyword arguments as a JSON object.</source>
        <translation type="vanished">call: Schlüsselwortargumente als JSON-Objekt.</translation>
    </message>
    <message>
        <source>approve, reject, dismiss: the reason, posted to Odoo&apos;s chatter.</source>
        <translation type="vanished">approve, reject, dismiss: die Begründung, die im Chatter von Odoo veröffentlicht wird.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="vanished">text</translation>
    </message>
    <message>
        <source>delegate: the Odoo login to hand the item to.</source>
        <translation type="vanished">delegate: Login des Odoo-Benutzers, der den Vorgang übernehmen soll.</translation>
    </message>
    <message>
        <source>delegate: a note for that user.</source>
        <translation type="vanished">delegate: eine Notiz für diesen Benutzer.</translation>
    </message>
    <message>
        <source>decisions: seconds to wait for Odoo&apos;s outcome (default 60).</source>
        <translation type="vanished">Entscheidungen: Wartezeit in Sekunden auf das Ergebnis von Odoo (Standard: 60).</translation>
    </message>
    <message>
        <source>approve: confirm an amount above --confirm-above.</source>
        <translation type="vanished">approve: einen Betrag oberhalb von --confirm-above bestätigen.</translation>
    </message>
    <message>
        <source>approve: amounts above this need --yes (default 10000).</source>
        <translation type="vanished">approve: Beträge oberhalb dieses Werts erfordern --yes (Standard: 10000).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="vanished">betrag</translation>
    </message>
    <message>
        <source>check, sync, queue, watch, call, approve, reject, delegate, retry, dismiss, outbox or audit</source>
        <translation type="vanished">check, sync, queue, watch, call, approve, reject, delegate, retry, dismiss, outbox oder audit</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="42"/>
        <source>no command given (see hqtower-cli --help).</source>
        <translation>kein Befehl angegeben (siehe hqtower-cli --help).</translation>
    </message>
    <message>
        <source>call needs MODEL and METHOD.</source>
        <translation type="vanished">call erfordert MODEL und METHOD.</translation>
    </message>
    <message>
        <source>--args must be a JSON array, e.g. &apos;[[1, 2]]&apos;.</source>
        <translation type="vanished">--args muss ein JSON-Array sein, z. B. &apos;[[1, 2]]&apos;.</translation>
    </message>
    <message>
        <source>--kwargs must be a JSON object, e.g. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</source>
        <translation type="vanished">--kwargs muss ein JSON-Objekt sein, z. B. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</translation>
    </message>
    <message>
        <source>%1 needs ITEM_ID, e.g. purchase.order:42 (see hqtower-cli queue).</source>
        <translation type="vanished">%1 erfordert ITEM_ID, z. B. purchase.order:42 (siehe hqtower-cli queue).</translation>
    </message>
    <message>
        <source>--wait must be a positive number of seconds.</source>
        <translation type="vanished">--wait muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>--confirm-above must be an amount.</source>
        <translation type="vanished">--confirm-above muss ein Betrag sein.</translation>
    </message>
    <message>
        <source>%1 needs --reason TEXT (it is posted to the record&apos;s chatter in Odoo).</source>
        <translation type="vanished">%1 erfordert --reason TEXT (die Begründung wird im Chatter des Datensatzes in Odoo veröffentlicht).</translation>
    </message>
    <message>
        <source>delegate needs --to LOGIN.</source>
        <translation type="vanished">delegate erfordert --to LOGIN.</translation>
    </message>
    <message>
        <source>%1 takes no positional arguments.</source>
        <translation type="vanished">%1 akzeptiert keine Positionsargumente.</translation>
    </message>
    <message>
        <source>live-updates needs status, enable or disable.</source>
        <translation type="vanished">live-updates erfordert status, enable oder disable.</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="48"/>
        <source>unknown command &quot;%1&quot; (see hqtower-cli --help).</source>
        <translation>unbekannter Befehl „%1“ (siehe hqtower-cli --help).</translation>
    </message>
    <message>
        <source>sync: sync every source once, then exit.</source>
        <translation type="vanished">sync: jede Quelle einmal synchronisieren, dann beenden.</translation>
    </message>
    <message>
        <source>sync, queue: use this cache file instead of the default one.</source>
        <translation type="vanished">sync, queue: diese Cache-Datei statt der Standarddatei verwenden.</translation>
    </message>
    <message>
        <source>queue: only items of this kind (approval, exception, integration_failure).</source>
        <translation type="vanished">queue: nur Vorgänge dieser Art (approval, exception, integration_failure).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="vanished">art</translation>
    </message>
    <message>
        <source>queue: only items of this store id (0 = HQ, no store).</source>
        <translation type="vanished">queue: nur Vorgänge der Filiale mit dieser ID (0 = Zentrale, keine Filiale).</translation>
    </message>
    <message>
        <source>id</source>
        <translation type="vanished">id</translation>
    </message>
    <message>
        <source>sync needs --once (continuous sync runs in the desktop app).</source>
        <translation type="vanished">sync erfordert --once (die fortlaufende Synchronisierung läuft in der Desktop-Anwendung).</translation>
    </message>
    <message>
        <source>--kind must be one of %1.</source>
        <translation type="vanished">--kind muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <source>--store must be a store id (0 for HQ).</source>
        <translation type="vanished">--store muss eine Filial-ID sein (0 für die Zentrale).</translation>
    </message>
    <message>
        <source>--url, --db and --login are required.</source>
        <translation type="vanished">--url, --db und --login sind erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="vanished">„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>give exactly one of --password-env VAR or --api-key-env VAR.</source>
        <translation type="vanished">geben Sie genau eine der Optionen --password-env VAR oder --api-key-env VAR an.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty.</source>
        <translation type="vanished">die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation type="vanished">--timeout muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="vanished">%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 Retrying (attempt %2) in %3 s.</source>
        <translation type="vanished">%1 Neuer Versuch (Versuch %2) in %3 s.</translation>
    </message>
    <message>
        <source>--url, --db and --login are required (or --cache FILE).</source>
        <translation type="vanished">--url, --db und --login sind erforderlich (oder --cache FILE).</translation>
    </message>
    <message>
        <source>Warning: source profile skipped: %1</source>
        <translation type="vanished">Warnung: Quellprofil übersprungen: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="vanished">Datenbank</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="vanished">Odoo</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="vanished">Transport</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Benutzer</translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation type="vanished">%1 (uid %2)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="vanished">Unternehmen</translation>
    </message>
    <message>
        <source>Live push</source>
        <translation type="vanished">Live-Push</translation>
    </message>
    <message>
        <source>possible</source>
        <translation type="vanished">möglich</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="vanished">Module:</translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="vanished">installiert</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="vanished">nicht installiert</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="vanished">Quellen:</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="vanished">aktiviert</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="vanished">übersprungen: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="vanished">Warnung: %1</translation>
    </message>
    <message>
        <source>Error: cannot use the cache %1: %2</source>
        <translation type="vanished">Fehler: Der Cache %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="vanished">Quelle %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Syncing: %1 % (%2 of %3 records)</source>
        <translation type="vanished">Synchronisierung: %1 % (%2 von %3 Datensätzen)</translation>
    </message>
    <message>
        <source>%1 items, fetched %2, changed %3, removed %4, %5 requests</source>
        <translation type="vanished">%1 Vorgänge, %2 abgerufen, %3 geändert, %4 entfernt, %5 Anfragen</translation>
    </message>
    <message>
        <source>, error: %1</source>
        <translation type="vanished">, Fehler: %1</translation>
    </message>
    <message>
        <source>Total: %1 items in %2 sources, fetched %3, changed %4, removed %5, %6 requests</source>
        <translation type="vanished">Gesamt: %1 Vorgänge in %2 Quellen, %3 abgerufen, %4 geändert, %5 entfernt, %6 Anfragen</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="vanished">Cache: %1</translation>
    </message>
    <message>
        <source>Some sources failed to sync; the others were saved.</source>
        <translation type="vanished">Einige Quellen konnten nicht synchronisiert werden; die übrigen wurden gespeichert.</translation>
    </message>
    <message>
        <source>No cache yet: nothing was decided with this connection.</source>
        <translation type="vanished">Noch kein Cache: Mit dieser Verbindung wurde noch nichts entschieden.</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation type="vanished">Modelle: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="vanished">Fehler: %1</translation>
    </message>
    <message>
        <source>Pushes go to the users of the Odoo group &quot;%1&quot; (you were added). Add the other HQ Tower users to it in Odoo: Settings &gt; Users &amp; Companies &gt; Groups.</source>
        <translation type="vanished">Pushes gehen an die Benutzer der Odoo-Gruppe „%1“ (Sie wurden hinzugefügt). Fügen Sie die anderen Benutzer von HQ Tower in Odoo hinzu: Einstellungen &gt; Benutzer &amp; Unternehmen &gt; Gruppen.</translation>
    </message>
    <message>
        <source>No cached items yet: run hqtower-cli sync --once</source>
        <translation type="vanished">Noch keine Vorgänge im Cache: Führen Sie hqtower-cli sync --once aus</translation>
    </message>
</context>
<context>
    <name>ConfiguredAdapter</name>
    <message>
        <location filename="../app/decisions/configuredadapter.cpp" line="86"/>
        <source>Odoo accepted the request but nothing changed: your Odoo user is not one of the approvers of %1.</source>
        <translation>Odoo hat die Anfrage angenommen, aber nichts hat sich geändert: Ihr Odoo-Benutzer gehört nicht zu den Genehmigenden von %1.</translation>
    </message>
    <message>
        <location filename="../app/decisions/configuredadapter.cpp" line="90"/>
        <source>Odoo accepted the approval of %1 but the order still waits for approval: your Odoo user is probably not allowed to approve orders of this amount. Nothing was changed.</source>
        <translation>Odoo hat die Genehmigung von %1 angenommen, aber die Bestellung wartet weiterhin auf Genehmigung: Ihr Odoo-Benutzer darf Bestellungen in dieser Höhe wahrscheinlich nicht genehmigen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="23"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="24"/>
        <source>API &amp;key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="28"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="31"/>
        <source>Connect to Odoo</source>
        <translation>Mit Odoo verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="34"/>
        <source>e.g. Shop HQ (production)</source>
        <translation>z. B. Zentrale Shop (Produktion)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="36"/>
        <source>the database name, as on Odoo&apos;s login page</source>
        <translation>der Datenbankname wie auf der Anmeldeseite von Odoo</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="37"/>
        <source>user name or e-mail</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="41"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="42"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="52"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="62"/>
        <source>Test the connection to see the Odoo version and what HQ Tower will monitor.</source>
        <translation>Testen Sie die Verbindung, um die Odoo-Version zu sehen und was HQ Tower überwachen wird.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="65"/>
        <source>&amp;Save and connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="115"/>
        <source>An API key is safer: it can be revoked on its own and works with two-factor accounts. Odoo gives it no live updates: HQ Tower polls every minute. (Odoo: Preferences → Account Security → New API Key)</source>
        <translation>Ein API-Schlüssel ist sicherer: Er kann einzeln widerrufen werden und funktioniert mit Konten mit Zwei-Faktor-Authentifizierung. Odoo bietet damit keine Live-Aktualisierungen: HQ Tower fragt jede Minute ab. (Odoo: Präferenzen → Kontosicherheit → Neuer API-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="118"/>
        <source>A password also enables live updates (changes arrive within a second). It does not work for accounts with two-factor authentication: use an API key there.</source>
        <translation>Ein Passwort ermöglicht zusätzlich Live-Aktualisierungen (Änderungen kommen innerhalb einer Sekunde an). Es funktioniert nicht bei Konten mit Zwei-Faktor-Authentifizierung: Verwenden Sie dort einen API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="120"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="120"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="130"/>
        <source>&lt;p&gt;Connecting to %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verbindung zu %1 wird hergestellt…&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="144"/>
        <source>&lt;p&gt;&lt;b&gt;It did not work.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das hat nicht funktioniert.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="148"/>
        <source>&lt;p&gt;&lt;b&gt;Connected.&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verbunden.&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="154"/>
        <source>&lt;li&gt;%1 (%n now)&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%1 (aktuell %n)&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%1 (aktuell %n)&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="159"/>
        <source>&lt;p&gt;HQ Tower will monitor:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;HQ Tower wird überwachen:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="161"/>
        <source>&lt;p&gt;Skipped on this server:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Auf diesem Server übersprungen:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ConnectionFlow</name>
    <message>
        <location filename="../ui/connectionflow.cpp" line="55"/>
        <source>The secret was not stored in the keychain.</source>
        <translation>Das Passwort bzw. der API-Schlüssel wurde nicht im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="90"/>
        <source>Forget connection</source>
        <translation>Verbindung vergessen</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="91"/>
        <source>Forget &quot;%1&quot;? Its password or API key is removed from the keychain; HQ Tower stays connected until it quits and will not connect to it again by itself.</source>
        <translation>„%1“ vergessen? Das Passwort bzw. der API-Schlüssel wird aus dem Schlüsselbund entfernt; HQ Tower bleibt bis zum Beenden verbunden und verbindet sich danach nicht mehr von selbst.</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="115"/>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation>Passwort bzw. API-Schlüssel für %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="145"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="147"/>
        <source>Password or API key for %1:</source>
        <translation>Passwort oder API-Schlüssel für %1:</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <location filename="../app/session/connectionprobe.cpp" line="20"/>
        <source>Odoo %1 · %2 · %3</source>
        <translation>Odoo %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/session/connectionprobe.cpp" line="22"/>
        <source>live updates possible</source>
        <translation>Live-Aktualisierungen möglich</translation>
    </message>
    <message>
        <location filename="../app/session/connectionprobe.cpp" line="24"/>
        <source>polling only</source>
        <translation>nur regelmäßige Abfrage</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/platform/credentialstore.cpp" line="62"/>
        <source>No keychain is available on this computer, so HQ Tower does not keep your password or API key: it will ask for it at each start.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher speichert HQ Tower Ihr Passwort bzw. Ihren API-Schlüssel nicht: Sie werden bei jedem Start danach gefragt.</translation>
    </message>
    <message>
        <location filename="../app/platform/credentialstore.cpp" line="65"/>
        <source>The keychain refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <location filename="../app/platform/credentialstore.cpp" line="72"/>
        <source>The system keychain did not answer (on Linux a Secret Service such as GNOME Keyring or KWallet must be running), so HQ Tower cannot keep your password or API key: it will ask for it at each start.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet (unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet laufen), daher kann HQ Tower Ihr Passwort oder Ihren API-Schlüssel nicht speichern: es fragt bei jedem Start danach.</translation>
    </message>
    <message>
        <location filename="../app/platform/credentialstore.cpp" line="75"/>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>DecisionAdapter</name>
    <message>
        <location filename="../app/decisions/decisionadapter.cpp" line="5"/>
        <source>Odoo accepted the request but did not %1 %2: your Odoo user is probably not allowed to (for example above an approval limit). Nothing was changed.</source>
        <translation>Odoo hat die Anfrage angenommen, aber „%1“ für %2 nicht ausgeführt: Ihr Odoo-Benutzer ist dazu wahrscheinlich nicht berechtigt (zum Beispiel oberhalb eines Genehmigungslimits). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DecisionCommand</name>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="24"/>
        <source>No answer in time.</source>
        <translation>Keine rechtzeitige Antwort.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="64"/>
        <source>Odoo cannot be reached (%1).</source>
        <translation>Odoo ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="69"/>
        <source>Error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="72"/>
        <source>Decisions already saved stay in the outbox and are sent next time.</source>
        <translation>Bereits gespeicherte Entscheidungen bleiben im Postausgang und werden beim nächsten Mal gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="81"/>
        <source>%1 needs ITEM_ID, e.g. purchase.order:42 (see hqtower-cli queue).</source>
        <translation>%1 erfordert ITEM_ID, z. B. purchase.order:42 (siehe hqtower-cli queue).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="96"/>
        <source>--wait must be a positive number of seconds.</source>
        <translation>--wait muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="101"/>
        <source>--confirm-above must be an amount.</source>
        <translation>--confirm-above muss ein Betrag sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="105"/>
        <source>%1 needs --reason TEXT (it is posted to the record&apos;s chatter in Odoo).</source>
        <translation>%1 erfordert --reason TEXT (die Begründung wird im Chatter des Datensatzes in Odoo veröffentlicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="110"/>
        <source>delegate needs --to LOGIN.</source>
        <translation>delegate erfordert --to LOGIN.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="137"/>
        <source>Error: cannot use the cache %1: %2</source>
        <translation>Fehler: Der Cache %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="144"/>
        <source>Error: %1 is not in the cached queue. Run hqtower-cli sync --once first, and check the id (hqtower-cli queue --json).</source>
        <translation>Fehler: %1 ist nicht in der zwischengespeicherten Arbeitsliste. Führen Sie zuerst hqtower-cli sync --once aus und prüfen Sie die ID (hqtower-cli queue --json).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="153"/>
        <source>%1 is for %2 %3, above %4: add --yes to approve it.</source>
        <translation>%1 beläuft sich auf %2 %3 und liegt damit über %4: Fügen Sie zum Genehmigen --yes hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="183"/>
        <source>Warning: the decisions of a source profile were skipped: %1</source>
        <translation>Warnung: die Entscheidungen eines Quellprofils wurden übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="191"/>
        <source>Not sent yet (%1); trying again.</source>
        <translation>Noch nicht gesendet (%1); neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="201"/>
        <source>%1 already has a pending &quot;%2&quot; decision; finishing it first.</source>
        <translation>Für %1 steht bereits eine Entscheidung „%2“ aus; sie wird zuerst abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="221"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="265"/>
        <source>Applied: %1 %2.</source>
        <translation>Übernommen: %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="271"/>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="274"/>
        <source>Refused by Odoo: %1</source>
        <translation>Von Odoo abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="277"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="280"/>
        <source>Still pending after %1 s (%2); it stays in the outbox and is sent next time.</source>
        <translation>Nach %1 s noch ausstehend (%2); die Entscheidung bleibt im Postausgang und wird beim nächsten Mal gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="282"/>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
</context>
<context>
    <name>DecisionFlow</name>
    <message numerus="yes">
        <location filename="../ui/decisionflow.cpp" line="19"/>
        <source>%n selected items</source>
        <translation>
            <numerusform>%n ausgewählter Vorgang</numerusform>
            <numerusform>%n ausgewählte Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionflow.cpp" line="38"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/decisionflow.cpp" line="38"/>
        <source>Approve %1? It includes an amount of %2.</source>
        <translation>%1 genehmigen? Darin ist ein Betrag von %2 enthalten.</translation>
    </message>
</context>
<context>
    <name>DecisionPolicy</name>
    <message numerus="yes">
        <location filename="../app/decisions/decisionpolicy.cpp" line="27"/>
        <source>Please give a reason of at least %n characters to %1 %2.</source>
        <translation>
            <numerusform>Bitte geben Sie für „%1“ bei %2 eine Begründung mit mindestens %n Zeichen an.</numerusform>
            <numerusform>Bitte geben Sie für „%1“ bei %2 eine Begründung mit mindestens %n Zeichen an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionpolicy.cpp" line="30"/>
        <source>Please say who %1 goes to.</source>
        <translation>Bitte geben Sie an, an wen %1 gehen soll.</translation>
    </message>
</context>
<context>
    <name>DecisionReport</name>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="71"/>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="73"/>
        <source>%1  %2  %3  %4 (attempt %5)</source>
        <translation>%1  %2  %3  %4 (Versuch %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="89"/>
        <source>No decisions yet.</source>
        <translation>Noch keine Entscheidungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="92"/>
        <source>%1  %2  %3  %4 %5</source>
        <translation>%1  %2  %3  %4 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="96"/>
        <source> — reason: %1</source>
        <translation> — Begründung: %1</translation>
    </message>
</context>
<context>
    <name>DecisionReportCommand</name>
    <message>
        <location filename="../app/cli/decisionreportcommand.cpp" line="26"/>
        <source>No cache yet: nothing was decided with this connection.</source>
        <translation>Noch kein Cache: Mit dieser Verbindung wurde noch nichts entschieden.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreportcommand.cpp" line="34"/>
        <source>Error: cannot use the cache %1: %2</source>
        <translation>Fehler: Der Cache %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>DecisionRun</name>
    <message>
        <location filename="../app/decisions/decisionrun.cpp" line="28"/>
        <source>The connection to Odoo was closed.</source>
        <translation>Die Verbindung zu Odoo wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>DecisionSender</name>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="29"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="31"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="33"/>
        <source>Delegated</source>
        <translation>Delegiert</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="35"/>
        <source>Retried</source>
        <translation>Erneut versucht</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="37"/>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="67"/>
        <source>HQ Tower cannot %1 %2: its source has no decision actions.</source>
        <translation>HQ Tower kann „%1“ nicht auf %2 anwenden: Die Quelle hat keine Entscheidungsaktionen.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="73"/>
        <source>&quot;%1&quot; is not possible on %2 with this Odoo version.</source>
        <translation>„%1“ ist für %2 mit dieser Odoo-Version nicht möglich.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="97"/>
        <source>Not connected to Odoo.</source>
        <translation>Nicht mit Odoo verbunden.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="133"/>
        <location filename="../app/decisions/decisionsender.cpp" line="216"/>
        <location filename="../app/decisions/decisionsender.cpp" line="232"/>
        <source>%1 no longer exists in Odoo (someone deleted it).</source>
        <translation>%1 existiert in Odoo nicht mehr (jemand hat den Datensatz gelöscht).</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="173"/>
        <source>Someone else was faster: %1 is now &quot;%2&quot;, changed by %3 at %4. Nothing was sent.</source>
        <translation>Jemand anderes war schneller: %1 ist jetzt „%2“, geändert von %3 am %4. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="176"/>
        <source>Someone else changed %1 (%2 at %3) since you looked at it. Nothing was sent.</source>
        <translation>Jemand anderes hat %1 geändert (%2 am %3), seit Sie den Vorgang angesehen haben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="178"/>
        <source>%1 changed in Odoo since you looked at it. Nothing was sent.</source>
        <translation>%1 wurde in Odoo geändert, seit Sie den Vorgang angesehen haben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="276"/>
        <location filename="../app/decisions/decisionsender.cpp" line="295"/>
        <source>Applied; the reason could not be added to Odoo&apos;s chatter (%1).</source>
        <translation>Übernommen; die Begründung konnte nicht zum Chatter von Odoo hinzugefügt werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="283"/>
        <source>%1 in HQ Tower by %2: %3 (%4)</source>
        <translation>%1 in HQ Tower von %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="308"/>
        <source>The decision could not be saved locally: %1</source>
        <translation>Die Entscheidung konnte nicht lokal gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="75"/>
        <source>%1 takes no decisions from HQ Tower.</source>
        <translation>Für %1 sind keine Entscheidungen aus HQ Tower möglich.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="79"/>
        <source>&quot;%1&quot; is not possible on %2 (possible: %3).</source>
        <translation>„%1“ ist für %2 nicht möglich (möglich: %3).</translation>
    </message>
    <message numerus="yes">
        <source>Please give a reason of at least %n characters to %1 %2.</source>
        <translation type="vanished">
            <numerusform>Bitte geben Sie für „%1“ bei %2 eine Begründung mit mindestens %n Zeichen an.</numerusform>
            <numerusform>Bitte geben Sie für „%1“ bei %2 eine Begründung mit mindestens %n Zeichen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please say who %1 goes to.</source>
        <translation type="vanished">Bitte geben Sie an, an wen %1 gehen soll.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="32"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="114"/>
        <source>The decision could not be saved, so nothing was sent: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/decisions/decisionservice.cpp" line="190"/>
        <source>Gave up after %n attempts; the last problem was: %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben; das letzte Problem war: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben; das letzte Problem war: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="194"/>
        <source>Odoo may have received it: check the record in Odoo.</source>
        <translation>Odoo hat sie möglicherweise erhalten: Prüfen Sie den Datensatz in Odoo.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="25"/>
        <source>No temporary folder for the demo cache: %1</source>
        <translation>Kein temporärer Ordner für den Demo-Cache: %1</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="97"/>
        <source>The database &quot;%1&quot; does not exist on this server.</source>
        <translation>Die Datenbank „%1“ existiert auf diesem Server nicht.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="108"/>
        <location filename="../app/odoo/errormapper.cpp" line="131"/>
        <source>No answer from the server in time.</source>
        <translation>Keine rechtzeitige Antwort vom Server.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="111"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="114"/>
        <source>The server&apos;s answer arrived with broken chunked framing, so nothing could be read from it; a proxy may have damaged it.</source>
        <translation>Die Antwort des Servers kam mit beschädigter Chunked-Übertragung an, daher ließ sich nichts daraus lesen; ein Proxy hat sie möglicherweise beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="119"/>
        <source>The connection was refused. Is the server address right and the server running?</source>
        <translation>Die Verbindung wurde abgelehnt. Ist die Serveradresse richtig und läuft der Server?</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="122"/>
        <source>The server name could not be found. Check the address.</source>
        <translation>Der Servername wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="125"/>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="128"/>
        <source>The connection broke after the request was sent; whether Odoo carried it out is not known until the record is read again.</source>
        <translation>Die Verbindung brach ab, nachdem die Anfrage gesendet wurde; ob Odoo sie ausgeführt hat, ist erst bekannt, wenn der Datensatz erneut gelesen wird.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="138"/>
        <source>The server redirected the request to %1 instead of answering it (%2).</source>
        <translation>Der Server hat die Anfrage an %1 umgeleitet, statt sie zu beantworten (%2).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="144"/>
        <source>The server refused the credentials (%1).</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="149"/>
        <source>The server failed with %1 and sent no details.</source>
        <translation>Der Server meldete einen Fehler (%1) und sendete keine Details.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="151"/>
        <source>The server sent an empty answer (%1).</source>
        <translation>Der Server hat eine leere Antwort gesendet (%1).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="160"/>
        <source>The server rejected the request as malformed (%1): %2</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="170"/>
        <source>The server or a proxy in front of it answered with an error page (%1).</source>
        <translation>Der Server oder ein vorgeschalteter Proxy hat mit einer Fehlerseite geantwortet (%1).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="174"/>
        <source>The server has no such address (%1).</source>
        <translation>Diese Adresse gibt es auf dem Server nicht (%1).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="179"/>
        <source>The server answered with a web page instead of data (%1). Check the server address.</source>
        <translation>Der Server hat mit einer Webseite statt mit Daten geantwortet (%1). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/odoo/errormapper.cpp" line="215"/>
        <source>It stopped after %n bytes, in the middle of the data.</source>
        <translation>
            <numerusform>Sie brach nach %n Byte mitten in den Daten ab.</numerusform>
            <numerusform>Sie brach nach %n Bytes mitten in den Daten ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="220"/>
        <source>The server failed with HTTP %1.</source>
        <translation>Der Server meldete den HTTP-Fehler %1.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="225"/>
        <source>The server rejected the request as malformed: %1</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="231"/>
        <source>The server&apos;s answer is not valid JSON (%1); it may have been cut off.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1); sie wurde möglicherweise abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>ExpenseAdapter</name>
    <message>
        <location filename="../app/decisions/expenseadapter.cpp" line="62"/>
        <source>Odoo did not open its refusal form; refuse this expense in Odoo.</source>
        <translation>Odoo hat sein Ablehnungsformular nicht geöffnet; lehnen Sie diese Ausgabe in Odoo ab.</translation>
    </message>
</context>
<context>
    <name>ExpenseReportAdapter</name>
    <message>
        <location filename="../app/decisions/expensereportadapter.cpp" line="63"/>
        <source>Odoo did not open its refusal form; refuse this report in Odoo.</source>
        <translation>Odoo hat sein Ablehnungsformular nicht geöffnet; lehnen Sie diesen Ausgabenbericht in Odoo ab.</translation>
    </message>
</context>
<context>
    <name>FailureTrendChart</name>
    <message>
        <location filename="../ui/failuretrendchart.cpp" line="25"/>
        <source>Integration failures per day</source>
        <translation>Integrationsfehler pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/failuretrendchart.cpp" line="78"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/failuretrendchart.cpp" line="112"/>
        <source>No integration failures today</source>
        <translation>Heute keine Integrationsfehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/failuretrendchart.cpp" line="113"/>
        <source>No integration failures in the last %n days</source>
        <translation>
            <numerusform>Seit %n Tag keine Integrationsfehler</numerusform>
            <numerusform>In den letzten %n Tagen keine Integrationsfehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryCountAdapter</name>
    <message>
        <location filename="../app/decisions/inventorycountadapter.cpp" line="94"/>
        <source>The count is no longer set in Odoo (already applied or discarded): nothing was applied.</source>
        <translation>Die Zählung ist in Odoo nicht mehr gesetzt (bereits angewendet oder verworfen): Es wurde nichts angewendet.</translation>
    </message>
    <message>
        <location filename="../app/decisions/inventorycountadapter.cpp" line="101"/>
        <source>The product was counted again (%1 instead of %2): nothing was applied.</source>
        <translation>Das Produkt wurde erneut gezählt (%1 statt %2): Es wurde nichts angewendet.</translation>
    </message>
    <message>
        <location filename="../app/decisions/inventorycountadapter.cpp" line="123"/>
        <source>Odoo asks for a confirmation HQ Tower cannot give (%1): apply this count in Odoo.</source>
        <translation>Odoo verlangt eine Bestätigung, die HQ Tower nicht geben kann (%1): Wenden Sie diese Zählung in Odoo an.</translation>
    </message>
</context>
<context>
    <name>ItemDetailPanel</name>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="75"/>
        <source>&amp;Approve (A)</source>
        <translation>&amp;Genehmigen (A)</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="77"/>
        <source>&amp;Reject… (R)</source>
        <translation>&amp;Ablehnen… (R)</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="79"/>
        <source>&amp;Delegate… (D)</source>
        <translation>D&amp;elegieren… (D)</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="81"/>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="83"/>
        <source>Dis&amp;miss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="92"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="102"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="104"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;No messages.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Keine Nachrichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="113"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/itemdetailpanel.cpp" line="124"/>
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Vorgang ausgewählt</numerusform>
            <numerusform>%n Vorgänge ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="125"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="127"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select an item in the queue (J / K move, Enter opens, X selects for a bulk decision).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Wählen Sie einen Vorgang in der Arbeitsliste aus (J / K zum Blättern, Enter zum Öffnen, X zum Auswählen für eine Sammelentscheidung).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="143"/>
        <source>&lt;p&gt;&lt;b&gt;Why it is here:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum dieser Vorgang hier steht:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="145"/>
        <source>&lt;p&gt;&lt;b&gt;Your decision:&lt;/b&gt; %1 — %2 %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihre Entscheidung:&lt;/b&gt; %1 — %2 %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="150"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="151"/>
        <source>HQ / no store</source>
        <translation>Zentrale / keine Filiale</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="153"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="156"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="157"/>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="159"/>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="160"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="162"/>
        <source>State in Odoo</source>
        <translation>Status in Odoo</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="163"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="164"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="177"/>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Open in Odoo&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;In Odoo öffnen&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="180"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Reading the history from Odoo…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Verlauf wird aus Odoo gelesen…&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Json2Transport</name>
    <message>
        <location filename="../app/odoo/json2transport.cpp" line="22"/>
        <source>%1.%2: JSON-2 needs argument %3 passed by name.</source>
        <translation>%1.%2: JSON-2 erfordert, dass das Argument %3 per Name übergeben wird.</translation>
    </message>
    <message>
        <location filename="../app/odoo/json2transport.cpp" line="77"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>JsonRpcCodec</name>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="50"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="59"/>
        <source>The server&apos;s answer belongs to another request (id %1, not %2): a proxy or the server mixed up answers, so it was not used.</source>
        <translation>Die Antwort des Servers gehört zu einer anderen Anfrage (ID %1, nicht %2): Ein Proxy oder der Server hat Antworten vertauscht, daher wurde sie nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="79"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="89"/>
        <source>The server&apos;s answer is JSON but not an Odoo JSON-RPC reply.</source>
        <translation>Die Antwort des Servers ist JSON, aber keine JSON-RPC-Antwort von Odoo.</translation>
    </message>
</context>
<context>
    <name>LiveUpdatesCommand</name>
    <message>
        <location filename="../app/cli/liveupdatescommand.cpp" line="16"/>
        <source>live-updates needs status, enable or disable.</source>
        <translation>live-updates erfordert status, enable oder disable.</translation>
    </message>
    <message>
        <location filename="../app/cli/liveupdatescommand.cpp" line="54"/>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/liveupdatescommand.cpp" line="57"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/liveupdatescommand.cpp" line="63"/>
        <source>Pushes go to the users of the Odoo group &quot;%1&quot; (you were added). Add the other HQ Tower users to it in Odoo: Settings &gt; Users &amp; Companies &gt; Groups.</source>
        <translation>Pushes gehen an die Benutzer der Odoo-Gruppe „%1“ (Sie wurden hinzugefügt). Fügen Sie die anderen Benutzer von HQ Tower in Odoo hinzu: Einstellungen &gt; Benutzer &amp; Unternehmen &gt; Gruppen.</translation>
    </message>
</context>
<context>
    <name>LiveUpdatesInstaller</name>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="100"/>
        <source>The live updates status is not known yet.</source>
        <translation>Der Status der Live-Aktualisierungen ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="103"/>
        <source>Live updates are on for 1 model.</source>
        <translation>Live-Aktualisierungen sind für 1 Modell aktiv.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="105"/>
        <source>Live updates are on for %1 models.</source>
        <translation>Live-Aktualisierungen sind für %1 Modelle aktiv.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="107"/>
        <source>Live updates are off on this server.</source>
        <translation>Live-Aktualisierungen sind auf diesem Server ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="240"/>
        <source>this server has no model %1.</source>
        <translation>dieser Server hat kein Modell %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="398"/>
        <source>The Automation Rules module (base_automation) is not installed on this server.</source>
        <translation>Das Modul Automatisierungsregeln (base_automation) ist auf diesem Server nicht installiert.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="402"/>
        <source>Only an Odoo administrator can enable live updates (your user may not create automation rules).</source>
        <translation>Nur ein Odoo-Administrator kann Live-Aktualisierungen aktivieren (Ihr Benutzer darf keine Automatisierungsregeln anlegen).</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="405"/>
        <source>Only an Odoo administrator can turn off live updates (your user may not delete automation rules).</source>
        <translation>Nur ein Odoo-Administrator kann Live-Aktualisierungen ausschalten (Ihr Benutzer darf keine Automatisierungsregeln löschen).</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="409"/>
        <source>Only an Odoo administrator can see whether live updates are on (your user may not read automation rules).</source>
        <translation>Nur ein Odoo-Administrator kann sehen, ob Live-Aktualisierungen aktiv sind (Ihr Benutzer darf keine Automatisierungsregeln lesen).</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="415"/>
        <source>Live updates could not be enabled: %1</source>
        <translation>Live-Aktualisierungen konnten nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="417"/>
        <source>Live updates could not be turned off: %1</source>
        <translation>Live-Aktualisierungen konnten nicht ausgeschaltet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="422"/>
        <source>The live updates status could not be read: %1</source>
        <translation>Der Status der Live-Aktualisierungen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="449"/>
        <source>Live updates could not be enabled for %1: %2 Running enable again completes what is missing.</source>
        <translation>Live-Aktualisierungen konnten für %1 nicht aktiviert werden: %2 Ein erneutes Aktivieren ergänzt, was fehlt.</translation>
    </message>
</context>
<context>
    <name>LoginJob</name>
    <message>
        <location filename="../app/odoo/loginjob.cpp" line="34"/>
        <source>Wrong login, password or API key for user &quot;%1&quot; on database &quot;%2&quot;.</source>
        <translation>Falscher Login, falsches Passwort oder falscher API-Schlüssel für Benutzer „%1“ in der Datenbank „%2“.</translation>
    </message>
    <message>
        <location filename="../app/odoo/loginjob.cpp" line="41"/>
        <source>The server&apos;s answer to the login (common.login) is not a user id: %1.</source>
        <translation>Die Antwort des Servers auf die Anmeldung (common.login) ist keine Benutzer-ID: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="22"/>
        <source>HQ Tower</source>
        <translation>HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>Not connected to an Odoo server</source>
        <translation>Nicht mit einem Odoo-Server verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>HQ Tower watches Odoo for pending approvals, store exceptions and integration failures.
Use File → Connect to Odoo… or File → Try the demo.</source>
        <translation>HQ Tower überwacht Odoo auf ausstehende Genehmigungen, Filialausnahmen und Integrationsfehler.
Verwenden Sie Datei → Mit Odoo verbinden… oder Datei → Demo ausprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>&amp;Queue</source>
        <translation>Arbeits&amp;liste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>No saved connection yet</source>
        <translation>Noch keine gespeicherte Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Connect to Odoo…</source>
        <translation>Mit Odoo &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>S&amp;witch connection</source>
        <translation>Verbindung &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Forget this connection…</source>
        <translation>Diese Verbindung ver&amp;gessen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;approve&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reject (asks for a reason)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delegate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select for a bulk decision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open the detail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the bulk selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the filters as a view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sync now&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächster / vorheriger Vorgang&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;genehmigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ablehnen (fragt nach einer Begründung)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delegieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;für eine Sammelentscheidung auswählen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Details öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sammelauswahl aufheben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Filter als Ansicht speichern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;jetzt synchronisieren&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;A control tower for retail and logistics companies that run Odoo: approvals, store exceptions and integration failures in one place.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;Ein Kontrollturm für Handels- und Logistikunternehmen, die Odoo einsetzen: Genehmigungen, Filialausnahmen und Integrationsfehler an einem Ort.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;approve&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reject (asks for a reason)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delegate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select for a bulk decision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open the detail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sync now&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächster / vorheriger Vorgang&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;genehmigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ablehnen (fragt nach einer Begründung)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delegieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;für eine Sammelentscheidung auswählen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Details öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;jetzt synchronisieren&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;About HQ Tower</source>
        <translation>&amp;Über HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>About HQ Tower</source>
        <translation>Über HQ Tower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;A control tower for retail and logistics companies that run Odoo: approvals, store exceptions and integration failures in one place.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;Ein Kontrollturm für Handels- und Logistikunternehmen, die Odoo einsetzen: Genehmigungen, Filialausnahmen und Integrationsfehler an einem Ort.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <location filename="../models/notificationplanner.cpp" line="20"/>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/notificationplanner.cpp" line="22"/>
        <source>%n new items need attention</source>
        <translation>
            <numerusform>%n neuer Vorgang erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n neue Vorgänge erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/notificationplanner.cpp" line="33"/>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <location filename="../models/notificationplanner.cpp" line="33"/>
        <source>Its SLA ran out just now.</source>
        <translation>Das SLA ist soeben abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/notificationplanner.cpp" line="35"/>
        <source>%n items just became overdue</source>
        <translation>
            <numerusform>%n Vorgang ist soeben überfällig geworden</numerusform>
            <numerusform>%n Vorgänge sind soeben überfällig geworden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OdooCall</name>
    <message>
        <location filename="../app/odoo/odoocall.cpp" line="17"/>
        <source>Not connected to the Odoo server.</source>
        <translation>Nicht mit dem Odoo-Server verbunden.</translation>
    </message>
</context>
<context>
    <name>OdooConnection</name>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="53"/>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="81"/>
        <source>Odoo %1 is newer than the versions HQ Tower was verified with (17 to %2); it carries on, but a source or a decision may not work as expected.</source>
        <translation>Odoo %1 ist neuer als die Versionen, mit denen HQ Tower geprüft wurde (17 bis %2); es arbeitet weiter, aber eine Quelle oder Entscheidung funktioniert vielleicht nicht wie erwartet.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="87"/>
        <source>Live updates need a password login: Odoo gives an API key no web session, so HQ Tower polls.</source>
        <translation>Live-Aktualisierungen erfordern eine Anmeldung mit Passwort: Odoo gibt einem API-Schlüssel keine Websitzung, daher fragt HQ Tower regelmäßig ab.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="90"/>
        <source>Live updates are turned off; HQ Tower polls.</source>
        <translation>Live-Aktualisierungen sind ausgeschaltet; HQ Tower fragt regelmäßig ab.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="93"/>
        <source>JSON-2 needs an API key; using JSON-RPC, which Odoo 19 deprecates.</source>
        <translation>JSON-2 erfordert einen API-Schlüssel; es wird JSON-RPC verwendet, das in Odoo 19 veraltet ist.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="151"/>
        <source>The server did not say which user the API key is for.</source>
        <translation>Der Server hat nicht mitgeteilt, zu welchem Benutzer der API-Schlüssel gehört.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="162"/>
        <source>JSON-2 is not available on this server (%1); using JSON-RPC.</source>
        <translation>JSON-2 ist auf diesem Server nicht verfügbar (%1); es wird JSON-RPC verwendet.</translation>
    </message>
</context>
<context>
    <name>OdooError</name>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="50"/>
        <source>Cannot reach the Odoo server.</source>
        <translation>Der Odoo-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="53"/>
        <source>The Odoo server did not answer in time.</source>
        <translation>Der Odoo-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="56"/>
        <source>The answer from the server arrived incomplete.</source>
        <translation>Die Antwort des Servers kam unvollständig an.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="59"/>
        <source>The secure connection to the server failed.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="62"/>
        <source>Odoo refused the login.</source>
        <translation>Odoo hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="65"/>
        <source>Your Odoo user is not allowed to do this.</source>
        <translation>Ihr Odoo-Benutzer ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="68"/>
        <source>Odoo refused the values.</source>
        <translation>Odoo hat die Werte abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="71"/>
        <source>Odoo refused the operation.</source>
        <translation>Odoo hat die Operation abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="74"/>
        <source>The record no longer exists in Odoo.</source>
        <translation>Der Datensatz existiert in Odoo nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="77"/>
        <source>The Odoo session has expired.</source>
        <translation>Die Odoo-Sitzung ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="80"/>
        <source>The server does not offer this.</source>
        <translation>Der Server bietet dies nicht an.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="83"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="86"/>
        <source>The Odoo server failed.</source>
        <translation>Im Odoo-Server ist ein Fehler aufgetreten.</translation>
    </message>
</context>
<context>
    <name>OdooJob</name>
    <message>
        <location filename="../app/odoo/odoojob.cpp" line="53"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odoojob.cpp" line="124"/>
        <source>The server sent more than %1 MB for one answer, more than any page HQ Tower asks for; the answer was not read.</source>
        <translation>Der Server hat mehr als %1 MB für eine Antwort gesendet, mehr als jede Seite, die HQ Tower anfordert; die Antwort wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/storage/outbox.cpp" line="85"/>
        <source>This version of HQ Tower does not know the action &quot;%1&quot;.</source>
        <translation>Diese Version von HQ Tower kennt die Aktion „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="133"/>
        <source>there is no decision &quot;%1&quot; in the outbox</source>
        <translation>es gibt keine Entscheidung „%1“ im Postausgang</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="147"/>
        <source>Could not open the decision outbox in &quot;%1&quot;: %2.</source>
        <translation>Der Postausgang für Entscheidungen in „%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="172"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="196"/>
        <source>Could not save the decisions</source>
        <translation>Die Entscheidungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="200"/>
        <source>a decision on &quot;%1&quot; has no id</source>
        <translation>eine Entscheidung zu „%1“ hat keine ID</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="202"/>
        <source>the decision &quot;%1&quot; is given twice</source>
        <translation>die Entscheidung „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="216"/>
        <source>the decision &quot;%1&quot; is already in the outbox</source>
        <translation>die Entscheidung „%1“ ist bereits im Postausgang</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="233"/>
        <source>Could not save the progress of a decision</source>
        <translation>Der Fortschritt einer Entscheidung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="240"/>
        <source>Could not record the outcome of a decision</source>
        <translation>Das Ergebnis einer Entscheidung konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="286"/>
        <source>Could not read the decision outbox</source>
        <translation>Der Postausgang für Entscheidungen konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="350"/>
        <source>Could not read the audit trail</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>PriorityPolicy</name>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="20"/>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="31"/>
        <source>must be a whole number of points from 0 to 100</source>
        <translation>muss eine ganze Punktzahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="54"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="61"/>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="63"/>
        <source>a priority policy is a JSON object</source>
        <translation>eine Prioritätsrichtlinie ist ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="89"/>
        <source>must be an object of source profile ids and amounts</source>
        <translation>muss ein Objekt aus Quellprofil-IDs und Beträgen sein</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="96"/>
        <source>limit of &quot;%1&quot; %2</source>
        <translation>Grenze von „%1“ %2</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="110"/>
        <source>unknown key &quot;%1&quot; (known: money, severity, sla)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt: money, severity, sla)</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="112"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="122"/>
        <source>unknown key &quot;%1&quot; in &quot;%2&quot; (known: %3)</source>
        <translation>unbekannter Schlüssel „%1“ in „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="130"/>
        <source>&quot;%1.%2&quot; %3</source>
        <translation>„%1.%2“ %3</translation>
    </message>
</context>
<context>
    <name>PriorityScorer</name>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="18"/>
        <source>1 business day</source>
        <translation>1 Geschäftstag</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="18"/>
        <source>%1 business days</source>
        <translation>%1 Geschäftstage</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="22"/>
        <source>1 business hour</source>
        <translation>1 Geschäftsstunde</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="22"/>
        <source>%1 business hours</source>
        <translation>%1 Geschäftsstunden</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="25"/>
        <source>1 business minute</source>
        <translation>1 Geschäftsminute</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="25"/>
        <source>%1 business minutes</source>
        <translation>%1 Geschäftsminuten</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="34"/>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="35"/>
        <source>Severity %1: %2</source>
        <translation>Schweregrad %1: %2</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="54"/>
        <source>Its SLA of %1 is used up</source>
        <translation>Die SLA von %1 ist aufgebraucht</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="56"/>
        <source>Overdue by %1</source>
        <translation>Seit %1 überfällig</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="65"/>
        <source>%1% of its SLA used, due in %2</source>
        <translation>%1 % der SLA verbraucht, fällig in %2</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="84"/>
        <source>%1 %2, above the %3 limit</source>
        <translation>%1 %2, über der Grenze von %3</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="100"/>
        <source>Capped at 100</source>
        <translation>Auf 100 begrenzt</translation>
    </message>
</context>
<context>
    <name>ProfileSync</name>
    <message>
        <location filename="../app/sync/profilesync.cpp" line="36"/>
        <source>The stores of its records could not be told (%1); its items keep their stores.</source>
        <translation>Die Filialen ihrer Datensätze konnten nicht bestimmt werden (%1); ihre Einträge behalten ihre Filiale.</translation>
    </message>
    <message>
        <location filename="../app/sync/profilesync.cpp" line="71"/>
        <source>The answer to %1 on %2 is not a list of records: %3.</source>
        <translation>Die Antwort auf %1 für %2 ist keine Liste von Datensätzen: %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/profilesync.cpp" line="94"/>
        <source>The answer to search on %1 is not a list of ids: %2.</source>
        <translation>Die Antwort auf search für %1 ist keine Liste von IDs: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/profilesync.cpp" line="417"/>
        <source>%n records of %1 without a valid id were left out.</source>
        <translation>
            <numerusform>%n Datensatz von %1 ohne gültige ID wurde ausgelassen.</numerusform>
            <numerusform>%n Datensätze von %1 ohne gültige ID wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseOrderAdapter</name>
    <message>
        <source>Odoo accepted the approval of %1 but the order still waits for approval: your Odoo user is probably not allowed to approve orders of this amount. Nothing was changed.</source>
        <translation type="vanished">Odoo hat die Genehmigung von %1 angenommen, aber die Bestellung wartet weiterhin auf Genehmigung: Ihr Odoo-Benutzer darf Bestellungen in dieser Höhe wahrscheinlich nicht genehmigen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <location filename="../app/cli/queuecommand.cpp" line="19"/>
        <source>--kind must be one of %1.</source>
        <translation>--kind muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/queuecommand.cpp" line="27"/>
        <source>--store must be a store id (0 for HQ).</source>
        <translation>--store muss eine Filial-ID sein (0 für die Zentrale).</translation>
    </message>
    <message>
        <location filename="../app/cli/queuecommand.cpp" line="48"/>
        <source>No cached items yet: run hqtower-cli sync --once</source>
        <translation>Noch keine Vorgänge im Cache: Führen Sie hqtower-cli sync --once aus</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="131"/>
        <location filename="../ui/queuefilterbar.cpp" line="139"/>
        <location filename="../ui/queuefilterbar.cpp" line="148"/>
        <location filename="../ui/queuefilterbar.cpp" line="159"/>
        <location filename="../ui/queuefilterbar.cpp" line="324"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="146"/>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="155"/>
        <source>Unknown severity</source>
        <translation>Unbekannter Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="158"/>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="173"/>
        <source>&amp;Mine</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="188"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="189"/>
        <source>Every word must appear in the title, summary, store or requester</source>
        <translation>Jedes Wort muss im Titel, in der Zusammenfassung, in der Filiale oder beim Anforderer vorkommen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="191"/>
        <source>Show one kind of item</source>
        <translation>Nur eine Art von Vorgängen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="192"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="193"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="194"/>
        <source>Store exceptions</source>
        <translation>Filialausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="195"/>
        <source>Integration failures</source>
        <translation>Integrationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="196"/>
        <source>Show items at least this severe</source>
        <translation>Vorgänge mit mindestens diesem Schweregrad anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="197"/>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="198"/>
        <source>Medium and above</source>
        <translation>Mittel und höher</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="199"/>
        <source>High and above</source>
        <translation>Hoch und höher</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="200"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="201"/>
        <source>Show items by their SLA state</source>
        <translation>Vorgänge nach SLA-Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="202"/>
        <source>Any SLA</source>
        <translation>Jeder SLA-Status</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="203"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="204"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="205"/>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="206"/>
        <source>Show the stores of one region</source>
        <translation>Die Filialen einer Region anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="207"/>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="208"/>
        <source>Show only items requested by or assigned to me</source>
        <translation>Nur Vorgänge anzeigen, die ich angefordert habe oder die mir zugewiesen sind</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="210"/>
        <source>Showing some stores only; click to show every store</source>
        <translation>Nur einige Filialen werden angezeigt; klicken Sie, um alle Filialen anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="323"/>
        <source>Store: %1 ✕</source>
        <translation>Filiale: %1 ✕</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="324"/>
        <source>Stores: %1 ✕</source>
        <translation>Filialen: %1 ✕</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="345"/>
        <source>Store %1</source>
        <translation>Filiale %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queuefilterbar.cpp" line="350"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="508"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="510"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="512"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="514"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="516"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="518"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="520"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="522"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="524"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="526"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/queuerowmaker.cpp" line="82"/>
        <source>Store %1</source>
        <translation>Filiale %1</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="568"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="570"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="572"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>, </source>
        <translation type="vanished">, </translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation type="vanished">Kein SLA</translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation type="vanished">Unbekannter Schweregrad</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="vanished">%1 und höher</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="vanished">Ansicht speichern…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="vanished">Ansicht löschen</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="vanished">Nur &amp;meine</translation>
    </message>
    <message>
        <source>Saved views: choose one to apply its filters and sort; “All items” clears the filters. Choose a view again to undo your changes to it.</source>
        <translation type="vanished">Gespeicherte Ansichten: Wählen Sie eine aus, um ihre Filter und Sortierung anzuwenden; „Alle Vorgänge“ entfernt die Filter. Wählen Sie eine Ansicht erneut, um Ihre Änderungen daran zurückzunehmen.</translation>
    </message>
    <message>
        <source>Save the current filters and sort as a named view (%1)</source>
        <translation type="vanished">Aktuelle Filter und Sortierung als benannte Ansicht speichern (%1)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="vanished">Suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Every word must appear in the title, summary, store or requester</source>
        <translation type="vanished">Jedes Wort muss im Titel, in der Zusammenfassung, in der Filiale oder beim Anforderer vorkommen</translation>
    </message>
    <message>
        <source>Show one kind of item</source>
        <translation type="vanished">Nur eine Art von Vorgängen anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="vanished">Alle Arten</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="vanished">Genehmigungen</translation>
    </message>
    <message>
        <source>Store exceptions</source>
        <translation type="vanished">Filialausnahmen</translation>
    </message>
    <message>
        <source>Integration failures</source>
        <translation type="vanished">Integrationsfehler</translation>
    </message>
    <message>
        <source>Show items at least this severe</source>
        <translation type="vanished">Vorgänge mit mindestens diesem Schweregrad anzeigen</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="vanished">Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation type="vanished">Mittel und höher</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation type="vanished">Hoch und höher</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="vanished">Kritisch</translation>
    </message>
    <message>
        <source>Show items by their SLA state</source>
        <translation type="vanished">Vorgänge nach SLA-Status anzeigen</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation type="vanished">Jeder SLA-Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Überfällig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="vanished">Bald fällig</translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="vanished">Im Zeitplan</translation>
    </message>
    <message>
        <source>Show the stores of one region</source>
        <translation type="vanished">Die Filialen einer Region anzeigen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="vanished">Alle Regionen</translation>
    </message>
    <message>
        <source>Show only items requested by or assigned to me</source>
        <translation type="vanished">Nur Vorgänge anzeigen, die ich angefordert habe oder die mir zugewiesen sind</translation>
    </message>
    <message>
        <source>Showing some stores only; click to show every store</source>
        <translation type="vanished">Nur einige Filialen werden angezeigt; klicken Sie, um alle Filialen anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="vanished">An&amp;sicht:</translation>
    </message>
    <message>
        <source>Showing one store only; click to show every store</source>
        <translation type="vanished">Nur eine Filiale wird angezeigt; klicken Sie, um alle Filialen anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="34"/>
        <source>Approve all</source>
        <translation>Alle genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="35"/>
        <source>Reject all…</source>
        <translation>Alle ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="36"/>
        <source>Delegate all…</source>
        <translation>Alle delegieren…</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="42"/>
        <location filename="../ui/queuepanel.cpp" line="320"/>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="307"/>
        <source>%1 (%2)</source>
        <extracomment>The tooltip of a keyboard action: what it does (its shortcut)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="311"/>
        <source>Next item</source>
        <translation>Nächster Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="312"/>
        <source>Previous item</source>
        <translation>Vorheriger Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="313"/>
        <source>Select for a bulk decision</source>
        <translation>Für eine Sammelentscheidung auswählen</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="314"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="316"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="318"/>
        <source>Delegate…</source>
        <translation>Delegieren…</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="321"/>
        <source>Open the detail</source>
        <translation>Details öffnen</translation>
    </message>
    <message>
        <source>Store: %1 ✕</source>
        <translation type="vanished">Filiale: %1 ✕</translation>
    </message>
    <message>
        <source>Stores: %1 ✕</source>
        <translation type="vanished">Filialen: %1 ✕</translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="vanished">Alle Vorgänge</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="vanished">Alle Filter entfernen</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="vanished">%1 (geändert)</translation>
    </message>
    <message>
        <source>Unsaved filters</source>
        <translation type="vanished">Nicht gespeicherte Filter</translation>
    </message>
    <message>
        <source>The filters were changed since the view was chosen; save to keep the changes</source>
        <translation type="vanished">Die Filter wurden seit der Auswahl der Ansicht geändert; speichern Sie, um die Änderungen zu behalten</translation>
    </message>
    <message>
        <source>These filters are not saved as a view</source>
        <translation type="vanished">Diese Filter sind nicht als Ansicht gespeichert</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”</source>
        <translation type="vanished">Die gespeicherte Ansicht „%1“ löschen</translation>
    </message>
    <message>
        <source>Choose a saved view to delete it</source>
        <translation type="vanished">Wählen Sie eine gespeicherte Ansicht aus, um sie zu löschen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="vanished">Ansicht speichern</translation>
    </message>
    <message>
        <source>Save the current filters and sort as the view:</source>
        <translation type="vanished">Aktuelle Filter und Sortierung speichern als Ansicht:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Speichern</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation type="vanished">Ansicht ersetzen</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation type="vanished">Eine Ansicht namens „%1“ existiert bereits. Möchten Sie sie ersetzen?</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The filters stay as they are.</source>
        <translation type="vanished">Die gespeicherte Ansicht „%1“ löschen? Die Filter bleiben unverändert.</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="vanished">Filiale %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queuepanel.cpp" line="289"/>
        <source>%n items selected:</source>
        <translation>
            <numerusform>%n Vorgang ausgewählt:</numerusform>
            <numerusform>%n Vorgänge ausgewählt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation type="vanished">
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueReport</name>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="31"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="34"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="37"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="38"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="88"/>
        <source>store %1</source>
        <translation>Filiale %1</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="88"/>
        <source>HQ</source>
        <translation>Zentrale</translation>
    </message>
</context>
<context>
    <name>QueueRules</name>
    <message>
        <location filename="../models/queuerules.cpp" line="67"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="69"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="71"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="73"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="77"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="84"/>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="86"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="88"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="99"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="101"/>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="103"/>
        <source>Integration failure</source>
        <translation>Integrationsfehler</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="107"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="112"/>
        <source>HQ / no store</source>
        <translation>Zentrale / keine Filiale</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../ui/reasondialog.cpp" line="25"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="26"/>
        <source>Why do you reject %1? The reason is posted in Odoo&apos;s chatter.</source>
        <translation>Warum lehnen Sie %1 ab? Die Begründung wird im Chatter von Odoo veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="27"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="29"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="30"/>
        <source>Why do you dismiss %1?</source>
        <translation>Warum verwerfen Sie %1?</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="31"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="33"/>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="34"/>
        <source>Who should decide %1 instead? They get a To-Do activity in Odoo.</source>
        <translation>Wer soll stattdessen über %1 entscheiden? Die Person erhält in Odoo eine To-do-Aktivität.</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="35"/>
        <source>&amp;Delegate</source>
        <translation>&amp;Delegieren</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="37"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="38"/>
        <source>Approve %1? A comment is optional; it is posted in Odoo&apos;s chatter.</source>
        <translation>%1 genehmigen? Ein Kommentar ist optional; er wird im Chatter von Odoo veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="39"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="45"/>
        <source>Odoo login, e.g. buyer1</source>
        <translation>Odoo-Login, z. B. buyer1</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="46"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="49"/>
        <source>A note for them (optional)</source>
        <translation>Eine Notiz für die Person (optional)</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="50"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="52"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="52"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="72"/>
        <source>Give the Odoo login of the person.</source>
        <translation>Geben Sie den Odoo-Login der Person an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reasondialog.cpp" line="74"/>
        <source>A reason of at least %n characters is required.</source>
        <translation>
            <numerusform>Eine Begründung mit mindestens %n Zeichen ist erforderlich.</numerusform>
            <numerusform>Eine Begründung mit mindestens %n Zeichen ist erforderlich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionBacklogChart</name>
    <message>
        <location filename="../ui/regionbacklogchart.cpp" line="17"/>
        <source>Open items by region</source>
        <translation>Offene Vorgänge nach Region</translation>
    </message>
    <message>
        <location filename="../ui/regionbacklogchart.cpp" line="34"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/regionbacklogchart.cpp" line="78"/>
        <source>No open items</source>
        <translation>Keine offenen Vorgänge</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="26"/>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="27"/>
        <location filename="../ui/savedviewsbar.cpp" line="193"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="38"/>
        <source>Saved views: choose one to apply its filters and sort; “All items” clears the filters. Choose a view again to undo your changes to it.</source>
        <translation>Gespeicherte Ansichten: Wählen Sie eine aus, um ihre Filter und Sortierung anzuwenden; „Alle Vorgänge“ entfernt die Filter. Wählen Sie eine Ansicht erneut, um Ihre Änderungen daran zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="40"/>
        <source>Save the current filters and sort as a named view (%1)</source>
        <translation>Aktuelle Filter und Sortierung als benannte Ansicht speichern (%1)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="42"/>
        <source>&amp;View:</source>
        <translation>An&amp;sicht:</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="63"/>
        <source>All items</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="64"/>
        <source>Clear every filter</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="135"/>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="135"/>
        <source>Unsaved filters</source>
        <translation>Nicht gespeicherte Filter</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="141"/>
        <source>The filters were changed since the view was chosen; save to keep the changes</source>
        <translation>Die Filter wurden seit der Auswahl der Ansicht geändert; speichern Sie, um die Änderungen zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="143"/>
        <source>These filters are not saved as a view</source>
        <translation>Diese Filter sind nicht als Ansicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="156"/>
        <source>Delete the saved view “%1”</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="157"/>
        <source>Choose a saved view to delete it</source>
        <translation>Wählen Sie eine gespeicherte Ansicht aus, um sie zu löschen</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="164"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="166"/>
        <source>Save the current filters and sort as the view:</source>
        <translation>Aktuelle Filter und Sortierung speichern als Ansicht:</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="168"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="181"/>
        <source>Replace view</source>
        <translation>Ansicht ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="182"/>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>Eine Ansicht namens „%1“ existiert bereits. Möchten Sie sie ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="194"/>
        <source>Delete the saved view “%1”? The filters stay as they are.</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen? Die Filter bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>ScheduledActionAdapter</name>
    <message>
        <location filename="../app/decisions/scheduledactionadapter.cpp" line="53"/>
        <source>The scheduled action ran and failed again: %1</source>
        <translation>Die geplante Aktion wurde ausgeführt und ist erneut fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/decisions/scheduledactionadapter.cpp" line="76"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>When an item becomes &amp;overdue</source>
        <translation>Wenn ein Vorgang &amp;überfällig wird</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="26"/>
        <source>&amp;Enable live updates on this server</source>
        <translation>Live-Aktualisierungen auf diesem Server &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="27"/>
        <source>Re&amp;move them</source>
        <translation>Wieder &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="38"/>
        <source>&amp;Poll every:</source>
        <translation>Ab&amp;fragen alle:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="49"/>
        <source>%1 (not on this server: %2)</source>
        <translation>%1 (nicht auf diesem Server: %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>SLA clock (0 = as the source defines it)</source>
        <translation type="vanished">SLA-Frist (0 = wie von der Quelle festgelegt)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59"/>
        <source>SLA clock</source>
        <translation>SLA-Frist</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="62"/>
        <source>Approvals:</source>
        <translation>Genehmigungen:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="63"/>
        <source>Store exceptions:</source>
        <translation>Filialausnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="64"/>
        <source>Integration failures:</source>
        <translation>Integrationsfehler:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="69"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="70"/>
        <source>As the source defines it</source>
        <translation>Wie von der Quelle festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="77"/>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="79"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="80"/>
        <source>Any new item</source>
        <translation>Jeder neue Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="81"/>
        <source>Medium and above</source>
        <translation>Mittel und höher</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>High and above</source>
        <translation>Hoch und höher</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="85"/>
        <source>New &amp;items:</source>
        <translation>Neue &amp;Vorgänge:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="91"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="96"/>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Sprache (nach einem Neustart):</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="99"/>
        <source>Live updates on this server (Odoo administrators)</source>
        <translation>Live-Aktualisierungen auf diesem Server (Odoo-Administratoren)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="102"/>
        <source>Creates one automation rule per monitored model in Odoo, so that changes reach HQ Tower within a second. Users who should get them belong to the Odoo group &quot;HQ Tower live updates&quot;.</source>
        <translation>Legt in Odoo eine Automatisierungsregel pro überwachtem Modell an, damit Änderungen HQ Tower innerhalb einer Sekunde erreichen. Benutzer, die sie erhalten sollen, gehören zur Odoo-Gruppe „HQ Tower live updates“.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="125"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SimFaults</name>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="96"/>
        <source>--latency-ms needs a number of milliseconds.</source>
        <translation>--latency-ms erfordert eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="111"/>
        <source>--%1 needs a share between 0 and 1.</source>
        <translation>--%1 erfordert einen Anteil zwischen 0 und 1.</translation>
    </message>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="118"/>
        <source>--fault-seed needs a whole number.</source>
        <translation>--fault-seed erfordert eine ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>SlaAgingChart</name>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="19"/>
        <source>0–25 %</source>
        <translation>0–25 %</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="21"/>
        <source>25–50 %</source>
        <translation>25–50 %</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="23"/>
        <source>50–100 %</source>
        <translation>50–100 %</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="25"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="27"/>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="34"/>
        <source>SLA time used by open items</source>
        <translation>Verbrauchte SLA-Zeit offener Vorgänge</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="53"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="84"/>
        <source>No open items</source>
        <translation>Keine offenen Vorgänge</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <location filename="../app/sync/sourcecatalog.cpp" line="48"/>
        <source>%1:1: cannot be read (%2)</source>
        <translation>%1:1: kann nicht gelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>SourceProfile</name>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="70"/>
        <source>a condition needs a &quot;field&quot;</source>
        <translation>eine Bedingung braucht ein &quot;field&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="74"/>
        <source>unknown operator &quot;%1&quot; (use one of %2)</source>
        <translation>unbekannter Operator &quot;%1&quot; (verwenden Sie einen von %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="80"/>
        <source>the condition on %1 needs a &quot;value&quot;</source>
        <translation>die Bedingung für %1 braucht ein &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="100"/>
        <source>domain term %1 is neither [field, operator, value] nor &apos;&amp;&apos;, &apos;|&apos;, &apos;!&apos;</source>
        <translation>Domain-Term %1 ist weder [field, operator, value] noch &apos;&amp;&apos;, &apos;|&apos;, &apos;!&apos;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="150"/>
        <source>works on Odoo %1 only</source>
        <translation>funktioniert nur mit Odoo %1</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="153"/>
        <source>needs Odoo %1 to %2</source>
        <translation>erfordert Odoo %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="155"/>
        <source>needs Odoo %1 or later</source>
        <translation>erfordert Odoo %1 oder neuer</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="157"/>
        <source>needs Odoo %1 or earlier</source>
        <translation>erfordert Odoo %1 oder älter</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="127"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="133"/>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="135"/>
        <source>a profile must be one JSON object</source>
        <translation>ein Profil muss genau ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="160"/>
        <source>variant &quot;%1&quot; must be an object</source>
        <translation>Variante &quot;%1&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="165"/>
        <source>variant &quot;%1&quot; may not change &quot;%2&quot;</source>
        <translation>Variante &quot;%1&quot; darf &quot;%2&quot; nicht ändern</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="170"/>
        <source>variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="186"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="208"/>
        <source>the profile has no &quot;title&quot;</source>
        <translation>das Profil hat kein &quot;title&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="213"/>
        <source>unknown kind &quot;%1&quot; (use %2)</source>
        <translation>unbekannte Art &quot;%1&quot; (verwenden Sie %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="218"/>
        <source>the profile has no &quot;model&quot;</source>
        <translation>das Profil hat kein &quot;model&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="233"/>
        <source>unknown placeholder &quot;%1&quot; (use $now, $now-3d, $today…)</source>
        <translation>unbekannter Platzhalter &quot;%1&quot; (verwenden Sie $now, $now-3d, $today…)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="241"/>
        <source>the profile has no &quot;title_field&quot;</source>
        <translation>das Profil hat kein &quot;title_field&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="273"/>
        <source>a filter must be an object</source>
        <translation>ein Filter muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="282"/>
        <source>unknown severity &quot;%1&quot; (use %2)</source>
        <translation>unbekannter Schweregrad &quot;%1&quot; (verwenden Sie %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="291"/>
        <source>a severity rule must be an object</source>
        <translation>eine Schweregradregel muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="299"/>
        <source>unknown severity &quot;%1&quot; in a severity rule</source>
        <translation>unbekannter Schweregrad &quot;%1&quot; in einer Schweregradregel</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="302"/>
        <source>a severity rule needs a &quot;reason&quot;</source>
        <translation>eine Schweregradregel braucht ein &quot;reason&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="228"/>
        <source>%1: variant %2 is outside the versions it requires</source>
        <translation>%1: Variante %2 liegt außerhalb der Versionen, die sie erfordert</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="235"/>
        <source>%1: %2 uses %3, which is not read</source>
        <translation>%1: %2 verwendet %3, das nicht gelesen wird</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="239"/>
        <source>the summary</source>
        <translation>die Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="241"/>
        <source>a severity rule</source>
        <translation>eine Schweregradregel</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="243"/>
        <source>a filter</source>
        <translation>ein Filter</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="245"/>
        <source>%1: no summary</source>
        <translation>%1: keine Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="305"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="31"/>
        <source>SQLite could not open the file (%1)</source>
        <translation>SQLite konnte die Datei nicht öffnen (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="43"/>
        <source>the file is not an HQ Tower cache or it is damaged (%1)</source>
        <translation>die Datei ist kein Cache von HQ Tower oder sie ist beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="46"/>
        <source>SQLite refused the settings (%1)</source>
        <translation>SQLite hat die Einstellungen abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="67"/>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="70"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="73"/>
        <source>the folder &quot;%1&quot; could not be created</source>
        <translation>der Ordner „%1“ konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="77"/>
        <source>the Qt SQLite driver is not installed</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="106"/>
        <source>unknown SQLite error</source>
        <translation>unbekannter SQLite-Fehler</translation>
    </message>
</context>
<context>
    <name>StoreMapPanel</name>
    <message>
        <location filename="../ui/storemappanel.cpp" line="74"/>
        <source>Fit to stores</source>
        <translation>Auf Filialen einpassen</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="77"/>
        <source>Show every store on the map (F)</source>
        <translation>Alle Filialen auf der Karte anzeigen (F)</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="85"/>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Vergrößern (+ oder Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="86"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="91"/>
        <source>Zoom out (- or the mouse wheel)</source>
        <translation>Verkleinern (- oder Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="92"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="98"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="99"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="100"/>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="101"/>
        <source>No SLA / no open items</source>
        <translation>Kein SLA / keine offenen Vorgänge</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="104"/>
        <source>Marker colour: the worst SLA state of the store&apos;s open items. Marker size: the number of open items. A pale ring marks a group of nearby stores; click it to zoom in.</source>
        <translation>Farbe der Markierung: der schlechteste SLA-Status der offenen Vorgänge der Filiale. Größe der Markierung: die Anzahl offener Vorgänge. Ein blasser Ring kennzeichnet eine Gruppe nahe beieinander liegender Filialen; klicken Sie darauf, um hineinzuzoomen.</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="114"/>
        <source>These stores have no coordinates in Odoo; click one to show its items</source>
        <translation>Diese Filialen haben in Odoo keine Koordinaten; klicken Sie auf eine Filiale, um ihre Vorgänge anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storemappanel.cpp" line="179"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="179"/>
        <source>nothing open</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="185"/>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="188"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="191"/>
        <source>Worst SLA: %1</source>
        <translation>Schlechtester SLA-Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="207"/>
        <source>Stores without coordinates (%1)</source>
        <translation>Filialen ohne Koordinaten (%1)</translation>
    </message>
</context>
<context>
    <name>StoreMapView</name>
    <message>
        <location filename="../ui/storemapview.cpp" line="118"/>
        <source>Store map</source>
        <translation>Filialkarte</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth, public domain</source>
        <translation type="vanished">Basiskarte: Natural Earth, gemeinfrei</translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="126"/>
        <source>Basemap: Natural Earth 1:50m land and country borders (public domain, naturalearthdata.com), converted from the world-atlas TopoJSON package</source>
        <translation>Basiskarte: Natural Earth 1:50m, Landflächen und Ländergrenzen (gemeinfrei, naturalearthdata.com), umgewandelt aus dem TopoJSON-Paket world-atlas</translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="285"/>
        <source>No stores to show yet.</source>
        <translation>Noch keine Filialen zum Anzeigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storemapview.cpp" line="286"/>
        <source>None of the %n store(s) has map coordinates yet. Geolocate the stores&apos; addresses in Odoo to see them here.</source>
        <translation>
            <numerusform>Die Filiale hat noch keine Kartenkoordinaten. Geolokalisieren Sie ihre Adresse in Odoo, um sie hier zu sehen.</numerusform>
            <numerusform>Keine der %n Filialen hat bisher Kartenkoordinaten. Geolokalisieren Sie die Adressen der Filialen in Odoo, um sie hier zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storemapview.cpp" line="564"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n Filiale</numerusform>
            <numerusform>%n Filialen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="567"/>
        <source>No open items</source>
        <translation>Keine offenen Vorgänge</translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="570"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="573"/>
        <source>Worst SLA: %1</source>
        <translation>Schlechtester SLA-Status: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storemapview.cpp" line="584"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="586"/>
        <source>Click to zoom in</source>
        <translation>Klicken zum Vergrößern</translation>
    </message>
</context>
<context>
    <name>StoreModel</name>
    <message>
        <source>Store</source>
        <translation type="vanished">Filiale</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="vanished">Region</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Offen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="vanished">Genehmigungen</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="vanished">Ausnahmen</translation>
    </message>
    <message>
        <source>Integration failures</source>
        <translation type="vanished">Integrationsfehler</translation>
    </message>
    <message>
        <source>Worst SLA</source>
        <translation type="vanished">Schlechtester SLA-Status</translation>
    </message>
</context>
<context>
    <name>StoreRankingChart</name>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="19"/>
        <source>Top 10 stores by open exceptions</source>
        <translation>Top-10-Filialen nach offenen Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="30"/>
        <source>Open exceptions</source>
        <translation>Offene Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="41"/>
        <source>%1: 1 open exception</source>
        <translation>%1: 1 offene Ausnahme</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="42"/>
        <source>%1: %2 open exceptions</source>
        <translation>%1: %2 offene Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="63"/>
        <source>Store %1</source>
        <translation>Filiale %1</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="77"/>
        <source>No store has open exceptions</source>
        <translation>Keine Filiale hat offene Ausnahmen</translation>
    </message>
</context>
<context>
    <name>StoreSync</name>
    <message>
        <location filename="../app/sync/storesync.cpp" line="38"/>
        <source>the stores could not be read: %1</source>
        <translation>die Filialen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/storesync.cpp" line="119"/>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="27"/>
        <source>sync needs --once (continuous sync runs in the desktop app).</source>
        <translation>sync erfordert --once (die fortlaufende Synchronisierung läuft in der Desktop-Anwendung).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="33"/>
        <source>--budget must be a number of seconds (0 or more).</source>
        <translation>--budget muss eine Anzahl Sekunden sein (0 oder mehr).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="63"/>
        <source>%n source(s) could not be checked; checking again.</source>
        <translation>
            <numerusform>%n Quelle konnte nicht geprüft werden; erneute Prüfung.</numerusform>
            <numerusform>%n Quellen konnten nicht geprüft werden; erneute Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="77"/>
        <source>Skipped %1: %2</source>
        <translation>Quelle %1 übersprungen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="110"/>
        <source>%n source(s) failed for a server or network problem; trying again.</source>
        <translation>
            <numerusform>%n Quelle fehlgeschlagen (Server- oder Netzwerkproblem); neuer Versuch.</numerusform>
            <numerusform>%n Quellen fehlgeschlagen (Server- oder Netzwerkproblem); neuer Versuch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="129"/>
        <source>Syncing: %1 % (%2 of %3 records)</source>
        <translation>Synchronisierung: %1 % (%2 von %3 Datensätzen)</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="166"/>
        <source>%1 items, fetched %2, changed %3, removed %4, %5 requests</source>
        <translation>%1 Vorgänge, %2 abgerufen, %3 geändert, %4 entfernt, %5 Anfragen</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="173"/>
        <source>, error: %1</source>
        <translation>, Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="181"/>
        <source>Total: %1 items in %2 sources, fetched %3, changed %4, removed %5, %6 requests</source>
        <translation>Gesamt: %1 Vorgänge in %2 Quellen, %3 abgerufen, %4 geändert, %5 entfernt, %6 Anfragen</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="189"/>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="192"/>
        <source>Some sources failed to sync; the others were saved.</source>
        <translation>Einige Quellen konnten nicht synchronisiert werden; die übrigen wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../app/sync/syncstatus.cpp" line="31"/>
        <source>retrying in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="32"/>
        <source>retrying now</source>
        <translation>neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="36"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="39"/>
        <source>Offline since %1 — trying again…</source>
        <translation>Offline seit %1 — neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="40"/>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="42"/>
        <source>Up to date — last sync at %1</source>
        <translation>Aktuell — letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="44"/>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="45"/>
        <source>Offline since %1 — %2</source>
        <translation>Offline seit %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="47"/>
        <source>Sync problem: %1</source>
        <translation>Synchronisierungsproblem: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="48"/>
        <source>Sync problem: %1 — %2</source>
        <translation>Synchronisierungsproblem: %1 — %2</translation>
    </message>
</context>
<context>
    <name>TierReviewAdapter</name>
    <message>
        <location filename="../app/decisions/tierreviewadapter.cpp" line="64"/>
        <source>The review does not name the document it is about.</source>
        <translation>Die Prüfung nennt nicht das Dokument, auf das sie sich bezieht.</translation>
    </message>
    <message>
        <location filename="../app/decisions/tierreviewadapter.cpp" line="69"/>
        <source>Validated in HQ Tower</source>
        <translation>In HQ Tower freigegeben</translation>
    </message>
    <message>
        <location filename="../app/decisions/tierreviewadapter.cpp" line="70"/>
        <source>Rejected in HQ Tower</source>
        <translation>In HQ Tower abgelehnt</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../ui/traynotifier.cpp" line="13"/>
        <source>Show HQ Tower</source>
        <translation>HQ Tower anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/traynotifier.cpp" line="25"/>
        <source>HQ Tower</source>
        <translation>HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/traynotifier.cpp" line="34"/>
        <source>HQ Tower: %1 open, %2 overdue</source>
        <translation>HQ Tower: %1 offen, %2 überfällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="51"/>
        <source>%n items need attention</source>
        <translation>
            <numerusform>%n Vorgang erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n Vorgänge erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionJob</name>
    <message>
        <location filename="../app/odoo/versionjob.cpp" line="40"/>
        <source>The server did not say which Odoo version it runs; is this an Odoo server?</source>
        <translation>Der Server hat seine Odoo-Version nicht genannt; ist das ein Odoo-Server?</translation>
    </message>
</context>
<context>
    <name>WebSessionJob</name>
    <message>
        <location filename="../app/odoo/websessionjob.cpp" line="40"/>
        <source>The server&apos;s session answer (%1) holds no user id: %2.</source>
        <translation>Die Sitzungsantwort des Servers (%1) enthält keine Benutzer-ID: %2.</translation>
    </message>
    <message>
        <location filename="../app/odoo/websessionjob.cpp" line="47"/>
        <source>Wrong login or password.</source>
        <translation>Falscher Login oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../app/odoo/websessionjob.cpp" line="50"/>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="10"/>
        <source>Welcome to HQ Tower</source>
        <translation>Willkommen bei HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="14"/>
        <source>&lt;h3&gt;Welcome to HQ Tower&lt;/h3&gt;&lt;p&gt;HQ Tower watches Odoo for pending approvals, store exceptions and integration failures, and writes your decisions back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei HQ Tower&lt;/h3&gt;&lt;p&gt;HQ Tower überwacht Odoo auf ausstehende Genehmigungen, Filialausnahmen und Integrationsfehler und schreibt Ihre Entscheidungen zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="19"/>
        <source>Connect to an Odoo server</source>
        <translation>Mit einem Odoo-Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="20"/>
        <source>Odoo 17, 18 or 19: server address, database, login, and a password or an API key.</source>
        <translation>Odoo 17, 18 oder 19: Serveradresse, Datenbank, Login und ein Passwort oder ein API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="23"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="24"/>
        <source>A simulated Odoo with 60 stores in 5 regions runs on this computer; nothing leaves it.</source>
        <translation>Ein simuliertes Odoo mit 60 Filialen in 5 Regionen läuft auf diesem Computer; keine Daten verlassen ihn.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/workspace.cpp" line="29"/>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <location filename="../ui/workspace.cpp" line="30"/>
        <source>C&amp;harts</source>
        <translation>D&amp;iagramme</translation>
    </message>
</context>
<context>
    <name>hqtower-sim</name>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="23"/>
        <source>A simulated Odoo server (17, 18 or 19) with a retail demo dataset.
Users: admin/admin, manager1/manager1 (purchase manager), buyer1/buyer1 (purchase user),
viewer1/viewer1 (no purchase rights), and one regional manager per region (password = login).</source>
        <translation>Ein simulierter Odoo-Server (17, 18 oder 19) mit einem Demodatensatz aus dem Einzelhandel.
Benutzer: admin/admin, manager1/manager1 (Einkaufsleiter), buyer1/buyer1 (Einkaufsbenutzer),
viewer1/viewer1 (ohne Einkaufsrechte) und ein Regionalleiter pro Region (Passwort = Login).</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="32"/>
        <source>Odoo version to simulate: 17, 18 or 19.</source>
        <translation>Zu simulierende Odoo-Version: 17, 18 oder 19.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="35"/>
        <source>TCP port (0 picks a free one).</source>
        <translation>TCP-Port (0 wählt einen freien).</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="38"/>
        <source>Address to listen on.</source>
        <translation>Adresse, auf der der Server lauscht.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="42"/>
        <source>Database name (default odoo&lt;version&gt;).</source>
        <translation>Name der Datenbank (Standard: odoo&lt;version&gt;).</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="45"/>
        <source>Seed of the demo dataset.</source>
        <translation>Startwert (Seed) des Demodatensatzes.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="48"/>
        <source>Multiplies the demo documents.</source>
        <translation>Vervielfacht die Demodokumente.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="52"/>
        <source>No demo dataset, only the base users.</source>
        <translation>Kein Demodatensatz, nur die Basisbenutzer.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="55"/>
        <source>Optional modules, comma separated: approvals, base_tier_validation, queue_job.</source>
        <translation>Optionale Module, durch Kommas getrennt: approvals, base_tier_validation, queue_job.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="60"/>
        <source>Keep creating and resolving items in the background.</source>
        <translation>Im Hintergrund fortlaufend Vorgänge erzeugen und erledigen.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="63"/>
        <source>Seconds between live changes.</source>
        <translation>Sekunden zwischen Live-Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="67"/>
        <source>Seconds of inactivity before a web session expires.</source>
        <translation>Sekunden Inaktivität, bevor eine Websitzung abläuft.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="71"/>
        <source>Share (0..1) of decisions another user makes first, from the browser.</source>
        <translation>Anteil (0..1) der Entscheidungen, die ein anderer Benutzer zuerst im Browser trifft.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="76"/>
        <source>End every web session each N seconds.</source>
        <translation>Jede Websitzung alle N Sekunden beenden.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="80"/>
        <source>Drop every bus websocket each N seconds.</source>
        <translation>Jede WebSocket-Verbindung des Busses alle N Sekunden trennen.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="84"/>
        <source>Print each user&apos;s API key and exit.</source>
        <translation>Den API-Schlüssel jedes Benutzers ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="95"/>
        <source>hqtower-sim: --flavor must be 17, 18 or 19.</source>
        <translation>hqtower-sim: --flavor muss 17, 18 oder 19 sein.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="103"/>
        <source>hqtower-sim: --scale must be a positive number.</source>
        <translation>hqtower-sim: --scale muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="113"/>
        <source>hqtower-sim: --port must be a number.</source>
        <translation>hqtower-sim: --port muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="138"/>
        <source>hqtower-sim: cannot listen on %1:%2: %3</source>
        <translation>hqtower-sim: kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="162"/>
        <source>Odoo %1 simulator, database %2, on %3</source>
        <translation>Odoo-%1-Simulator, Datenbank %2, auf %3</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="166"/>
        <source>%1 records (%2 stores, %3 pending approvals, %4 open exceptions, %5 integration failures) built in %6 ms</source>
        <translation>%1 Datensätze (%2 Filialen, %3 ausstehende Genehmigungen, %4 offene Ausnahmen, %5 Integrationsfehler) in %6 ms erstellt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>HQ Tower: pending approvals, store exceptions and integration failures from Odoo.</source>
        <translation>HQ Tower: ausstehende Genehmigungen, Filialausnahmen und Integrationsfehler aus Odoo.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Start the demo on the built-in Odoo simulator.</source>
        <translation>Die Demo mit dem eingebauten Odoo-Simulator starten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>Odoo version the demo simulates: 17, 18 or 19 (default 18).</source>
        <translation>Von der Demo simulierte Odoo-Version: 17, 18 oder 19 (Standard: 18).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Start the demo when no Odoo server is configured yet.</source>
        <translation>Die Demo starten, wenn noch kein Odoo-Server eingerichtet ist.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Wait for the first sync (at most N seconds), print what the queue, map and charts show as JSON, and exit (0 when all show data).</source>
        <translation>Auf die erste Synchronisierung warten (höchstens N Sekunden), den Inhalt von Arbeitsliste, Karte und Diagrammen als JSON ausgeben und beenden (0, wenn alle Daten zeigen).</translation>
    </message>
</context>
</TS>
