<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>HighLevelParsers</name>
    <message>
        <source>HighLevel answered with a web page instead of JSON (HTTP %1). Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel answered with an empty body (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel answered with something that is not JSON (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel answered with %1 instead of an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel reported error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel did not return &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel&apos;s answer lacks &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from HighLevel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel reported the update as not successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel reported the operation as not successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel reported the business update as not successful.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb</name>
    <message>
        <source>Not a valid http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge keeps Badger Maps and HighLevel in sync, two-way.

Headless use: fieldbridge [options] --headless COMMAND [command options]
Exit codes: 0 ok, 1 failed, 2 usage, 3 configuration missing, 4 database refused, 5 budget exhausted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in sandbox (simulated accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command without a window (sync, status, check); see README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger Maps API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel location (sub-account) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimised to the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::api::BudgetState</name>
    <message>
        <source>Daily budget exhausted until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget down to its write reserve: reads paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::api::HighLevelConnectionTest</name>
    <message>
        <source>HighLevel has no &quot;who am I&quot; endpoint for a Private Integration Token: the token belongs to the sub-account (location) it was created in, shown here by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits reported by HighLevel: %1 requests per %2 s (%3 left), %4 per day (%5 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel sent no rate-limit headers; Fieldbridge assumes 100 requests per 10 s and 200,000 per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to HighLevel failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system date and any proxy that intercepts HTTPS; Fieldbridge never ignores certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HighLevel base URL %1 is not HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https://services.leadconnectorhq.com as the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach HighLevel at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the base URL (normally https://services.leadconnectorhq.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: HighLevel could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like the HighLevel API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL: it should be https://services.leadconnectorhq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: wrong base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel refused the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Private Integration Token again (Settings → Private Integrations in the sub-account); it may have been rotated, expired or copied incompletely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no access to location %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the location id (the part after /v2/location/ in the HighLevel address bar) and that the Private Integration was created in that sub-account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: no access to this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: edit the Private Integration in HighLevel and add the scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (optional: only needed to show the location&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed: HighLevel offers no side-effect-free check; the first write will tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is missing scopes the sync needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HighLevel, open Settings → Private Integrations, edit this integration and enable: %1. Then paste the new token if HighLevel issued one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, check HighLevel&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to HighLevel location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to HighLevel location &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::api::RateGovernor</name>
    <message>
        <source>The daily request budget of %1 is used up until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the write reserve of the %1 daily budget is left; reads wait until %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::api::RequestEngine</name>
    <message>
        <source>Could not connect within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured (no base URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send to %1 without HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response (%1 bytes) exceeds the %2-byte limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response exceeds the %1-byte limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected a create (HTTP %1); nothing was created. Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to an insecure address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect to an insecure address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect to another host (%1): the token is only sent to the configured server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects (more than %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: it may have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed after the request was sent; it may have been applied. Not re-sent: check the server before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1 s: the transfer timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was cut short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It may have been applied; not re-sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an HTML page instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an HTML page instead of JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 (an HTML error page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 after the request was sent; it may have been applied. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily request budget of %1 is used up until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::api::badger</name>
    <message>
        <source>The update has no fields to change; nothing was sent to Badger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Badger account cannot list all check-ins at once (or it was not probed yet); check-ins are read per account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge could not reach Badger at %1 (%2). Check the internet connection and any proxy, and that the base URL is right (the default is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Fieldbridge never ignores certificate errors: check the system time and any proxy that intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer like the Badger API (HTTP %2 for the profile). Check the base URL (the default is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an HTTPS address (%2). Use https://, as in the default %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to Badger failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger sent a response Fieldbridge cannot read (%1). If this keeps happening, the API may have changed; the call log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Badger said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger rejected the API key%1. Check the key on the Connections screen (copy it again from Badger) and that API access is enabled for your team (support@badgermapping.com).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger refused this for your user%1: the API key&apos;s user may not see or change this record (a manager&apos;s key is needed for other users&apos; accounts).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger answered with a web page instead of the API%1: the base URL is probably wrong (the default is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger does not know this record%1; it may have been deleted.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger refused the data%1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger&apos;s request limit is reached%1. Fieldbridge waits and continues later.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger had a server error%1. Fieldbridge retries later.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so Badger may or may not have saved it. Fieldbridge does not send it again; it looks the record up first.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Badger request failed (%1)%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger answered with a web page instead of JSON (HTTP %1): check the base URL (the default is %2) and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] is %3, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 object, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected objects, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a status, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login answer has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login_successful without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger needs both a user name and a password. Enter both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Badger account is disabled. Ask your Badger administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger does not know this user name and password. Check both (the password is case-sensitive) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger says the login was not sent as a POST request; a proxy may have changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Badger trial of this account has expired. A paid plan is needed for API access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger has suspended this account for an unpaid bill. Settle it with Badger, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger refused the login with a status Fieldbridge does not know: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created.customer: expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::api::badger::BadgerClient</name>
    <message>
        <source>user search not probed: the profile has no email or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user search did not find the key&apos;s own user; assumed one-object form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account fields not probed: the user has no accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account list failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account detail failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing all check-ins could not be probed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe stopped: the profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::api::badger::BadgerConnectionTest</name>
    <message>
        <source>Badger allows about %1 requests a day per team and sends no rate-limit headers; Fieldbridge counts its own requests (%2 today) and keeps a reserve for writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger rejected the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Badger does not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Badger user may not edit accounts (is_user_can_edit is off), so changes from HighLevel cannot be written to Badger. Ask your Badger administrator for edit rights or sync one way only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could be read but the account list could not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Badger as %1%2: %3 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Badger as %1, but the accounts cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::api::badger::Reader</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got a string that is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::app</name>
    <message>
        <source>%1: %2 HighLevel and %3 Badger calls; linked %4, created %5 in HighLevel and %6 in Badger, updated %7 in HighLevel and %8 in Badger, %9 conflict(s), %10 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HighLevel location id: pass --location-id, set FIELDBRIDGE_GHL_LOCATION_ID, or connect HighLevel in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one sync and exit (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep syncing every &lt;seconds&gt; (default: the configured interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the planned changes without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every record on both sides this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the run summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the tokens from &lt;file&gt; (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--watch and --dry-run cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: %1, pending: %2, failed: %3, ambiguous: %4, conflicts: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headless command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown headless command: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands: sync [--once|--watch [SECONDS]] [--dry-run] [--full] [--json], status [--json], check [--json].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::secrets</name>
    <message>
        <source>%1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::secrets::CredentialResolver</name>
    <message>
        <source>No token found: set %1 or name a token file with --token-file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::secrets::CredentialStore</name>
    <message>
        <source>No keychain service is running (Secret Service/KWallet). Install and start gnome-keyring (or KWallet), or for a headless server use FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN or a token file (see docs/credentials.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this connection yet. Enter it on the Connections screen, or for a headless run set FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain service is running but has no default keyring. Log in to your desktop session once (it creates the login keyring) or create one with a keyring manager such as Seahorse, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving or deleting the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error while %1: %2. Try again; if it persists, check that your keyring service works (for example with &quot;secret-tool search --all service %3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::secrets::TokenFile</name>
    <message>
        <source>line %1 is not of the form key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 does not exist. Check the path given with --token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users (permissions %2). Fieldbridge refuses to use it: run &quot;chmod 600 %1&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is larger than 64 KiB; it is probably not a token file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 holds no Fieldbridge keys (%2). Write lines such as FIELDBRIDGE_BADGER_TOKEN=... or an INI section [badger] with token=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key=value lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 has no %2 entry for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::store::Database</name>
    <message>
        <source>The disk holding Fieldbridge&apos;s data is full. Nothing was lost: the last change was not saved and will be retried. Free some space and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is read-only. Check the permissions of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is in use by another process. Close other Fieldbridge windows or headless runs that use the same data folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file %1 is damaged (%2) and could not be moved aside. Move it away yourself, then start Fieldbridge again; the sync will re-link your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file was damaged (%1). It has been kept as %2 and not changed. Start again to create a fresh ledger: the next sync re-links records by email, phone and name, and reports anything ambiguous instead of guessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open Fieldbridge&apos;s data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare Fieldbridge&apos;s data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite file, but not a Fieldbridge ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was written by a newer version of Fieldbridge (ledger schema %1; this version understands up to %2). It has not been changed. Update Fieldbridge, or start this version with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update Fieldbridge&apos;s data file to this version (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync</name>
    <message>
        <source>%1 HighLevel contact(s) and %2 Badger account(s) share the same %3; link them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed and Fieldbridge cannot tell which change is newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed; this field asks you to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number Fieldbridge can read (region %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case transform needs a mode: lower, upper or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date transform needs the date format of each side (e.g. yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value map needs a list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template transform needs a template, e.g. {firstName} {lastName}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name format must be first_last or last_comma_first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transform &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::ExtrasSync</name>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger&apos;s daily budget is used up; check-ins are read next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the planned notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: completing the task &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags %1 on %2 contact(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags on contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tag field: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: routing to user %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: logging the completed task as a check-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HighLevel note was edited; Badger check-ins cannot be edited through its API, so the edit cannot be represented in Badger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HighLevel note was deleted; Badger check-ins cannot be deleted through its API, so the delete cannot be represented in Badger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner -&gt; Badger user %1 / HighLevel user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open tasks of rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::FieldCatalog</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (first + last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::MappingDocument</name>
    <message>
        <source>This is not a Fieldbridge mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file has no valid version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file was written by a newer Fieldbridge (format %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file has no list of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field row %1 needs both a HighLevel and a Badger field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field row %1 has an unknown direction &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field row %1 has an unknown conflict policy &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rows have the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel has no field &quot;%1&quot; (was a custom field deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger has no field &quot;%1&quot; (was a custom field deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template can only fill a field one way: choose a direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type mismatch: HighLevel &quot;%1&quot; is %2, Badger &quot;%3&quot; is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type mismatch: Badger &quot;%1&quot; is %2, HighLevel &quot;%3&quot; is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel does not let &quot;%1&quot; be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger does not let &quot;%1&quot; be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel&apos;s update API does not list Company name; updates to it may be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; is written by two rows (%3 and %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger needs &quot;%1&quot; to create an account: map a HighLevel field to it, or turn off creating Badger accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::Matcher</name>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::Reader</name>
    <message>
        <source>rules: %1%2 must be %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::RuleSet</name>
    <message>
        <source>rules: %1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: notesToCheckIns.since is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules share the id &quot;%1&quot;; give each rule its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 template uses unknown placeholders: %2. Known: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed tasks log a check-in, but its type is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes become check-ins, but the check-in type is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags sync to a Badger custom text field (custom_text, custom_text2, ...); &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag field %1 is also in the field mapping: two rules would write it. Remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk threshold below 2 sends a bulk call for a single contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no trigger: name check-in types or completed tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; neither adds nor removes a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names an empty tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; both adds and removes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules &quot;%1&quot; and &quot;%2&quot; fight over the tag &quot;%3&quot;: on %4 one adds it and the other removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; names no check-in type that opens a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot;: the check-in type(s) %2 would both open and complete the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rules &quot;%1&quot; and &quot;%2&quot; both open a task for a &quot;%3&quot; check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; has an empty task title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot;: the due date offset must be 0-3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; assigns to Badger user %2, who is not in the user map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle: a completed task logs a &quot;%1&quot; check-in, which completes tasks of rule &quot;%2&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle: a completed task logs a &quot;%1&quot; check-in, which opens a new task (rule &quot;%2&quot;), whose completion logs another check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every HighLevel note becomes a &quot;%1&quot; check-in, which opens a task (rule &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user map has an incomplete entry (%1): both a Badger and a HighLevel user are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user map pairs Badger user %1 with two HighLevel users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user map pairs HighLevel user %1 with two Badger users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; has no tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets neither the HighLevel nor the Badger owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; routes to Badger user %2, who is not in the user map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rules &quot;%1&quot; and &quot;%2&quot; fight over the owner of contacts tagged &quot;%3&quot; (users %4 and %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets assignedTo, which the field mapping also writes. Let one of them own the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets account_owner, which the field mapping also writes. Let one of them own the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact carrying several routing tags (%1) is routed by the first rule in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncConfig</name>
    <message>
        <source>Could not read the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncEngine</name>
    <message>
        <source>Could not read HighLevel&apos;s custom fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the Badger profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field mapping has an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was stopped; it continues where it left off next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading HighLevel changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read HighLevel contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel: more than 10,000 contacts changed and the server gave no paging cursor; the rest is read next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel&apos;s daily budget is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Badger accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list Badger accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Badger accounts are still to be read. Badger allows %2 requests a day for your team, so this takes about %3 more day(s); Fieldbridge continues automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger&apos;s daily budget is used up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Badger account has no location to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n Badger account(s) to be read before creating new ones</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not linked (creating Badger accounts is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger needs an address to create an account and this contact has none. Add an address in HighLevel or set a default address in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked (creating HighLevel contacts is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking interrupted writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created (checked after an interruption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an interrupted create may have left %2 Badger accounts with the same details (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the planned writes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily budget is used up; the remaining writes wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel matched this account to contact &quot;%1&quot;, which is already linked to another Badger account (same email or phone). Resolve the duplicate, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record or the mapped field of this conflict is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address conflicts are resolved on the next sync: edit the address on the side you want.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncWorker</name>
    <message numerus="yes">
        <source>%n record(s) could not be synced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::AboutDialog</name>
    <message>
        <source>About Fieldbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fieldbridge %1&lt;/h2&gt;&lt;p&gt;Keeps Badger Maps and HighLevel in sync, two-way, within each service&apos;s rate budget.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Fieldbridge developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ActivityModel</name>
    <message>
        <source>Badger → HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel → Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ActivityScreen</name>
    <message>
        <source>Activity, failed calls and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ActivityView</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search record, field or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by run number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown activity to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of activity to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the activity retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep activity for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete older rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 changes (the latest %3 are kept on screen); the history keeps %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::AlertSettingsWidget</name>
    <message>
        <source>Send test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert webhook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/… (empty: no alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a webhook address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical errors are posted here, once per incident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::AlertWebhook</name>
    <message>
        <source>Fieldbridge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge: resolved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts are only sent over https (plain http only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge: test alert. Critical sync errors will be posted here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ApiMappingSource</name>
    <message>
        <source>HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the live fields from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::AppController</name>
    <message>
        <source>Simulated accounts — connect your real accounts. Fieldbridge is syncing built-in sample data so you can see how it works; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge was started with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect both services to sync your own accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect HighLevel too to sync your own accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Badger Maps too to sync your own accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file could not be read; using the default mapping. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge is syncing simulated accounts now. Save both connections below to switch to your own; the simulated data stays apart from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated accounts could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was synced and no file was changed or deleted. If this database was made by a newer Fieldbridge, install that version again. If the file was damaged, Fieldbridge kept it aside; restore a backup or let Fieldbridge start a new one (your accounts are read again, links are rebuilt by matching).

Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::BadgerConnectionPage</name>
    <message>
        <source>✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger Maps API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger user name (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger support gives each user an API key; or sign in below with your Badger user name and password and Fieldbridge asks Badger for it. Use a manager&apos;s key to sync the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key? Sign in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used once and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was removed from your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Badger user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Badger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger did not sign you in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: Badger gave Fieldbridge an API key for this user. Test it, then Save to keep it in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to Badger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key first (or sign in to get one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The API key is in your keychain; the address is in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(team manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key may do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read accounts (%1 visible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add new values to text fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests left today (counted by Fieldbridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last agreed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ConflictsView</name>
    <message>
        <source>Take Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with Badger&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with HighLevel&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with a value you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved; could not resolve the rest: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve with a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Value to write to both sides (%n conflict(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n conflict(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting. Select one or many, then take a side or type a value.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Badger Maps and HighLevel accounts. Tokens and keys are kept in your system keychain only; Fieldbridge never shows them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badger Maps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::DashboardWidget</name>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: show planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts ↔ accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial sync plan and ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel burst budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a dry run to see what the next sync would change, per record and field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per API (p50 / p95, ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by status (per %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx/3xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by status chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%p%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1 — %2 updated, %3 created, %4 linked, %5 failed, %6 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>done around %1 (%n day(s) from now)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>done around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumes at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left for later runs by the budget</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The next sync would make %n change(s); nothing has been written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HighLevel burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger daily</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FailedCallsModel</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Started %1, attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No HTTP response (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  HTTP %1 (%2) after %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Server&apos;s message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Trace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This cause failed %n time(s) since %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry re-runs the sync now: records whose calls failed are read and written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FailedCallsView</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a failed call to see the request and the server&apos;s response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the selected failed calls now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the sync now: records whose calls failed are read and written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected failed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failing calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) failing. Retry re-runs the sync now; records whose calls failed are read and written again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::FieldListModel</name>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to create a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::HealthMonitor</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API budget is exhausted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sync run(s) in a row had failures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the credentials (authentication failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed in the last run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed during this run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed in the last run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous match(es) to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::HighLevelConnectionPage</name>
    <message>
        <source>✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel Private Integration Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel location id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ve9EPM428h8vShlRW1KT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Integration &amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HighLevel open &lt;b&gt;Settings → Private Integrations&lt;/b&gt;, create an integration with the contacts, locations and tasks scopes and copy its token (it starts with &lt;tt&gt;pit-&lt;/tt&gt;). HighLevel shows it only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sub-account in HighLevel: the id is the part of the address after &lt;tt&gt;/v2/location/&lt;/tt&gt;, e.g. app.gohighlevel.com/v2/location/&lt;b&gt;ve9EPM428h8vShlRW1KT&lt;/b&gt;/dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave as is unless support asked you to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed from your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the location id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to HighLevel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Private Integration Token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The token is in your keychain; the location id and address are in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token may do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message>
        <source>Fieldbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Badger Maps and HighLevel accounts. Secrets are kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which fields sync, in which direction, and how conflicts are settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags on outcomes, follow-up tasks and team routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status, failed calls, latency and rate budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed where, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval, rate budgets, language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fieldbridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MappingEditor</name>
    <message>
        <source>Field mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the field selected on the left to the one selected on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected field into the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mapping to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the default mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping for the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the live fields again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields and mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping (drag a field here or onto a field of the other side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HighLevel fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badger fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search HighLevel fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Badger fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When both sides changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;conflict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the live field lists and a sample record from each side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live fields loaded: HighLevel %1 (%2 custom), Badger %3 (%4 custom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the mapping has errors (marked in the table and listed above). Fix them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The next sync uses this mapping (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The defaults are shown; saving replaces the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2. Save to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: some rows have only one field. Complete or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping already is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the default mapping. Undo brings your rows back; Save keeps the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two fields are already mapped to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a field on the left, one on the right, then press Pair (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row in the table and a field in one of the lists, then press Use in row (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 already uses that field, or another row already maps the same pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Rows with errors are marked; saving waits until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Rows with warnings are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge mapping (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge mapping (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MappingTableModel</name>
    <message>
        <source>Map %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts in row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel to Badger only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger to HighLevel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(drop a HighLevel field here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(drop a Badger field here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a HighLevel field for %1: drop one on this row, or select one and press Pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Badger field for %1: drop one on this row, or select one and press Pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::PlannedChangesModel</name>
    <message>
        <source>Badger → HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel → Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create in HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create in Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::RowPreview</name>
    <message>
        <source>Preview on a sample record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would write to Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would write to HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HighLevel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Badger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes to Badger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes to HighLevel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a sample record from each side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel contact “%1”, Badger account “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (row is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (one way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SecretField</name>
    <message>
        <source>No keychain is available, so Fieldbridge cannot keep your token. Install and start a Secret Service (GNOME Keyring or KWallet) and log in again; on a server without a desktop use the headless mode with a token file instead. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain is locked. Unlock it (your login keyring opens with your login password), then try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in your keychain (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new one; the stored one stays until you save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel daily request budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel requests per 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger daily request budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete on the other side too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the budget kept for writes, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a record deleted on one side is unlinked and shown in Activity. On: it is deleted on the other side as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HighLevel per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel &amp;burst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badger per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserve for writes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel allows 200,000 requests a day and 100 per 10 seconds per location; Badger 25,000 a day per team. Lower budgets leave room for your other integrations; the reserve keeps part of each budget for writing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when you restart Fieldbridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the settings, but the mapping file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the settings, but the mapping file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Fieldbridge to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::TransformDialog</name>
    <message>
        <source>Transforms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms change a value on its way to the other side, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of transform to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move transform up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move transform down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a transform to change its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes spaces at the start and end of the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the letter case of the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply when writing to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badger only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When writing to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes phone numbers in international form (+14155550132).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region for numbers without a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region (e.g. US, GB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reformats dates between the sides (yyyy = year, MM = month, dd = day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format in HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format in Badger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HighLevel format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badger format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pair per line: HighLevel value = Badger value. Values not listed pass unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore letter case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore letter case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the value from fields of the source record, e.g. {firstName} {lastName}. One way only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a full name is written and split into first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last, First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the transforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply transforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template fills a field one way: set the row&apos;s direction before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::TransformListModel</name>
    <message>
        <source>Trim spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (E.164)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (into HighLevel only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (into Badger only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone to E.164</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone to E.164 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date %1 ⇄ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map 1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as “Last, First”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as Ǐirst Last”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transform “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::TrayIcon</name>
    <message>
        <source>Fieldbridge: conflicts waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldbridge: sync problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
