<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="59"/>
        <source>hqtower-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="60"/>
        <source>Run &apos;hqtower-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="73"/>
        <source>Error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="81"/>
        <source>HQ Tower command line: check a connection to an Odoo server, or call a model method.

Commands:
  check                       connect and print the server version, transport, user and modules
  call MODEL METHOD           call a method and print its JSON result

The password or API key is read from an environment variable, never from the command line.
Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),
4 server unreachable (network, timeout, TLS), 5 any other error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="91"/>
        <source>Odoo server address, e.g. https://odoo.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="91"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="92"/>
        <source>Database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="92"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="93"/>
        <source>Odoo login (user name or e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="94"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="96"/>
        <source>Read the password from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="96"/>
        <location filename="../app/cli/clirunner.cpp" line="98"/>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="98"/>
        <source>Read the API key from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="100"/>
        <source>With a password, log in through the web session used for live updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="102"/>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="102"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="104"/>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="104"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="106"/>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="108"/>
        <source>call: positional arguments as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="108"/>
        <location filename="../app/cli/clirunner.cpp" line="111"/>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="111"/>
        <source>call: keyword arguments as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="115"/>
        <source>check or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="135"/>
        <source>no command given (check or call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="141"/>
        <source>check takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="150"/>
        <source>call needs MODEL and METHOD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="156"/>
        <source>--args must be a JSON array, e.g. &apos;[[1, 2]]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="163"/>
        <source>--kwargs must be a JSON object, e.g. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="170"/>
        <source>unknown command &quot;%1&quot; (expected check or call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="181"/>
        <source>--url, --db and --login are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="185"/>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="191"/>
        <source>give exactly one of --password-env VAR or --api-key-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="197"/>
        <source>the environment variable %1 is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="206"/>
        <source>--timeout must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="217"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="222"/>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="229"/>
        <source>%1 Retrying (attempt %2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="265"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="266"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="267"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="268"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="271"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="271"/>
        <source>%1 (uid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="272"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="273"/>
        <source>Live push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="274"/>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="275"/>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="278"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="278"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="281"/>
        <source>Warning: %1</source>
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
        <location filename="../app/odoo/json2transport.cpp" line="56"/>
        <source>%1.%2: JSON-2 needs argument %3 passed by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/json2transport.cpp" line="111"/>
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
        <location filename="../app/odoo/odooconnection.cpp" line="141"/>
        <source>The server did not say which user the API key is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="152"/>
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
</TS>
