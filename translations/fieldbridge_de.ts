<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HighLevelParsers</name>
    <message>
        <source>HighLevel answered with a web page instead of JSON (HTTP %1). Check the base URL.</source>
        <translation>HighLevel hat mit einer Webseite statt mit JSON geantwortet (HTTP %1). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>HighLevel answered with an empty body (HTTP %1).</source>
        <translation>HighLevel hat mit einer leeren Antwort geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>HighLevel answered with something that is not JSON (HTTP %1).</source>
        <translation>HighLevel hat mit etwas geantwortet, das kein JSON ist (HTTP %1).</translation>
    </message>
    <message>
        <source>HighLevel answered with %1 instead of an object.</source>
        <translation>HighLevel hat mit %1 statt mit einem Objekt geantwortet.</translation>
    </message>
    <message>
        <source>HighLevel reported error %1.</source>
        <translation>HighLevel hat den Fehler %1 gemeldet.</translation>
    </message>
    <message>
        <source>HighLevel did not return &apos;%1&apos;: %2</source>
        <translation>HighLevel hat „%1“ nicht zurückgegeben: %2</translation>
    </message>
    <message>
        <source>HighLevel&apos;s answer lacks &apos;%1&apos;.</source>
        <translation>In der Antwort von HighLevel fehlt „%1“.</translation>
    </message>
    <message>
        <source>Unexpected answer from HighLevel: %1</source>
        <translation>Unerwartete Antwort von HighLevel: %1</translation>
    </message>
    <message>
        <source>HighLevel reported the update as not successful.</source>
        <translation>HighLevel hat die Aktualisierung als nicht erfolgreich gemeldet.</translation>
    </message>
    <message>
        <source>HighLevel reported the operation as not successful.</source>
        <translation>HighLevel hat den Vorgang als nicht erfolgreich gemeldet.</translation>
    </message>
    <message>
        <source>HighLevel reported the business update as not successful.</source>
        <translation>HighLevel hat die Aktualisierung des Unternehmens als nicht erfolgreich gemeldet.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>: no limit</source>
        <translation>: keine Begrenzung</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 von %2 übrig</translation>
    </message>
</context>
<context>
    <name>fb::CommandLine</name>
    <message>
        <source>Not a valid http(s) URL: %1</source>
        <translation>Keine gültige http(s)-URL: %1</translation>
    </message>
    <message>
        <source>Fieldbridge keeps Badger Maps and HighLevel in sync, two-way.

Headless use: fieldbridge [options] --headless COMMAND [command options]
Exit codes: 0 ok, 1 failed, 2 usage, 3 configuration missing, 4 database refused, 5 budget exhausted.</source>
        <translation>Fieldbridge hält Badger Maps und HighLevel in beide Richtungen synchron.

Ohne Fenster: fieldbridge [Optionen] --headless BEFEHL [Befehlsoptionen]
Rückgabewerte: 0 OK, 1 fehlgeschlagen, 2 falscher Aufruf, 3 Konfiguration fehlt, 4 Datenbank verweigert, 5 Kontingent erschöpft.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Datenbank und Einstellungen in &lt;Verzeichnis&gt; ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox (simulated accounts).</source>
        <translation>Mit der eingebauten Sandbox arbeiten (simulierte Konten).</translation>
    </message>
    <message>
        <source>Run a command without a window (sync, status, check); see README.</source>
        <translation>Einen Befehl ohne Fenster ausführen (sync, status, check); siehe README.</translation>
    </message>
    <message>
        <source>HighLevel API base URL.</source>
        <translation>Basis-URL der HighLevel-API.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Badger Maps API base URL.</source>
        <translation>Basis-URL der Badger-Maps-API.</translation>
    </message>
    <message>
        <source>HighLevel location (sub-account) id.</source>
        <translation>HighLevel-Location-ID (Unterkonto).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start minimised to the system tray.</source>
        <translation>Minimiert im Systembereich starten.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir benötigt ein Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>fb::api::ApiTypes</name>
    <message>
        <source>no error</source>
        <comment>error class</comment>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>error class</comment>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timeout</source>
        <comment>error class</comment>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <comment>error class</comment>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>error class</comment>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>budget exhausted</source>
        <comment>error class</comment>
        <translation>Kontingent erschöpft</translation>
    </message>
    <message>
        <source>server error</source>
        <comment>error class</comment>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <comment>error class</comment>
        <translation>nicht authentifiziert</translation>
    </message>
    <message>
        <source>forbidden</source>
        <comment>error class</comment>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>not found</source>
        <comment>error class</comment>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>data refused</source>
        <comment>error class</comment>
        <translation>Daten abgelehnt</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <comment>error class</comment>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>answer too large</source>
        <comment>error class</comment>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <comment>error class</comment>
        <translation>sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>insecure address</source>
        <comment>error class</comment>
        <translation>unsichere Adresse</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>error class</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>other error</source>
        <comment>error class</comment>
        <translation>anderer Fehler</translation>
    </message>
