<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BusListener</name>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="39"/>
        <source>Live updates off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="41"/>
        <source>Connecting live updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="43"/>
        <source>Live updates on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="45"/>
        <source>Live updates interrupted; reconnecting (polling meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="48"/>
        <source>Live updates unavailable; HQ Tower polls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/storage/cache.cpp" line="37"/>
        <source>unknown SQLite error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="147"/>
        <source>SQLite could not open the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="157"/>
        <source>the file is not an HQ Tower cache or it is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="160"/>
        <source>SQLite refused the settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="176"/>
        <source>Could not open the offline cache &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="182"/>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="185"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="188"/>
        <source>the folder &quot;%1&quot; could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="192"/>
        <source>the Qt SQLite driver is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="265"/>
        <source>Could not start writing to the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="275"/>
        <source>Could not save to the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="284"/>
        <location filename="../app/storage/cache.cpp" line="297"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="302"/>
        <source>Could not save the queue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="311"/>
        <source>%1: an item has no id (model &quot;%2&quot;, record %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="315"/>
        <source>%1: item &quot;%2&quot; belongs to profile &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="344"/>
        <source>Could not remove the queue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="361"/>
        <source>Could not replace the queue items: no source profile was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="368"/>
        <location filename="../app/storage/cache.cpp" line="371"/>
        <source>Could not replace the queue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="386"/>
        <source>kind = ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="390"/>
        <source>profile_id = ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="394"/>
        <source>store_id = ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="406"/>
        <location filename="../app/storage/cache.cpp" line="412"/>
        <source>Could not read the queue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="427"/>
        <source>Could not read the queue item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="443"/>
        <source>Could not read the cached record ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="455"/>
        <source>Could not count the queue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="465"/>
        <source>Could not save the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="498"/>
        <source>Could not read the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="526"/>
        <source>Could not read the sync cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="542"/>
        <source>Could not save the sync cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="544"/>
        <source>%1: no source profile was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="564"/>
        <source>Could not record the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="597"/>
        <location filename="../app/storage/cache.cpp" line="621"/>
        <source>Could not read the sync log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheMigrations</name>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="14"/>
        <source>unknown SQLite error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="35"/>
        <source>could not read the schema version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="74"/>
        <source>could not start the upgrade to schema version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="88"/>
        <source>the upgrade to schema version %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="97"/>
        <source>the upgrade to schema version %1 could not be saved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapabilityDetector</name>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="47"/>
        <source>not connected to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="57"/>
        <source>%1 (this server runs Odoo %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="107"/>
        <source>module %1 is not installed%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="107"/>
        <source>modules %1 are not installed%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="160"/>
        <source>model %1 does not exist on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="162"/>
        <source>could not check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="194"/>
        <source>field %1 is missing on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="194"/>
        <source>fields %1 are missing on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="222"/>
        <source>the server refused the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="246"/>
        <source>your user may not read %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="247"/>
        <source>your user may not read %1 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="72"/>
        <source>hqtower-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="73"/>
        <source>Run &apos;hqtower-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="86"/>
        <source>Error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="108"/>
        <source>Odoo server address, e.g. https://odoo.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="108"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="109"/>
        <source>Database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="109"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110"/>
        <source>Odoo login (user name or e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="111"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="113"/>
        <source>Read the password from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="113"/>
        <location filename="../app/cli/clirunner.cpp" line="115"/>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="115"/>
        <source>Read the API key from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="117"/>
        <source>With a password, log in through the web session used for live updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="119"/>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="119"/>
        <location filename="../app/cli/clirunner.cpp" line="134"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="121"/>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="121"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="123"/>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="125"/>
        <source>call: positional arguments as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="125"/>
        <location filename="../app/cli/clirunner.cpp" line="128"/>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="128"/>
        <source>call: keyword arguments as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="169"/>
        <source>check takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="178"/>
        <source>call needs MODEL and METHOD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="184"/>
        <source>--args must be a JSON array, e.g. &apos;[[1, 2]]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="191"/>
        <source>--kwargs must be a JSON object, e.g. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="94"/>
        <source>HQ Tower command line: check a connection to an Odoo server, sync its work queue into the
local cache, print the cached queue, or call a model method.

Commands:
  check                       connect and print the server version, transport, user, modules
                              and which sources are enabled or skipped (and why)
  sync --once                 sync every enabled source once into the cache
  queue                       print the cached queue (no network; --kind, --store)
  call MODEL METHOD           call a method and print its JSON result

The password or API key is read from an environment variable, never from the command line.
Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),
4 server unreachable (network, timeout, TLS), 5 any other error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="131"/>
        <source>sync: sync every source once, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="133"/>
        <source>sync, queue: use this cache file instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="137"/>
        <source>queue: only items of this kind (approval, exception, integration_failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="137"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="139"/>
        <source>queue: only items of this store id (0 = HQ, no store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="139"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="143"/>
        <source>check, sync, queue or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="163"/>
        <source>no command given (check, sync, queue or call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="200"/>
        <source>sync takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="204"/>
        <source>sync needs --once (continuous sync runs in the desktop app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="216"/>
        <source>queue takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="222"/>
        <source>--kind must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="230"/>
        <source>--store must be a store id (0 for HQ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="239"/>
        <source>unknown command &quot;%1&quot; (expected check, sync, queue or call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="250"/>
        <source>--url, --db and --login are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="254"/>
        <location filename="../app/cli/clirunner.cpp" line="321"/>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="260"/>
        <source>give exactly one of --password-env VAR or --api-key-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="266"/>
        <source>the environment variable %1 is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="275"/>
        <source>--timeout must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="286"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="291"/>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="298"/>
        <source>%1 Retrying (attempt %2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="316"/>
        <source>--url, --db and --login are required (or --cache FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="333"/>
        <source>Warning: source profile skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="380"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="382"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="383"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="384"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="387"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="387"/>
        <source>%1 (uid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="389"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="390"/>
        <source>Live push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="391"/>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="393"/>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="396"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="396"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="398"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="401"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="401"/>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="405"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="420"/>
        <location filename="../app/cli/clirunner.cpp" line="528"/>
        <source>Error: cannot use the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="433"/>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="456"/>
        <source>Syncing: %1 % (%2 of %3 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="489"/>
        <source>%1 items, fetched %2, changed %3, removed %4, %5 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="496"/>
        <source>, error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="505"/>
        <source>Total: %1 items in %2 sources, fetched %3, changed %4, removed %5, %6 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="513"/>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="516"/>
        <source>Some sources failed to sync; the others were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="540"/>
        <source>No cached items yet: run hqtower-cli sync --once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="95"/>
        <source>The database &quot;%1&quot; does not exist on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="106"/>
        <location filename="../app/odoo/errormapper.cpp" line="126"/>
        <source>No answer from the server in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="109"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="114"/>
        <source>The connection was refused. Is the server address right and the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="117"/>
        <source>The server name could not be found. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="120"/>
        <source>The server closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="123"/>
        <source>The connection broke after the request was sent; whether Odoo carried it out is not known until the record is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="133"/>
        <source>The server redirected the request to %1 instead of answering it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="140"/>
        <source>The server failed with %1 and sent no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="142"/>
        <source>The server sent an empty answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="151"/>
        <source>The server rejected the request as malformed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="161"/>
        <source>The server or a proxy in front of it answered with an error page (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="165"/>
        <source>The server has no such address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="170"/>
        <source>The server answered with a web page instead of data (%1). Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="180"/>
        <source>The server failed with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="185"/>
        <source>The server rejected the request as malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="191"/>
        <source>The server&apos;s answer is not valid JSON (%1); it may have been cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json2Transport</name>
    <message>
        <location filename="../app/odoo/json2transport.cpp" line="22"/>
        <source>%1.%2: JSON-2 needs argument %3 passed by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/json2transport.cpp" line="77"/>
        <source>The server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRpcCodec</name>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="38"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="55"/>
        <source>The server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="65"/>
        <source>The server&apos;s answer is JSON but not an Odoo JSON-RPC reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginJob</name>
    <message>
        <location filename="../app/odoo/loginjob.cpp" line="30"/>
        <source>Wrong login, password or API key for user &quot;%1&quot; on database &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="14"/>
        <source>HQ Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="21"/>
        <source>Not connected to an Odoo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="28"/>
        <source>HQ Tower watches Odoo for pending approvals, store exceptions and integration failures.
To check a server now, run: hqtower-cli check --url URL --db DATABASE --login LOGIN --password-env VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>&amp;About HQ Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>About HQ Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;A control tower for retail and logistics companies that run Odoo: approvals, store exceptions and integration failures in one place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdooCall</name>
    <message>
        <location filename="../app/odoo/odoocall.cpp" line="17"/>
        <source>Not connected to the Odoo server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdooConnection</name>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="52"/>
        <source>The server address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="80"/>
        <source>Live updates need a password login: Odoo gives an API key no web session, so HQ Tower polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="83"/>
        <source>Live updates are turned off; HQ Tower polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="86"/>
        <source>JSON-2 needs an API key; using JSON-RPC, which Odoo 19 deprecates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="144"/>
        <source>The server did not say which user the API key is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="155"/>
        <source>JSON-2 is not available on this server (%1); using JSON-RPC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdooError</name>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="39"/>
        <source>Cannot reach the Odoo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="42"/>
        <source>The Odoo server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="45"/>
        <source>The secure connection to the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="48"/>
        <source>Odoo refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="51"/>
        <source>Your Odoo user is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="54"/>
        <source>Odoo refused the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="57"/>
        <source>Odoo refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="60"/>
        <source>The record no longer exists in Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="63"/>
        <source>The Odoo session has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="66"/>
        <source>The server does not offer this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="69"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="72"/>
        <source>The Odoo server failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdooJob</name>
    <message>
        <location filename="../app/odoo/odoojob.cpp" line="52"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueReport</name>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="31"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="34"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="37"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="38"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="87"/>
        <source>store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="87"/>
        <source>HQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimFaults</name>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="95"/>
        <source>--latency-ms needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="110"/>
        <source>--%1 needs a share between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="117"/>
        <source>--fault-seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <location filename="../app/sync/sourcecatalog.cpp" line="30"/>
        <source>%1:1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceProfile</name>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="159"/>
        <source>a condition needs a &quot;field&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="163"/>
        <source>unknown operator &quot;%1&quot; (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="169"/>
        <source>the condition on %1 needs a &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="189"/>
        <source>domain term %1 is neither [field, operator, value] nor &apos;&amp;&apos;, &apos;|&apos;, &apos;!&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="267"/>
        <source>works on Odoo %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="270"/>
        <source>needs Odoo %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="272"/>
        <source>needs Odoo %1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="274"/>
        <source>needs Odoo %1 or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="297"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="303"/>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="305"/>
        <source>a profile must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="330"/>
        <source>variant &quot;%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="335"/>
        <source>variant &quot;%1&quot; may not change &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="340"/>
        <source>variant %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="356"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="378"/>
        <source>the profile has no &quot;title&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="382"/>
        <source>unknown kind &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="385"/>
        <source>the profile has no &quot;model&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="400"/>
        <source>unknown placeholder &quot;%1&quot; (use $now, $now-3d, $today…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="408"/>
        <source>the profile has no &quot;title_field&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="434"/>
        <source>a filter must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="442"/>
        <source>unknown severity &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="449"/>
        <source>a severity rule must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="456"/>
        <source>unknown severity &quot;%1&quot; in a severity rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="458"/>
        <source>a severity rule needs a &quot;reason&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="580"/>
        <source>%1: variant %2 is outside the versions it requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="587"/>
        <source>%1: %2 uses %3, which is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="591"/>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="593"/>
        <source>a severity rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="595"/>
        <source>a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="597"/>
        <source>%1: no summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="683"/>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionJob</name>
    <message>
        <location filename="../app/odoo/versionjob.cpp" line="40"/>
        <source>The server did not say which Odoo version it runs; is this an Odoo server?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSessionJob</name>
    <message>
        <location filename="../app/odoo/websessionjob.cpp" line="36"/>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/websessionjob.cpp" line="39"/>
        <source>Not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hqtower-sim</name>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="23"/>
        <source>A simulated Odoo server (17, 18 or 19) with a retail demo dataset.
Users: admin/admin, manager1/manager1 (purchase manager), buyer1/buyer1 (purchase user),
viewer1/viewer1 (no purchase rights), and one regional manager per region (password = login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="32"/>
        <source>Odoo version to simulate: 17, 18 or 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="35"/>
        <source>TCP port (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="38"/>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="42"/>
        <source>Database name (default odoo&lt;version&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="45"/>
        <source>Seed of the demo dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="48"/>
        <source>Multiplies the demo documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="52"/>
        <source>No demo dataset, only the base users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="55"/>
        <source>Optional modules, comma separated: approvals, base_tier_validation, queue_job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="60"/>
        <source>Keep creating and resolving items in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="63"/>
        <source>Seconds between live changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="67"/>
        <source>Seconds of inactivity before a web session expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="71"/>
        <source>Share (0..1) of decisions another user makes first, from the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="76"/>
        <source>End every web session each N seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="80"/>
        <source>Drop every bus websocket each N seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="84"/>
        <source>Print each user&apos;s API key and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="95"/>
        <source>hqtower-sim: --flavor must be 17, 18 or 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="103"/>
        <source>hqtower-sim: --scale must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="113"/>
        <source>hqtower-sim: --port must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="138"/>
        <source>hqtower-sim: cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="162"/>
        <source>Odoo %1 simulator, database %2, on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="166"/>
        <source>%1 records (%2 stores, %3 pending approvals, %4 open exceptions, %5 integration failures) built in %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