</context>
<context>
    <name>fb::api::BudgetState</name>
    <message>
        <source>Daily budget exhausted until %1</source>
        <translation>Tageskontingent erschöpft bis %1</translation>
    </message>
    <message>
        <source>Daily budget down to its write reserve: reads paused until %1</source>
        <translation>Tageskontingent bis auf die Schreibreserve verbraucht: Lesen pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>fb::api::HighLevelConnectionTest</name>
    <message>
        <source>HighLevel has no &quot;who am I&quot; endpoint for a Private Integration Token: the token belongs to the sub-account (location) it was created in, shown here by name.</source>
        <translation>HighLevel bietet für einen Private Integration Token keinen „Wer bin ich“-Endpunkt: Der Token gehört zu dem Unterkonto (Location), in dem er erstellt wurde; es wird hier mit Namen angezeigt.</translation>
    </message>
    <message>
        <source>Limits reported by HighLevel: %1 requests per %2 s (%3 left), %4 per day (%5 left).</source>
        <translation>Von HighLevel gemeldete Grenzen: %1 Anfragen pro %2 s (%3 übrig), %4 pro Tag (%5 übrig).</translation>
    </message>
    <message>
        <source>HighLevel sent no rate-limit headers; Fieldbridge assumes 100 requests per 10 s and 200,000 per day.</source>
        <translation>HighLevel hat keine Rate-Limit-Header gesendet; Fieldbridge geht von 100 Anfragen pro 10 s und 200.000 pro Tag aus.</translation>
    </message>
    <message>
        <source>The secure connection to HighLevel failed: %1</source>
        <translation>Die sichere Verbindung zu HighLevel ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Check the system date and any proxy that intercepts HTTPS; Fieldbridge never ignores certificate errors.</source>
        <translation>Prüfen Sie das Systemdatum und jeden Proxy, der HTTPS abfängt; Fieldbridge ignoriert Zertifikatsfehler niemals.</translation>
    </message>
    <message>
        <source>The HighLevel base URL %1 is not HTTPS.</source>
        <translation>Die HighLevel-Basis-URL %1 verwendet kein HTTPS.</translation>
    </message>
    <message>
        <source>Use https://services.leadconnectorhq.com as the base URL.</source>
        <translation>Verwenden Sie https://services.leadconnectorhq.com als Basis-URL.</translation>
    </message>
    <message>
        <source>Could not reach HighLevel at %1: %2</source>
        <translation>HighLevel unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check the network connection and the base URL (normally https://services.leadconnectorhq.com).</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Basis-URL (normalerweise https://services.leadconnectorhq.com).</translation>
    </message>
    <message>
        <source>not checked: HighLevel could not be reached</source>
        <translation>nicht geprüft: HighLevel war nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 does not answer like the HighLevel API.</source>
        <translation>%1 antwortet nicht wie die HighLevel-API.</translation>
    </message>
    <message>
        <source>Check the base URL: it should be https://services.leadconnectorhq.com.</source>
        <translation>Prüfen Sie die Basis-URL: Sie sollte https://services.leadconnectorhq.com lauten.</translation>
    </message>
    <message>
        <source>not checked: wrong base URL</source>
        <translation>nicht geprüft: falsche Basis-URL</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>HighLevel refused the token: %1</source>
        <translation>HighLevel hat den Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Paste the Private Integration Token again (Settings → Private Integrations in the sub-account); it may have been rotated, expired or copied incompletely.</source>
        <translation>Fügen Sie den Private Integration Token erneut ein (Einstellungen → Private Integrations im Unterkonto); er wurde möglicherweise erneuert, ist abgelaufen oder wurde unvollständig kopiert.</translation>
    </message>
    <message>
        <source>not checked: the token was refused</source>
        <translation>nicht geprüft: Der Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>The token has no access to location %1: %2</source>
        <translation>Der Token hat keinen Zugriff auf die Location %1: %2</translation>
    </message>
    <message>
        <source>Check the location id (the part after /v2/location/ in the HighLevel address bar) and that the Private Integration was created in that sub-account.</source>
        <translation>Prüfen Sie die Location-ID (der Teil nach /v2/location/ in der Adressleiste von HighLevel) und dass die Private Integration in diesem Unterkonto erstellt wurde.</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>not checked: no access to this location</source>
        <translation>nicht geprüft: kein Zugriff auf diese Location</translation>
    </message>
    <message>
        <source>missing: edit the Private Integration in HighLevel and add the scope %1</source>
        <translation>fehlt: Bearbeiten Sie die Private Integration in HighLevel und fügen Sie den Scope %1 hinzu</translation>
    </message>
    <message>
        <source>the check failed (%1): %2</source>
        <translation>die Prüfung ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>missing (optional: only needed to show the location&apos;s name)</source>
        <translation>fehlt (optional: nur nötig, um den Namen der Location anzuzeigen)</translation>
    </message>
    <message>
        <source>not probed: HighLevel offers no side-effect-free check; the first write will tell</source>
        <translation>nicht getestet: HighLevel bietet keine Prüfung ohne Nebenwirkungen; der erste Schreibvorgang wird es zeigen</translation>
    </message>
    <message>
        <source>The token is missing scopes the sync needs: %1</source>
        <translation>Dem Token fehlen Scopes, die die Synchronisierung benötigt: %1</translation>
    </message>
    <message>
        <source>In HighLevel, open Settings → Private Integrations, edit this integration and enable: %1. Then paste the new token if HighLevel issued one.</source>
        <translation>Öffnen Sie in HighLevel Einstellungen → Private Integrations, bearbeiten Sie diese Integration und aktivieren Sie: %1. Fügen Sie danach den neuen Token ein, falls HighLevel einen ausgestellt hat.</translation>
    </message>
    <message>
        <source>Some checks failed: %1</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, check HighLevel&apos;s status page.</source>
        <translation>Versuchen Sie es gleich noch einmal; falls es weiterhin auftritt, prüfen Sie die Statusseite von HighLevel.</translation>
    </message>
    <message>
        <source>Connected to HighLevel location %1.</source>
        <translation>Mit der HighLevel-Location %1 verbunden.</translation>
    </message>
    <message>
        <source>Connected to HighLevel location &quot;%1&quot; (%2).</source>
        <translation>Mit der HighLevel-Location „%1“ (%2) verbunden.</translation>
    </message>
</context>
<context>
    <name>fb::api::RateGovernor</name>
    <message>
        <source>The daily request budget of %1 is used up until %2.</source>
        <translation>Das tägliche Anfragekontingent von %1 ist bis %2 aufgebraucht.</translation>
    </message>
    <message>
        <source>Only the write reserve of the %1 daily budget is left; reads wait until %2.</source>
        <translation>Vom Tageskontingent von %1 ist nur noch die Schreibreserve übrig; Lesevorgänge warten bis %2.</translation>
    </message>
</context>
<context>
    <name>fb::api::RequestEngine</name>
    <message>
        <source>Could not connect within %1 s.</source>
        <translation>Keine Verbindung innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>%1 is not configured (no base URL).</source>
        <translation>%1 ist nicht eingerichtet (keine Basis-URL).</translation>
    </message>
    <message>
        <source>Refusing to send to %1 without HTTPS.</source>
        <translation>Senden an %1 ohne HTTPS wird verweigert.</translation>
    </message>
    <message>
        <source>The response (%1 bytes) exceeds the %2-byte limit.</source>
        <translation>Die Antwort (%1 Bytes) überschreitet die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>The response exceeds the %1-byte limit.</source>
        <translation>Die Antwort überschreitet die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <source>The server redirected a create (HTTP %1); nothing was created. Check the base URL.</source>
        <translation>Der Server hat einen Anlegevorgang umgeleitet (HTTP %1); es wurde nichts angelegt. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to an insecure address.</source>
        <translation>Eine Umleitung von HTTPS zu einer unsicheren Adresse wurde verweigert.</translation>
    </message>
    <message>
        <source>Refused a redirect to an insecure address.</source>
        <translation>Eine Umleitung zu einer unsicheren Adresse wurde verweigert.</translation>
    </message>
    <message>
        <source>Refused a redirect to another host (%1): the token is only sent to the configured server.</source>
        <translation>Eine Umleitung zu einem anderen Host (%1) wurde verweigert: Der Token wird nur an den eingerichteten Server gesendet.</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1).</source>
        <translation>Zu viele Umleitungen (mehr als %1).</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: it may have been applied.</source>
        <translation>Abgebrochen, nachdem die Anfrage gesendet wurde: Sie wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent; it may have been applied. Not re-sent: check the server before trying again.</source>
        <translation>Die Verbindung wurde geschlossen, nachdem die Anfrage gesendet wurde; sie wurde möglicherweise ausgeführt. Nicht erneut gesendet: Prüfen Sie den Server, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to HTTP.</source>
        <translation>Eine Umleitung von HTTPS zu HTTP wurde verweigert.</translation>
    </message>
    <message>
        <source>No data for %1 s: the transfer timed out.</source>
        <translation>Seit %1 s keine Daten: Zeitüberschreitung bei der Übertragung.</translation>
    </message>
    <message>
        <source>The response was cut short: %1</source>
        <translation>Die Antwort wurde abgeschnitten: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>%1 It may have been applied; not re-sent.</source>
        <translation>%1 Sie wurde möglicherweise ausgeführt; nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The server sent an HTML page instead of JSON.</source>
        <translation>Der Server hat eine HTML-Seite statt JSON gesendet.</translation>
    </message>
    <message>
        <source>The server sent an HTML page instead of JSON: %1</source>
        <translation>Der Server hat eine HTML-Seite statt JSON gesendet: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Der Server hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>HTTP %1 (an HTML error page)</source>
        <translation>HTTP %1 (eine HTML-Fehlerseite)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 after the request was sent; it may have been applied. %2</source>
        <translation>HTTP %1, nachdem die Anfrage gesendet wurde; sie wurde möglicherweise ausgeführt. %2</translation>
    </message>
    <message>
        <source>The daily request budget of %1 is used up until %2.</source>
        <translation>Das tägliche Anfragekontingent von %1 ist bis %2 aufgebraucht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fb::api::badger</name>
    <message>
        <source>Badger sent a response Fieldbridge cannot read (%1). If this keeps happening, the API may have changed; the call log has the details.</source>
        <translation>Badger hat eine Antwort gesendet, die Fieldbridge nicht lesen kann (%1). Falls das wiederholt auftritt, hat sich möglicherweise die API geändert; das Aufrufprotokoll enthält die Einzelheiten.</translation>
    </message>
    <message>
        <source> Badger said: &quot;%1&quot;</source>
        <translation> Badger meldet: „%1“</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Badger rejected the API key%1. Check the key on the Connections screen (copy it again from Badger) and that API access is enabled for your team (support@badgermapping.com).%2</source>
        <translation>Badger hat den API-Schlüssel abgelehnt%1. Prüfen Sie den Schlüssel auf der Seite „Verbindungen“ (kopieren Sie ihn erneut aus Badger) und ob der API-Zugang für Ihr Team freigeschaltet ist (support@badgermapping.com).%2</translation>
    </message>
    <message>
        <source>Badger refused this for your user%1: the API key&apos;s user may not see or change this record (a manager&apos;s key is needed for other users&apos; accounts).%2</source>
        <translation>Badger hat dies für Ihren Benutzer verweigert%1: Der Benutzer des API-Schlüssels darf diesen Datensatz möglicherweise nicht sehen oder ändern (für Accounts anderer Benutzer ist der Schlüssel eines Managers nötig).%2</translation>
    </message>
    <message>
        <source>Badger answered with a web page instead of the API%1: the base URL is probably wrong (the default is %2).</source>
        <translation>Badger hat mit einer Webseite statt mit der API geantwortet%1: Die Basis-URL ist wahrscheinlich falsch (Standard ist %2).</translation>
    </message>
    <message>
        <source>Badger does not know this record%1; it may have been deleted.%2</source>
        <translation>Badger kennt diesen Datensatz nicht%1; er wurde möglicherweise gelöscht.%2</translation>
    </message>
    <message>
        <source>Badger refused the data%1.%2</source>
        <translation>Badger hat die Daten abgelehnt%1.%2</translation>
    </message>
    <message>
        <source> No reason was given.</source>
        <translation> Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Badger&apos;s request limit is reached%1. Fieldbridge waits and continues later.%2</source>
        <translation>Das Anfragelimit von Badger ist erreicht%1. Fieldbridge wartet und macht später weiter.%2</translation>
    </message>
    <message>
        <source>Badger had a server error%1. Fieldbridge retries later.%2</source>
        <translation>Bei Badger ist ein Serverfehler aufgetreten%1. Fieldbridge versucht es später erneut.%2</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so Badger may or may not have saved it. Fieldbridge does not send it again; it looks the record up first.%1</source>
        <translation>Die Verbindung brach ab, nachdem die Anfrage gesendet wurde; Badger hat sie also möglicherweise gespeichert. Fieldbridge sendet sie nicht erneut, sondern sucht den Datensatz zuerst.%1</translation>
    </message>
    <message>
        <source>The Badger request failed (%1)%2.%3</source>
        <translation>Die Badger-Anfrage ist fehlgeschlagen (%1)%2.%3</translation>
    </message>
    <message>
        <source>Badger answered with a web page instead of JSON (HTTP %1): check the base URL (the default is %2) and any proxy in between.</source>
        <translation>Badger hat mit einer Webseite statt mit JSON geantwortet (HTTP %1): Prüfen Sie die Basis-URL (Standard ist %2) und jeden Proxy dazwischen.</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>expected a list of %1, got %2</source>
        <translation>Liste von %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1[%2] is %3, not an object</source>
        <translation>%1[%2] ist %3, kein Objekt</translation>
    </message>
    <message>
        <source>expected %1 object, got %2</source>
        <translation>%1-Objekt erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected objects, got %1</source>
        <translation>Objekte erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>expected an object with a status, got %1</source>
        <translation>Objekt mit Status erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>the login answer has no status</source>
        <translation>die Anmeldeantwort hat keinen Status</translation>
    </message>
    <message>
        <source>login_successful without a token</source>
        <translation>login_successful ohne Token</translation>
    </message>
    <message>
        <source>Badger needs both a user name and a password. Enter both and try again.</source>
        <translation>Badger benötigt Benutzername und Passwort. Geben Sie beides ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This Badger account is disabled. Ask your Badger administrator to enable it.</source>
        <translation>Dieses Badger-Konto ist deaktiviert. Bitten Sie Ihre Badger-Administration, es zu aktivieren.</translation>
    </message>
    <message>
        <source>Badger does not know this user name and password. Check both (the password is case-sensitive) and try again.</source>
        <translation>Badger kennt diesen Benutzernamen und dieses Passwort nicht. Prüfen Sie beides (beim Passwort wird Groß- und Kleinschreibung unterschieden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Badger says the login was not sent as a POST request; a proxy may have changed it.</source>
        <translation>Laut Badger wurde die Anmeldung nicht als POST-Anfrage gesendet; möglicherweise hat ein Proxy sie verändert.</translation>
    </message>
    <message>
        <source>The Badger trial of this account has expired. A paid plan is needed for API access.</source>
        <translation>Die Badger-Testphase dieses Kontos ist abgelaufen. Für den API-Zugang ist ein kostenpflichtiger Tarif nötig.</translation>
    </message>
    <message>
        <source>Badger has suspended this account for an unpaid bill. Settle it with Badger, then try again.</source>
        <translation>Badger hat dieses Konto wegen einer unbezahlten Rechnung gesperrt. Begleichen Sie sie bei Badger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Badger refused the login with a status Fieldbridge does not know: &quot;%1&quot;.</source>
        <translation>Badger hat die Anmeldung mit einem Status verweigert, den Fieldbridge nicht kennt: „%1“.</translation>
    </message>
    <message>
        <source>created.customer: expected an object, got %1</source>
        <translation>created.customer: Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>ist null</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>Ganzzahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an integer, got a string that is not one</source>
        <translation>Ganzzahl erwartet, Zeichenkette ohne Ganzzahl erhalten</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>fb::api::badger::BadgerClient</name>
    <message>
        <source>user search not probed: the profile has no email or id</source>
        <translation>Benutzersuche nicht getestet: Das Profil hat keine E-Mail-Adresse und keine ID</translation>
    </message>
    <message>
        <source>user search did not find the key&apos;s own user; assumed one-object form</source>
        <translation>Benutzersuche hat den eigenen Benutzer des Schlüssels nicht gefunden; Ein-Objekt-Form angenommen</translation>
    </message>
    <message>
        <source>user search failed: %1</source>
        <translation>Benutzersuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>account fields not probed: the user has no accounts</source>
        <translation>Account-Felder nicht getestet: Der Benutzer hat keine Accounts</translation>
    </message>
    <message>
        <source>account list failed: %1</source>
        <translation>Account-Liste fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>account detail failed: %1</source>
        <translation>Account-Details fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>listing all check-ins could not be probed: %1</source>
        <translation>Abruf aller Check-ins konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <source>probe stopped: the profile could not be read: %1</source>
        <translation>Test abgebrochen: Das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The update has no fields to change; nothing was sent to Badger.</source>
        <translation>Die Aktualisierung enthält keine zu ändernden Felder; an Badger wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This Badger account cannot list all check-ins at once (or it was not probed yet); check-ins are read per account instead.</source>
        <translation>Dieses Badger-Konto kann nicht alle Check-ins auf einmal abrufen (oder es wurde noch nicht getestet); Check-ins werden stattdessen pro Account gelesen.</translation>
    </message>
</context>
<context>
    <name>fb::api::badger::BadgerConnectionTest</name>
    <message>
        <source>Badger allows about %1 requests a day per team and sends no rate-limit headers; Fieldbridge counts its own requests (%2 today) and keeps a reserve for writes.</source>
        <translation>Badger erlaubt etwa %1 Anfragen pro Tag und Team und sendet keine Rate-Limit-Header; Fieldbridge zählt seine eigenen Anfragen (heute %2) und hält eine Reserve für Schreibvorgänge zurück.</translation>
    </message>
    <message>
        <source>Badger rejected the API key.</source>
        <translation>Badger hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The connection to Badger does not work.</source>
        <translation>Die Verbindung zu Badger funktioniert nicht.</translation>
    </message>
    <message>
        <source>This Badger user may not edit accounts (is_user_can_edit is off), so changes from HighLevel cannot be written to Badger. Ask your Badger administrator for edit rights or sync one way only.</source>
        <translation>Dieser Badger-Benutzer darf keine Accounts bearbeiten (is_user_can_edit ist aus), daher können Änderungen aus HighLevel nicht nach Badger geschrieben werden. Bitten Sie Ihre Badger-Administration um Bearbeitungsrechte oder synchronisieren Sie nur in eine Richtung.</translation>
    </message>
    <message>
        <source>The profile could be read but the account list could not: %1</source>
        <translation>Das Profil konnte gelesen werden, die Account-Liste aber nicht: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Connected to Badger as %1%2: %3 accounts.</source>
        <translation>Mit Badger verbunden als %1%2: %3 Accounts.</translation>
    </message>
    <message>
        <source> (manager)</source>
        <translation> (Manager)</translation>
    </message>
    <message>
        <source>Connected to Badger as %1, but the accounts cannot be read.</source>
        <translation>Mit Badger verbunden als %1, aber die Accounts können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Fieldbridge could not reach Badger at %1 (%2). Check the internet connection and any proxy, and that the base URL is right (the default is %3).</source>
        <translation>Fieldbridge hat Badger unter %1 nicht erreicht (%2). Prüfen Sie die Internetverbindung, jeden Proxy und ob die Basis-URL stimmt (Standard ist %3).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Fieldbridge never ignores certificate errors: check the system time and any proxy that intercepts HTTPS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Fieldbridge ignoriert Zertifikatsfehler niemals: Prüfen Sie die Systemzeit und jeden Proxy, der HTTPS abfängt.</translation>
    </message>
    <message>
        <source>%1 did not answer like the Badger API (HTTP %2 for the profile). Check the base URL (the default is %3).</source>
        <translation>%1 hat nicht wie die Badger-API geantwortet (HTTP %2 für das Profil). Prüfen Sie die Basis-URL (Standard ist %3).</translation>
    </message>
    <message>
        <source>%1 is not an HTTPS address (%2). Use https://, as in the default %3.</source>
        <translation>%1 ist keine HTTPS-Adresse (%2). Verwenden Sie https:// wie beim Standard %3.</translation>
    </message>
    <message>
        <source>The request to Badger failed (%1).</source>
        <translation>Die Anfrage an Badger ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>fb::app::Headless</name>
    <message>
        <source>%1: %2 HighLevel and %3 Badger calls; linked %4, created %5 in HighLevel and %6 in Badger, updated %7 in HighLevel and %8 in Badger; conflicts: %9, failed: %10.</source>
        <translation>%1: %2 HighLevel- und %3 Badger-Aufrufe; verknüpft %4, angelegt %5 in HighLevel und %6 in Badger, aktualisiert %7 in HighLevel und %8 in Badger; Konflikte: %9, fehlgeschlagen: %10.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Could not start the sandbox: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>HighLevel token: %1</source>
        <translation>HighLevel-Token: %1</translation>
    </message>
    <message>
        <source>Badger API key: %1</source>
        <translation>Badger-API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>No HighLevel location id: pass --location-id, set FIELDBRIDGE_GHL_LOCATION_ID, or connect HighLevel in the app.</source>
        <translation>Keine HighLevel-Location-ID: Geben Sie --location-id an, setzen Sie FIELDBRIDGE_GHL_LOCATION_ID oder verbinden Sie HighLevel in der App.</translation>
    </message>
    <message>
        <source>Run one sync and exit (the default).</source>
        <translation>Einmal synchronisieren und beenden (Standard).</translation>
    </message>
    <message>
        <source>Keep syncing every &lt;seconds&gt; (default: the configured interval).</source>
        <translation>Alle &lt;Sekunden&gt; synchronisieren (Standard: das eingestellte Intervall).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Show the planned changes without writing anything.</source>
        <translation>Die geplanten Änderungen anzeigen, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>Read every record on both sides this run.</source>
        <translation>In diesem Lauf jeden Datensatz auf beiden Seiten lesen.</translation>
    </message>
    <message>
        <source>Print the run summary as JSON.</source>
        <translation>Die Zusammenfassung des Laufs als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read the tokens from &lt;file&gt; (see README).</source>
        <translation>Die Tokens aus &lt;Datei&gt; lesen (siehe README).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--watch and --dry-run cannot be combined.</source>
        <translation>--watch und --dry-run können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>Linked: %1, pending: %2, failed: %3, ambiguous: %4, conflicts: %5</source>
        <translation>Verknüpft: %1, ausstehend: %2, fehlgeschlagen: %3, mehrdeutig: %4, Konflikte: %5</translation>
    </message>
    <message>
        <source>Last run: %1 (%2)</source>
        <translation>Letzter Lauf: %1 (%2)</translation>
    </message>
    <message>
        <source>No headless command given.</source>
        <translation>Kein Befehl für den Betrieb ohne Fenster angegeben.</translation>
    </message>
    <message>
        <source>Unknown headless command: &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl: „%1“.</translation>
    </message>
    <message>
        <source>Commands: sync [--once|--watch [SECONDS]] [--dry-run] [--full] [--json], status [--json], check [--json].</source>
        <translation>Befehle: sync [--once|--watch [SEKUNDEN]] [--dry-run] [--full] [--json], status [--json], check [--json].</translation>
    </message>
    <message>
        <source>Last run: never</source>
        <translation>Letzter Lauf: nie</translation>
    </message>
</context>
<context>
    <name>fb::secrets::CredentialResolver</name>
    <message>
        <source>No token found: set %1 or name a token file with --token-file.</source>
        <translation>Kein Token gefunden: Setzen Sie %1 oder geben Sie mit --token-file eine Token-Datei an.</translation>
    </message>
</context>
<context>
    <name>fb::secrets::CredentialStore</name>
    <message>
        <source>No keychain service is running (Secret Service/KWallet). Install and start gnome-keyring (or KWallet), or for a headless server use FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN or a token file (see docs/credentials.md).</source>
        <translation>Es läuft kein Schlüsselbunddienst (Secret Service/KWallet). Installieren und starten Sie gnome-keyring (oder KWallet) oder verwenden Sie auf einem Server ohne Bildschirm FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN oder eine Token-Datei (siehe docs/credentials.md).</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (zum Beispiel, indem Sie sich an Ihrer Arbeitsumgebung anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No token is stored for this connection yet. Enter it on the Connections screen, or for a headless run set FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN.</source>
        <translation>Für diese Verbindung ist noch kein Token gespeichert. Geben Sie ihn auf der Seite „Verbindungen“ ein oder setzen Sie für einen Lauf ohne Fenster FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain service is running but has no default keyring. Log in to your desktop session once (it creates the login keyring) or create one with a keyring manager such as Seahorse, then try again.</source>
        <translation>Der Schlüsselbunddienst läuft, hat aber keinen Standardschlüsselbund. Melden Sie sich einmal an Ihrer Arbeitsumgebung an (dabei wird der Anmeldeschlüsselbund angelegt) oder legen Sie einen mit einer Schlüsselbundverwaltung wie Seahorse an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>reading the token</source>
        <translation>beim Lesen des Tokens</translation>
    </message>
    <message>
        <source>saving or deleting the token</source>
        <translation>beim Speichern oder Löschen des Tokens</translation>
    </message>
    <message>
        <source>The keychain reported an error while %1: %2. Try again; if it persists, check that your keyring service works (for example with &quot;secret-tool search --all service %3&quot;).</source>
        <translation>Der Schlüsselbund hat %1 einen Fehler gemeldet: %2. Versuchen Sie es erneut; falls es weiterhin auftritt, prüfen Sie, ob Ihr Schlüsselbunddienst funktioniert (zum Beispiel mit „secret-tool search --all service %3“).</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>fb::secrets::HeadlessCredentials</name>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>line %1 is not of the form key=value</source>
        <translation>Zeile %1 hat nicht die Form Schlüssel=Wert</translation>
    </message>
    <message>
        <source>The token file %1 does not exist. Check the path given with --token-file.</source>
        <translation>Die Token-Datei %1 existiert nicht. Prüfen Sie den mit --token-file angegebenen Pfad.</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users (permissions %2). Fieldbridge refuses to use it: run &quot;chmod 600 %1&quot; and try again.</source>
        <translation>Die Token-Datei %1 kann von anderen Benutzern gelesen oder geändert werden (Berechtigungen %2). Fieldbridge verwendet sie nicht: Führen Sie „chmod 600 %1“ aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is larger than 64 KiB; it is probably not a token file.</source>
        <translation>Die Token-Datei %1 ist größer als 64 KiB; vermutlich ist sie keine Token-Datei.</translation>
    </message>
    <message>
        <source>The token file %1 holds no Fieldbridge keys (%2). Write lines such as FIELDBRIDGE_BADGER_TOKEN=... or an INI section [badger] with token=...</source>
        <translation>Die Token-Datei %1 enthält keine Fieldbridge-Schlüssel (%2). Schreiben Sie Zeilen wie FIELDBRIDGE_BADGER_TOKEN=... oder einen INI-Abschnitt [badger] mit token=...</translation>
    </message>
    <message>
        <source>no key=value lines</source>
        <translation>keine Zeilen der Form Schlüssel=Wert</translation>
    </message>
    <message>
        <source>The token file %1 has no %2 entry for %3.</source>
        <translation>Die Token-Datei %1 enthält keinen %2 Eintrag für %3.</translation>
    </message>
    <message>
        <source>such</source>
        <translation>solchen</translation>
    </message>
</context>
<context>
    <name>fb::store::Database</name>
    <message>
        <source>The disk holding Fieldbridge&apos;s data is full. Nothing was lost: the last change was not saved and will be retried. Free some space and sync again.</source>
        <translation>Der Datenträger mit den Daten von Fieldbridge ist voll. Es ging nichts verloren: Die letzte Änderung wurde nicht gespeichert und wird erneut versucht. Geben Sie Speicherplatz frei und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is read-only. Check the permissions of the data folder.</source>
        <translation>Die Datendatei von Fieldbridge ist schreibgeschützt. Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is in use by another process. Close other Fieldbridge windows or headless runs that use the same data folder and try again.</source>
        <translation>Die Datendatei von Fieldbridge wird von einem anderen Prozess verwendet. Schließen Sie andere Fieldbridge-Fenster oder Läufe ohne Fenster, die denselben Datenordner verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is damaged.</source>
        <translation>Die Datendatei von Fieldbridge ist beschädigt.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file %1 is damaged (%2) and could not be moved aside. Move it away yourself, then start Fieldbridge again; the sync will re-link your records.</source>
        <translation>Die Datendatei %1 von Fieldbridge ist beschädigt (%2) und konnte nicht beiseitegelegt werden. Verschieben Sie sie selbst und starten Sie Fieldbridge dann erneut; die Synchronisierung verknüpft Ihre Datensätze neu.</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file was damaged (%1). It has been kept as %2 and not changed. Start again to create a fresh ledger: the next sync re-links records by email, phone and name, and reports anything ambiguous instead of guessing.</source>
        <translation>Die Datendatei von Fieldbridge war beschädigt (%1). Sie wurde unverändert als %2 aufbewahrt. Starten Sie erneut, um ein neues Verzeichnis anzulegen: Die nächste Synchronisierung verknüpft die Datensätze anhand von E-Mail, Telefon und Name neu und meldet Mehrdeutiges, statt zu raten.</translation>
    </message>
    <message>
        <source>Could not open Fieldbridge&apos;s data file %1: %2</source>
        <translation>Die Datendatei %1 von Fieldbridge konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not prepare Fieldbridge&apos;s data file: %1</source>
        <translation>Die Datendatei von Fieldbridge konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>it is an SQLite file, but not a Fieldbridge ledger</source>
        <translation>es ist eine SQLite-Datei, aber kein Fieldbridge-Verzeichnis</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Fieldbridge (ledger schema %1; this version understands up to %2). It has not been changed. Update Fieldbridge, or start this version with another data folder (--data-dir).</source>
        <translation>Diese Daten wurden von einer neueren Version von Fieldbridge geschrieben (Verzeichnisschema %1; diese Version versteht bis %2). Sie wurden nicht verändert. Aktualisieren Sie Fieldbridge oder starten Sie diese Version mit einem anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>Migration auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not update Fieldbridge&apos;s data file to this version (%1). Nothing was changed.</source>
        <translation>Die Datendatei von Fieldbridge konnte nicht auf diese Version aktualisiert werden (%1). Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>fb::sync</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Budget exhausted</source>
        <translation>Kontingent erschöpft</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>run status</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>some records failed</source>
        <comment>run status</comment>
        <translation>einige Datensätze fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>run status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>budget used up</source>
        <comment>run status</comment>
        <translation>Kontingent aufgebraucht</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>run status</comment>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>fb::sync::ExtrasSync</name>
    <message>
        <source>Rules: %1</source>
        <translation>Regeln: %1</translation>
    </message>
    <message>
        <source>Badger&apos;s daily budget is used up; check-ins are read next time.</source>
        <translation>Das Tageskontingent von Badger ist aufgebraucht; Check-ins werden beim nächsten Mal gelesen.</translation>
    </message>
    <message>
        <source>Check-ins of %1: %2</source>
        <translation>Check-ins von %1: %2</translation>
    </message>
    <message>
        <source>HighLevel tasks: %1</source>
        <translation>HighLevel-Aufgaben: %1</translation>
    </message>
    <message>
        <source>Could not record the planned notes: %1</source>
        <translation>Die geplanten Notizen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: completing the task &quot;%2&quot;: %3</source>
        <translation>%1: Erledigen der Aufgabe „%2“: %3</translation>
    </message>
    <message>
        <source>Tags on contact %1: %2</source>
        <translation>Tags am Kontakt %1: %2</translation>
    </message>
    <message>
        <source>%1: the tag field: %2</source>
        <translation>%1: das Tag-Feld: %2</translation>
    </message>
    <message>
        <source>%1: routing to user %2: %3</source>
        <translation>%1: Zuweisung an Benutzer %2: %3</translation>
    </message>
    <message>
        <source>%1: logging the completed task as a check-in: %2</source>
        <translation>%1: Erfassen der erledigten Aufgabe als Check-in: %2</translation>
    </message>
    <message>
        <source>The HighLevel note was edited; Badger check-ins cannot be edited through its API, so the edit cannot be represented in Badger.</source>
        <translation>Die HighLevel-Notiz wurde bearbeitet; Badger-Check-ins können über die API nicht bearbeitet werden, daher lässt sich die Änderung in Badger nicht abbilden.</translation>
    </message>
    <message>
        <source>The HighLevel note was deleted; Badger check-ins cannot be deleted through its API, so the delete cannot be represented in Badger.</source>
        <translation>Die HighLevel-Notiz wurde gelöscht; Badger-Check-ins können über die API nicht gelöscht werden, daher lässt sich das Löschen in Badger nicht abbilden.</translation>
    </message>
    <message>
        <source>owner -&gt; Badger user %1 / HighLevel user %2</source>
        <translation>Besitzer -&gt; Badger-Benutzer %1 / HighLevel-Benutzer %2</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig %2)</translation>
    </message>
    <message>
        <source>open tasks of rule %1</source>
        <translation>offene Aufgaben der Regel %1</translation>
    </message>
    <message>
        <source>%1 (already there)</source>
        <translation>%1 (bereits vorhanden)</translation>
    </message>
    <message>
        <source>%1 (not there)</source>
        <translation>%1 (nicht vorhanden)</translation>
    </message>
    <message numerus="yes">
        <source>Tags %1 on %n contact(s): %2</source>
        <translation>
            <numerusform>Tags %1 an %n Kontakt: %2</numerusform>
            <numerusform>Tags %1 an %n Kontakten: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>check-in #%1 (%2)</source>
        <translation>Check-in #%1 (%2)</translation>
    </message>
    <message>
        <source>check-in #%1 (%2, %3)</source>
        <translation>Check-in #%1 (%2, %3)</translation>
    </message>
    <message>
        <source>task %1 (%2, completed)</source>
        <translation>Aufgabe %1 (%2, erledigt)</translation>
    </message>
</context>
<context>
    <name>fb::sync::FieldCatalog</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (first + last)</source>
        <translation>Vollständiger Name (Vor- + Nachname)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Zugewiesener Benutzer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account-Name</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postleitzahl (ZIP)</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Account-Besitzer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>External customer id</source>
        <translation>Externe Kunden-ID</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>text</source>
        <comment>field type</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>email</source>
        <comment>field type</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>field type</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>number</source>
        <comment>field type</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <comment>field type</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>user</source>
        <comment>field type</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>tags</source>
        <comment>field type</comment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>name</source>
        <comment>field type</comment>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>fb::sync::Mapping</name>
    <message>
        <source>This is not a Fieldbridge mapping file.</source>
        <translation>Dies ist keine Feldzuordnungsdatei von Fieldbridge.</translation>
    </message>
    <message>
        <source>The mapping file has no valid version number.</source>
        <translation>Die Feldzuordnungsdatei hat keine gültige Versionsnummer.</translation>
    </message>
    <message>
        <source>The mapping file was written by a newer Fieldbridge (format %1; this version reads up to %2).</source>
        <translation>Die Feldzuordnungsdatei wurde von einer neueren Version von Fieldbridge geschrieben (Format %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The mapping file has no list of fields.</source>
        <translation>Die Feldzuordnungsdatei enthält keine Liste von Feldern.</translation>
    </message>
    <message>
        <source>Field row %1 needs both a HighLevel and a Badger field.</source>
        <translation>Feldzeile %1 benötigt sowohl ein HighLevel- als auch ein Badger-Feld.</translation>
    </message>
    <message>
        <source>Field row %1 has an unknown direction &quot;%2&quot;.</source>
        <translation>Feldzeile %1 hat eine unbekannte Richtung „%2“.</translation>
    </message>
    <message>
        <source>Field row %1 has an unknown conflict policy &quot;%2&quot;.</source>
        <translation>Feldzeile %1 hat eine unbekannte Konfliktregel „%2“.</translation>
    </message>
    <message>
        <source>Two rows have the id &quot;%1&quot;.</source>
        <translation>Zwei Zeilen haben die ID „%1“.</translation>
    </message>
    <message>
        <source>HighLevel has no field &quot;%1&quot; (was a custom field deleted?).</source>
        <translation>HighLevel hat kein Feld „%1“ (wurde ein benutzerdefiniertes Feld gelöscht?).</translation>
    </message>
    <message>
        <source>Badger has no field &quot;%1&quot; (was a custom field deleted?).</source>
        <translation>Badger hat kein Feld „%1“ (wurde ein benutzerdefiniertes Feld gelöscht?).</translation>
    </message>
    <message>
        <source>A template can only fill a field one way: choose a direction.</source>
        <translation>Eine Vorlage kann ein Feld nur in eine Richtung füllen: Wählen Sie eine Richtung.</translation>
    </message>
    <message>
        <source>Type mismatch: HighLevel &quot;%1&quot; is %2, Badger &quot;%3&quot; is %4.</source>
        <translation>Typen passen nicht zusammen: HighLevel „%1“ ist %2, Badger „%3“ ist %4.</translation>
    </message>
    <message>
        <source>Type mismatch: Badger &quot;%1&quot; is %2, HighLevel &quot;%3&quot; is %4.</source>
        <translation>Typen passen nicht zusammen: Badger „%1“ ist %2, HighLevel „%3“ ist %4.</translation>
    </message>
    <message>
        <source>HighLevel does not let &quot;%1&quot; be written.</source>
        <translation>HighLevel erlaubt nicht, „%1“ zu schreiben.</translation>
    </message>
    <message>
        <source>Badger does not let &quot;%1&quot; be written.</source>
        <translation>Badger erlaubt nicht, „%1“ zu schreiben.</translation>
    </message>
    <message>
        <source>HighLevel&apos;s update API does not list Company name; updates to it may be ignored.</source>
        <translation>Die Aktualisierungs-API von HighLevel führt den Firmennamen nicht auf; Änderungen daran werden möglicherweise ignoriert.</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; is written by two rows (%3 and %4).</source>
        <translation>Das %1-Feld „%2“ wird von zwei Zeilen geschrieben (%3 und %4).</translation>
    </message>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Badger</source>
        <translation>Badger</translation>
    </message>
    <message>
        <source>Badger needs &quot;%1&quot; to create an account: map a HighLevel field to it, or turn off creating Badger accounts.</source>
        <translation>Badger benötigt „%1“, um einen Account anzulegen: Ordnen Sie ihm ein HighLevel-Feld zu oder schalten Sie das Anlegen von Badger-Accounts aus.</translation>
    </message>
</context>
<context>
    <name>fb::sync::Matcher</name>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>Name und Adresse</translation>
    </message>
    <message>
        <source>%1 and %2 share the same %3; link them by hand.</source>
        <translation>%1 und %2 haben dieselbe %3; verknüpfen Sie sie von Hand.</translation>
    </message>
    <message numerus="yes">
        <source>%n HighLevel contact(s)</source>
        <translation>
            <numerusform>%n HighLevel-Kontakt</numerusform>
            <numerusform>%n HighLevel-Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Badger account(s)</source>
        <translation>
            <numerusform>%n Badger-Account</numerusform>
            <numerusform>%n Badger-Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::sync::Merge</name>
    <message>
        <source>Both sides changed and Fieldbridge cannot tell which change is newer.</source>
        <translation>Beide Seiten wurden geändert und Fieldbridge kann nicht feststellen, welche Änderung neuer ist.</translation>
    </message>
    <message>
        <source>Both sides changed; this field asks you to choose.</source>
        <translation>Beide Seiten wurden geändert; bei diesem Feld entscheiden Sie selbst.</translation>
    </message>
</context>
<context>
    <name>fb::sync::RuleSet</name>
    <message>
        <source>rules: %1 must be an object</source>
        <translation>Regeln: %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>rules: notesToCheckIns.since is not an ISO 8601 time</source>
        <translation>Regeln: notesToCheckIns.since ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>Two rules share the id &quot;%1&quot;; give each rule its own id.</source>
        <translation>Zwei Regeln haben die ID „%1“; geben Sie jeder Regel eine eigene ID.</translation>
    </message>
    <message>
        <source>The %1 template uses unknown placeholders: %2. Known: %3.</source>
        <translation>Die Vorlage für %1 verwendet unbekannte Platzhalter: %2. Bekannt sind: %3.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The note template is empty.</source>
        <translation>Die Notizvorlage ist leer.</translation>
    </message>
    <message>
        <source>task check-in</source>
        <translation>Aufgaben-Check-in</translation>
    </message>
    <message>
        <source>Completed tasks log a check-in, but its type is empty.</source>
        <translation>Erledigte Aufgaben erzeugen einen Check-in, aber dessen Typ ist leer.</translation>
    </message>
    <message>
        <source>Notes become check-ins, but the check-in type is empty.</source>
        <translation>Notizen werden zu Check-ins, aber der Check-in-Typ ist leer.</translation>
    </message>
    <message>
        <source>Tags sync to a Badger custom text field (custom_text, custom_text2, ...); &quot;%1&quot; is not one.</source>
        <translation>Tags werden in ein benutzerdefiniertes Textfeld von Badger synchronisiert (custom_text, custom_text2, …); „%1“ ist keines.</translation>
    </message>
    <message>
        <source>The tag field %1 is also in the field mapping: two rules would write it. Remove one.</source>
        <translation>Das Tag-Feld %1 steht auch in der Feldzuordnung: Zwei Regeln würden es schreiben. Entfernen Sie eine davon.</translation>
    </message>
    <message>
        <source>A bulk threshold below 2 sends a bulk call for a single contact.</source>
        <translation>Ein Sammelschwellwert unter 2 sendet einen Sammelaufruf für einen einzelnen Kontakt.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no trigger: name check-in types or completed tasks.</source>
        <translation>Regel „%1“ hat keinen Auslöser: Nennen Sie Check-in-Typen oder erledigte Aufgaben.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; neither adds nor removes a tag.</source>
        <translation>Regel „%1“ fügt weder ein Tag hinzu noch entfernt sie eines.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names an empty tag.</source>
        <translation>Regel „%1“ nennt ein leeres Tag.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; both adds and removes %2.</source>
        <translation>Regel „%1“ fügt %2 hinzu und entfernt es zugleich.</translation>
    </message>
    <message>
        <source>Rules &quot;%1&quot; and &quot;%2&quot; fight over the tag &quot;%3&quot;: on %4 one adds it and the other removes it.</source>
        <translation>Die Regeln „%1“ und „%2“ widersprechen sich beim Tag „%3“: Bei %4 fügt die eine es hinzu und die andere entfernt es.</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; names no check-in type that opens a task.</source>
        <translation>Folgeregel „%1“ nennt keinen Check-in-Typ, der eine Aufgabe öffnet.</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot;: the check-in type(s) %2 would both open and complete the task.</source>
        <translation>Folgeregel „%1“: Die Check-in-Typen %2 würden die Aufgabe sowohl öffnen als auch erledigen.</translation>
    </message>
    <message>
        <source>Follow-up rules &quot;%1&quot; and &quot;%2&quot; both open a task for a &quot;%3&quot; check-in.</source>
        <translation>Die Folgeregeln „%1“ und „%2“ öffnen beide eine Aufgabe für einen „%3“-Check-in.</translation>
    </message>
    <message>
        <source>task title</source>
        <translation>Aufgabentitel</translation>
    </message>
    <message>
        <source>task body</source>
        <translation>Aufgabentext</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; has an empty task title.</source>
        <translation>Folgeregel „%1“ hat einen leeren Aufgabentitel.</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot;: the due date offset must be 0-3650 days.</source>
        <translation>Folgeregel „%1“: Der Abstand zum Fälligkeitsdatum muss 0–3650 Tage betragen.</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; assigns to Badger user %2, who is not in the user map.</source>
        <translation>Folgeregel „%1“ weist die Aufgabe dem Badger-Benutzer %2 zu, der nicht in der Benutzerzuordnung steht.</translation>
    </message>
    <message>
        <source>Cycle: a completed task logs a &quot;%1&quot; check-in, which completes tasks of rule &quot;%2&quot; again.</source>
        <translation>Kreislauf: Eine erledigte Aufgabe erzeugt einen „%1“-Check-in, der wiederum Aufgaben der Regel „%2“ erledigt.</translation>
    </message>
    <message>
        <source>Cycle: a completed task logs a &quot;%1&quot; check-in, which opens a new task (rule &quot;%2&quot;), whose completion logs another check-in.</source>
        <translation>Kreislauf: Eine erledigte Aufgabe erzeugt einen „%1“-Check-in, der eine neue Aufgabe öffnet (Regel „%2“), deren Erledigung wieder einen Check-in erzeugt.</translation>
    </message>
    <message>
        <source>Every HighLevel note becomes a &quot;%1&quot; check-in, which opens a task (rule &quot;%2&quot;).</source>
        <translation>Jede HighLevel-Notiz wird zu einem „%1“-Check-in, der eine Aufgabe öffnet (Regel „%2“).</translation>
    </message>
    <message>
        <source>The user map has an incomplete entry (%1): both a Badger and a HighLevel user are needed.</source>
        <translation>Die Benutzerzuordnung hat einen unvollständigen Eintrag (%1): Es werden ein Badger- und ein HighLevel-Benutzer benötigt.</translation>
    </message>
    <message>
        <source>The user map pairs Badger user %1 with two HighLevel users.</source>
        <translation>Die Benutzerzuordnung ordnet den Badger-Benutzer %1 zwei HighLevel-Benutzern zu.</translation>
    </message>
    <message>
        <source>The user map pairs HighLevel user %1 with two Badger users.</source>
        <translation>Die Benutzerzuordnung ordnet den HighLevel-Benutzer %1 zwei Badger-Benutzern zu.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; has no tag.</source>
        <translation>Zuweisungsregel „%1“ hat kein Tag.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets neither the HighLevel nor the Badger owner.</source>
        <translation>Zuweisungsregel „%1“ setzt weder den HighLevel- noch den Badger-Besitzer.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; routes to Badger user %2, who is not in the user map.</source>
        <translation>Zuweisungsregel „%1“ weist dem Badger-Benutzer %2 zu, der nicht in der Benutzerzuordnung steht.</translation>
    </message>
    <message>
        <source>Routing rules &quot;%1&quot; and &quot;%2&quot; fight over the owner of contacts tagged &quot;%3&quot; (users %4 and %5).</source>
        <translation>Die Zuweisungsregeln „%1“ und „%2“ widersprechen sich beim Besitzer von Kontakten mit dem Tag „%3“ (Benutzer %4 und %5).</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets assignedTo, which the field mapping also writes. Let one of them own the field.</source>
        <translation>Zuweisungsregel „%1“ setzt assignedTo, das auch die Feldzuordnung schreibt. Lassen Sie nur eine von beiden das Feld verwalten.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets account_owner, which the field mapping also writes. Let one of them own the field.</source>
        <translation>Zuweisungsregel „%1“ setzt account_owner, das auch die Feldzuordnung schreibt. Lassen Sie nur eine von beiden das Feld verwalten.</translation>
    </message>
    <message>
        <source>A contact carrying several routing tags (%1) is routed by the first rule in the list.</source>
        <translation>Ein Kontakt mit mehreren Zuweisungs-Tags (%1) wird nach der ersten Regel der Liste zugewiesen.</translation>
    </message>
    <message>
        <source>rules: %1%2 must be %3</source>
        <translation>Regeln: %1%2 muss %3 sein</translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncConfig</name>
    <message>
        <source>Could not read the mapping file %1: %2</source>
        <translation>Die Feldzuordnungsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mapping file %1 is not valid JSON: %2</source>
        <translation>Die Feldzuordnungsdatei %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Could not save the mapping file %1: %2</source>
        <translation>Die Feldzuordnungsdatei %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncEngine</name>
    <message>
        <source>Could not read HighLevel&apos;s custom fields: %1</source>
        <translation>Die benutzerdefinierten Felder von HighLevel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the Badger profile: %1</source>
        <translation>Das Badger-Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The field mapping has an error: %1</source>
        <translation>Die Feldzuordnung enthält einen Fehler: %1</translation>
    </message>
    <message>
        <source>The sync was stopped; it continues where it left off next time.</source>
        <translation>Die Synchronisierung wurde angehalten; sie setzt beim nächsten Mal dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Reading HighLevel changes</source>
        <translation>HighLevel-Änderungen werden gelesen</translation>
    </message>
    <message>
        <source>Could not read HighLevel contacts: %1</source>
        <translation>HighLevel-Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>HighLevel: more than 10,000 contacts changed and the server gave no paging cursor; the rest is read next run.</source>
        <translation>HighLevel: Mehr als 10.000 Kontakte wurden geändert und der Server lieferte keinen Blätter-Cursor; der Rest wird beim nächsten Lauf gelesen.</translation>
    </message>
    <message>
        <source>HighLevel&apos;s daily budget is used up.</source>
        <translation>Das Tageskontingent von HighLevel ist aufgebraucht.</translation>
    </message>
    <message>
        <source>HighLevel contact %1: %2</source>
        <translation>HighLevel-Kontakt %1: %2</translation>
    </message>
    <message>
        <source>Reading Badger accounts</source>
        <translation>Badger-Accounts werden gelesen</translation>
    </message>
    <message>
        <source>Could not list Badger accounts: %1</source>
        <translation>Badger-Accounts konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Badger&apos;s daily budget is used up (%1).</source>
        <translation>Das Tageskontingent von Badger ist aufgebraucht (%1).</translation>
    </message>
    <message>
        <source>Badger account %1: %2</source>
        <translation>Badger-Account %1: %2</translation>
    </message>
    <message>
        <source>deleted in Badger</source>
        <translation>in Badger gelöscht</translation>
    </message>
    <message>
        <source>deleted in HighLevel</source>
        <translation>in HighLevel gelöscht</translation>
    </message>
    <message>
        <source>Comparing linked records</source>
        <translation>Verknüpfte Datensätze werden verglichen</translation>
    </message>
    <message>
        <source>%1: the Badger account has no location to update.</source>
        <translation>%1: Der Badger-Account hat keinen Standort, der aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>Matching new records</source>
        <translation>Neue Datensätze werden zugeordnet</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>zugeordnet über %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n Badger account(s) to be read before creating new ones</source>
        <translation>
            <numerusform>wartet darauf, dass %n Badger-Account gelesen wird, bevor neue angelegt werden</numerusform>
            <numerusform>wartet darauf, dass %n Badger-Accounts gelesen werden, bevor neue angelegt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>not linked (creating Badger accounts is off)</source>
        <translation>nicht verknüpft (Anlegen von Badger-Accounts ist ausgeschaltet)</translation>
    </message>
    <message>
        <source>Badger needs an address to create an account and this contact has none. Add an address in HighLevel or set a default address in the mapping.</source>
        <translation>Badger benötigt eine Adresse, um einen Account anzulegen, und dieser Kontakt hat keine. Fügen Sie in HighLevel eine Adresse hinzu oder legen Sie in der Feldzuordnung eine Standardadresse fest.</translation>
    </message>
    <message>
        <source>not linked (creating HighLevel contacts is off)</source>
        <translation>nicht verknüpft (Anlegen von HighLevel-Kontakten ist ausgeschaltet)</translation>
    </message>
    <message>
        <source>Checking interrupted writes</source>
        <translation>Unterbrochene Schreibvorgänge werden geprüft</translation>
    </message>
    <message>
        <source>not created (checked after an interruption)</source>
        <translation>nicht angelegt (nach einer Unterbrechung geprüft)</translation>
    </message>
    <message>
        <source>%1: an interrupted create may have left %2 Badger accounts with the same details (%3).</source>
        <translation>%1: Ein unterbrochener Anlegevorgang hat möglicherweise %2 Badger-Accounts mit denselben Angaben hinterlassen (%3).</translation>
    </message>
    <message>
        <source>Could not record the planned writes: %1</source>
        <translation>Die geplanten Schreibvorgänge konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Writing changes</source>
        <translation>Änderungen werden geschrieben</translation>
    </message>
    <message>
        <source>The daily budget is used up; the remaining writes wait for it.</source>
        <translation>Das Tageskontingent ist aufgebraucht; die übrigen Schreibvorgänge warten darauf.</translation>
    </message>
    <message>
        <source>HighLevel matched this account to contact &quot;%1&quot;, which is already linked to another Badger account (same email or phone). Resolve the duplicate, then sync again.</source>
        <translation>HighLevel hat diesen Account dem Kontakt „%1“ zugeordnet, der bereits mit einem anderen Badger-Account verknüpft ist (gleiche E-Mail-Adresse oder Telefonnummer). Beseitigen Sie das Duplikat und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Dieser Konflikt besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The record or the mapped field of this conflict is gone.</source>
        <translation>Der Datensatz oder das zugeordnete Feld dieses Konflikts existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Address conflicts are resolved on the next sync: edit the address on the side you want.</source>
        <translation>Adresskonflikte werden bei der nächsten Synchronisierung gelöst: Bearbeiten Sie die Adresse auf der gewünschten Seite.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Badger accounts are still to be read. Badger allows %2 requests a day for your team, so this takes about %n more day(s); Fieldbridge continues automatically.</source>
        <translation>
            <numerusform>%1 Badger-Accounts müssen noch gelesen werden. Badger erlaubt %2 Anfragen pro Tag für Ihr Team, daher dauert das noch etwa %n Tag; Fieldbridge macht automatisch weiter.</numerusform>
            <numerusform>%1 Badger-Accounts müssen noch gelesen werden. Badger erlaubt %2 Anfragen pro Tag für Ihr Team, daher dauert das noch etwa %n Tage; Fieldbridge macht automatisch weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>HighLevel already has a contact with this %1 (&quot;%2&quot;, linked to another Badger account) and the location does not allow duplicate contacts. Change one of them or allow duplicates in HighLevel, then sync again.</source>
        <translation>HighLevel hat bereits einen Kontakt mit dieser %1 („%2“, mit einem anderen Badger-Account verknüpft) und die Location erlaubt keine doppelten Kontakte. Ändern Sie einen der beiden oder erlauben Sie in HighLevel Duplikate und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>email or phone</source>
        <translation>E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>matched by %1 in HighLevel</source>
        <translation>in HighLevel zugeordnet über %1</translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncWorker</name>
    <message numerus="yes">
        <source>%n record(s) could not be synced</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht synchronisiert werden</numerusform>
            <numerusform>%n Datensätze konnten nicht synchronisiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>fb::sync::Transforms</name>
    <message>
        <source>&quot;%1&quot; is not a phone number Fieldbridge can read (region %2).</source>
        <translation>„%1“ ist keine Telefonnummer, die Fieldbridge lesen kann (Region %2).</translation>
    </message>
    <message>
        <source>Case transform needs a mode: lower, upper or title.</source>
        <translation>Die Umwandlung der Groß-/Kleinschreibung benötigt einen Modus: lower, upper oder title.</translation>
    </message>
    <message>
        <source>Date transform needs the date format of each side (e.g. yyyy-MM-dd).</source>
        <translation>Die Datumsumwandlung benötigt das Datumsformat jeder Seite (z. B. yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Value map needs a list of values.</source>
        <translation>Die Werteliste benötigt eine Liste von Werten.</translation>
    </message>
    <message>
        <source>Template transform needs a template, e.g. {firstName} {lastName}.</source>
        <translation>Die Vorlagenumwandlung benötigt eine Vorlage, z. B. {firstName} {lastName}.</translation>
    </message>
    <message>
        <source>Name format must be first_last or last_comma_first.</source>
        <translation>Das Namensformat muss first_last oder last_comma_first sein.</translation>
    </message>
    <message>
        <source>Unknown transform &quot;%1&quot;.</source>
        <translation>Unbekannte Umwandlung „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2.</source>
        <translation>„%1“ ist kein Datum im Format %2.</translation>
    </message>
</context>
<context>
    <name>fb::ui::AboutDialog</name>
    <message>
        <source>About Fieldbridge</source>
        <translation>Über Fieldbridge</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fieldbridge %1&lt;/h2&gt;&lt;p&gt;Keeps Badger Maps and HighLevel in sync, two-way, within each service&apos;s rate budget.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Fieldbridge developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Fieldbridge %1&lt;/h2&gt;&lt;p&gt;Hält Badger Maps und HighLevel in beide Richtungen synchron, innerhalb des Anfragekontingents jedes Dienstes.&lt;/p&gt;&lt;p&gt;Copyright © 2026 die Fieldbridge-Entwickler.&lt;/p&gt;&lt;p&gt;Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fb::ui::ActivityModel</name>
    <message>
        <source>Badger → HighLevel</source>
        <translation>Badger → HighLevel</translation>
    </message>
    <message>
        <source>HighLevel → Badger</source>
        <translation>HighLevel → Badger</translation>
    </message>
    <message>
        <source>Created in HighLevel</source>
        <translation>In HighLevel angelegt</translation>
    </message>
    <message>
        <source>Created in Badger</source>
        <translation>In Badger angelegt</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Verknüpfung gelöst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>activity entity</comment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>check-in</source>
        <comment>activity entity</comment>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>task</source>
        <comment>activity entity</comment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>note</source>
        <comment>activity entity</comment>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tag added in HighLevel</source>
        <translation>Tag in HighLevel hinzugefügt</translation>
    </message>
    <message>
        <source>Tag removed in HighLevel</source>
        <translation>Tag in HighLevel entfernt</translation>
    </message>
    <message>
        <source>Task created in HighLevel</source>
        <translation>Aufgabe in HighLevel angelegt</translation>
    </message>
    <message>
        <source>Task completed in HighLevel</source>
        <translation>Aufgabe in HighLevel erledigt</translation>
    </message>
    <message>
        <source>Note added in HighLevel</source>
        <translation>Notiz in HighLevel hinzugefügt</translation>
    </message>
    <message>
        <source>Check-in added in Badger</source>
        <translation>Check-in in Badger hinzugefügt</translation>
    </message>
    <message>
        <source>Routed to a Badger owner</source>
        <translation>Einem Badger-Besitzer zugewiesen</translation>
    </message>
    <message>
        <source>Not sent (cannot be represented)</source>
        <translation>Nicht gesendet (nicht abbildbar)</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Konflikt gelöst</translation>
    </message>
</context>
<context>
    <name>fb::ui::ActivityScreen</name>
    <message>
        <source>Activity, failed calls and conflicts</source>
        <translation>Aktivität, fehlgeschlagene Aufrufe und Konflikte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>fb::ui::ActivityView</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>Aktivitätsverlauf</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <source>Search record, field or value</source>
        <translation>Datensatz, Feld oder Wert suchen</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by direction</source>
        <translation>Nach Richtung filtern</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Jede Richtung</translation>
    </message>
    <message>
        <source>Filter by run number</source>
        <translation>Nach Laufnummer filtern</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>Lauf Nr.</translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation>Nach Zeit filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Export the shown activity to CSV</source>
        <translation>Die angezeigte Aktivität als CSV exportieren</translation>
    </message>
    <message>
        <source>Days of activity to keep</source>
        <translation>Tage, die die Aktivität aufbewahrt wird</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Apply the activity retention</source>
        <translation>Aufbewahrungsdauer der Aktivität übernehmen</translation>
    </message>
    <message>
        <source>Keep activity for</source>
        <translation>Aktivität aufbewahren für</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) deleted.</source>
        <translation>
            <numerusform>%n ältere Zeile gelöscht.</numerusform>
            <numerusform>%n ältere Zeilen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete older rows: %1</source>
        <translation>Ältere Zeilen konnten nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 changes (the latest %3 are kept on screen); the history keeps %n day(s).</source>
        <translation>
            <numerusform>%1 von %2 Änderungen werden angezeigt (die neuesten %3 bleiben auf dem Bildschirm); der Verlauf wird %n Tag aufbewahrt.</numerusform>
            <numerusform>%1 von %2 Änderungen werden angezeigt (die neuesten %3 bleiben auf dem Bildschirm); der Verlauf wird %n Tage aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::AlertSettingsWidget</name>
    <message>
        <source>Send test alert</source>
        <translation>Testalarm senden</translation>
    </message>
    <message>
        <source>Alert webhook address</source>
        <translation>Webhook-Adresse für Alarme</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/… (empty: no alerts)</source>
        <translation>https://hooks.slack.com/services/… (leer: keine Alarme)</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Einen Testalarm senden</translation>
    </message>
    <message>
        <source>Alert webhook:</source>
        <translation>Alarm-Webhook:</translation>
    </message>
    <message>
        <source>Enter a webhook address first.</source>
        <translation>Geben Sie zuerst eine Webhook-Adresse ein.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Alert delivered.</source>
        <translation>Alarm zugestellt.</translation>
    </message>
    <message>
        <source>The alert could not be delivered: %1</source>
        <translation>Der Alarm konnte nicht zugestellt werden: %1</translation>
    </message>
    <message>
        <source>No alerts are sent.</source>
        <translation>Es werden keine Alarme gesendet.</translation>
    </message>
    <message>
        <source>Critical errors are posted here, once per incident.</source>
        <translation>Kritische Fehler werden hier gemeldet, einmal pro Vorfall.</translation>
    </message>
</context>
<context>
    <name>fb::ui::AlertWebhook</name>
    <message>
        <source>Fieldbridge: %1</source>
        <translation>Fieldbridge: %1</translation>
    </message>
    <message>
        <source>Fieldbridge: resolved (%1)</source>
        <translation>Fieldbridge: behoben (%1)</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Dies ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Alerts are only sent over https (plain http only to this computer).</source>
        <translation>Alarme werden nur über https gesendet (einfaches http nur an diesen Computer).</translation>
    </message>
    <message>
        <source>Fieldbridge: test alert. Critical sync errors will be posted here.</source>
        <translation>Fieldbridge: Testalarm. Kritische Synchronisierungsfehler werden hier gemeldet.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ApiMappingSource</name>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Badger</source>
        <translation>Badger</translation>
    </message>
    <message>
        <source>Could not load the live fields from %1: %2</source>
        <translation>Die aktuellen Felder von %1 konnten nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>fb::ui::ApiRulesSource</name>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Badger</source>
        <translation>Badger</translation>
    </message>
    <message>
        <source>Could not load the users from %1: %2</source>
        <translation>Die Benutzer von %1 konnten nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>fb::ui::AppController</name>
    <message>
        <source>Simulated accounts — connect your real accounts. Fieldbridge is syncing built-in sample data so you can see how it works; nothing leaves this computer.</source>
        <translation>Simulierte Konten – verbinden Sie Ihre echten Konten. Fieldbridge synchronisiert eingebaute Beispieldaten, damit Sie sehen, wie es funktioniert; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Fieldbridge was started with --sandbox.</source>
        <translation>Fieldbridge wurde mit --sandbox gestartet.</translation>
    </message>
    <message>
        <source>Connect both services to sync your own accounts.</source>
        <translation>Verbinden Sie beide Dienste, um Ihre eigenen Konten zu synchronisieren.</translation>
    </message>
    <message>
        <source>Connect HighLevel too to sync your own accounts.</source>
        <translation>Verbinden Sie auch HighLevel, um Ihre eigenen Konten zu synchronisieren.</translation>
    </message>
    <message>
        <source>Connect Badger Maps too to sync your own accounts.</source>
        <translation>Verbinden Sie auch Badger Maps, um Ihre eigenen Konten zu synchronisieren.</translation>
    </message>
    <message>
        <source>The mapping file could not be read; using the default mapping. %1</source>
        <translation>Die Feldzuordnungsdatei konnte nicht gelesen werden; die Standardzuordnung wird verwendet. %1</translation>
    </message>
    <message>
        <source>Connect accounts…</source>
        <translation>Konten verbinden …</translation>
    </message>
    <message>
        <source>Fieldbridge is syncing simulated accounts now. Save both connections below to switch to your own; the simulated data stays apart from them.</source>
        <translation>Fieldbridge synchronisiert gerade simulierte Konten. Speichern Sie unten beide Verbindungen, um zu Ihren eigenen zu wechseln; die simulierten Daten bleiben davon getrennt.</translation>
    </message>
    <message>
        <source>Fieldbridge</source>
        <translation>Fieldbridge</translation>
    </message>
    <message>
        <source>The simulated accounts could not start: %1</source>
        <translation>Die simulierten Konten konnten nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Simulated accounts</source>
        <translation>Simulierte Konten</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>Ihre Konten</translation>
    </message>
    <message>
        <source>last sync %1 (%2)</source>
        <translation>letzte Synchronisierung %1 (%2)</translation>
    </message>
    <message>
        <source>Fieldbridge cannot open its data</source>
        <translation>Fieldbridge kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Nothing was synced and no file was changed or deleted. If this database was made by a newer Fieldbridge, install that version again. If the file was damaged, Fieldbridge kept it aside; restore a backup or let Fieldbridge start a new one (your accounts are read again, links are rebuilt by matching).

Data folder: %1</source>
        <translation>Es wurde nichts synchronisiert und keine Datei geändert oder gelöscht. Falls diese Datenbank von einer neueren Version von Fieldbridge stammt, installieren Sie diese Version wieder. Falls die Datei beschädigt war, hat Fieldbridge sie beiseitegelegt; spielen Sie eine Sicherung ein oder lassen Sie Fieldbridge eine neue anlegen (Ihre Konten werden neu gelesen, Verknüpfungen durch Abgleich neu aufgebaut).

Datenordner: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::BadgerConnectionPage</name>
    <message>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <source>✘</source>
        <translation>✘</translation>
    </message>
    <message>
        <source>Badger Maps API key</source>
        <translation>Badger-Maps-API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Get API key</source>
        <translation>API-Schlüssel a&amp;nfordern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Badger user name (email)</source>
        <translation>Badger-Benutzername (E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Badger password</source>
        <translation>Badger-Passwort</translation>
    </message>
    <message>
        <source>Badger API base URL</source>
        <translation>Basis-URL der Badger-API</translation>
    </message>
    <message>
        <source>Badger connection test result</source>
        <translation>Ergebnis des Badger-Verbindungstests</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schlüsse&amp;l:</translation>
    </message>
    <message>
        <source>Badger support gives each user an API key; or sign in below with your Badger user name and password and Fieldbridge asks Badger for it. Use a manager&apos;s key to sync the whole team.</source>
        <translation>Der Badger-Support gibt jedem Benutzer einen API-Schlüssel; oder melden Sie sich unten mit Ihrem Badger-Benutzernamen und Passwort an, dann fragt Fieldbridge Badger danach. Verwenden Sie den Schlüssel eines Managers, um das ganze Team zu synchronisieren.</translation>
    </message>
    <message>
        <source>No key? Sign in instead</source>
        <translation>Kein Schlüssel? Melden Sie sich stattdessen an</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is used once and never stored.</source>
        <translation>Das Passwort wird einmal verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-Basis-U&amp;RL:</translation>
    </message>
    <message>
        <source>The API key was removed from your keychain.</source>
        <translation>Der API-Schlüssel wurde aus Ihrem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Enter your Badger user name and password.</source>
        <translation>Geben Sie Ihren Badger-Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The base URL is not a web address.</source>
        <translation>Die Basis-URL ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Signing in to Badger…</source>
        <translation>Anmeldung bei Badger …</translation>
    </message>
    <message>
        <source>Badger did not sign you in (%1).</source>
        <translation>Badger hat Sie nicht angemeldet (%1).</translation>
    </message>
    <message>
        <source>Signed in: Badger gave Fieldbridge an API key for this user. Test it, then Save to keep it in your keychain.</source>
        <translation>Angemeldet: Badger hat Fieldbridge einen API-Schlüssel für diesen Benutzer gegeben. Testen Sie ihn und klicken Sie dann auf „Speichern“, um ihn in Ihrem Schlüsselbund abzulegen.</translation>
    </message>
    <message>
        <source>Testing the connection to Badger…</source>
        <translation>Verbindung zu Badger wird getestet …</translation>
    </message>
    <message>
        <source>Enter the API key first (or sign in to get one).</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein (oder melden Sie sich an, um einen zu erhalten).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The API key was not saved: %1</source>
        <translation>Der API-Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The API key is in your keychain; the address is in the settings.</source>
        <translation>Gespeichert. Der API-Schlüssel liegt in Ihrem Schlüsselbund, die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Was zu beheben ist</translation>
    </message>
    <message>
        <source>(team manager)</source>
        <translation>(Teammanager)</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>What the key may do:</source>
        <translation>Was der Schlüssel darf:</translation>
    </message>
    <message>
        <source>read accounts (%1 visible)</source>
        <translation>Accounts lesen (%1 sichtbar)</translation>
    </message>
    <message>
        <source>read accounts</source>
        <translation>Accounts lesen</translation>
    </message>
    <message>
        <source>edit accounts</source>
        <translation>Accounts bearbeiten</translation>
    </message>
    <message>
        <source>delete check-ins</source>
        <translation>Check-ins löschen</translation>
    </message>
    <message>
        <source>add new values to text fields</source>
        <translation>neue Werte zu Textfeldern hinzufügen</translation>
    </message>
    <message>
        <source>%1 of %2 requests left today (counted by Fieldbridge)</source>
        <translation>%1 von %2 Anfragen heute übrig (von Fieldbridge gezählt)</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>wird %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
</context>
<context>
    <name>fb::ui::ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Last agreed value</source>
        <translation>Zuletzt übereinstimmender Wert</translation>
    </message>
    <message>
        <source>HighLevel value</source>
        <translation>HighLevel-Wert</translation>
    </message>
    <message>
        <source>HighLevel changed</source>
        <translation>In HighLevel geändert</translation>
    </message>
    <message>
        <source>Badger value</source>
        <translation>Badger-Wert</translation>
    </message>
    <message>
        <source>Badger changed</source>
        <translation>In Badger geändert</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
</context>
<context>
    <name>fb::ui::ConflictsView</name>
    <message>
        <source>Take Badger</source>
        <translation>Badger übernehmen</translation>
    </message>
    <message>
        <source>Take HighLevel</source>
        <translation>HighLevel übernehmen</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Wert bearbeiten …</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with Badger&apos;s value</source>
        <translation>Die ausgewählten Konflikte mit dem Wert aus Badger lösen</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with HighLevel&apos;s value</source>
        <translation>Die ausgewählten Konflikte mit dem Wert aus HighLevel lösen</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with a value you type</source>
        <translation>Die ausgewählten Konflikte mit einem eingegebenen Wert lösen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n Konflikt gelöst.</numerusform>
            <numerusform>%n Konflikte gelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved; could not resolve the rest: %1</source>
        <translation>
            <numerusform>%n gelöst; der Rest konnte nicht gelöst werden: %1</numerusform>
            <numerusform>%n gelöst; der Rest konnte nicht gelöst werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve with a value</source>
        <translation>Mit einem Wert lösen</translation>
    </message>
    <message numerus="yes">
        <source>Value to write to both sides (%n conflict(s)):</source>
        <translation>
            <numerusform>Wert, der auf beide Seiten geschrieben wird (%n Konflikt):</numerusform>
            <numerusform>Wert, der auf beide Seiten geschrieben wird (%n Konflikte):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n conflict(s)…</source>
        <translation>
            <numerusform>%n Konflikt wird gelöst …</numerusform>
            <numerusform>%n Konflikte werden gelöst …</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting. Select one or many, then take a side or type a value.</source>
        <translation>
            <numerusform>%n Konflikt wartet. Wählen Sie einen oder mehrere aus und übernehmen Sie dann eine Seite oder geben Sie einen Wert ein.</numerusform>
            <numerusform>%n Konflikte warten. Wählen Sie einen oder mehrere aus und übernehmen Sie dann eine Seite oder geben Sie einen Wert ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connect your Badger Maps and HighLevel accounts. Tokens and keys are kept in your system keychain only; Fieldbridge never shows them again.</source>
        <translation>Verbinden Sie Ihre Konten bei Badger Maps und HighLevel. Tokens und Schlüssel werden nur im Schlüsselbund Ihres Systems abgelegt; Fieldbridge zeigt sie nie wieder an.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>&amp;HighLevel</source>
        <translation>Hi&amp;ghLevel</translation>
    </message>
    <message>
        <source>&amp;Badger Maps</source>
        <translation>&amp;Badger Maps</translation>
    </message>
</context>
<context>
    <name>fb::ui::DashboardWidget</name>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächste Synchronisierung</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation>Nächste Synchronisierung:</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause or resume syncing</source>
        <translation>Synchronisierung pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Dry run: show planned changes</source>
        <translation>Probelauf: geplante Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Contacts ↔ accounts</source>
        <translation>Kontakte ↔ Accounts</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Initial sync plan and ETA</source>
        <translation>Plan und voraussichtliches Ende der Erstsynchronisierung</translation>
    </message>
    <message>
        <source>API budgets</source>
        <translation>API-Kontingente</translation>
    </message>
    <message>
        <source>HighLevel burst budget</source>
        <translation>HighLevel-Kurzzeitkontingent</translation>
    </message>
    <message>
        <source>HighLevel daily budget</source>
        <translation>HighLevel-Tageskontingent</translation>
    </message>
    <message>
        <source>Badger daily budget</source>
        <translation>Badger-Tageskontingent</translation>
    </message>
    <message>
        <source>: unknown</source>
        <translation>: unbekannt</translation>
    </message>
    <message>
        <source>Charts and dry run</source>
        <translation>Diagramme und Probelauf</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Aktuelle Aufrufe</translation>
    </message>
    <message>
        <source>Run a dry run to see what the next sync would change, per record and field.</source>
        <translation>Starten Sie einen Probelauf, um zu sehen, was die nächste Synchronisierung ändern würde, pro Datensatz und Feld.</translation>
    </message>
    <message>
        <source>Dry run summary</source>
        <translation>Zusammenfassung des Probelaufs</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Dry run in progress…</source>
        <translation>Probelauf läuft …</translation>
    </message>
    <message>
        <source>Latency per API (p50 / p95, ms)</source>
        <translation>Antwortzeit pro API (p50 / p95, ms)</translation>
    </message>
    <message>
        <source>HighLevel p50</source>
        <translation>HighLevel p50</translation>
    </message>
    <message>
        <source>HighLevel p95</source>
        <translation>HighLevel p95</translation>
    </message>
    <message>
        <source>Badger p50</source>
        <translation>Badger p50</translation>
    </message>
    <message>
        <source>Badger p95</source>
        <translation>Badger p95</translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>Antwortzeit-Diagramm</translation>
    </message>
    <message>
        <source>Calls by status (per %1 s)</source>
        <translation>Aufrufe nach Status (pro %1 s)</translation>
    </message>
    <message>
        <source>2xx/3xx</source>
        <translation>2xx/3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Calls by status chart</source>
        <translation>Diagramm der Aufrufe nach Status</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume syncing</source>
        <translation>Synchronisierung fortsetzen</translation>
    </message>
    <message>
        <source>Pause syncing</source>
        <translation>Synchronisierung pausieren</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft …</translation>
    </message>
    <message>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 von %2 (%p %)</translation>
    </message>
    <message>
        <source>Last run: %1 — %2 updated, %3 created, %4 linked, %5 failed, %6 conflicts</source>
        <translation>Letzter Lauf: %1 – %2 aktualisiert, %3 angelegt, %4 verknüpft, %5 fehlgeschlagen, %6 Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>done around %1 (%n day(s) from now)</source>
        <translation>
            <numerusform>fertig etwa %1 (in %n Tag)</numerusform>
            <numerusform>fertig etwa %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>done around %1</source>
        <translation>fertig etwa %1</translation>
    </message>
    <message>
        <source>resumes at %1</source>
        <translation>wird um %1 fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left for later runs by the budget</source>
        <translation>
            <numerusform>%n Datensatz wegen des Kontingents für spätere Läufe zurückgestellt</numerusform>
            <numerusform>%n Datensätze wegen des Kontingents für spätere Läufe zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Der Probelauf ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The next sync would make %n change(s); nothing has been written.</source>
        <translation>
            <numerusform>Die nächste Synchronisierung würde %n Änderung vornehmen; es wurde nichts geschrieben.</numerusform>
            <numerusform>Die nächste Synchronisierung würde %n Änderungen vornehmen; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>HighLevel burst</source>
        <translation>HighLevel kurzzeitig</translation>
    </message>
    <message>
        <source>HighLevel daily</source>
        <translation>HighLevel täglich</translation>
    </message>
    <message>
        <source>Badger daily</source>
        <translation>Badger täglich</translation>
    </message>
</context>
<context>
    <name>fb::ui::FailedCallsModel</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>  Started %1, attempt %2</source>
        <translation>  Gestartet %1, Versuch %2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>  No HTTP response (%1)</source>
        <translation>  Keine HTTP-Antwort (%1)</translation>
    </message>
    <message>
        <source>  HTTP %1 (%2) after %3 ms</source>
        <translation>  HTTP %1 (%2) nach %3 ms</translation>
    </message>
    <message>
        <source>  Server&apos;s message: %1</source>
        <translation>  Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>  Trace id: %1</source>
        <translation>  Trace-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>This cause failed %n time(s) since %1.</source>
        <translation>
            <numerusform>Diese Ursache ist seit %1 %n-mal fehlgeschlagen.</numerusform>
            <numerusform>Diese Ursache ist seit %1 %n-mal fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry re-runs the sync now: records whose calls failed are read and written again.</source>
        <translation>„Jetzt erneut versuchen“ startet die Synchronisierung jetzt: Datensätze, deren Aufrufe fehlgeschlagen sind, werden erneut gelesen und geschrieben.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>next sync %1</source>
        <translation>nächste Synchronisierung %1</translation>
    </message>
    <message>
        <source>next sync</source>
        <translation>nächste Synchronisierung</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Schlägt fehl</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Meldung des Servers</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>not retried: the record no longer exists in %1</source>
        <translation>nicht wiederholt: Der Datensatz existiert in %1 nicht mehr</translation>
    </message>
    <message>
        <source>when syncing is resumed</source>
        <translation>wenn die Synchronisierung fortgesetzt wird</translation>
    </message>
    <message>
        <source>after the budget resets at %1</source>
        <translation>nachdem das Kontingent um %1 zurückgesetzt wurde</translation>
    </message>
    <message>
        <source>after the daily budget resets</source>
        <translation>nachdem das Tageskontingent zurückgesetzt wurde</translation>
    </message>
    <message>
        <source>%1, fails again until the record is corrected</source>
        <translation>%1, schlägt weiter fehl, bis der Datensatz korrigiert ist</translation>
    </message>
    <message>
        <source>%1, fails until the credentials are fixed</source>
        <translation>%1, schlägt fehl, bis die Zugangsdaten korrigiert sind</translation>
    </message>
    <message>
        <source>%1, fails until the token is allowed</source>
        <translation>%1, schlägt fehl, bis der Token die Berechtigung hat</translation>
    </message>
    <message>
        <source>%1, fails until the server address is fixed</source>
        <translation>%1, schlägt fehl, bis die Serveradresse korrigiert ist</translation>
    </message>
    <message>
        <source>%1, after checking whether it was applied</source>
        <translation>%1, nach Prüfung, ob er ausgeführt wurde</translation>
    </message>
    <message>
        <source>The same operation has worked again since.</source>
        <translation>Derselbe Vorgang hat seitdem wieder funktioniert.</translation>
    </message>
    <message>
        <source>A sync is retrying it now.</source>
        <translation>Eine Synchronisierung wiederholt ihn gerade.</translation>
    </message>
    <message>
        <source>The record was deleted in %1: the sync handles it as a deletion (following the delete setting) and does not send this call again.</source>
        <translation>Der Datensatz wurde in %1 gelöscht: Die Synchronisierung behandelt ihn als Löschung (gemäß der Löscheinstellung) und sendet diesen Aufruf nicht erneut.</translation>
    </message>
    <message>
        <source>%1 refused the data (its message says what is wrong). The record is sent again at every sync and fails the same way until it is corrected in the app it comes from.</source>
        <translation>%1 hat die Daten abgelehnt (die Meldung sagt, was falsch ist). Der Datensatz wird bei jeder Synchronisierung erneut gesendet und schlägt genauso fehl, bis er in der Anwendung korrigiert ist, aus der er stammt.</translation>
    </message>
    <message>
        <source>%1 refused the credentials or their permissions. Every sync fails until the token is fixed on the Connections screen.</source>
        <translation>%1 hat die Zugangsdaten oder deren Berechtigungen abgelehnt. Jede Synchronisierung schlägt fehl, bis der Token auf der Seite „Verbindungen“ korrigiert ist.</translation>
    </message>
    <message>
        <source>The request may have been applied. It is never sent twice blindly: the next sync first checks whether the record exists, then writes it only if it does not.</source>
        <translation>Die Anfrage wurde möglicherweise ausgeführt. Sie wird nie blind doppelt gesendet: Die nächste Synchronisierung prüft zuerst, ob der Datensatz existiert, und schreibt ihn nur, wenn nicht.</translation>
    </message>
    <message>
        <source>The daily request budget is used up; the sync continues with this record when it resets.</source>
        <translation>Das tägliche Anfragekontingent ist aufgebraucht; die Synchronisierung macht mit diesem Datensatz weiter, sobald es zurückgesetzt ist.</translation>
    </message>
    <message numerus="yes">
        <source>The call was already retried %n time(s) with increasing waits; the next sync reads and writes the record again.</source>
        <translation>
            <numerusform>Der Aufruf wurde bereits %n-mal mit zunehmenden Wartezeiten wiederholt; die nächste Synchronisierung liest und schreibt den Datensatz erneut.</numerusform>
            <numerusform>Der Aufruf wurde bereits %n-mal mit zunehmenden Wartezeiten wiederholt; die nächste Synchronisierung liest und schreibt den Datensatz erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next sync reads and writes the record again.</source>
        <translation>Die nächste Synchronisierung liest und schreibt den Datensatz erneut.</translation>
    </message>
    <message>
        <source>  %1 %2 (%3 API, operation %4)</source>
        <translation>  %1 %2 (%3-API, Vorgang %4)</translation>
    </message>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Badger</source>
        <translation>Badger</translation>
    </message>
</context>
<context>
    <name>fb::ui::FailedCallsView</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <source>Failed call details</source>
        <translation>Details zum fehlgeschlagenen Aufruf</translation>
    </message>
    <message>
        <source>Select a failed call to see the request and the server&apos;s response.</source>
        <translation>Wählen Sie einen fehlgeschlagenen Aufruf aus, um die Anfrage und die Antwort des Servers zu sehen.</translation>
    </message>
    <message>
        <source>Retry the selected failed calls now</source>
        <translation>Die ausgewählten fehlgeschlagenen Aufrufe jetzt wiederholen</translation>
    </message>
    <message>
        <source>Runs the sync now: records whose calls failed are read and written again.</source>
        <translation>Startet die Synchronisierung jetzt: Datensätze, deren Aufrufe fehlgeschlagen sind, werden erneut gelesen und geschrieben.</translation>
    </message>
    <message>
        <source>Dismiss the selected failed calls</source>
        <translation>Die ausgewählten fehlgeschlagenen Aufrufe verwerfen</translation>
    </message>
    <message>
        <source>No failing calls.</source>
        <translation>Keine fehlschlagenden Aufrufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) failing. Retry re-runs the sync now; records whose calls failed are read and written again.</source>
        <translation>
            <numerusform>%n Ursache schlägt fehl. „Jetzt erneut versuchen“ startet die Synchronisierung jetzt; Datensätze, deren Aufrufe fehlgeschlagen sind, werden erneut gelesen und geschrieben.</numerusform>
            <numerusform>%n Ursachen schlagen fehl. „Jetzt erneut versuchen“ startet die Synchronisierung jetzt; Datensätze, deren Aufrufe fehlgeschlagen sind, werden erneut gelesen und geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::FieldListModel</name>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>Feld-ID: %1</translation>
    </message>
    <message>
        <source>Required to create a record</source>
        <translation>Zum Anlegen eines Datensatzes erforderlich</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesbar</translation>
    </message>
    <message>
        <source>Already mapped</source>
        <translation>Bereits zugeordnet</translation>
    </message>
    <message>
        <source>Not mapped yet</source>
        <translation>Noch nicht zugeordnet</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>HighLevel field</source>
        <translation>HighLevel-Feld</translation>
    </message>
    <message>
        <source>Badger field</source>
        <translation>Badger-Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>fb::ui::FollowUpRulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When a check-in is</source>
        <translation>Wenn ein Check-in vom Typ</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Aufgabentitel</translation>
    </message>
    <message>
        <source>Task notes</source>
        <translation>Aufgabennotizen</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Fällig nach (Tagen)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Completed by a check-in of</source>
        <translation>Erledigt durch einen Check-in vom Typ</translation>
    </message>
    <message>
        <source>Badger check-in types that open a HighLevel task, separated by commas</source>
        <translation>Badger-Check-in-Typen, die eine HighLevel-Aufgabe öffnen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Template of the task title; placeholders such as {type} and {account} are filled in</source>
        <translation>Vorlage für den Aufgabentitel; Platzhalter wie {type} und {account} werden ausgefüllt</translation>
    </message>
    <message>
        <source>Template of the task&apos;s notes; {comments} is what the rep wrote</source>
        <translation>Vorlage für die Notizen der Aufgabe; {comments} ist, was der Außendienstmitarbeiter geschrieben hat</translation>
    </message>
    <message>
        <source>The task is due this many days after the check-in</source>
        <translation>Die Aufgabe ist so viele Tage nach dem Check-in fällig</translation>
    </message>
    <message>
        <source>Who gets the task: nobody, the contact&apos;s owner, a user of the user map or a HighLevel user id</source>
        <translation>Wer die Aufgabe erhält: niemand, der Besitzer des Kontakts, ein Benutzer aus der Benutzerzuordnung oder eine HighLevel-Benutzer-ID</translation>
    </message>
    <message>
        <source>A later check-in of one of these types on the same account completes the task</source>
        <translation>Ein späterer Check-in eines dieser Typen beim selben Account erledigt die Aufgabe</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>The contact&apos;s owner</source>
        <translation>Der Besitzer des Kontakts</translation>
    </message>
    <message>
        <source>%1 (Badger user %2)</source>
        <translation>%1 (Badger-Benutzer %2)</translation>
    </message>
    <message>
        <source>Badger user %1</source>
        <translation>Badger-Benutzer %1</translation>
    </message>
    <message>
        <source>HighLevel user %1</source>
        <translation>HighLevel-Benutzer %1</translation>
    </message>
    <message>
        <source>follow-up rule</source>
        <translation>Folgeregel</translation>
    </message>
</context>
<context>
    <name>fb::ui::HealthMonitor</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>Die Synchronisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>Die Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The API budget is exhausted.</source>
        <translation>Das API-Kontingent ist erschöpft.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync run(s) in a row had failures</source>
        <translation>
            <numerusform>%n Synchronisierungslauf in Folge hatte Fehler</numerusform>
            <numerusform>%n Synchronisierungsläufe in Folge hatten Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision</source>
        <translation>
            <numerusform>%n Konflikt wartet auf eine Entscheidung</numerusform>
            <numerusform>%n Konflikte warten auf eine Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the credentials (authentication failed)</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (Authentifizierung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>The sync could not start: %1</source>
        <translation>Die Synchronisierung konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed to sync</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht synchronisiert werden</numerusform>
            <numerusform>%n Datensätze konnten nicht synchronisiert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed in the last run</source>
        <translation>
            <numerusform>%n Datensatz ist im letzten Lauf fehlgeschlagen</numerusform>
            <numerusform>%n Datensätze sind im letzten Lauf fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed during this run</source>
        <translation>
            <numerusform>%n Aufruf ist in diesem Lauf fehlgeschlagen</numerusform>
            <numerusform>%n Aufrufe sind in diesem Lauf fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed in the last run</source>
        <translation>
            <numerusform>%n Aufruf ist im letzten Lauf fehlgeschlagen</numerusform>
            <numerusform>%n Aufrufe sind im letzten Lauf fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous match(es) to review</source>
        <translation>
            <numerusform>%n mehrdeutige Zuordnung zu prüfen</numerusform>
            <numerusform>%n mehrdeutige Zuordnungen zu prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::HighLevelConnectionPage</name>
    <message>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <source>✘</source>
        <translation>✘</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>HighLevel Private Integration Token</source>
        <translation>HighLevel Private Integration Token</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>HighLevel location id</source>
        <translation>HighLevel-Location-ID</translation>
    </message>
    <message>
        <source>e.g. ve9EPM428h8vShlRW1KT</source>
        <translation>z. B. ve9EPM428h8vShlRW1KT</translation>
    </message>
    <message>
        <source>HighLevel API base URL</source>
        <translation>Basis-URL der HighLevel-API</translation>
    </message>
    <message>
        <source>HighLevel connection test result</source>
        <translation>Ergebnis des HighLevel-Verbindungstests</translation>
    </message>
    <message>
        <source>Private Integration &amp;Token:</source>
        <translation>Private-Integration-T&amp;oken:</translation>
    </message>
    <message>
        <source>In HighLevel open &lt;b&gt;Settings → Private Integrations&lt;/b&gt;, create an integration with the contacts, locations and tasks scopes and copy its token (it starts with &lt;tt&gt;pit-&lt;/tt&gt;). HighLevel shows it only once.</source>
        <translation>Öffnen Sie in HighLevel &lt;b&gt;Einstellungen → Private Integrations&lt;/b&gt;, legen Sie eine Integration mit den Scopes für Kontakte, Locations und Aufgaben an und kopieren Sie ihren Token (er beginnt mit &lt;tt&gt;pit-&lt;/tt&gt;). HighLevel zeigt ihn nur einmal an.</translation>
    </message>
    <message>
        <source>&amp;Location id:</source>
        <translation>&amp;Location-ID:</translation>
    </message>
    <message>
        <source>Open the sub-account in HighLevel: the id is the part of the address after &lt;tt&gt;/v2/location/&lt;/tt&gt;, e.g. app.gohighlevel.com/v2/location/&lt;b&gt;ve9EPM428h8vShlRW1KT&lt;/b&gt;/dashboard.</source>
        <translation>Öffnen Sie das Unterkonto in HighLevel: Die ID ist der Teil der Adresse nach &lt;tt&gt;/v2/location/&lt;/tt&gt;, z. B. app.gohighlevel.com/v2/location/&lt;b&gt;ve9EPM428h8vShlRW1KT&lt;/b&gt;/dashboard.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-Basis-U&amp;RL:</translation>
    </message>
    <message>
        <source>Leave as is unless support asked you to change it.</source>
        <translation>Lassen Sie dies unverändert, sofern der Support Sie nicht um eine Änderung gebeten hat.</translation>
    </message>
    <message>
        <source>The token was removed from your keychain.</source>
        <translation>Der Token wurde aus Ihrem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Enter the location id first.</source>
        <translation>Geben Sie zuerst die Location-ID ein.</translation>
    </message>
    <message>
        <source>The base URL is not a web address.</source>
        <translation>Die Basis-URL ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Testing the connection to HighLevel…</source>
        <translation>Verbindung zu HighLevel wird getestet …</translation>
    </message>
    <message>
        <source>Paste the Private Integration Token first.</source>
        <translation>Fügen Sie zuerst den Private Integration Token ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>Der Token wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The token is in your keychain; the location id and address are in the settings.</source>
        <translation>Gespeichert. Der Token liegt in Ihrem Schlüsselbund, Location-ID und Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Was zu beheben ist</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>Location %1</translation>
    </message>
    <message>
        <source>location &quot;%1&quot; (%2)</source>
        <translation>Location „%1“ (%2)</translation>
    </message>
    <message>
        <source>What the token may do:</source>
        <translation>Was der Token darf:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message>
        <source>Fieldbridge</source>
        <translation>Fieldbridge</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connect your Badger Maps and HighLevel accounts. Secrets are kept in your system keychain.</source>
        <translation>Verbinden Sie Ihre Konten bei Badger Maps und HighLevel. Geheimnisse werden im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Choose which fields sync, in which direction, and how conflicts are settled.</source>
        <translation>Wählen Sie, welche Felder in welche Richtung synchronisiert werden und wie Konflikte gelöst werden.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Tags on outcomes, follow-up tasks and team routing.</source>
        <translation>Tags bei Ergebnissen, Folgeaufgaben und Zuweisung im Team.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Sync status, failed calls, latency and rate budgets.</source>
        <translation>Synchronisierungsstatus, fehlgeschlagene Aufrufe, Antwortzeiten und Anfragekontingente.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>What changed where, and when.</source>
        <translation>Was sich wo und wann geändert hat.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sync interval, rate budgets, language.</source>
        <translation>Synchronisierungsintervall, Anfragekontingente, Sprache.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fieldbridge</source>
        <translation>Ü&amp;ber Fieldbridge</translation>
    </message>
</context>
<context>
    <name>fb::ui::MappingEditor</name>
    <message>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paaren</translation>
    </message>
    <message>
        <source>Map the field selected on the left to the one selected on the right</source>
        <translation>Das links ausgewählte Feld dem rechts ausgewählten zuordnen</translation>
    </message>
    <message>
        <source>Use in row</source>
        <translation>In Zeile verwenden</translation>
    </message>
    <message>
        <source>Put the selected field into the selected row</source>
        <translation>Das ausgewählte Feld in die ausgewählte Zeile übernehmen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Load a mapping file</source>
        <translation>Eine Feldzuordnungsdatei laden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Write the mapping to a file</source>
        <translation>Die Feldzuordnung in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Start again from the default mapping</source>
        <translation>Mit der Standardzuordnung neu beginnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the mapping for the next sync</source>
        <translation>Die Feldzuordnung für die nächste Synchronisierung speichern</translation>
    </message>
    <message>
        <source>Mapping state</source>
        <translation>Zustand der Feldzuordnung</translation>
    </message>
    <message>
        <source>Mapping problems</source>
        <translation>Probleme der Feldzuordnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Load the live fields again</source>
        <translation>Die aktuellen Felder erneut laden</translation>
    </message>
    <message>
        <source>Fields and mapping</source>
        <translation>Felder und Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Mapping (drag a field here or onto a field of the other side)</source>
        <translation>&amp;Zuordnung (ziehen Sie ein Feld hierher oder auf ein Feld der anderen Seite)</translation>
    </message>
    <message>
        <source>Mapping rows</source>
        <translation>Zuordnungszeilen</translation>
    </message>
    <message>
        <source>&amp;HighLevel fields</source>
        <translation>Hi&amp;ghLevel-Felder</translation>
    </message>
    <message>
        <source>&amp;Badger fields</source>
        <translation>&amp;Badger-Felder</translation>
    </message>
    <message>
        <source>Search HighLevel fields</source>
        <translation>HighLevel-Felder durchsuchen</translation>
    </message>
    <message>
        <source>Search Badger fields</source>
        <translation>Badger-Felder durchsuchen</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Felder durchsuchen</translation>
    </message>
    <message>
        <source>HighLevel fields</source>
        <translation>HighLevel-Felder</translation>
    </message>
    <message>
        <source>Badger fields</source>
        <translation>Badger-Felder</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Sync direction</source>
        <translation>Synchronisierungsrichtung</translation>
    </message>
    <message>
        <source>When both sides changed</source>
        <translation>Wenn beide Seiten geändert wurden</translation>
    </message>
    <message>
        <source>S&amp;ync this row</source>
        <translation>Diese Zeile s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync this row</source>
        <translation>Diese Zeile synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>On &amp;conflict:</source>
        <translation>Bei &amp;Konflikt:</translation>
    </message>
    <message>
        <source>Transforms of the row</source>
        <translation>Umwandlungen der Zeile</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten …</translation>
    </message>
    <message>
        <source>Edit transforms</source>
        <translation>Umwandlungen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Transforms:</source>
        <translation>&amp;Umwandlungen:</translation>
    </message>
    <message>
        <source>Problems of the row</source>
        <translation>Probleme der Zeile</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Loading the live field lists and a sample record from each side…</source>
        <translation>Die aktuellen Feldlisten und ein Beispieldatensatz jeder Seite werden geladen …</translation>
    </message>
    <message>
        <source>Live fields loaded: HighLevel %1 (%2 custom), Badger %3 (%4 custom).</source>
        <translation>Aktuelle Felder geladen: HighLevel %1 (%2 benutzerdefiniert), Badger %3 (%4 benutzerdefiniert).</translation>
    </message>
    <message>
        <source>Not saved: the mapping has errors (marked in the table and listed above). Fix them, then save.</source>
        <translation>Nicht gespeichert: Die Feldzuordnung enthält Fehler (in der Tabelle markiert und oben aufgeführt). Beheben Sie sie und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Saved. The next sync uses this mapping (%1).</source>
        <translation>Gespeichert. Die nächste Synchronisierung verwendet diese Feldzuordnung (%1).</translation>
    </message>
    <message>
        <source>%1 The defaults are shown; saving replaces the file.</source>
        <translation>%1 Die Standardwerte werden angezeigt; Speichern ersetzt die Datei.</translation>
    </message>
    <message>
        <source>Not imported: %1 does not exist.</source>
        <translation>Nicht importiert: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported %1 from %2. Save to use them.</source>
        <translation>%1 aus %2 importiert. Speichern Sie, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Not exported: some rows have only one field. Complete or remove them first.</source>
        <translation>Nicht exportiert: Einige Zeilen haben nur ein Feld. Vervollständigen oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The mapping already is the default.</source>
        <translation>Die Feldzuordnung ist bereits die Standardzuordnung.</translation>
    </message>
    <message>
        <source>Reset to the default mapping. Undo brings your rows back; Save keeps the default.</source>
        <translation>Auf die Standardzuordnung zurückgesetzt. „Rückgängig“ holt Ihre Zeilen zurück; „Speichern“ behält die Standardzuordnung.</translation>
    </message>
    <message>
        <source>These two fields are already mapped to each other.</source>
        <translation>Diese beiden Felder sind einander bereits zugeordnet.</translation>
    </message>
    <message>
        <source>Select a field on the left, one on the right, then press Pair (Ctrl+P).</source>
        <translation>Wählen Sie links ein Feld und rechts eines aus und klicken Sie dann auf „Paaren“ (Strg+P).</translation>
    </message>
    <message>
        <source>Select a row in the table and a field in one of the lists, then press Use in row (Ctrl+R).</source>
        <translation>Wählen Sie eine Zeile in der Tabelle und ein Feld in einer der Listen aus und klicken Sie dann auf „In Zeile verwenden“ (Strg+R).</translation>
    </message>
    <message>
        <source>Row %1 already uses that field, or another row already maps the same pair.</source>
        <translation>Zeile %1 verwendet dieses Feld bereits, oder eine andere Zeile ordnet bereits dasselbe Paar zu.</translation>
    </message>
    <message>
        <source>%1, no problems found.</source>
        <translation>%1, keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1: %2. Rows with errors are marked; saving waits until they are fixed.</source>
        <translation>%1: %2. Zeilen mit Fehlern sind markiert; Speichern ist erst möglich, wenn sie behoben sind.</translation>
    </message>
    <message>
        <source>%1: %2. Rows with warnings are marked.</source>
        <translation>%1: %2. Zeilen mit Warnungen sind markiert.</translation>
    </message>
    <message>
        <source>The mapping has errors</source>
        <translation>Die Feldzuordnung enthält Fehler</translation>
    </message>
    <message>
        <source>The mapping has warnings</source>
        <translation>Die Feldzuordnung enthält Warnungen</translation>
    </message>
    <message>
        <source>The mapping is fine</source>
        <translation>Die Feldzuordnung ist in Ordnung</translation>
    </message>
    <message>
        <source>Selected row %1</source>
        <translation>Ausgewählte Zeile %1</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Select a row to change it.</source>
        <translation>Wählen Sie eine Zeile aus, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Save*</source>
        <translation>Speichern*</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Eine Feldzuordnung importieren</translation>
    </message>
    <message>
        <source>Fieldbridge mapping (*.json);;All files (*)</source>
        <translation>Fieldbridge-Feldzuordnung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Die Feldzuordnung exportieren</translation>
    </message>
    <message>
        <source>Fieldbridge mapping (*.json)</source>
        <translation>Fieldbridge-Feldzuordnung (*.json)</translation>
    </message>
</context>
<context>
    <name>fb::ui::MappingTableModel</name>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 zu %2 zuordnen</translation>
    </message>
    <message>
        <source>Add row for %1</source>
        <translation>Zeile für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 ↔ %2</source>
        <translation>%1 ↔ %2 entfernen</translation>
    </message>
    <message>
        <source>Use %1 in row %2</source>
        <translation>%1 in Zeile %2 verwenden</translation>
    </message>
    <message>
        <source>Direction of row %1: %2</source>
        <translation>Richtung von Zeile %1: %2</translation>
    </message>
    <message>
        <source>Conflicts in row %1: %2</source>
        <translation>Konflikte in Zeile %1: %2</translation>
    </message>
    <message>
        <source>Enable row %1</source>
        <translation>Zeile %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable row %1</source>
        <translation>Zeile %1 deaktivieren</translation>
    </message>
    <message>
        <source>Transforms of row %1</source>
        <translation>Umwandlungen von Zeile %1</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>HighLevel to Badger only</source>
        <translation>Nur HighLevel nach Badger</translation>
    </message>
    <message>
        <source>Badger to HighLevel only</source>
        <translation>Nur Badger nach HighLevel</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Neueste Änderung gewinnt</translation>
    </message>
    <message>
        <source>Badger wins</source>
        <translation>Badger gewinnt</translation>
    </message>
    <message>
        <source>HighLevel wins</source>
        <translation>HighLevel gewinnt</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Mich fragen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>(drop a HighLevel field here)</source>
        <translation>(HighLevel-Feld hier ablegen)</translation>
    </message>
    <message>
        <source>(drop a Badger field here)</source>
        <translation>(Badger-Feld hier ablegen)</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Badger</source>
        <translation>Badger</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Umwandlung</translation>
    </message>
    <message>
        <source>On conflict</source>
        <translation>Bei Konflikt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Choose a HighLevel field for %1: drop one on this row, or select one and press Pair.</source>
        <translation>Wählen Sie ein HighLevel-Feld für %1: Legen Sie eines auf dieser Zeile ab oder wählen Sie eines aus und klicken Sie auf „Paaren“.</translation>
    </message>
    <message>
        <source>Choose a Badger field for %1: drop one on this row, or select one and press Pair.</source>
        <translation>Wählen Sie ein Badger-Feld für %1: Legen Sie eines auf dieser Zeile ab oder wählen Sie eines aus und klicken Sie auf „Paaren“.</translation>
    </message>
</context>
<context>
    <name>fb::ui::OutcomeRulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When a check-in is</source>
        <translation>Wenn ein Check-in vom Typ</translation>
    </message>
    <message>
        <source>Or a task is completed</source>
        <translation>Oder eine Aufgabe wird erledigt</translation>
    </message>
    <message>
        <source>Task title contains</source>
        <translation>Aufgabentitel enthält</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Tags entfernen</translation>
    </message>
    <message>
        <source>The rule&apos;s name in messages and in the preview</source>
        <translation>Der Name der Regel in Meldungen und in der Vorschau</translation>
    </message>
    <message>
        <source>Badger check-in types that trigger the rule, separated by commas (e.g. Meeting, Closed Won)</source>
        <translation>Badger-Check-in-Typen, die die Regel auslösen, durch Kommas getrennt (z. B. Meeting, Closed Won)</translation>
    </message>
    <message>
        <source>Also trigger when a HighLevel task of the contact is completed</source>
        <translation>Auch auslösen, wenn eine HighLevel-Aufgabe des Kontakts erledigt wird</translation>
    </message>
    <message>
        <source>Only completed tasks whose title contains this text (empty: any task)</source>
        <translation>Nur erledigte Aufgaben, deren Titel diesen Text enthält (leer: jede Aufgabe)</translation>
    </message>
    <message>
        <source>HighLevel tags to add to the contact, separated by commas</source>
        <translation>HighLevel-Tags, die dem Kontakt hinzugefügt werden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>HighLevel tags to remove from the contact, separated by commas</source>
        <translation>HighLevel-Tags, die vom Kontakt entfernt werden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>outcome rule</source>
        <translation>Ergebnisregel</translation>
    </message>
</context>
<context>
    <name>fb::ui::PlannedChangesModel</name>
    <message>
        <source>Badger → HighLevel</source>
        <translation>Badger → HighLevel</translation>
    </message>
    <message>
        <source>HighLevel → Badger</source>
        <translation>HighLevel → Badger</translation>
    </message>
    <message>
        <source>Create in HighLevel</source>
        <translation>In HighLevel anlegen</translation>
    </message>
    <message>
        <source>Create in Badger</source>
        <translation>In Badger anlegen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>(record)</source>
        <translation>(Datensatz)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Geplanter Wert</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
</context>
<context>
    <name>fb::ui::RoutingRulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Contacts tagged</source>
        <translation>Kontakte mit Tag</translation>
    </message>
    <message>
        <source>Go to user</source>
        <translation>An Benutzer</translation>
    </message>
    <message>
        <source>Set HighLevel owner</source>
        <translation>HighLevel-Besitzer setzen</translation>
    </message>
    <message>
        <source>Set Badger owner</source>
        <translation>Badger-Besitzer setzen</translation>
    </message>
    <message>
        <source>A contact that receives this tag is routed</source>
        <translation>Ein Kontakt, der dieses Tag erhält, wird zugewiesen</translation>
    </message>
    <message>
        <source>A user of the user map below (by Badger user id)</source>
        <translation>Ein Benutzer aus der Benutzerzuordnung unten (nach Badger-Benutzer-ID)</translation>
    </message>
    <message>
        <source>Set the contact&apos;s assigned user in HighLevel</source>
        <translation>Den zugewiesenen Benutzer des Kontakts in HighLevel setzen</translation>
    </message>
    <message>
        <source>Set the account owner in Badger</source>
        <translation>Den Account-Besitzer in Badger setzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>routing rule</source>
        <translation>Zuweisungsregel</translation>
    </message>
</context>
<context>
    <name>fb::ui::RowPreview</name>
    <message>
        <source>Preview on a sample record</source>
        <translation>Vorschau an einem Beispieldatensatz</translation>
    </message>
    <message>
        <source>Sample records</source>
        <translation>Beispieldatensätze</translation>
    </message>
    <message>
        <source>Value in HighLevel</source>
        <translation>Wert in HighLevel</translation>
    </message>
    <message>
        <source>Value in Badger</source>
        <translation>Wert in Badger</translation>
    </message>
    <message>
        <source>Would write to Badger</source>
        <translation>Würde nach Badger schreiben</translation>
    </message>
    <message>
        <source>Would write to HighLevel</source>
        <translation>Würde nach HighLevel schreiben</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>In HighLevel:</source>
        <translation>In HighLevel:</translation>
    </message>
    <message>
        <source>In Badger:</source>
        <translation>In Badger:</translation>
    </message>
    <message>
        <source>Writes to Badger:</source>
        <translation>Schreibt nach Badger:</translation>
    </message>
    <message>
        <source>Writes to HighLevel:</source>
        <translation>Schreibt nach HighLevel:</translation>
    </message>
    <message>
        <source>Loading a sample record from each side…</source>
        <translation>Ein Beispieldatensatz jeder Seite wird geladen …</translation>
    </message>
    <message>
        <source>HighLevel contact “%1”, Badger account “%2”</source>
        <translation>HighLevel-Kontakt „%1“, Badger-Account „%2“</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Select a row to preview it.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>(no field chosen)</source>
        <translation>(kein Feld gewählt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>nothing (row is off)</source>
        <translation>nichts (Zeile ist aus)</translation>
    </message>
    <message>
        <source>nothing (one way)</source>
        <translation>nichts (nur eine Richtung)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::RuleTableModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>What is wrong with this rule, as the sync would see it</source>
        <translation>Was an dieser Regel falsch ist, so wie die Synchronisierung es sehen würde</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>fb::ui::RulesEditor</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Working out what the rules would do…</source>
        <translation>Es wird ermittelt, was die Regeln bewirken würden …</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Die letzte Änderung rückgängig machen (%1)</translation>
    </message>
    <message>
        <source>Redo the change undone last (%1)</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>Add e&amp;xample rules</source>
        <translation>Beispiel&amp;regeln hinzufügen</translation>
    </message>
    <message>
        <source>Replace the rules by examples</source>
        <translation>Die Regeln durch Beispiele ersetzen</translation>
    </message>
    <message>
        <source>Check-in notes, tags on Meeting and Closed Won check-ins and a follow-up task: a starting point to adapt (undo brings your rules back; nothing is saved yet)</source>
        <translation>Check-in-Notizen, Tags bei Check-ins vom Typ Meeting und Closed Won und eine Folgeaufgabe: ein Ausgangspunkt zum Anpassen („Rückgängig“ holt Ihre Regeln zurück; noch ist nichts gespeichert)</translation>
    </message>
    <message>
        <source>Revert to the saved rules</source>
        <translation>Auf die gespeicherten Regeln zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the unsaved changes and read the saved rules again</source>
        <translation>Die ungespeicherten Änderungen verwerfen und die gespeicherten Regeln neu lesen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Die Regeln speichern</translation>
    </message>
    <message>
        <source>Save the rules for the next sync (%1)</source>
        <translation>Die Regeln für die nächste Synchronisierung speichern (%1)</translation>
    </message>
    <message>
        <source>Rules state</source>
        <translation>Zustand der Regeln</translation>
    </message>
    <message>
        <source>Rule problems</source>
        <translation>Probleme der Regeln</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rules and preview</source>
        <translation>Regeln und Vorschau</translation>
    </message>
    <message>
        <source>Rule kinds</source>
        <translation>Regelarten</translation>
    </message>
    <message>
        <source>&amp;Outcome → tags</source>
        <translation>&amp;Ergebnis → Tags</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>Erledi&amp;gung</translation>
    </message>
    <message>
        <source>Team &amp;routing</source>
        <translation>Team-Zu&amp;weisung</translation>
    </message>
    <message>
        <source>&amp;Notes and tags</source>
        <translation>&amp;Notizen und Tags</translation>
    </message>
    <message>
        <source>%1 (Insert in the table)</source>
        <translation>%1 (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>%1 (Delete in the table)</source>
        <translation>%1 (Entf in der Tabelle)</translation>
    </message>
    <message>
        <source>When a rep logs a check-in of a given type in Badger (or a HighLevel task is completed), add or remove tags on the linked HighLevel contact. Separate several types or tags with commas.</source>
        <translation>Wenn ein Außendienstmitarbeiter in Badger einen Check-in eines bestimmten Typs erfasst (oder eine HighLevel-Aufgabe erledigt wird), Tags am verknüpften HighLevel-Kontakt hinzufügen oder entfernen. Trennen Sie mehrere Typen oder Tags durch Kommas.</translation>
    </message>
    <message>
        <source>Outcome rules</source>
        <translation>Ergebnisregeln</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel hinz&amp;ufügen</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Regel en&amp;tfernen</translation>
    </message>
    <message>
        <source>Placeholders in the title and notes: {type} the check-in type, {date} its date, {account} the Badger account, {contact} the HighLevel contact, {comments} what the rep wrote, {fields} all custom check-in fields, {field:Name} one of them, {createdBy} the rep, {checkInId} the check-in&apos;s number. Write {{ or }} for a literal brace. Assign to: Unassigned, the contact&apos;s owner, a user of the user map (Team routing) or a HighLevel user id.</source>
        <translation>Platzhalter in Titel und Notizen: {type} der Check-in-Typ, {date} sein Datum, {account} der Badger-Account, {contact} der HighLevel-Kontakt, {comments} was der Außendienstmitarbeiter geschrieben hat, {fields} alle benutzerdefinierten Check-in-Felder, {field:Name} eines davon, {createdBy} der Außendienstmitarbeiter, {checkInId} die Nummer des Check-ins. Schreiben Sie {{ oder }} für eine geschweifte Klammer. Zuweisen an: Nicht zugewiesen, der Besitzer des Kontakts, ein Benutzer aus der Benutzerzuordnung (Team-Zuweisung) oder eine HighLevel-Benutzer-ID.</translation>
    </message>
    <message>
        <source>Template placeholders</source>
        <translation>Platzhalter für Vorlagen</translation>
    </message>
    <message>
        <source>A check-in of a given type opens a task on the linked HighLevel contact, due some days later. Double-click or press F2 to edit a cell.</source>
        <translation>Ein Check-in eines bestimmten Typs öffnet eine Aufgabe am verknüpften HighLevel-Kontakt, die einige Tage später fällig ist. Doppelklicken Sie oder drücken Sie F2, um eine Zelle zu bearbeiten.</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Folgeregeln</translation>
    </message>
    <message>
        <source>A later check-in of one of the &quot;completed by&quot; types on the same account completes the tasks a follow-up rule opened there. Edit the types here or on the Follow-up tasks page.</source>
        <translation>Ein späterer Check-in eines der „Erledigt durch“-Typen beim selben Account erledigt die Aufgaben, die eine Folgeregel dort geöffnet hat. Bearbeiten Sie die Typen hier oder auf der Seite „Folgeaufgaben“.</translation>
    </message>
    <message>
        <source>Task completion by check-in</source>
        <translation>Erledigung von Aufgaben durch Check-ins</translation>
    </message>
    <message>
        <source>Completed HighLevel tasks</source>
        <translation>Erledigte HighLevel-Aufgaben</translation>
    </message>
    <message>
        <source>Log a Badger check-in when a HighLevel task is completed</source>
        <translation>Check-in in Badger erfassen, wenn eine HighLevel-Aufgabe erledigt wird</translation>
    </message>
    <message>
        <source>Check-in type</source>
        <translation>Check-in-Typ</translation>
    </message>
    <message>
        <source>Check-in comments</source>
        <translation>Check-in-Kommentare</translation>
    </message>
    <message>
        <source>{title} is the task&apos;s title, {body} its notes, {contact} the contact</source>
        <translation>{title} ist der Titel der Aufgabe, {body} ihre Notizen, {contact} der Kontakt</translation>
    </message>
    <message>
        <source>Co&amp;mments:</source>
        <translation>&amp;Kommentare:</translation>
    </message>
    <message>
        <source>Log check-ins for completed tasks</source>
        <translation>Check-ins für erledigte Aufgaben erfassen</translation>
    </message>
    <message>
        <source>Edit the check-in type</source>
        <translation>Den Check-in-Typ bearbeiten</translation>
    </message>
    <message>
        <source>Edit the check-in comments</source>
        <translation>Die Check-in-Kommentare bearbeiten</translation>
    </message>
    <message>
        <source>&amp;User map: the same person in Badger and in HighLevel</source>
        <translation>Benutzerzu&amp;ordnung: dieselbe Person in Badger und in HighLevel</translation>
    </message>
    <message>
        <source>User map</source>
        <translation>Benutzerzuordnung</translation>
    </message>
    <message>
        <source>Add &amp;pair</source>
        <translation>&amp;Paar hinzufügen</translation>
    </message>
    <message>
        <source>Add user pair</source>
        <translation>Benutzerpaar hinzufügen</translation>
    </message>
    <message>
        <source>Remove pa&amp;ir</source>
        <translation>Paar l&amp;öschen</translation>
    </message>
    <message>
        <source>Remove user pair</source>
        <translation>Benutzerpaar entfernen</translation>
    </message>
    <message>
        <source>Live user lists</source>
        <translation>Aktuelle Benutzerlisten</translation>
    </message>
    <message>
        <source>Connect the accounts to pick users from the live lists; ids can always be typed.</source>
        <translation>Verbinden Sie die Konten, um Benutzer aus den aktuellen Listen auszuwählen; IDs können Sie immer eingeben.</translation>
    </message>
    <message>
        <source>Load the users again</source>
        <translation>Die Benutzer erneut laden</translation>
    </message>
    <message>
        <source>A contact that gets a tag is assigned to a user: its HighLevel owner, its Badger account owner or both. Users come from the user map below.</source>
        <translation>Ein Kontakt, der ein Tag erhält, wird einem Benutzer zugewiesen: als HighLevel-Besitzer, als Besitzer des Badger-Accounts oder beides. Die Benutzer stammen aus der Benutzerzuordnung unten.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Zuweisungsregeln</translation>
    </message>
    <message>
        <source>Check-ins → HighLevel notes</source>
        <translation>Check-ins → HighLevel-Notizen</translation>
    </message>
    <message>
        <source>Check-in notes</source>
        <translation>Check-in-Notizen</translation>
    </message>
    <message>
        <source>Write check-ins as notes</source>
        <translation>Check-ins als Notizen schreiben</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Notizvorlage</translation>
    </message>
    <message>
        <source>Placeholders: {type} {date} {comments} {fields} {field:Name} {account} {contact} {createdBy} {checkInId}</source>
        <translation>Platzhalter: {type} {date} {comments} {fields} {field:Name} {account} {contact} {createdBy} {checkInId}</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>How {date} is written, e.g. yyyy-MM-dd HH:mm</source>
        <translation>Wie {date} geschrieben wird, z. B. dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Dat&amp;umsformat:</translation>
    </message>
    <message>
        <source>HighLevel notes → Badger check-ins</source>
        <translation>HighLevel-Notizen → Badger-Check-ins</translation>
    </message>
    <message>
        <source>Notes to check-ins</source>
        <translation>Notizen zu Check-ins</translation>
    </message>
    <message>
        <source>Log new HighLevel notes as Badger check-&amp;ins</source>
        <translation>Neue HighLevel-Notizen als Badger-&amp;Check-ins erfassen</translation>
    </message>
    <message>
        <source>Log notes as check-ins</source>
        <translation>Notizen als Check-ins erfassen</translation>
    </message>
    <message>
        <source>Check-in type for notes</source>
        <translation>Check-in-Typ für Notizen</translation>
    </message>
    <message>
        <source>Check-in t&amp;ype:</source>
        <translation>Check-in-T&amp;yp:</translation>
    </message>
    <message>
        <source>HighLevel tags ↔ a Badger text field</source>
        <translation>HighLevel-Tags ↔ ein Badger-Textfeld</translation>
    </message>
    <message>
        <source>Tag sync</source>
        <translation>Tag-Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Keep HighLevel tags and a Badger custom text field in step</source>
        <translation>HighLevel-Tags und ein benutzerdefiniertes Badger-Textfeld gleich hal&amp;ten</translation>
    </message>
    <message>
        <source>Sync tags</source>
        <translation>Tags synchronisieren</translation>
    </message>
    <message>
        <source>Badger tag field</source>
        <translation>Badger-Tag-Feld</translation>
    </message>
    <message>
        <source>Bulk threshold</source>
        <translation>Sammelschwellwert</translation>
    </message>
    <message>
        <source>A tag added to or removed from at least this many contacts goes in one bulk call</source>
        <translation>Ein Tag, das bei mindestens so vielen Kontakten hinzugefügt oder entfernt wird, geht in einem Sammelaufruf</translation>
    </message>
    <message>
        <source>Check-in notes on/off</source>
        <translation>Check-in-Notizen an/aus</translation>
    </message>
    <message>
        <source>Edit the note template</source>
        <translation>Die Notizvorlage bearbeiten</translation>
    </message>
    <message>
        <source>Edit the date format</source>
        <translation>Das Datumsformat bearbeiten</translation>
    </message>
    <message>
        <source>Notes to check-ins on/off</source>
        <translation>Notizen zu Check-ins an/aus</translation>
    </message>
    <message>
        <source>Tag sync on/off</source>
        <translation>Tag-Synchronisierung an/aus</translation>
    </message>
    <message>
        <source>Edit the tag field</source>
        <translation>Das Tag-Feld bearbeiten</translation>
    </message>
    <message>
        <source>Edit the bulk threshold</source>
        <translation>Den Sammelschwellwert bearbeiten</translation>
    </message>
    <message>
        <source>Preview: what these rules would do</source>
        <translation>Vorschau: was diese Regeln bewirken würden</translation>
    </message>
    <message>
        <source>Rules preview</source>
        <translation>Regelvorschau</translation>
    </message>
    <message>
        <source>On the &amp;last</source>
        <translation>Bei den &amp;letzten</translation>
    </message>
    <message>
        <source>Number of recent check-ins</source>
        <translation>Anzahl der letzten Check-ins</translation>
    </message>
    <message>
        <source>check-ins and</source>
        <translation>Check-ins und</translation>
    </message>
    <message>
        <source>Number of recent completed tasks</source>
        <translation>Anzahl der letzten erledigten Aufgaben</translation>
    </message>
    <message>
        <source>completed tasks</source>
        <translation>erledigten Aufgaben</translation>
    </message>
    <message>
        <source>Show actions</source>
        <translation>Aktionen anzeigen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Everything but notes</source>
        <translation>Alles außer Notizen</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <source>Preview actions</source>
        <translation>Aktionen der Vorschau</translation>
    </message>
    <message>
        <source>No rules are on: the sync only matches and updates contacts. Add a rule, or start from the examples.</source>
        <translation>Keine Regel ist aktiv: Die Synchronisierung ordnet Kontakte nur zu und aktualisiert sie. Fügen Sie eine Regel hinzu oder beginnen Sie mit den Beispielen.</translation>
    </message>
    <message>
        <source>%1 outcome, %2 follow-up and %3 routing rules, %4 user pairs; no problems.</source>
        <translation>%1 Ergebnis-, %2 Folge- und %3 Zuweisungsregeln, %4 Benutzerpaare; keine Probleme.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings (marked beside the rules; errors stop the rules from running).</source>
        <translation>%1 Fehler, %2 Warnungen (neben den Regeln markiert; Fehler verhindern, dass die Regeln ausgeführt werden).</translation>
    </message>
    <message>
        <source>&amp;Save*</source>
        <translation>&amp;Speichern*</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Not saved: the rules have errors (marked beside the rules and listed above). Fix them, then save.</source>
        <translation>Nicht gespeichert: Die Regeln enthalten Fehler (neben den Regeln markiert und oben aufgeführt). Beheben Sie sie und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Not saved: %1 Fix or remove the mapping file first.</source>
        <translation>Nicht gespeichert: %1 Korrigieren oder entfernen Sie zuerst die Feldzuordnungsdatei.</translation>
    </message>
    <message>
        <source>Saved. The next sync uses these rules (%1).</source>
        <translation>Gespeichert. Die nächste Synchronisierung verwendet diese Regeln (%1).</translation>
    </message>
    <message>
        <source>%1 No rules are shown; saving replaces the rules section.</source>
        <translation>%1 Es werden keine Regeln angezeigt; Speichern ersetzt den Regelabschnitt.</translation>
    </message>
    <message>
        <source>Use the example rules</source>
        <translation>Die Beispielregeln verwenden</translation>
    </message>
    <message>
        <source>Example rules in place (not saved). Adapt them, then save; Undo brings your rules back.</source>
        <translation>Beispielregeln eingesetzt (nicht gespeichert). Passen Sie sie an und speichern Sie dann; „Rückgängig“ holt Ihre Regeln zurück.</translation>
    </message>
    <message>
        <source>Live lists: %1 Badger users, %2 HighLevel users (pick them in the cells, or type ids).</source>
        <translation>Aktuelle Listen: %1 Badger-Benutzer, %2 HighLevel-Benutzer (in den Zellen auswählen oder IDs eingeben).</translation>
    </message>
    <message>
        <source>Loading the users of both accounts…</source>
        <translation>Die Benutzer beider Konten werden geladen …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>No check-ins read yet. Fieldbridge reads check-ins once a saved rule needs them: save, and the preview fills in after the next sync.</source>
        <translation>Noch keine Check-ins gelesen. Fieldbridge liest Check-ins, sobald eine gespeicherte Regel sie benötigt: Speichern Sie, dann füllt sich die Vorschau nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>No check-ins read yet: no rule needs them. Turn on check-in notes or add an outcome or follow-up rule, save, and the preview fills in after the next sync.</source>
        <translation>Noch keine Check-ins gelesen: Keine Regel benötigt sie. Schalten Sie Check-in-Notizen ein oder fügen Sie eine Ergebnis- oder Folgeregel hinzu, speichern Sie, dann füllt sich die Vorschau nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>%1 actions on the last %2 of %3 check-ins read and %4 completed tasks. Nothing is written until you save and the sync runs.</source>
        <translation>%1 Aktionen bei den letzten %2 von %3 gelesenen Check-ins und %4 erledigten Aufgaben. Es wird nichts geschrieben, bis Sie speichern und die Synchronisierung läuft.</translation>
    </message>
    <message>
        <source>Rev&amp;ert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks</source>
        <translation>&amp;Folgeaufgaben</translation>
    </message>
    <message>
        <source>Lo&amp;g a Badger check-in when a HighLevel task is completed</source>
        <translation>&amp;Check-in in Badger erfassen, wenn eine HighLevel-Aufgabe erledigt wird</translation>
    </message>
    <message>
        <source>Reloa&amp;d users</source>
        <translation>Benutzer a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Write every &amp;Badger check-in as a note on the HighLevel contact</source>
        <translation>&amp;Jeden Badger-Check-in als Notiz zum HighLevel-Kontakt schreiben</translation>
    </message>
    <message>
        <source>Note tem&amp;plate:</source>
        <translation>Notiz&amp;vorlage:</translation>
    </message>
    <message>
        <source>Bad&amp;ger field:</source>
        <translation>&amp;Badger-Feld:</translation>
    </message>
    <message>
        <source>B&amp;ulk from:</source>
        <translation>Sa&amp;mmelaufruf ab:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anze&amp;igen:</translation>
    </message>
</context>
<context>
    <name>fb::ui::RulesPreviewModel</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Aufgabe öffnen</translation>
    </message>
    <message>
        <source>Complete tasks</source>
        <translation>Aufgaben erledigen</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Besitzer zuweisen</translation>
    </message>
    <message>
        <source>Log check-in</source>
        <translation>Check-in erfassen</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(nicht verknüpft)</translation>
    </message>
    <message>
        <source>check-in notes</source>
        <translation>Check-in-Notizen</translation>
    </message>
    <message>
        <source>Check-in or task</source>
        <translation>Check-in oder Aufgabe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>completed tasks</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
</context>
<context>
    <name>fb::ui::SecretField</name>
    <message>
        <source>No keychain is available, so Fieldbridge cannot keep your token. Install and start a Secret Service (GNOME Keyring or KWallet) and log in again; on a server without a desktop use the headless mode with a token file instead. (%1)</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann Fieldbridge Ihren Token nicht aufbewahren. Installieren und starten Sie einen Secret Service (GNOME Keyring oder KWallet) und melden Sie sich erneut an; verwenden Sie auf einem Server ohne Arbeitsumgebung stattdessen den Betrieb ohne Fenster mit einer Token-Datei. (%1)</translation>
    </message>
    <message>
        <source>Your keychain is locked. Unlock it (your login keyring opens with your login password), then try again. (%1)</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Entsperren Sie ihn (Ihr Anmeldeschlüsselbund öffnet sich mit Ihrem Anmeldepasswort) und versuchen Sie es dann erneut. (%1)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stored in your keychain (hidden)</source>
        <translation>In Ihrem Schlüsselbund gespeichert (verborgen)</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>Remove %1 from the keychain</source>
        <translation>%1 aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Paste the new one; the stored one stays until you save</source>
        <translation>Fügen Sie den neuen ein; der gespeicherte bleibt, bis Sie speichern</translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source>HighLevel daily request budget</source>
        <translation>Tägliches HighLevel-Anfragekontingent</translation>
    </message>
    <message>
        <source>HighLevel requests per 10 seconds</source>
        <translation>HighLevel-Anfragen pro 10 Sekunden</translation>
    </message>
    <message>
        <source>Badger daily request budget</source>
        <translation>Tägliches Badger-Anfragekontingent</translation>
    </message>
    <message>
        <source>&amp;Delete on the other side too</source>
        <translation>Auch auf der anderen Seite &amp;löschen</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> per 10 s</source>
        <translation> pro 10 s</translation>
    </message>
    <message>
        <source>Share of the budget kept for writes, in percent</source>
        <translation>Anteil des Kontingents, der für Schreibvorgänge reserviert wird, in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren all&amp;e:</translation>
    </message>
    <message>
        <source>Off: a record deleted on one side is unlinked and shown in Activity. On: it is deleted on the other side as well.</source>
        <translation>Aus: Wird ein Datensatz auf einer Seite gelöscht, wird seine Verknüpfung gelöst und unter „Aktivität“ angezeigt. An: Er wird auch auf der anderen Seite gelöscht.</translation>
    </message>
    <message>
        <source>Rate budgets</source>
        <translation>Anfragekontingente</translation>
    </message>
    <message>
        <source>&amp;HighLevel per day:</source>
        <translation>HighLevel pro &amp;Tag:</translation>
    </message>
    <message>
        <source>HighLevel &amp;burst:</source>
        <translation>HighLevel-&amp;Kurzzeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Badger per day:</source>
        <translation>&amp;Badger pro Tag:</translation>
    </message>
    <message>
        <source>&amp;Reserve for writes:</source>
        <translation>Reser&amp;ve für Schreibvorgänge:</translation>
    </message>
    <message>
        <source>HighLevel allows 200,000 requests a day and 100 per 10 seconds per location; Badger 25,000 a day per team. Lower budgets leave room for your other integrations; the reserve keeps part of each budget for writing changes.</source>
        <translation>HighLevel erlaubt 200.000 Anfragen pro Tag und 100 pro 10 Sekunden pro Location; Badger 25.000 pro Tag und Team. Niedrigere Kontingente lassen Raum für Ihre anderen Integrationen; die Reserve hält einen Teil jedes Kontingents für das Schreiben von Änderungen zurück.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language applies when you restart Fieldbridge.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Fieldbridge wirksam.</translation>
    </message>
    <message>
        <source>The mapping file could not be read: %1</source>
        <translation>Die Feldzuordnungsdatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved the settings, but the mapping file could not be read: %1</source>
        <translation>Die Einstellungen wurden gespeichert, aber die Feldzuordnungsdatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved the settings, but the mapping file could not be written: %1</source>
        <translation>Die Einstellungen wurden gespeichert, aber die Feldzuordnungsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Restart Fieldbridge to use the new language.</source>
        <translation>Starten Sie Fieldbridge neu, um die neue Sprache zu verwenden.</translation>
    </message>
</context>
<context>
    <name>fb::ui::TransformDialog</name>
    <message>
        <source>Transforms: %1</source>
        <translation>Umwandlungen: %1</translation>
    </message>
    <message>
        <source>Transforms change a value on its way to the other side, in this order.</source>
        <translation>Umwandlungen verändern einen Wert auf dem Weg zur anderen Seite, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Transforms in order</source>
        <translation>Umwandlungen in Reihenfolge</translation>
    </message>
    <message>
        <source>Kind of transform to add</source>
        <translation>Art der hinzuzufügenden Umwandlung</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add transform</source>
        <translation>Umwandlung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove transform</source>
        <translation>Umwandlung entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move transform up</source>
        <translation>Umwandlung nach oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move transform down</source>
        <translation>Umwandlung nach unten verschieben</translation>
    </message>
    <message>
        <source>Transform settings</source>
        <translation>Einstellungen der Umwandlung</translation>
    </message>
    <message>
        <source>Select a transform to change its settings.</source>
        <translation>Wählen Sie eine Umwandlung aus, um ihre Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Removes spaces at the start and end of the value.</source>
        <translation>Entfernt Leerzeichen am Anfang und Ende des Werts.</translation>
    </message>
    <message>
        <source>Changes the letter case of the value.</source>
        <translation>Ändert die Groß-/Kleinschreibung des Werts.</translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>kleinbuchstaben</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>GROSSBUCHSTABEN</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Wortanfänge Groß</translation>
    </message>
    <message>
        <source>Apply when writing to</source>
        <translation>Anwenden beim Schreiben nach</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>HighLevel only</source>
        <translation>Nur HighLevel</translation>
    </message>
    <message>
        <source>Badger only</source>
        <translation>Nur Badger</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Schreibweise:</translation>
    </message>
    <message>
        <source>&amp;When writing to:</source>
        <translation>Beim Schreiben &amp;nach:</translation>
    </message>
    <message>
        <source>Writes phone numbers in international form (+14155550132).</source>
        <translation>Schreibt Telefonnummern im internationalen Format (+14155550132).</translation>
    </message>
    <message>
        <source>Region for numbers without a country code</source>
        <translation>Region für Nummern ohne Landesvorwahl</translation>
    </message>
    <message>
        <source>mapping default</source>
        <translation>Standard der Feldzuordnung</translation>
    </message>
    <message>
        <source>&amp;Region (e.g. US, GB):</source>
        <translation>&amp;Region (z. B. US, GB):</translation>
    </message>
    <message>
        <source>Reformats dates between the sides (yyyy = year, MM = month, dd = day).</source>
        <translation>Formatiert Datumsangaben zwischen den Seiten um (yyyy = Jahr, MM = Monat, dd = Tag).</translation>
    </message>
    <message>
        <source>Date format in HighLevel</source>
        <translation>Datumsformat in HighLevel</translation>
    </message>
    <message>
        <source>Date format in Badger</source>
        <translation>Datumsformat in Badger</translation>
    </message>
    <message>
        <source>&amp;HighLevel format:</source>
        <translation>&amp;HighLevel-Format:</translation>
    </message>
    <message>
        <source>&amp;Badger format:</source>
        <translation>&amp;Badger-Format:</translation>
    </message>
    <message>
        <source>One pair per line: HighLevel value = Badger value. Values not listed pass unchanged.</source>
        <translation>Ein Paar pro Zeile: HighLevel-Wert = Badger-Wert. Nicht aufgeführte Werte bleiben unverändert.</translation>
    </message>
    <message>
        <source>Value pairs</source>
        <translation>Wertepaare</translation>
    </message>
    <message>
        <source>&amp;Ignore letter case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Ignore letter case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Builds the value from fields of the source record, e.g. {firstName} {lastName}. One way only.</source>
        <translation>Bildet den Wert aus Feldern des Quelldatensatzes, z. B. {firstName} {lastName}. Nur in eine Richtung.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>How a full name is written and split into first and last name.</source>
        <translation>Wie ein vollständiger Name geschrieben und in Vor- und Nachname aufgeteilt wird.</translation>
    </message>
    <message>
        <source>Name format</source>
        <translation>Namensformat</translation>
    </message>
    <message>
        <source>First Last</source>
        <translation>Vorname Nachname</translation>
    </message>
    <message>
        <source>Last, First</source>
        <translation>Nachname, Vorname</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Problem with the transforms</source>
        <translation>Problem mit den Umwandlungen</translation>
    </message>
    <message>
        <source>Apply transforms</source>
        <translation>Umwandlungen anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A template fills a field one way: set the row&apos;s direction before saving.</source>
        <translation>Eine Vorlage füllt ein Feld nur in eine Richtung: Legen Sie vor dem Speichern die Richtung der Zeile fest.</translation>
    </message>
</context>
<context>
    <name>fb::ui::TransformListModel</name>
    <message>
        <source>Trim spaces</source>
        <translation>Leerzeichen entfernen</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>Schreibweise ändern</translation>
    </message>
    <message>
        <source>Phone number (E.164)</source>
        <translation>Telefonnummer (E.164)</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Map values</source>
        <translation>Werte zuordnen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Full name format</source>
        <translation>Format des vollständigen Namens</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>Title case</source>
        <translation>Wortanfänge groß</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>%1 (into HighLevel only)</source>
        <translation>%1 (nur nach HighLevel)</translation>
    </message>
    <message>
        <source>%1 (into Badger only)</source>
        <translation>%1 (nur nach Badger)</translation>
    </message>
    <message>
        <source>Phone to E.164</source>
        <translation>Telefon nach E.164</translation>
    </message>
    <message>
        <source>Phone to E.164 (%1)</source>
        <translation>Telefon nach E.164 (%1)</translation>
    </message>
    <message>
        <source>Date %1 ⇄ %2</source>
        <translation>Datum %1 ⇄ %2</translation>
    </message>
    <message>
        <source>Map 1 value</source>
        <translation>1 Wert zuordnen</translation>
    </message>
    <message>
        <source>Map %1 values</source>
        <translation>%1 Werte zuordnen</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <source>Name as “Last, First”</source>
        <translation>Name als „Nachname, Vorname“</translation>
    </message>
    <message>
        <source>Unknown transform “%1”</source>
        <translation>Unbekannte Umwandlung „%1“</translation>
    </message>
    <message>
        <source>Name as “First Last”</source>
        <translation>Name als „Vorname Nachname“</translation>
    </message>
</context>
<context>
    <name>fb::ui::TrayIcon</name>
    <message>
        <source>Fieldbridge: conflicts waiting</source>
        <translation>Fieldbridge: Konflikte warten</translation>
    </message>
    <message>
        <source>Fieldbridge: sync problem</source>
        <translation>Fieldbridge: Problem bei der Synchronisierung</translation>
    </message>
</context>
<context>
    <name>fb::ui::UserMapModel</name>
    <message>
        <source>Badger rep</source>
        <translation>Badger-Außendienstmitarbeiter</translation>
    </message>
    <message>
        <source>HighLevel user</source>
        <translation>HighLevel-Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The rep&apos;s Badger user id (what an account&apos;s owner holds)</source>
        <translation>Die Badger-Benutzer-ID des Außendienstmitarbeiters (was im Besitzer eines Accounts steht)</translation>
    </message>
    <message>
        <source>The same person&apos;s HighLevel user id (what a contact&apos;s assigned user holds)</source>
        <translation>Die HighLevel-Benutzer-ID derselben Person (was im zugewiesenen Benutzer eines Kontakts steht)</translation>
    </message>
    <message>
        <source>A name for messages and lists</source>
        <translation>Ein Name für Meldungen und Listen</translation>
    </message>
    <message>
        <source>user pair</source>
        <translation>Benutzerpaar</translation>
    </message>
</context>
</TS>
