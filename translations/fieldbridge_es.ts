<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>HighLevelParsers</name>
    <message>
        <source>HighLevel answered with a web page instead of JSON (HTTP %1). Check the base URL.</source>
        <translation>HighLevel respondió con una página web en lugar de JSON (HTTP %1). Compruebe la URL base.</translation>
    </message>
    <message>
        <source>HighLevel answered with an empty body (HTTP %1).</source>
        <translation>HighLevel respondió con un cuerpo vacío (HTTP %1).</translation>
    </message>
    <message>
        <source>HighLevel answered with something that is not JSON (HTTP %1).</source>
        <translation>HighLevel respondió con algo que no es JSON (HTTP %1).</translation>
    </message>
    <message>
        <source>HighLevel answered with %1 instead of an object.</source>
        <translation>HighLevel respondió con %1 en lugar de un objeto.</translation>
    </message>
    <message>
        <source>HighLevel reported error %1.</source>
        <translation>HighLevel informó del error %1.</translation>
    </message>
    <message>
        <source>HighLevel did not return &apos;%1&apos;: %2</source>
        <translation>HighLevel no devolvió «%1»: %2</translation>
    </message>
    <message>
        <source>HighLevel&apos;s answer lacks &apos;%1&apos;.</source>
        <translation>A la respuesta de HighLevel le falta «%1».</translation>
    </message>
    <message>
        <source>Unexpected answer from HighLevel: %1</source>
        <translation>Respuesta inesperada de HighLevel: %1</translation>
    </message>
    <message>
        <source>HighLevel reported the update as not successful.</source>
        <translation>HighLevel informó de que la actualización no se realizó correctamente.</translation>
    </message>
    <message>
        <source>HighLevel reported the operation as not successful.</source>
        <translation>HighLevel informó de que la operación no se realizó correctamente.</translation>
    </message>
    <message>
        <source>HighLevel reported the business update as not successful.</source>
        <translation>HighLevel informó de que la actualización de la empresa no se realizó correctamente.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>: no limit</source>
        <translation>: sin límite</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>quedan %1 de %2</translation>
    </message>
</context>
<context>
    <name>fb::CommandLine</name>
    <message>
        <source>Not a valid http(s) URL: %1</source>
        <translation>No es una URL http(s) válida: %1</translation>
    </message>
    <message>
        <source>Fieldbridge keeps Badger Maps and HighLevel in sync, two-way.

Headless use: fieldbridge [options] --headless COMMAND [command options]
Exit codes: 0 ok, 1 failed, 2 usage, 3 configuration missing, 4 database refused, 5 budget exhausted.</source>
        <translation>Fieldbridge mantiene Badger Maps y HighLevel sincronizados en ambos sentidos.

Uso sin interfaz: fieldbridge [opciones] --headless ORDEN [opciones de la orden]
Códigos de salida: 0 correcto, 1 fallo, 2 uso incorrecto, 3 falta la configuración, 4 base de datos rechazada, 5 presupuesto agotado.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Guardar la base de datos y los ajustes en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox (simulated accounts).</source>
        <translation>Ejecutar contra el entorno de pruebas integrado (cuentas simuladas).</translation>
    </message>
    <message>
        <source>Run a command without a window (sync, status, check); see README.</source>
        <translation>Ejecutar una orden sin ventana (sync, status, check); consulte el README.</translation>
    </message>
    <message>
        <source>HighLevel API base URL.</source>
        <translation>URL base de la API de HighLevel.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Badger Maps API base URL.</source>
        <translation>URL base de la API de Badger Maps.</translation>
    </message>
    <message>
        <source>HighLevel location (sub-account) id.</source>
        <translation>ID de ubicación (subcuenta) de HighLevel.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start minimised to the system tray.</source>
        <translation>Iniciar minimizado en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
</context>
<context>
    <name>fb::api::ApiTypes</name>
    <message>
        <source>no error</source>
        <comment>error class</comment>
        <translation>sin error</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>error class</comment>
        <translation>error de red</translation>
    </message>
    <message>
        <source>timeout</source>
        <comment>error class</comment>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <comment>error class</comment>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>error class</comment>
        <translation>límite de solicitudes alcanzado</translation>
    </message>
    <message>
        <source>budget exhausted</source>
        <comment>error class</comment>
        <translation>presupuesto agotado</translation>
    </message>
    <message>
        <source>server error</source>
        <comment>error class</comment>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <comment>error class</comment>
        <translation>no autenticado</translation>
    </message>
    <message>
        <source>forbidden</source>
        <comment>error class</comment>
        <translation>prohibido</translation>
    </message>
    <message>
        <source>not found</source>
        <comment>error class</comment>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>data refused</source>
        <comment>error class</comment>
        <translation>datos rechazados</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <comment>error class</comment>
        <translation>respuesta ilegible</translation>
    </message>
    <message>
        <source>answer too large</source>
        <comment>error class</comment>
        <translation>respuesta demasiado grande</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <comment>error class</comment>
        <translation>falló la conexión segura</translation>
    </message>
    <message>
        <source>insecure address</source>
        <comment>error class</comment>
        <translation>dirección insegura</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>error class</comment>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>other error</source>
        <comment>error class</comment>
        <translation>otro error</translation>
    </message>
</context>
<context>
    <name>fb::api::BudgetState</name>
    <message>
        <source>Daily budget exhausted until %1</source>
        <translation>Presupuesto diario agotado hasta %1</translation>
    </message>
    <message>
        <source>Daily budget down to its write reserve: reads paused until %1</source>
        <translation>Presupuesto diario reducido a su reserva para escrituras: lecturas en pausa hasta %1</translation>
    </message>
</context>
<context>
    <name>fb::api::HighLevelConnectionTest</name>
    <message>
        <source>HighLevel has no &quot;who am I&quot; endpoint for a Private Integration Token: the token belongs to the sub-account (location) it was created in, shown here by name.</source>
        <translation>HighLevel no tiene un punto de acceso «quién soy» para un token de integración privada: el token pertenece a la subcuenta (ubicación) en la que se creó, que se muestra aquí por su nombre.</translation>
    </message>
    <message>
        <source>Limits reported by HighLevel: %1 requests per %2 s (%3 left), %4 per day (%5 left).</source>
        <translation>Límites informados por HighLevel: %1 solicitudes cada %2 s (quedan %3), %4 al día (quedan %5).</translation>
    </message>
    <message>
        <source>HighLevel sent no rate-limit headers; Fieldbridge assumes 100 requests per 10 s and 200,000 per day.</source>
        <translation>HighLevel no envió cabeceras de límite de solicitudes; Fieldbridge supone 100 solicitudes cada 10 s y 200 000 al día.</translation>
    </message>
    <message>
        <source>The secure connection to HighLevel failed: %1</source>
        <translation>Falló la conexión segura con HighLevel: %1</translation>
    </message>
    <message>
        <source>Check the system date and any proxy that intercepts HTTPS; Fieldbridge never ignores certificate errors.</source>
        <translation>Compruebe la fecha del sistema y cualquier proxy que intercepte HTTPS; Fieldbridge nunca ignora los errores de certificado.</translation>
    </message>
    <message>
        <source>The HighLevel base URL %1 is not HTTPS.</source>
        <translation>La URL base de HighLevel %1 no es HTTPS.</translation>
    </message>
    <message>
        <source>Use https://services.leadconnectorhq.com as the base URL.</source>
        <translation>Use https://services.leadconnectorhq.com como URL base.</translation>
    </message>
    <message>
        <source>Could not reach HighLevel at %1: %2</source>
        <translation>No se pudo contactar con HighLevel en %1: %2</translation>
    </message>
    <message>
        <source>Check the network connection and the base URL (normally https://services.leadconnectorhq.com).</source>
        <translation>Compruebe la conexión de red y la URL base (normalmente https://services.leadconnectorhq.com).</translation>
    </message>
    <message>
        <source>not checked: HighLevel could not be reached</source>
        <translation>no comprobado: no se pudo contactar con HighLevel</translation>
    </message>
    <message>
        <source>%1 does not answer like the HighLevel API.</source>
        <translation>%1 no responde como la API de HighLevel.</translation>
    </message>
    <message>
        <source>Check the base URL: it should be https://services.leadconnectorhq.com.</source>
        <translation>Compruebe la URL base: debería ser https://services.leadconnectorhq.com.</translation>
    </message>
    <message>
        <source>not checked: wrong base URL</source>
        <translation>no comprobado: URL base incorrecta</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>HighLevel refused the token: %1</source>
        <translation>HighLevel rechazó el token: %1</translation>
    </message>
    <message>
        <source>Paste the Private Integration Token again (Settings → Private Integrations in the sub-account); it may have been rotated, expired or copied incompletely.</source>
        <translation>Vuelva a pegar el token de integración privada (Settings → Private Integrations en la subcuenta); puede que se haya renovado, haya caducado o se haya copiado de forma incompleta.</translation>
    </message>
    <message>
        <source>not checked: the token was refused</source>
        <translation>no comprobado: se rechazó el token</translation>
    </message>
    <message>
        <source>The token has no access to location %1: %2</source>
        <translation>El token no tiene acceso a la ubicación %1: %2</translation>
    </message>
    <message>
        <source>Check the location id (the part after /v2/location/ in the HighLevel address bar) and that the Private Integration was created in that sub-account.</source>
        <translation>Compruebe el ID de ubicación (la parte tras /v2/location/ en la barra de direcciones de HighLevel) y que la integración privada se creó en esa subcuenta.</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedido</translation>
    </message>
    <message>
        <source>not checked: no access to this location</source>
        <translation>no comprobado: sin acceso a esta ubicación</translation>
    </message>
    <message>
        <source>missing: edit the Private Integration in HighLevel and add the scope %1</source>
        <translation>falta: edite la integración privada en HighLevel y añada el ámbito %1</translation>
    </message>
    <message>
        <source>the check failed (%1): %2</source>
        <translation>la comprobación falló (%1): %2</translation>
    </message>
    <message>
        <source>missing (optional: only needed to show the location&apos;s name)</source>
        <translation>falta (opcional: solo se necesita para mostrar el nombre de la ubicación)</translation>
    </message>
    <message>
        <source>not probed: HighLevel offers no side-effect-free check; the first write will tell</source>
        <translation>no comprobado: HighLevel no ofrece ninguna comprobación sin efectos secundarios; la primera escritura lo dirá</translation>
    </message>
    <message>
        <source>The token is missing scopes the sync needs: %1</source>
        <translation>Al token le faltan ámbitos que la sincronización necesita: %1</translation>
    </message>
    <message>
        <source>In HighLevel, open Settings → Private Integrations, edit this integration and enable: %1. Then paste the new token if HighLevel issued one.</source>
        <translation>En HighLevel, abra Settings → Private Integrations, edite esta integración y active: %1. Después pegue el token nuevo si HighLevel emitió uno.</translation>
    </message>
    <message>
        <source>Some checks failed: %1</source>
        <translation>Algunas comprobaciones fallaron: %1</translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, check HighLevel&apos;s status page.</source>
        <translation>Inténtelo de nuevo en un momento; si persiste, consulte la página de estado de HighLevel.</translation>
    </message>
    <message>
        <source>Connected to HighLevel location %1.</source>
        <translation>Conectado a la ubicación %1 de HighLevel.</translation>
    </message>
    <message>
        <source>Connected to HighLevel location &quot;%1&quot; (%2).</source>
        <translation>Conectado a la ubicación «%1» de HighLevel (%2).</translation>
    </message>
</context>
<context>
    <name>fb::api::RateGovernor</name>
    <message>
        <source>The daily request budget of %1 is used up until %2.</source>
        <translation>El presupuesto diario de solicitudes de %1 está agotado hasta las %2.</translation>
    </message>
    <message>
        <source>Only the write reserve of the %1 daily budget is left; reads wait until %2.</source>
        <translation>Solo queda la reserva para escrituras del presupuesto diario de %1; las lecturas esperan hasta las %2.</translation>
    </message>
</context>
<context>
    <name>fb::api::RequestEngine</name>
    <message>
        <source>Could not connect within %1 s.</source>
        <translation>No se pudo conectar en %1 s.</translation>
    </message>
    <message>
        <source>%1 is not configured (no base URL).</source>
        <translation>%1 no está configurado (sin URL base).</translation>
    </message>
    <message>
        <source>Refusing to send to %1 without HTTPS.</source>
        <translation>Se rechaza enviar a %1 sin HTTPS.</translation>
    </message>
    <message>
        <source>The response (%1 bytes) exceeds the %2-byte limit.</source>
        <translation>La respuesta (%1 bytes) supera el límite de %2 bytes.</translation>
    </message>
    <message>
        <source>The response exceeds the %1-byte limit.</source>
        <translation>La respuesta supera el límite de %1 bytes.</translation>
    </message>
    <message>
        <source>The server redirected a create (HTTP %1); nothing was created. Check the base URL.</source>
        <translation>El servidor redirigió una creación (HTTP %1); no se creó nada. Compruebe la URL base.</translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to an insecure address.</source>
        <translation>Se rechazó una redirección de HTTPS a una dirección insegura.</translation>
    </message>
    <message>
        <source>Refused a redirect to an insecure address.</source>
        <translation>Se rechazó una redirección a una dirección insegura.</translation>
    </message>
    <message>
        <source>Refused a redirect to another host (%1): the token is only sent to the configured server.</source>
        <translation>Se rechazó una redirección a otro servidor (%1): el token solo se envía al servidor configurado.</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1).</source>
        <translation>Demasiadas redirecciones (más de %1).</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: it may have been applied.</source>
        <translation>Cancelado después de enviar la solicitud: puede que se haya aplicado.</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent; it may have been applied. Not re-sent: check the server before trying again.</source>
        <translation>La conexión se cerró después de enviar la solicitud; puede que se haya aplicado. No se reenvió: compruebe el servidor antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>Error de TLS: %1</translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to HTTP.</source>
        <translation>Se rechazó una redirección de HTTPS a HTTP.</translation>
    </message>
    <message>
        <source>No data for %1 s: the transfer timed out.</source>
        <translation>Sin datos durante %1 s: se agotó el tiempo de la transferencia.</translation>
    </message>
    <message>
        <source>The response was cut short: %1</source>
        <translation>La respuesta se cortó: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>%1 It may have been applied; not re-sent.</source>
        <translation>%1 Puede que se haya aplicado; no se reenvió.</translation>
    </message>
    <message>
        <source>The server sent an HTML page instead of JSON.</source>
        <translation>El servidor envió una página HTML en lugar de JSON.</translation>
    </message>
    <message>
        <source>The server sent an HTML page instead of JSON: %1</source>
        <translation>El servidor envió una página HTML en lugar de JSON: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>La respuesta del servidor no es JSON válido.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>El servidor respondió con un error.</translation>
    </message>
    <message>
        <source>HTTP %1 (an HTML error page)</source>
        <translation>HTTP %1 (una página de error HTML)</translation>
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
        <translation>HTTP %1 después de enviar la solicitud; puede que se haya aplicado. %2</translation>
    </message>
    <message>
        <source>The daily request budget of %1 is used up until %2.</source>
        <translation>El presupuesto diario de solicitudes de %1 está agotado hasta las %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>fb::api::badger</name>
    <message>
        <source>Badger sent a response Fieldbridge cannot read (%1). If this keeps happening, the API may have changed; the call log has the details.</source>
        <translation>Badger envió una respuesta que Fieldbridge no puede leer (%1). Si sigue ocurriendo, puede que la API haya cambiado; el registro de llamadas tiene los detalles.</translation>
    </message>
    <message>
        <source> Badger said: &quot;%1&quot;</source>
        <translation> Badger dijo: «%1»</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Badger rejected the API key%1. Check the key on the Connections screen (copy it again from Badger) and that API access is enabled for your team (support@badgermapping.com).%2</source>
        <translation>Badger rechazó la clave de API%1. Compruebe la clave en la pantalla Conexiones (cópiela de nuevo desde Badger) y que el acceso a la API esté activado para su equipo (support@badgermapping.com).%2</translation>
    </message>
    <message>
        <source>Badger refused this for your user%1: the API key&apos;s user may not see or change this record (a manager&apos;s key is needed for other users&apos; accounts).%2</source>
        <translation>Badger se lo denegó a su usuario%1: puede que el usuario de la clave de API no pueda ver o cambiar este registro (se necesita la clave de un gerente para las cuentas de otros usuarios).%2</translation>
    </message>
    <message>
        <source>Badger answered with a web page instead of the API%1: the base URL is probably wrong (the default is %2).</source>
        <translation>Badger respondió con una página web en lugar de la API%1: probablemente la URL base es incorrecta (la predeterminada es %2).</translation>
    </message>
    <message>
        <source>Badger does not know this record%1; it may have been deleted.%2</source>
        <translation>Badger no conoce este registro%1; puede que se haya eliminado.%2</translation>
    </message>
    <message>
        <source>Badger refused the data%1.%2</source>
        <translation>Badger rechazó los datos%1.%2</translation>
    </message>
    <message>
        <source> No reason was given.</source>
        <translation> No se indicó ningún motivo.</translation>
    </message>
    <message>
        <source>Badger&apos;s request limit is reached%1. Fieldbridge waits and continues later.%2</source>
        <translation>Se alcanzó el límite de solicitudes de Badger%1. Fieldbridge espera y continúa más tarde.%2</translation>
    </message>
    <message>
        <source>Badger had a server error%1. Fieldbridge retries later.%2</source>
        <translation>Badger tuvo un error del servidor%1. Fieldbridge lo reintenta más tarde.%2</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so Badger may or may not have saved it. Fieldbridge does not send it again; it looks the record up first.%1</source>
        <translation>La conexión se interrumpió después de enviar la solicitud, así que puede que Badger la haya guardado o no. Fieldbridge no la vuelve a enviar; primero busca el registro.%1</translation>
    </message>
    <message>
        <source>The Badger request failed (%1)%2.%3</source>
        <translation>La solicitud a Badger falló (%1)%2.%3</translation>
    </message>
    <message>
        <source>Badger answered with a web page instead of JSON (HTTP %1): check the base URL (the default is %2) and any proxy in between.</source>
        <translation>Badger respondió con una página web en lugar de JSON (HTTP %1): compruebe la URL base (la predeterminada es %2) y cualquier proxy intermedio.</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>el cuerpo no es JSON</translation>
    </message>
    <message>
        <source>expected a list of %1, got %2</source>
        <translation>se esperaba una lista de %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1[%2] is %3, not an object</source>
        <translation>%1[%2] es %3, no un objeto</translation>
    </message>
    <message>
        <source>expected %1 object, got %2</source>
        <translation>se esperaba un objeto %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected objects, got %1</source>
        <translation>se esperaban objetos, se obtuvo %1</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>no es una fecha y hora</translation>
    </message>
    <message>
        <source>expected an object with a status, got %1</source>
        <translation>se esperaba un objeto con un estado, se obtuvo %1</translation>
    </message>
    <message>
        <source>the login answer has no status</source>
        <translation>la respuesta del inicio de sesión no tiene estado</translation>
    </message>
    <message>
        <source>login_successful without a token</source>
        <translation>login_successful sin token</translation>
    </message>
    <message>
        <source>Badger needs both a user name and a password. Enter both and try again.</source>
        <translation>Badger necesita un nombre de usuario y una contraseña. Introduzca ambos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This Badger account is disabled. Ask your Badger administrator to enable it.</source>
        <translation>Esta cuenta de Badger está desactivada. Pida a su administrador de Badger que la active.</translation>
    </message>
    <message>
        <source>Badger does not know this user name and password. Check both (the password is case-sensitive) and try again.</source>
        <translation>Badger no reconoce este nombre de usuario y contraseña. Compruebe ambos (la contraseña distingue mayúsculas y minúsculas) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Badger says the login was not sent as a POST request; a proxy may have changed it.</source>
        <translation>Badger indica que el inicio de sesión no se envió como solicitud POST; puede que un proxy la haya cambiado.</translation>
    </message>
    <message>
        <source>The Badger trial of this account has expired. A paid plan is needed for API access.</source>
        <translation>La prueba de Badger de esta cuenta ha caducado. Se necesita un plan de pago para acceder a la API.</translation>
    </message>
    <message>
        <source>Badger has suspended this account for an unpaid bill. Settle it with Badger, then try again.</source>
        <translation>Badger ha suspendido esta cuenta por una factura impagada. Regularícela con Badger e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Badger refused the login with a status Fieldbridge does not know: &quot;%1&quot;.</source>
        <translation>Badger rechazó el inicio de sesión con un estado que Fieldbridge no conoce: «%1».</translation>
    </message>
    <message>
        <source>created.customer: expected an object, got %1</source>
        <translation>created.customer: se esperaba un objeto, se obtuvo %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>es nulo</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>se esperaba un entero, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an integer, got a string that is not one</source>
        <translation>se esperaba un entero, se obtuvo una cadena que no lo es</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>fuera de rango</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>se esperaba true o false, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba una matriz, se obtuvo %1</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
</context>
<context>
    <name>fb::api::badger::BadgerClient</name>
    <message>
        <source>user search not probed: the profile has no email or id</source>
        <translation>búsqueda de usuarios no comprobada: el perfil no tiene correo electrónico ni id</translation>
    </message>
    <message>
        <source>user search did not find the key&apos;s own user; assumed one-object form</source>
        <translation>la búsqueda de usuarios no encontró al propio usuario de la clave; se supone la forma de un solo objeto</translation>
    </message>
    <message>
        <source>user search failed: %1</source>
        <translation>la búsqueda de usuarios falló: %1</translation>
    </message>
    <message>
        <source>account fields not probed: the user has no accounts</source>
        <translation>campos de cuenta no comprobados: el usuario no tiene cuentas</translation>
    </message>
    <message>
        <source>account list failed: %1</source>
        <translation>la lista de cuentas falló: %1</translation>
    </message>
    <message>
        <source>account detail failed: %1</source>
        <translation>el detalle de la cuenta falló: %1</translation>
    </message>
    <message>
        <source>listing all check-ins could not be probed: %1</source>
        <translation>no se pudo comprobar el listado de todos los check-ins: %1</translation>
    </message>
    <message>
        <source>probe stopped: the profile could not be read: %1</source>
        <translation>comprobación detenida: no se pudo leer el perfil: %1</translation>
    </message>
    <message>
        <source>The update has no fields to change; nothing was sent to Badger.</source>
        <translation>La actualización no tiene campos que cambiar; no se envió nada a Badger.</translation>
    </message>
    <message>
        <source>This Badger account cannot list all check-ins at once (or it was not probed yet); check-ins are read per account instead.</source>
        <translation>Esta cuenta de Badger no puede listar todos los check-ins a la vez (o aún no se comprobó); los check-ins se leen cuenta por cuenta.</translation>
    </message>
</context>
<context>
    <name>fb::api::badger::BadgerConnectionTest</name>
    <message>
        <source>Badger allows about %1 requests a day per team and sends no rate-limit headers; Fieldbridge counts its own requests (%2 today) and keeps a reserve for writes.</source>
        <translation>Badger permite unas %1 solicitudes al día por equipo y no envía cabeceras de límite de solicitudes; Fieldbridge cuenta sus propias solicitudes (%2 hoy) y guarda una reserva para escrituras.</translation>
    </message>
    <message>
        <source>Badger rejected the API key.</source>
        <translation>Badger rechazó la clave de API.</translation>
    </message>
    <message>
        <source>The connection to Badger does not work.</source>
        <translation>La conexión con Badger no funciona.</translation>
    </message>
    <message>
        <source>This Badger user may not edit accounts (is_user_can_edit is off), so changes from HighLevel cannot be written to Badger. Ask your Badger administrator for edit rights or sync one way only.</source>
        <translation>Este usuario de Badger no puede editar cuentas (is_user_can_edit está desactivado), así que los cambios de HighLevel no se pueden escribir en Badger. Pida permisos de edición a su administrador de Badger o sincronice en un solo sentido.</translation>
    </message>
    <message>
        <source>The profile could be read but the account list could not: %1</source>
        <translation>Se pudo leer el perfil, pero no la lista de cuentas: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Connected to Badger as %1%2: %3 accounts.</source>
        <translation>Conectado a Badger como %1%2: %3 cuentas.</translation>
    </message>
    <message>
        <source> (manager)</source>
        <translation> (gerente)</translation>
    </message>
    <message>
        <source>Connected to Badger as %1, but the accounts cannot be read.</source>
        <translation>Conectado a Badger como %1, pero no se pueden leer las cuentas.</translation>
    </message>
    <message>
        <source>Fieldbridge could not reach Badger at %1 (%2). Check the internet connection and any proxy, and that the base URL is right (the default is %3).</source>
        <translation>Fieldbridge no pudo contactar con Badger en %1 (%2). Compruebe la conexión a internet y cualquier proxy, y que la URL base sea correcta (la predeterminada es %3).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Fieldbridge never ignores certificate errors: check the system time and any proxy that intercepts HTTPS.</source>
        <translation>Falló la conexión segura con %1 (%2). Fieldbridge nunca ignora los errores de certificado: compruebe la hora del sistema y cualquier proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>%1 did not answer like the Badger API (HTTP %2 for the profile). Check the base URL (the default is %3).</source>
        <translation>%1 no respondió como la API de Badger (HTTP %2 para el perfil). Compruebe la URL base (la predeterminada es %3).</translation>
    </message>
    <message>
        <source>%1 is not an HTTPS address (%2). Use https://, as in the default %3.</source>
        <translation>%1 no es una dirección HTTPS (%2). Use https://, como en la predeterminada %3.</translation>
    </message>
    <message>
        <source>The request to Badger failed (%1).</source>
        <translation>La solicitud a Badger falló (%1).</translation>
    </message>
</context>
<context>
    <name>fb::app::Headless</name>
    <message>
        <source>%1: %2 HighLevel and %3 Badger calls; linked %4, created %5 in HighLevel and %6 in Badger, updated %7 in HighLevel and %8 in Badger; conflicts: %9, failed: %10.</source>
        <translation>%1: %2 llamadas a HighLevel y %3 a Badger; vinculados %4, creados %5 en HighLevel y %6 en Badger, actualizados %7 en HighLevel y %8 en Badger; conflictos: %9, fallidos: %10.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Could not start the sandbox: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>HighLevel token: %1</source>
        <translation>Token de HighLevel: %1</translation>
    </message>
    <message>
        <source>Badger API key: %1</source>
        <translation>Clave de API de Badger: %1</translation>
    </message>
    <message>
        <source>No HighLevel location id: pass --location-id, set FIELDBRIDGE_GHL_LOCATION_ID, or connect HighLevel in the app.</source>
        <translation>No hay ID de ubicación de HighLevel: pase --location-id, defina FIELDBRIDGE_GHL_LOCATION_ID o conecte HighLevel en la aplicación.</translation>
    </message>
    <message>
        <source>Run one sync and exit (the default).</source>
        <translation>Ejecutar una sincronización y salir (predeterminado).</translation>
    </message>
    <message>
        <source>Keep syncing every &lt;seconds&gt; (default: the configured interval).</source>
        <translation>Seguir sincronizando cada &lt;segundos&gt; (predeterminado: el intervalo configurado).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Show the planned changes without writing anything.</source>
        <translation>Mostrar los cambios previstos sin escribir nada.</translation>
    </message>
    <message>
        <source>Read every record on both sides this run.</source>
        <translation>Leer todos los registros de ambos lados en esta ejecución.</translation>
    </message>
    <message>
        <source>Print the run summary as JSON.</source>
        <translation>Imprimir el resumen de la ejecución como JSON.</translation>
    </message>
    <message>
        <source>Read the tokens from &lt;file&gt; (see README).</source>
        <translation>Leer los tokens de &lt;archivo&gt; (consulte el README).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>--watch and --dry-run cannot be combined.</source>
        <translation>--watch y --dry-run no se pueden combinar.</translation>
    </message>
    <message>
        <source>Linked: %1, pending: %2, failed: %3, ambiguous: %4, conflicts: %5</source>
        <translation>Vinculados: %1, pendientes: %2, fallidos: %3, ambiguos: %4, conflictos: %5</translation>
    </message>
    <message>
        <source>Last run: %1 (%2)</source>
        <translation>Última ejecución: %1 (%2)</translation>
    </message>
    <message>
        <source>No headless command given.</source>
        <translation>No se indicó ninguna orden sin interfaz.</translation>
    </message>
    <message>
        <source>Unknown headless command: &quot;%1&quot;.</source>
        <translation>Orden sin interfaz desconocida: «%1».</translation>
    </message>
    <message>
        <source>Commands: sync [--once|--watch [SECONDS]] [--dry-run] [--full] [--json], status [--json], check [--json].</source>
        <translation>Órdenes: sync [--once|--watch [SECONDS]] [--dry-run] [--full] [--json], status [--json], check [--json].</translation>
    </message>
    <message>
        <source>Last run: never</source>
        <translation>Última ejecución: nunca</translation>
    </message>
</context>
<context>
    <name>fb::secrets::CredentialResolver</name>
    <message>
        <source>No token found: set %1 or name a token file with --token-file.</source>
        <translation>No se encontró ningún token: defina %1 o indique un archivo de token con --token-file.</translation>
    </message>
</context>
<context>
    <name>fb::secrets::CredentialStore</name>
    <message>
        <source>No keychain service is running (Secret Service/KWallet). Install and start gnome-keyring (or KWallet), or for a headless server use FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN or a token file (see docs/credentials.md).</source>
        <translation>No hay ningún servicio de llavero en ejecución (Secret Service/KWallet). Instale e inicie gnome-keyring (o KWallet) o, en un servidor sin escritorio, use FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN o un archivo de token (consulte docs/credentials.md).</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo (por ejemplo, iniciando sesión en su escritorio) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No token is stored for this connection yet. Enter it on the Connections screen, or for a headless run set FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN.</source>
        <translation>Aún no hay ningún token guardado para esta conexión. Introdúzcalo en la pantalla Conexiones o, para una ejecución sin interfaz, defina FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain service is running but has no default keyring. Log in to your desktop session once (it creates the login keyring) or create one with a keyring manager such as Seahorse, then try again.</source>
        <translation>El servicio de llavero está en ejecución, pero no tiene un anillo de claves predeterminado. Inicie sesión en su escritorio una vez (se crea el anillo de claves de inicio de sesión) o cree uno con un gestor de claves como Seahorse, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>reading the token</source>
        <translation>al leer el token</translation>
    </message>
    <message>
        <source>saving or deleting the token</source>
        <translation>al guardar o eliminar el token</translation>
    </message>
    <message>
        <source>The keychain reported an error while %1: %2. Try again; if it persists, check that your keyring service works (for example with &quot;secret-tool search --all service %3&quot;).</source>
        <translation>El llavero informó de un error %1: %2. Inténtelo de nuevo; si persiste, compruebe que su servicio de anillo de claves funciona (por ejemplo, con «secret-tool search --all service %3»).</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>fb::secrets::HeadlessCredentials</name>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 no está definida.</translation>
    </message>
    <message>
        <source>line %1 is not of the form key=value</source>
        <translation>la línea %1 no tiene la forma clave=valor</translation>
    </message>
    <message>
        <source>The token file %1 does not exist. Check the path given with --token-file.</source>
        <translation>El archivo de token %1 no existe. Compruebe la ruta indicada con --token-file.</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users (permissions %2). Fieldbridge refuses to use it: run &quot;chmod 600 %1&quot; and try again.</source>
        <translation>Otros usuarios pueden leer o cambiar el archivo de token %1 (permisos %2). Fieldbridge se niega a usarlo: ejecute «chmod 600 %1» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de token %1: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is larger than 64 KiB; it is probably not a token file.</source>
        <translation>El archivo de token %1 ocupa más de 64 KiB; probablemente no es un archivo de token.</translation>
    </message>
    <message>
        <source>The token file %1 holds no Fieldbridge keys (%2). Write lines such as FIELDBRIDGE_BADGER_TOKEN=... or an INI section [badger] with token=...</source>
        <translation>El archivo de token %1 no contiene claves de Fieldbridge (%2). Escriba líneas como FIELDBRIDGE_BADGER_TOKEN=... o una sección INI [badger] con token=...</translation>
    </message>
    <message>
        <source>no key=value lines</source>
        <translation>no hay líneas clave=valor</translation>
    </message>
    <message>
        <source>The token file %1 has no %2 entry for %3.</source>
        <translation>El archivo de token %1 no tiene ninguna entrada %2 para %3.</translation>
    </message>
    <message>
        <source>such</source>
        <translation>correspondiente</translation>
    </message>
</context>
<context>
    <name>fb::store::Database</name>
    <message>
        <source>The disk holding Fieldbridge&apos;s data is full. Nothing was lost: the last change was not saved and will be retried. Free some space and sync again.</source>
        <translation>El disco que contiene los datos de Fieldbridge está lleno. No se perdió nada: el último cambio no se guardó y se volverá a intentar. Libere espacio y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is read-only. Check the permissions of the data folder.</source>
        <translation>El archivo de datos de Fieldbridge es de solo lectura. Compruebe los permisos de la carpeta de datos.</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is in use by another process. Close other Fieldbridge windows or headless runs that use the same data folder and try again.</source>
        <translation>Otro proceso está usando el archivo de datos de Fieldbridge. Cierre otras ventanas de Fieldbridge o ejecuciones sin interfaz que usen la misma carpeta de datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file is damaged.</source>
        <translation>El archivo de datos de Fieldbridge está dañado.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file %1 is damaged (%2) and could not be moved aside. Move it away yourself, then start Fieldbridge again; the sync will re-link your records.</source>
        <translation>El archivo de datos de Fieldbridge %1 está dañado (%2) y no se pudo apartar. Muévalo usted mismo y vuelva a iniciar Fieldbridge; la sincronización volverá a vincular sus registros.</translation>
    </message>
    <message>
        <source>Fieldbridge&apos;s data file was damaged (%1). It has been kept as %2 and not changed. Start again to create a fresh ledger: the next sync re-links records by email, phone and name, and reports anything ambiguous instead of guessing.</source>
        <translation>El archivo de datos de Fieldbridge estaba dañado (%1). Se ha conservado como %2 sin cambios. Vuelva a iniciar para crear un registro nuevo: la próxima sincronización vuelve a vincular los registros por correo electrónico, teléfono y nombre, e informa de lo que sea ambiguo en lugar de adivinar.</translation>
    </message>
    <message>
        <source>Could not open Fieldbridge&apos;s data file %1: %2</source>
        <translation>No se pudo abrir el archivo de datos de Fieldbridge %1: %2</translation>
    </message>
    <message>
        <source>Could not prepare Fieldbridge&apos;s data file: %1</source>
        <translation>No se pudo preparar el archivo de datos de Fieldbridge: %1</translation>
    </message>
    <message>
        <source>it is an SQLite file, but not a Fieldbridge ledger</source>
        <translation>es un archivo SQLite, pero no un registro de Fieldbridge</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Fieldbridge (ledger schema %1; this version understands up to %2). It has not been changed. Update Fieldbridge, or start this version with another data folder (--data-dir).</source>
        <translation>Estos datos los escribió una versión más reciente de Fieldbridge (esquema del registro %1; esta versión entiende hasta el %2). No se han modificado. Actualice Fieldbridge o inicie esta versión con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>falló la migración al esquema %1: %2</translation>
    </message>
    <message>
        <source>Could not update Fieldbridge&apos;s data file to this version (%1). Nothing was changed.</source>
        <translation>No se pudo actualizar el archivo de datos de Fieldbridge a esta versión (%1). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>fb::sync</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Budget exhausted</source>
        <translation>Presupuesto agotado</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>run status</comment>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>some records failed</source>
        <comment>run status</comment>
        <translation>algunos registros fallaron</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>run status</comment>
        <translation>fallida</translation>
    </message>
    <message>
        <source>budget used up</source>
        <comment>run status</comment>
        <translation>presupuesto agotado</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>run status</comment>
        <translation>detenida</translation>
    </message>
</context>
<context>
    <name>fb::sync::ExtrasSync</name>
    <message>
        <source>Rules: %1</source>
        <translation>Reglas: %1</translation>
    </message>
    <message>
        <source>Badger&apos;s daily budget is used up; check-ins are read next time.</source>
        <translation>El presupuesto diario de Badger está agotado; los check-ins se leerán la próxima vez.</translation>
    </message>
    <message>
        <source>Check-ins of %1: %2</source>
        <translation>Check-ins de %1: %2</translation>
    </message>
    <message>
        <source>HighLevel tasks: %1</source>
        <translation>Tareas de HighLevel: %1</translation>
    </message>
    <message>
        <source>Could not record the planned notes: %1</source>
        <translation>No se pudieron registrar las notas previstas: %1</translation>
    </message>
    <message>
        <source>%1: completing the task &quot;%2&quot;: %3</source>
        <translation>%1: al completar la tarea «%2»: %3</translation>
    </message>
    <message>
        <source>Tags on contact %1: %2</source>
        <translation>Etiquetas del contacto %1: %2</translation>
    </message>
    <message>
        <source>%1: the tag field: %2</source>
        <translation>%1: el campo de etiquetas: %2</translation>
    </message>
    <message>
        <source>%1: routing to user %2: %3</source>
        <translation>%1: al asignar al usuario %2: %3</translation>
    </message>
    <message>
        <source>%1: logging the completed task as a check-in: %2</source>
        <translation>%1: al registrar la tarea completada como check-in: %2</translation>
    </message>
    <message>
        <source>The HighLevel note was edited; Badger check-ins cannot be edited through its API, so the edit cannot be represented in Badger.</source>
        <translation>Se editó la nota de HighLevel; los check-ins de Badger no se pueden editar mediante su API, así que la edición no se puede reflejar en Badger.</translation>
    </message>
    <message>
        <source>The HighLevel note was deleted; Badger check-ins cannot be deleted through its API, so the delete cannot be represented in Badger.</source>
        <translation>Se eliminó la nota de HighLevel; los check-ins de Badger no se pueden eliminar mediante su API, así que la eliminación no se puede reflejar en Badger.</translation>
    </message>
    <message>
        <source>owner -&gt; Badger user %1 / HighLevel user %2</source>
        <translation>propietario -&gt; usuario de Badger %1 / usuario de HighLevel %2</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (vence el %2)</translation>
    </message>
    <message>
        <source>open tasks of rule %1</source>
        <translation>tareas abiertas de la regla %1</translation>
    </message>
    <message>
        <source>%1 (already there)</source>
        <translation>%1 (ya está)</translation>
    </message>
    <message>
        <source>%1 (not there)</source>
        <translation>%1 (no está)</translation>
    </message>
    <message numerus="yes">
        <source>Tags %1 on %n contact(s): %2</source>
        <translation>
            <numerusform>Etiquetas %1 en %n contacto: %2</numerusform>
            <numerusform>Etiquetas %1 en %n contactos: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>check-in #%1 (%2)</source>
        <translation>check-in n.º %1 (%2)</translation>
    </message>
    <message>
        <source>check-in #%1 (%2, %3)</source>
        <translation>check-in n.º %1 (%2, %3)</translation>
    </message>
    <message>
        <source>task %1 (%2, completed)</source>
        <translation>tarea %1 (%2, completada)</translation>
    </message>
</context>
<context>
    <name>fb::sync::FieldCatalog</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name (first + last)</source>
        <translation>Nombre completo (nombre + apellidos)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Usuario asignado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Propietario de la cuenta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>External customer id</source>
        <translation>ID de cliente externo</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personalizado)</translation>
    </message>
    <message>
        <source>text</source>
        <comment>field type</comment>
        <translation>texto</translation>
    </message>
    <message>
        <source>email</source>
        <comment>field type</comment>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>field type</comment>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>number</source>
        <comment>field type</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>date</source>
        <comment>field type</comment>
        <translation>fecha</translation>
    </message>
    <message>
        <source>user</source>
        <comment>field type</comment>
        <translation>usuario</translation>
    </message>
    <message>
        <source>tags</source>
        <comment>field type</comment>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>name</source>
        <comment>field type</comment>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>fb::sync::Mapping</name>
    <message>
        <source>This is not a Fieldbridge mapping file.</source>
        <translation>Este no es un archivo de asignación de Fieldbridge.</translation>
    </message>
    <message>
        <source>The mapping file has no valid version number.</source>
        <translation>El archivo de asignación no tiene un número de versión válido.</translation>
    </message>
    <message>
        <source>The mapping file was written by a newer Fieldbridge (format %1; this version reads up to %2).</source>
        <translation>El archivo de asignación lo escribió un Fieldbridge más reciente (formato %1; esta versión lee hasta el %2).</translation>
    </message>
    <message>
        <source>The mapping file has no list of fields.</source>
        <translation>El archivo de asignación no tiene una lista de campos.</translation>
    </message>
    <message>
        <source>Field row %1 needs both a HighLevel and a Badger field.</source>
        <translation>La fila de campos %1 necesita un campo de HighLevel y uno de Badger.</translation>
    </message>
    <message>
        <source>Field row %1 has an unknown direction &quot;%2&quot;.</source>
        <translation>La fila de campos %1 tiene una dirección desconocida «%2».</translation>
    </message>
    <message>
        <source>Field row %1 has an unknown conflict policy &quot;%2&quot;.</source>
        <translation>La fila de campos %1 tiene una política de conflictos desconocida «%2».</translation>
    </message>
    <message>
        <source>Two rows have the id &quot;%1&quot;.</source>
        <translation>Dos filas tienen el id «%1».</translation>
    </message>
    <message>
        <source>HighLevel has no field &quot;%1&quot; (was a custom field deleted?).</source>
        <translation>HighLevel no tiene ningún campo «%1» (¿se eliminó un campo personalizado?).</translation>
    </message>
    <message>
        <source>Badger has no field &quot;%1&quot; (was a custom field deleted?).</source>
        <translation>Badger no tiene ningún campo «%1» (¿se eliminó un campo personalizado?).</translation>
    </message>
    <message>
        <source>A template can only fill a field one way: choose a direction.</source>
        <translation>Una plantilla solo puede rellenar un campo en un sentido: elija una dirección.</translation>
    </message>
    <message>
        <source>Type mismatch: HighLevel &quot;%1&quot; is %2, Badger &quot;%3&quot; is %4.</source>
        <translation>Los tipos no coinciden: «%1» de HighLevel es %2, «%3» de Badger es %4.</translation>
    </message>
    <message>
        <source>Type mismatch: Badger &quot;%1&quot; is %2, HighLevel &quot;%3&quot; is %4.</source>
        <translation>Los tipos no coinciden: «%1» de Badger es %2, «%3» de HighLevel es %4.</translation>
    </message>
    <message>
        <source>HighLevel does not let &quot;%1&quot; be written.</source>
        <translation>HighLevel no permite escribir «%1».</translation>
    </message>
    <message>
        <source>Badger does not let &quot;%1&quot; be written.</source>
        <translation>Badger no permite escribir «%1».</translation>
    </message>
    <message>
        <source>HighLevel&apos;s update API does not list Company name; updates to it may be ignored.</source>
        <translation>La API de actualización de HighLevel no incluye Nombre de la empresa; puede que las actualizaciones de este campo se ignoren.</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; is written by two rows (%3 and %4).</source>
        <translation>El campo «%2» de %1 lo escriben dos filas (%3 y %4).</translation>
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
        <translation>Badger necesita «%1» para crear una cuenta: asígnele un campo de HighLevel o desactive la creación de cuentas de Badger.</translation>
    </message>
</context>
<context>
    <name>fb::sync::Matcher</name>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>nombre y dirección</translation>
    </message>
    <message>
        <source>%1 and %2 share the same %3; link them by hand.</source>
        <translation>%1 y %2 comparten el mismo %3; vincúlelos a mano.</translation>
    </message>
    <message numerus="yes">
        <source>%n HighLevel contact(s)</source>
        <translation>
            <numerusform>%n contacto de HighLevel</numerusform>
            <numerusform>%n contactos de HighLevel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Badger account(s)</source>
        <translation>
            <numerusform>%n cuenta de Badger</numerusform>
            <numerusform>%n cuentas de Badger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::sync::Merge</name>
    <message>
        <source>Both sides changed and Fieldbridge cannot tell which change is newer.</source>
        <translation>Ambos lados cambiaron y Fieldbridge no puede saber qué cambio es más reciente.</translation>
    </message>
    <message>
        <source>Both sides changed; this field asks you to choose.</source>
        <translation>Ambos lados cambiaron; este campo le pide que elija.</translation>
    </message>
</context>
<context>
    <name>fb::sync::RuleSet</name>
    <message>
        <source>rules: %1 must be an object</source>
        <translation>reglas: %1 debe ser un objeto</translation>
    </message>
    <message>
        <source>rules: notesToCheckIns.since is not an ISO 8601 time</source>
        <translation>reglas: notesToCheckIns.since no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>Two rules share the id &quot;%1&quot;; give each rule its own id.</source>
        <translation>Dos reglas comparten el id «%1»; dé a cada regla su propio id.</translation>
    </message>
    <message>
        <source>The %1 template uses unknown placeholders: %2. Known: %3.</source>
        <translation>La plantilla de %1 usa marcadores desconocidos: %2. Conocidos: %3.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>The note template is empty.</source>
        <translation>La plantilla de nota está vacía.</translation>
    </message>
    <message>
        <source>task check-in</source>
        <translation>check-in de tarea</translation>
    </message>
    <message>
        <source>Completed tasks log a check-in, but its type is empty.</source>
        <translation>Las tareas completadas registran un check-in, pero su tipo está vacío.</translation>
    </message>
    <message>
        <source>Notes become check-ins, but the check-in type is empty.</source>
        <translation>Las notas se convierten en check-ins, pero el tipo de check-in está vacío.</translation>
    </message>
    <message>
        <source>Tags sync to a Badger custom text field (custom_text, custom_text2, ...); &quot;%1&quot; is not one.</source>
        <translation>Las etiquetas se sincronizan con un campo de texto personalizado de Badger (custom_text, custom_text2, ...); «%1» no lo es.</translation>
    </message>
    <message>
        <source>The tag field %1 is also in the field mapping: two rules would write it. Remove one.</source>
        <translation>El campo de etiquetas %1 también está en la asignación de campos: dos reglas lo escribirían. Quite una.</translation>
    </message>
    <message>
        <source>A bulk threshold below 2 sends a bulk call for a single contact.</source>
        <translation>Un umbral masivo inferior a 2 envía una llamada masiva para un solo contacto.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no trigger: name check-in types or completed tasks.</source>
        <translation>La regla «%1» no tiene desencadenante: indique tipos de check-in o tareas completadas.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; neither adds nor removes a tag.</source>
        <translation>La regla «%1» no añade ni quita ninguna etiqueta.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names an empty tag.</source>
        <translation>La regla «%1» indica una etiqueta vacía.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; both adds and removes %2.</source>
        <translation>La regla «%1» añade y quita %2 a la vez.</translation>
    </message>
    <message>
        <source>Rules &quot;%1&quot; and &quot;%2&quot; fight over the tag &quot;%3&quot;: on %4 one adds it and the other removes it.</source>
        <translation>Las reglas «%1» y «%2» se contradicen con la etiqueta «%3»: en %4 una la añade y la otra la quita.</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; names no check-in type that opens a task.</source>
        <translation>La regla de seguimiento «%1» no indica ningún tipo de check-in que abra una tarea.</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot;: the check-in type(s) %2 would both open and complete the task.</source>
        <translation>Regla de seguimiento «%1»: los tipos de check-in %2 abrirían y completarían la tarea a la vez.</translation>
    </message>
    <message>
        <source>Follow-up rules &quot;%1&quot; and &quot;%2&quot; both open a task for a &quot;%3&quot; check-in.</source>
        <translation>Las reglas de seguimiento «%1» y «%2» abren ambas una tarea para un check-in «%3».</translation>
    </message>
    <message>
        <source>task title</source>
        <translation>título de la tarea</translation>
    </message>
    <message>
        <source>task body</source>
        <translation>cuerpo de la tarea</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; has an empty task title.</source>
        <translation>La regla de seguimiento «%1» tiene un título de tarea vacío.</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot;: the due date offset must be 0-3650 days.</source>
        <translation>Regla de seguimiento «%1»: el plazo de vencimiento debe ser de 0 a 3650 días.</translation>
    </message>
    <message>
        <source>Follow-up rule &quot;%1&quot; assigns to Badger user %2, who is not in the user map.</source>
        <translation>La regla de seguimiento «%1» asigna al usuario de Badger %2, que no está en la correspondencia de usuarios.</translation>
    </message>
    <message>
        <source>Cycle: a completed task logs a &quot;%1&quot; check-in, which completes tasks of rule &quot;%2&quot; again.</source>
        <translation>Ciclo: una tarea completada registra un check-in «%1», que vuelve a completar tareas de la regla «%2».</translation>
    </message>
    <message>
        <source>Cycle: a completed task logs a &quot;%1&quot; check-in, which opens a new task (rule &quot;%2&quot;), whose completion logs another check-in.</source>
        <translation>Ciclo: una tarea completada registra un check-in «%1», que abre una tarea nueva (regla «%2»), cuya finalización registra otro check-in.</translation>
    </message>
    <message>
        <source>Every HighLevel note becomes a &quot;%1&quot; check-in, which opens a task (rule &quot;%2&quot;).</source>
        <translation>Cada nota de HighLevel se convierte en un check-in «%1», que abre una tarea (regla «%2»).</translation>
    </message>
    <message>
        <source>The user map has an incomplete entry (%1): both a Badger and a HighLevel user are needed.</source>
        <translation>La correspondencia de usuarios tiene una entrada incompleta (%1): se necesitan un usuario de Badger y uno de HighLevel.</translation>
    </message>
    <message>
        <source>The user map pairs Badger user %1 with two HighLevel users.</source>
        <translation>La correspondencia de usuarios empareja al usuario de Badger %1 con dos usuarios de HighLevel.</translation>
    </message>
    <message>
        <source>The user map pairs HighLevel user %1 with two Badger users.</source>
        <translation>La correspondencia de usuarios empareja al usuario de HighLevel %1 con dos usuarios de Badger.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; has no tag.</source>
        <translation>La regla de reparto «%1» no tiene etiqueta.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets neither the HighLevel nor the Badger owner.</source>
        <translation>La regla de reparto «%1» no establece el propietario ni en HighLevel ni en Badger.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; routes to Badger user %2, who is not in the user map.</source>
        <translation>La regla de reparto «%1» asigna al usuario de Badger %2, que no está en la correspondencia de usuarios.</translation>
    </message>
    <message>
        <source>Routing rules &quot;%1&quot; and &quot;%2&quot; fight over the owner of contacts tagged &quot;%3&quot; (users %4 and %5).</source>
        <translation>Las reglas de reparto «%1» y «%2» se contradicen con el propietario de los contactos etiquetados «%3» (usuarios %4 y %5).</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets assignedTo, which the field mapping also writes. Let one of them own the field.</source>
        <translation>La regla de reparto «%1» establece assignedTo, que la asignación de campos también escribe. Deje que solo uno de ellos controle el campo.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; sets account_owner, which the field mapping also writes. Let one of them own the field.</source>
        <translation>La regla de reparto «%1» establece account_owner, que la asignación de campos también escribe. Deje que solo uno de ellos controle el campo.</translation>
    </message>
    <message>
        <source>A contact carrying several routing tags (%1) is routed by the first rule in the list.</source>
        <translation>Un contacto con varias etiquetas de reparto (%1) se asigna según la primera regla de la lista.</translation>
    </message>
    <message>
        <source>rules: %1%2 must be %3</source>
        <translation>reglas: %1%2 debe ser %3</translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncConfig</name>
    <message>
        <source>Could not read the mapping file %1: %2</source>
        <translation>No se pudo leer el archivo de asignación %1: %2</translation>
    </message>
    <message>
        <source>The mapping file %1 is not valid JSON: %2</source>
        <translation>El archivo de asignación %1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>Could not save the mapping file %1: %2</source>
        <translation>No se pudo guardar el archivo de asignación %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncEngine</name>
    <message>
        <source>Could not read HighLevel&apos;s custom fields: %1</source>
        <translation>No se pudieron leer los campos personalizados de HighLevel: %1</translation>
    </message>
    <message>
        <source>Could not read the Badger profile: %1</source>
        <translation>No se pudo leer el perfil de Badger: %1</translation>
    </message>
    <message>
        <source>The field mapping has an error: %1</source>
        <translation>La asignación de campos tiene un error: %1</translation>
    </message>
    <message>
        <source>The sync was stopped; it continues where it left off next time.</source>
        <translation>Se detuvo la sincronización; la próxima vez continuará donde se quedó.</translation>
    </message>
    <message>
        <source>Reading HighLevel changes</source>
        <translation>Leyendo cambios de HighLevel</translation>
    </message>
    <message>
        <source>Could not read HighLevel contacts: %1</source>
        <translation>No se pudieron leer los contactos de HighLevel: %1</translation>
    </message>
    <message>
        <source>HighLevel: more than 10,000 contacts changed and the server gave no paging cursor; the rest is read next run.</source>
        <translation>HighLevel: cambiaron más de 10 000 contactos y el servidor no dio ningún cursor de paginación; el resto se leerá en la próxima ejecución.</translation>
    </message>
    <message>
        <source>HighLevel&apos;s daily budget is used up.</source>
        <translation>El presupuesto diario de HighLevel está agotado.</translation>
    </message>
    <message>
        <source>HighLevel contact %1: %2</source>
        <translation>Contacto de HighLevel %1: %2</translation>
    </message>
    <message>
        <source>Reading Badger accounts</source>
        <translation>Leyendo cuentas de Badger</translation>
    </message>
    <message>
        <source>Could not list Badger accounts: %1</source>
        <translation>No se pudieron listar las cuentas de Badger: %1</translation>
    </message>
    <message>
        <source>Badger&apos;s daily budget is used up (%1).</source>
        <translation>El presupuesto diario de Badger está agotado (%1).</translation>
    </message>
    <message>
        <source>Badger account %1: %2</source>
        <translation>Cuenta de Badger %1: %2</translation>
    </message>
    <message>
        <source>deleted in Badger</source>
        <translation>eliminado en Badger</translation>
    </message>
    <message>
        <source>deleted in HighLevel</source>
        <translation>eliminado en HighLevel</translation>
    </message>
    <message>
        <source>Comparing linked records</source>
        <translation>Comparando registros vinculados</translation>
    </message>
    <message>
        <source>%1: the Badger account has no location to update.</source>
        <translation>%1: la cuenta de Badger no tiene ninguna ubicación que actualizar.</translation>
    </message>
    <message>
        <source>Matching new records</source>
        <translation>Emparejando registros nuevos</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>coincidencia por %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n Badger account(s) to be read before creating new ones</source>
        <translation>
            <numerusform>esperando a que se lea %n cuenta de Badger antes de crear nuevas</numerusform>
            <numerusform>esperando a que se lean %n cuentas de Badger antes de crear nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>not linked (creating Badger accounts is off)</source>
        <translation>no vinculado (la creación de cuentas de Badger está desactivada)</translation>
    </message>
    <message>
        <source>Badger needs an address to create an account and this contact has none. Add an address in HighLevel or set a default address in the mapping.</source>
        <translation>Badger necesita una dirección para crear una cuenta y este contacto no tiene ninguna. Añada una dirección en HighLevel o defina una dirección predeterminada en la asignación.</translation>
    </message>
    <message>
        <source>not linked (creating HighLevel contacts is off)</source>
        <translation>no vinculado (la creación de contactos de HighLevel está desactivada)</translation>
    </message>
    <message>
        <source>Checking interrupted writes</source>
        <translation>Comprobando escrituras interrumpidas</translation>
    </message>
    <message>
        <source>not created (checked after an interruption)</source>
        <translation>no creado (comprobado tras una interrupción)</translation>
    </message>
    <message>
        <source>%1: an interrupted create may have left %2 Badger accounts with the same details (%3).</source>
        <translation>%1: una creación interrumpida puede haber dejado %2 cuentas de Badger con los mismos datos (%3).</translation>
    </message>
    <message>
        <source>Could not record the planned writes: %1</source>
        <translation>No se pudieron registrar las escrituras previstas: %1</translation>
    </message>
    <message>
        <source>Writing changes</source>
        <translation>Escribiendo cambios</translation>
    </message>
    <message>
        <source>The daily budget is used up; the remaining writes wait for it.</source>
        <translation>El presupuesto diario está agotado; las escrituras restantes esperan a que se renueve.</translation>
    </message>
    <message>
        <source>HighLevel matched this account to contact &quot;%1&quot;, which is already linked to another Badger account (same email or phone). Resolve the duplicate, then sync again.</source>
        <translation>HighLevel emparejó esta cuenta con el contacto «%1», que ya está vinculado a otra cuenta de Badger (mismo correo electrónico o teléfono). Resuelva el duplicado y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Este conflicto ya no existe.</translation>
    </message>
    <message>
        <source>The record or the mapped field of this conflict is gone.</source>
        <translation>El registro o el campo asignado de este conflicto ya no existe.</translation>
    </message>
    <message>
        <source>Address conflicts are resolved on the next sync: edit the address on the side you want.</source>
        <translation>Los conflictos de dirección se resuelven en la próxima sincronización: edite la dirección en el lado que prefiera.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Badger accounts are still to be read. Badger allows %2 requests a day for your team, so this takes about %n more day(s); Fieldbridge continues automatically.</source>
        <translation>
            <numerusform>Quedan %1 cuentas de Badger por leer. Badger permite %2 solicitudes al día para su equipo, así que esto llevará aproximadamente %n día más; Fieldbridge continúa automáticamente.</numerusform>
            <numerusform>Quedan %1 cuentas de Badger por leer. Badger permite %2 solicitudes al día para su equipo, así que esto llevará aproximadamente %n días más; Fieldbridge continúa automáticamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>HighLevel already has a contact with this %1 (&quot;%2&quot;, linked to another Badger account) and the location does not allow duplicate contacts. Change one of them or allow duplicates in HighLevel, then sync again.</source>
        <translation>HighLevel ya tiene un contacto con este %1 («%2», vinculado a otra cuenta de Badger) y la ubicación no permite contactos duplicados. Cambie uno de ellos o permita duplicados en HighLevel y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>email or phone</source>
        <translation>correo electrónico o teléfono</translation>
    </message>
    <message>
        <source>matched by %1 in HighLevel</source>
        <translation>coincidencia por %1 en HighLevel</translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncWorker</name>
    <message numerus="yes">
        <source>%n record(s) could not be synced</source>
        <translation>
            <numerusform>%n registro no se pudo sincronizar</numerusform>
            <numerusform>%n registros no se pudieron sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
</context>
<context>
    <name>fb::sync::Transforms</name>
    <message>
        <source>&quot;%1&quot; is not a phone number Fieldbridge can read (region %2).</source>
        <translation>«%1» no es un número de teléfono que Fieldbridge pueda leer (región %2).</translation>
    </message>
    <message>
        <source>Case transform needs a mode: lower, upper or title.</source>
        <translation>La transformación de mayúsculas/minúsculas necesita un modo: lower, upper o title.</translation>
    </message>
    <message>
        <source>Date transform needs the date format of each side (e.g. yyyy-MM-dd).</source>
        <translation>La transformación de fecha necesita el formato de fecha de cada lado (p. ej., yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Value map needs a list of values.</source>
        <translation>La asignación de valores necesita una lista de valores.</translation>
    </message>
    <message>
        <source>Template transform needs a template, e.g. {firstName} {lastName}.</source>
        <translation>La transformación de plantilla necesita una plantilla, p. ej., {firstName} {lastName}.</translation>
    </message>
    <message>
        <source>Name format must be first_last or last_comma_first.</source>
        <translation>El formato de nombre debe ser first_last o last_comma_first.</translation>
    </message>
    <message>
        <source>Unknown transform &quot;%1&quot;.</source>
        <translation>Transformación desconocida «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2.</source>
        <translation>«%1» no es una fecha con el formato %2.</translation>
    </message>
</context>
<context>
    <name>fb::ui::AboutDialog</name>
    <message>
        <source>About Fieldbridge</source>
        <translation>Acerca de Fieldbridge</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fieldbridge %1&lt;/h2&gt;&lt;p&gt;Keeps Badger Maps and HighLevel in sync, two-way, within each service&apos;s rate budget.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Fieldbridge developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Fieldbridge %1&lt;/h2&gt;&lt;p&gt;Mantiene Badger Maps y HighLevel sincronizados en ambos sentidos, dentro del presupuesto de solicitudes de cada servicio.&lt;/p&gt;&lt;p&gt;Copyright © 2026 los desarrolladores de Fieldbridge.&lt;/p&gt;&lt;p&gt;Este programa es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye SIN NINGUNA GARANTÍA.&lt;/p&gt;</translation>
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
        <translation>Creado en HighLevel</translation>
    </message>
    <message>
        <source>Created in Badger</source>
        <translation>Creado en Badger</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Desvinculado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>activity entity</comment>
        <translation>contacto</translation>
    </message>
    <message>
        <source>check-in</source>
        <comment>activity entity</comment>
        <translation>check-in</translation>
    </message>
    <message>
        <source>task</source>
        <comment>activity entity</comment>
        <translation>tarea</translation>
    </message>
    <message>
        <source>note</source>
        <comment>activity entity</comment>
        <translation>nota</translation>
    </message>
    <message>
        <source>Tag added in HighLevel</source>
        <translation>Etiqueta añadida en HighLevel</translation>
    </message>
    <message>
        <source>Tag removed in HighLevel</source>
        <translation>Etiqueta quitada en HighLevel</translation>
    </message>
    <message>
        <source>Task created in HighLevel</source>
        <translation>Tarea creada en HighLevel</translation>
    </message>
    <message>
        <source>Task completed in HighLevel</source>
        <translation>Tarea completada en HighLevel</translation>
    </message>
    <message>
        <source>Note added in HighLevel</source>
        <translation>Nota añadida en HighLevel</translation>
    </message>
    <message>
        <source>Check-in added in Badger</source>
        <translation>Check-in añadido en Badger</translation>
    </message>
    <message>
        <source>Routed to a Badger owner</source>
        <translation>Asignado a un propietario de Badger</translation>
    </message>
    <message>
        <source>Not sent (cannot be represented)</source>
        <translation>No enviado (no se puede representar)</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflicto resuelto</translation>
    </message>
</context>
<context>
    <name>fb::ui::ActivityScreen</name>
    <message>
        <source>Activity, failed calls and conflicts</source>
        <translation>Actividad, llamadas fallidas y conflictos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Llamadas fallidas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
</context>
<context>
    <name>fb::ui::ActivityView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>Historial de actividad</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Buscar en la actividad</translation>
    </message>
    <message>
        <source>Search record, field or value</source>
        <translation>Buscar registro, campo o valor</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>Filtrar por entidad</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Todas las entidades</translation>
    </message>
    <message>
        <source>Filter by direction</source>
        <translation>Filtrar por dirección</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Cualquier dirección</translation>
    </message>
    <message>
        <source>Filter by run number</source>
        <translation>Filtrar por número de ejecución</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>Ejecución n.º</translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation>Filtrar por hora</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Export the shown activity to CSV</source>
        <translation>Exportar la actividad mostrada a CSV</translation>
    </message>
    <message>
        <source>Days of activity to keep</source>
        <translation>Días de actividad que conservar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Apply the activity retention</source>
        <translation>Aplicar la conservación de la actividad</translation>
    </message>
    <message>
        <source>Keep activity for</source>
        <translation>Conservar la actividad durante</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exportar actividad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) deleted.</source>
        <translation>
            <numerusform>Se eliminó %n fila antigua.</numerusform>
            <numerusform>Se eliminaron %n filas antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete older rows: %1</source>
        <translation>No se pudieron eliminar las filas antiguas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 changes (the latest %3 are kept on screen); the history keeps %n day(s).</source>
        <translation>
            <numerusform>Mostrando %1 de %2 cambios (se mantienen en pantalla los %3 más recientes); el historial conserva %n día.</numerusform>
            <numerusform>Mostrando %1 de %2 cambios (se mantienen en pantalla los %3 más recientes); el historial conserva %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::AlertSettingsWidget</name>
    <message>
        <source>Send test alert</source>
        <translation>Enviar alerta de prueba</translation>
    </message>
    <message>
        <source>Alert webhook address</source>
        <translation>Dirección del webhook de alertas</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/… (empty: no alerts)</source>
        <translation>https://hooks.slack.com/services/… (vacío: sin alertas)</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Enviar una alerta de prueba</translation>
    </message>
    <message>
        <source>Alert webhook:</source>
        <translation>Webhook de alertas:</translation>
    </message>
    <message>
        <source>Enter a webhook address first.</source>
        <translation>Introduzca primero la dirección de un webhook.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Alert delivered.</source>
        <translation>Alerta entregada.</translation>
    </message>
    <message>
        <source>The alert could not be delivered: %1</source>
        <translation>No se pudo entregar la alerta: %1</translation>
    </message>
    <message>
        <source>No alerts are sent.</source>
        <translation>No se envía ninguna alerta.</translation>
    </message>
    <message>
        <source>Critical errors are posted here, once per incident.</source>
        <translation>Los errores críticos se publican aquí, una vez por incidente.</translation>
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
        <translation>Fieldbridge: resuelto (%1)</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Esta no es una dirección web válida.</translation>
    </message>
    <message>
        <source>Alerts are only sent over https (plain http only to this computer).</source>
        <translation>Las alertas solo se envían por https (http sin cifrar solo a este equipo).</translation>
    </message>
    <message>
        <source>Fieldbridge: test alert. Critical sync errors will be posted here.</source>
        <translation>Fieldbridge: alerta de prueba. Los errores críticos de sincronización se publicarán aquí.</translation>
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
        <translation>No se pudieron cargar los campos en vivo de %1: %2</translation>
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
        <translation>No se pudieron cargar los usuarios de %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::ui::AppController</name>
    <message>
        <source>Simulated accounts — connect your real accounts. Fieldbridge is syncing built-in sample data so you can see how it works; nothing leaves this computer.</source>
        <translation>Cuentas simuladas: conecte sus cuentas reales. Fieldbridge está sincronizando datos de ejemplo integrados para que vea cómo funciona; nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Fieldbridge was started with --sandbox.</source>
        <translation>Fieldbridge se inició con --sandbox.</translation>
    </message>
    <message>
        <source>Connect both services to sync your own accounts.</source>
        <translation>Conecte ambos servicios para sincronizar sus propias cuentas.</translation>
    </message>
    <message>
        <source>Connect HighLevel too to sync your own accounts.</source>
        <translation>Conecte también HighLevel para sincronizar sus propias cuentas.</translation>
    </message>
    <message>
        <source>Connect Badger Maps too to sync your own accounts.</source>
        <translation>Conecte también Badger Maps para sincronizar sus propias cuentas.</translation>
    </message>
    <message>
        <source>The mapping file could not be read; using the default mapping. %1</source>
        <translation>No se pudo leer el archivo de asignación; se usa la asignación predeterminada. %1</translation>
    </message>
    <message>
        <source>Connect accounts…</source>
        <translation>Conectar cuentas…</translation>
    </message>
    <message>
        <source>Fieldbridge is syncing simulated accounts now. Save both connections below to switch to your own; the simulated data stays apart from them.</source>
        <translation>Fieldbridge está sincronizando cuentas simuladas. Guarde ambas conexiones a continuación para cambiar a las suyas; los datos simulados se mantienen separados de ellas.</translation>
    </message>
    <message>
        <source>Fieldbridge</source>
        <translation>Fieldbridge</translation>
    </message>
    <message>
        <source>The simulated accounts could not start: %1</source>
        <translation>No se pudieron iniciar las cuentas simuladas: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Simulated accounts</source>
        <translation>Cuentas simuladas</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>Sus cuentas</translation>
    </message>
    <message>
        <source>last sync %1 (%2)</source>
        <translation>última sincronización %1 (%2)</translation>
    </message>
    <message>
        <source>Fieldbridge cannot open its data</source>
        <translation>Fieldbridge no puede abrir sus datos</translation>
    </message>
    <message>
        <source>Nothing was synced and no file was changed or deleted. If this database was made by a newer Fieldbridge, install that version again. If the file was damaged, Fieldbridge kept it aside; restore a backup or let Fieldbridge start a new one (your accounts are read again, links are rebuilt by matching).

Data folder: %1</source>
        <translation>No se sincronizó nada y no se cambió ni eliminó ningún archivo. Si esta base de datos la creó un Fieldbridge más reciente, vuelva a instalar esa versión. Si el archivo estaba dañado, Fieldbridge lo ha apartado; restaure una copia de seguridad o deje que Fieldbridge empiece una nueva (sus cuentas se vuelven a leer y los vínculos se reconstruyen por coincidencia).

Carpeta de datos: %1</translation>
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
        <translation>Clave de API de Badger Maps</translation>
    </message>
    <message>
        <source>&amp;Get API key</source>
        <translation>&amp;Obtener clave de API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Badger user name (email)</source>
        <translation>Nombre de usuario de Badger (correo electrónico)</translation>
    </message>
    <message>
        <source>Badger password</source>
        <translation>Contraseña de Badger</translation>
    </message>
    <message>
        <source>Badger API base URL</source>
        <translation>URL base de la API de Badger</translation>
    </message>
    <message>
        <source>Badger connection test result</source>
        <translation>Resultado de la prueba de conexión con Badger</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Badger support gives each user an API key; or sign in below with your Badger user name and password and Fieldbridge asks Badger for it. Use a manager&apos;s key to sync the whole team.</source>
        <translation>El soporte de Badger da a cada usuario una clave de API; o inicie sesión abajo con su nombre de usuario y contraseña de Badger y Fieldbridge se la pedirá a Badger. Use la clave de un gerente para sincronizar todo el equipo.</translation>
    </message>
    <message>
        <source>No key? Sign in instead</source>
        <translation>¿No tiene clave? Inicie sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>The password is used once and never stored.</source>
        <translation>La contraseña se usa una sola vez y nunca se guarda.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>UR&amp;L base de la API:</translation>
    </message>
    <message>
        <source>The API key was removed from your keychain.</source>
        <translation>Se quitó la clave de API de su llavero.</translation>
    </message>
    <message>
        <source>Enter your Badger user name and password.</source>
        <translation>Introduzca su nombre de usuario y contraseña de Badger.</translation>
    </message>
    <message>
        <source>The base URL is not a web address.</source>
        <translation>La URL base no es una dirección web.</translation>
    </message>
    <message>
        <source>Signing in to Badger…</source>
        <translation>Iniciando sesión en Badger…</translation>
    </message>
    <message>
        <source>Badger did not sign you in (%1).</source>
        <translation>Badger no inició su sesión (%1).</translation>
    </message>
    <message>
        <source>Signed in: Badger gave Fieldbridge an API key for this user. Test it, then Save to keep it in your keychain.</source>
        <translation>Sesión iniciada: Badger ha dado a Fieldbridge una clave de API para este usuario. Pruébela y después pulse Guardar para conservarla en su llavero.</translation>
    </message>
    <message>
        <source>Testing the connection to Badger…</source>
        <translation>Probando la conexión con Badger…</translation>
    </message>
    <message>
        <source>Enter the API key first (or sign in to get one).</source>
        <translation>Introduzca primero la clave de API (o inicie sesión para obtener una).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The API key was not saved: %1</source>
        <translation>No se guardó la clave de API: %1</translation>
    </message>
    <message>
        <source>Saved. The API key is in your keychain; the address is in the settings.</source>
        <translation>Guardado. La clave de API está en su llavero; la dirección, en los ajustes.</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>(team manager)</source>
        <translation>(gerente del equipo)</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>What the key may do:</source>
        <translation>Qué puede hacer la clave:</translation>
    </message>
    <message>
        <source>read accounts (%1 visible)</source>
        <translation>leer cuentas (%1 visibles)</translation>
    </message>
    <message>
        <source>read accounts</source>
        <translation>leer cuentas</translation>
    </message>
    <message>
        <source>edit accounts</source>
        <translation>editar cuentas</translation>
    </message>
    <message>
        <source>delete check-ins</source>
        <translation>eliminar check-ins</translation>
    </message>
    <message>
        <source>add new values to text fields</source>
        <translation>añadir valores nuevos a campos de texto</translation>
    </message>
    <message>
        <source>%1 of %2 requests left today (counted by Fieldbridge)</source>
        <translation>quedan %1 de %2 solicitudes hoy (contadas por Fieldbridge)</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>se restablece %1</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Límites:</translation>
    </message>
</context>
<context>
    <name>fb::ui::ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Last agreed value</source>
        <translation>Último valor acordado</translation>
    </message>
    <message>
        <source>HighLevel value</source>
        <translation>Valor en HighLevel</translation>
    </message>
    <message>
        <source>HighLevel changed</source>
        <translation>Cambio en HighLevel</translation>
    </message>
    <message>
        <source>Badger value</source>
        <translation>Valor en Badger</translation>
    </message>
    <message>
        <source>Badger changed</source>
        <translation>Cambio en Badger</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
</context>
<context>
    <name>fb::ui::ConflictsView</name>
    <message>
        <source>Take Badger</source>
        <translation>Usar Badger</translation>
    </message>
    <message>
        <source>Take HighLevel</source>
        <translation>Usar HighLevel</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Editar valor…</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with Badger&apos;s value</source>
        <translation>Resolver los conflictos seleccionados con el valor de Badger</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with HighLevel&apos;s value</source>
        <translation>Resolver los conflictos seleccionados con el valor de HighLevel</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with a value you type</source>
        <translation>Resolver los conflictos seleccionados con un valor que escriba usted</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n conflicto resuelto.</numerusform>
            <numerusform>%n conflictos resueltos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved; could not resolve the rest: %1</source>
        <translation>
            <numerusform>%n resuelto; no se pudo resolver el resto: %1</numerusform>
            <numerusform>%n resueltos; no se pudo resolver el resto: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve with a value</source>
        <translation>Resolver con un valor</translation>
    </message>
    <message numerus="yes">
        <source>Value to write to both sides (%n conflict(s)):</source>
        <translation>
            <numerusform>Valor que escribir en ambos lados (%n conflicto):</numerusform>
            <numerusform>Valor que escribir en ambos lados (%n conflictos):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n conflict(s)…</source>
        <translation>
            <numerusform>Resolviendo %n conflicto…</numerusform>
            <numerusform>Resolviendo %n conflictos…</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>No hay conflictos en espera.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting. Select one or many, then take a side or type a value.</source>
        <translation>
            <numerusform>%n conflicto en espera. Seleccione uno o varios y después elija un lado o escriba un valor.</numerusform>
            <numerusform>%n conflictos en espera. Seleccione uno o varios y después elija un lado o escriba un valor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Connect your Badger Maps and HighLevel accounts. Tokens and keys are kept in your system keychain only; Fieldbridge never shows them again.</source>
        <translation>Conecte sus cuentas de Badger Maps y HighLevel. Los tokens y las claves se guardan solo en el llavero del sistema; Fieldbridge nunca los vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>&amp;HighLevel</source>
        <translation>&amp;HighLevel</translation>
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
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Próxima sincronización</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation>Próxima sincronización:</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume syncing</source>
        <translation>Pausar o reanudar la sincronización</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Dry run: show planned changes</source>
        <translation>Simulación: mostrar los cambios previstos</translation>
    </message>
    <message>
        <source>Contacts ↔ accounts</source>
        <translation>Contactos ↔ cuentas</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Initial sync plan and ETA</source>
        <translation>Plan de la sincronización inicial y tiempo estimado</translation>
    </message>
    <message>
        <source>API budgets</source>
        <translation>Presupuestos de la API</translation>
    </message>
    <message>
        <source>HighLevel burst budget</source>
        <translation>Presupuesto de ráfaga de HighLevel</translation>
    </message>
    <message>
        <source>HighLevel daily budget</source>
        <translation>Presupuesto diario de HighLevel</translation>
    </message>
    <message>
        <source>Badger daily budget</source>
        <translation>Presupuesto diario de Badger</translation>
    </message>
    <message>
        <source>: unknown</source>
        <translation>: desconocido</translation>
    </message>
    <message>
        <source>Charts and dry run</source>
        <translation>Gráficos y simulación</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Llamadas en directo</translation>
    </message>
    <message>
        <source>Run a dry run to see what the next sync would change, per record and field.</source>
        <translation>Ejecute una simulación para ver qué cambiaría la próxima sincronización, por registro y campo.</translation>
    </message>
    <message>
        <source>Dry run summary</source>
        <translation>Resumen de la simulación</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Cambios previstos</translation>
    </message>
    <message>
        <source>Dry run in progress…</source>
        <translation>Simulación en curso…</translation>
    </message>
    <message>
        <source>Latency per API (p50 / p95, ms)</source>
        <translation>Latencia por API (p50 / p95, ms)</translation>
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
        <translation>Gráfico de latencia</translation>
    </message>
    <message>
        <source>Calls by status (per %1 s)</source>
        <translation>Llamadas por estado (cada %1 s)</translation>
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
        <translation>Red</translation>
    </message>
    <message>
        <source>Calls by status chart</source>
        <translation>Gráfico de llamadas por estado</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume syncing</source>
        <translation>Reanudar la sincronización</translation>
    </message>
    <message>
        <source>Pause syncing</source>
        <translation>Pausar la sincronización</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 de %2 (%p%)</translation>
    </message>
    <message>
        <source>Last run: %1 — %2 updated, %3 created, %4 linked, %5 failed, %6 conflicts</source>
        <translation>Última ejecución: %1 — %2 actualizados, %3 creados, %4 vinculados, %5 fallidos, %6 conflictos</translation>
    </message>
    <message numerus="yes">
        <source>done around %1 (%n day(s) from now)</source>
        <translation>
            <numerusform>fin previsto: %1 (dentro de %n día)</numerusform>
            <numerusform>fin previsto: %1 (dentro de %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>done around %1</source>
        <translation>fin previsto: %1</translation>
    </message>
    <message>
        <source>resumes at %1</source>
        <translation>se reanuda: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left for later runs by the budget</source>
        <translation>
            <numerusform>%n registro queda para ejecuciones posteriores por el presupuesto</numerusform>
            <numerusform>%n registros quedan para ejecuciones posteriores por el presupuesto</numerusform>
        </translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Falló la simulación: %1</translation>
    </message>
    <message numerus="yes">
        <source>The next sync would make %n change(s); nothing has been written.</source>
        <translation>
            <numerusform>La próxima sincronización haría %n cambio; no se ha escrito nada.</numerusform>
            <numerusform>La próxima sincronización haría %n cambios; no se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>HighLevel burst</source>
        <translation>Ráfaga de HighLevel</translation>
    </message>
    <message>
        <source>HighLevel daily</source>
        <translation>HighLevel diario</translation>
    </message>
    <message>
        <source>Badger daily</source>
        <translation>Badger diario</translation>
    </message>
</context>
<context>
    <name>fb::ui::FailedCallsModel</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>  Started %1, attempt %2</source>
        <translation>  Iniciada %1, intento %2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>  No HTTP response (%1)</source>
        <translation>  Sin respuesta HTTP (%1)</translation>
    </message>
    <message>
        <source>  HTTP %1 (%2) after %3 ms</source>
        <translation>  HTTP %1 (%2) tras %3 ms</translation>
    </message>
    <message>
        <source>  Server&apos;s message: %1</source>
        <translation>  Mensaje del servidor: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>  Trace id: %1</source>
        <translation>  ID de traza: %1</translation>
    </message>
    <message numerus="yes">
        <source>This cause failed %n time(s) since %1.</source>
        <translation>
            <numerusform>Esta causa falló %n vez desde %1.</numerusform>
            <numerusform>Esta causa falló %n veces desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry re-runs the sync now: records whose calls failed are read and written again.</source>
        <translation>Reintentar vuelve a ejecutar la sincronización ahora: los registros cuyas llamadas fallaron se leen y escriben de nuevo.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>next sync %1</source>
        <translation>próxima sincronización %1</translation>
    </message>
    <message>
        <source>next sync</source>
        <translation>próxima sincronización</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fallando</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperada</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Mensaje del servidor</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Próximo reintento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>not retried: the record no longer exists in %1</source>
        <translation>no se reintenta: el registro ya no existe en %1</translation>
    </message>
    <message>
        <source>when syncing is resumed</source>
        <translation>cuando se reanude la sincronización</translation>
    </message>
    <message>
        <source>after the budget resets at %1</source>
        <translation>cuando el presupuesto se restablezca a las %1</translation>
    </message>
    <message>
        <source>after the daily budget resets</source>
        <translation>cuando se restablezca el presupuesto diario</translation>
    </message>
    <message>
        <source>%1, fails again until the record is corrected</source>
        <translation>%1, falla de nuevo hasta que se corrija el registro</translation>
    </message>
    <message>
        <source>%1, fails until the credentials are fixed</source>
        <translation>%1, falla hasta que se corrijan las credenciales</translation>
    </message>
    <message>
        <source>%1, fails until the token is allowed</source>
        <translation>%1, falla hasta que el token tenga permiso</translation>
    </message>
    <message>
        <source>%1, fails until the server address is fixed</source>
        <translation>%1, falla hasta que se corrija la dirección del servidor</translation>
    </message>
    <message>
        <source>%1, after checking whether it was applied</source>
        <translation>%1, tras comprobar si se aplicó</translation>
    </message>
    <message>
        <source>The same operation has worked again since.</source>
        <translation>La misma operación ha vuelto a funcionar desde entonces.</translation>
    </message>
    <message>
        <source>A sync is retrying it now.</source>
        <translation>Una sincronización la está reintentando ahora.</translation>
    </message>
    <message>
        <source>The record was deleted in %1: the sync handles it as a deletion (following the delete setting) and does not send this call again.</source>
        <translation>El registro se eliminó en %1: la sincronización lo trata como una eliminación (según el ajuste de eliminación) y no vuelve a enviar esta llamada.</translation>
    </message>
    <message>
        <source>%1 refused the data (its message says what is wrong). The record is sent again at every sync and fails the same way until it is corrected in the app it comes from.</source>
        <translation>%1 rechazó los datos (su mensaje indica qué está mal). El registro se vuelve a enviar en cada sincronización y falla de la misma forma hasta que se corrija en la aplicación de la que procede.</translation>
    </message>
    <message>
        <source>%1 refused the credentials or their permissions. Every sync fails until the token is fixed on the Connections screen.</source>
        <translation>%1 rechazó las credenciales o sus permisos. Cada sincronización falla hasta que se corrija el token en la pantalla Conexiones.</translation>
    </message>
    <message>
        <source>The request may have been applied. It is never sent twice blindly: the next sync first checks whether the record exists, then writes it only if it does not.</source>
        <translation>Puede que la solicitud se haya aplicado. Nunca se envía dos veces a ciegas: la próxima sincronización comprueba primero si el registro existe y solo lo escribe si no existe.</translation>
    </message>
    <message>
        <source>The daily request budget is used up; the sync continues with this record when it resets.</source>
        <translation>El presupuesto diario de solicitudes está agotado; la sincronización continúa con este registro cuando se restablezca.</translation>
    </message>
    <message numerus="yes">
        <source>The call was already retried %n time(s) with increasing waits; the next sync reads and writes the record again.</source>
        <translation>
            <numerusform>La llamada ya se reintentó %n vez con esperas crecientes; la próxima sincronización vuelve a leer y escribir el registro.</numerusform>
            <numerusform>La llamada ya se reintentó %n veces con esperas crecientes; la próxima sincronización vuelve a leer y escribir el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next sync reads and writes the record again.</source>
        <translation>La próxima sincronización vuelve a leer y escribir el registro.</translation>
    </message>
    <message>
        <source>  %1 %2 (%3 API, operation %4)</source>
        <translation>  %1 %2 (API de %3, operación %4)</translation>
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
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Llamadas fallidas</translation>
    </message>
    <message>
        <source>Failed call details</source>
        <translation>Detalles de la llamada fallida</translation>
    </message>
    <message>
        <source>Select a failed call to see the request and the server&apos;s response.</source>
        <translation>Seleccione una llamada fallida para ver la solicitud y la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Retry the selected failed calls now</source>
        <translation>Reintentar ahora las llamadas fallidas seleccionadas</translation>
    </message>
    <message>
        <source>Runs the sync now: records whose calls failed are read and written again.</source>
        <translation>Ejecuta la sincronización ahora: los registros cuyas llamadas fallaron se leen y escriben de nuevo.</translation>
    </message>
    <message>
        <source>Dismiss the selected failed calls</source>
        <translation>Descartar las llamadas fallidas seleccionadas</translation>
    </message>
    <message>
        <source>No failing calls.</source>
        <translation>No hay llamadas fallando.</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) failing. Retry re-runs the sync now; records whose calls failed are read and written again.</source>
        <translation>
            <numerusform>%n causa con fallos. Reintentar vuelve a ejecutar la sincronización ahora; los registros cuyas llamadas fallaron se leen y escriben de nuevo.</numerusform>
            <numerusform>%n causas con fallos. Reintentar vuelve a ejecutar la sincronización ahora; los registros cuyas llamadas fallaron se leen y escriben de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::FieldListModel</name>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>ID del campo: %1</translation>
    </message>
    <message>
        <source>Required to create a record</source>
        <translation>Obligatorio para crear un registro</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Already mapped</source>
        <translation>Ya asignado</translation>
    </message>
    <message>
        <source>Not mapped yet</source>
        <translation>Aún sin asignar</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>asignado</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>HighLevel field</source>
        <translation>Campo de HighLevel</translation>
    </message>
    <message>
        <source>Badger field</source>
        <translation>Campo de Badger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>fb::ui::FollowUpRulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>When a check-in is</source>
        <translation>Cuando un check-in es</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Título de la tarea</translation>
    </message>
    <message>
        <source>Task notes</source>
        <translation>Notas de la tarea</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Vence tras (días)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Completed by a check-in of</source>
        <translation>Se completa con un check-in de tipo</translation>
    </message>
    <message>
        <source>Badger check-in types that open a HighLevel task, separated by commas</source>
        <translation>Tipos de check-in de Badger que abren una tarea en HighLevel, separados por comas</translation>
    </message>
    <message>
        <source>Template of the task title; placeholders such as {type} and {account} are filled in</source>
        <translation>Plantilla del título de la tarea; se rellenan marcadores como {type} y {account}</translation>
    </message>
    <message>
        <source>Template of the task&apos;s notes; {comments} is what the rep wrote</source>
        <translation>Plantilla de las notas de la tarea; {comments} es lo que escribió el comercial</translation>
    </message>
    <message>
        <source>The task is due this many days after the check-in</source>
        <translation>La tarea vence este número de días después del check-in</translation>
    </message>
    <message>
        <source>Who gets the task: nobody, the contact&apos;s owner, a user of the user map or a HighLevel user id</source>
        <translation>Quién recibe la tarea: nadie, el propietario del contacto, un usuario de la correspondencia de usuarios o un ID de usuario de HighLevel</translation>
    </message>
    <message>
        <source>A later check-in of one of these types on the same account completes the task</source>
        <translation>Un check-in posterior de uno de estos tipos en la misma cuenta completa la tarea</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>The contact&apos;s owner</source>
        <translation>El propietario del contacto</translation>
    </message>
    <message>
        <source>%1 (Badger user %2)</source>
        <translation>%1 (usuario de Badger %2)</translation>
    </message>
    <message>
        <source>Badger user %1</source>
        <translation>Usuario de Badger %1</translation>
    </message>
    <message>
        <source>HighLevel user %1</source>
        <translation>Usuario de HighLevel %1</translation>
    </message>
    <message>
        <source>follow-up rule</source>
        <translation>regla de seguimiento</translation>
    </message>
</context>
<context>
    <name>fb::ui::HealthMonitor</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>La sincronización falló.</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message>
        <source>The API budget is exhausted.</source>
        <translation>El presupuesto de la API está agotado.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync run(s) in a row had failures</source>
        <translation>
            <numerusform>%n ejecución de sincronización seguida tuvo fallos</numerusform>
            <numerusform>%n ejecuciones de sincronización seguidas tuvieron fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision</source>
        <translation>
            <numerusform>%n conflicto pendiente de decisión</numerusform>
            <numerusform>%n conflictos pendientes de decisión</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the credentials (authentication failed)</source>
        <translation>%1 rechazó las credenciales (falló la autenticación)</translation>
    </message>
    <message>
        <source>The sync could not start: %1</source>
        <translation>No se pudo iniciar la sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed to sync</source>
        <translation>
            <numerusform>%n registro no se pudo sincronizar</numerusform>
            <numerusform>%n registros no se pudieron sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed in the last run</source>
        <translation>
            <numerusform>%n registro falló en la última ejecución</numerusform>
            <numerusform>%n registros fallaron en la última ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed during this run</source>
        <translation>
            <numerusform>%n llamada falló durante esta ejecución</numerusform>
            <numerusform>%n llamadas fallaron durante esta ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed in the last run</source>
        <translation>
            <numerusform>%n llamada falló en la última ejecución</numerusform>
            <numerusform>%n llamadas fallaron en la última ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous match(es) to review</source>
        <translation>
            <numerusform>%n coincidencia ambigua por revisar</numerusform>
            <numerusform>%n coincidencias ambiguas por revisar</numerusform>
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
        <translation>Token de integración privada de HighLevel</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>HighLevel location id</source>
        <translation>ID de ubicación de HighLevel</translation>
    </message>
    <message>
        <source>e.g. ve9EPM428h8vShlRW1KT</source>
        <translation>p. ej., ve9EPM428h8vShlRW1KT</translation>
    </message>
    <message>
        <source>HighLevel API base URL</source>
        <translation>URL base de la API de HighLevel</translation>
    </message>
    <message>
        <source>HighLevel connection test result</source>
        <translation>Resultado de la prueba de conexión con HighLevel</translation>
    </message>
    <message>
        <source>Private Integration &amp;Token:</source>
        <translation>&amp;Token de integración privada:</translation>
    </message>
    <message>
        <source>In HighLevel open &lt;b&gt;Settings → Private Integrations&lt;/b&gt;, create an integration with the contacts, locations and tasks scopes and copy its token (it starts with &lt;tt&gt;pit-&lt;/tt&gt;). HighLevel shows it only once.</source>
        <translation>En HighLevel abra &lt;b&gt;Settings → Private Integrations&lt;/b&gt;, cree una integración con los ámbitos de contactos, ubicaciones y tareas (contacts, locations, tasks) y copie su token (empieza por &lt;tt&gt;pit-&lt;/tt&gt;). HighLevel solo lo muestra una vez.</translation>
    </message>
    <message>
        <source>&amp;Location id:</source>
        <translation>ID de &amp;ubicación:</translation>
    </message>
    <message>
        <source>Open the sub-account in HighLevel: the id is the part of the address after &lt;tt&gt;/v2/location/&lt;/tt&gt;, e.g. app.gohighlevel.com/v2/location/&lt;b&gt;ve9EPM428h8vShlRW1KT&lt;/b&gt;/dashboard.</source>
        <translation>Abra la subcuenta en HighLevel: el ID es la parte de la dirección que sigue a &lt;tt&gt;/v2/location/&lt;/tt&gt;, p. ej., app.gohighlevel.com/v2/location/&lt;b&gt;ve9EPM428h8vShlRW1KT&lt;/b&gt;/dashboard.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>UR&amp;L base de la API:</translation>
    </message>
    <message>
        <source>Leave as is unless support asked you to change it.</source>
        <translation>Déjela como está salvo que el soporte le pida cambiarla.</translation>
    </message>
    <message>
        <source>The token was removed from your keychain.</source>
        <translation>Se quitó el token de su llavero.</translation>
    </message>
    <message>
        <source>Enter the location id first.</source>
        <translation>Introduzca primero el ID de ubicación.</translation>
    </message>
    <message>
        <source>The base URL is not a web address.</source>
        <translation>La URL base no es una dirección web.</translation>
    </message>
    <message>
        <source>Testing the connection to HighLevel…</source>
        <translation>Probando la conexión con HighLevel…</translation>
    </message>
    <message>
        <source>Paste the Private Integration Token first.</source>
        <translation>Pegue primero el token de integración privada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>No se guardó el token: %1</translation>
    </message>
    <message>
        <source>Saved. The token is in your keychain; the location id and address are in the settings.</source>
        <translation>Guardado. El token está en su llavero; el ID de ubicación y la dirección, en los ajustes.</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>ubicación %1</translation>
    </message>
    <message>
        <source>location &quot;%1&quot; (%2)</source>
        <translation>ubicación «%1» (%2)</translation>
    </message>
    <message>
        <source>What the token may do:</source>
        <translation>Qué puede hacer el token:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Límites:</translation>
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
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Connect your Badger Maps and HighLevel accounts. Secrets are kept in your system keychain.</source>
        <translation>Conecte sus cuentas de Badger Maps y HighLevel. Los secretos se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Choose which fields sync, in which direction, and how conflicts are settled.</source>
        <translation>Elija qué campos se sincronizan, en qué dirección y cómo se resuelven los conflictos.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Tags on outcomes, follow-up tasks and team routing.</source>
        <translation>Etiquetas según resultados, tareas de seguimiento y reparto del equipo.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Sync status, failed calls, latency and rate budgets.</source>
        <translation>Estado de la sincronización, llamadas fallidas, latencia y presupuestos de solicitudes.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>What changed where, and when.</source>
        <translation>Qué cambió, dónde y cuándo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sync interval, rate budgets, language.</source>
        <translation>Intervalo de sincronización, presupuestos de solicitudes, idioma.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Fieldbridge</source>
        <translation>&amp;Acerca de Fieldbridge</translation>
    </message>
</context>
<context>
    <name>fb::ui::MappingEditor</name>
    <message>
        <source>Field mapping</source>
        <translation>Asignación de campos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>Map the field selected on the left to the one selected on the right</source>
        <translation>Asignar el campo seleccionado a la izquierda al seleccionado a la derecha</translation>
    </message>
    <message>
        <source>Use in row</source>
        <translation>Usar en la fila</translation>
    </message>
    <message>
        <source>Put the selected field into the selected row</source>
        <translation>Poner el campo seleccionado en la fila seleccionada</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Load a mapping file</source>
        <translation>Cargar un archivo de asignación</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the mapping to a file</source>
        <translation>Escribir la asignación en un archivo</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer la predeterminada</translation>
    </message>
    <message>
        <source>Start again from the default mapping</source>
        <translation>Empezar de nuevo desde la asignación predeterminada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the mapping for the next sync</source>
        <translation>Guardar la asignación para la próxima sincronización</translation>
    </message>
    <message>
        <source>Mapping state</source>
        <translation>Estado de la asignación</translation>
    </message>
    <message>
        <source>Mapping problems</source>
        <translation>Problemas de la asignación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Load the live fields again</source>
        <translation>Volver a cargar los campos en vivo</translation>
    </message>
    <message>
        <source>Fields and mapping</source>
        <translation>Campos y asignación</translation>
    </message>
    <message>
        <source>&amp;Mapping (drag a field here or onto a field of the other side)</source>
        <translation>&amp;Asignación (arrastre un campo aquí o sobre un campo del otro lado)</translation>
    </message>
    <message>
        <source>Mapping rows</source>
        <translation>Filas de la asignación</translation>
    </message>
    <message>
        <source>&amp;HighLevel fields</source>
        <translation>Campos de &amp;HighLevel</translation>
    </message>
    <message>
        <source>&amp;Badger fields</source>
        <translation>Campos de &amp;Badger</translation>
    </message>
    <message>
        <source>Search HighLevel fields</source>
        <translation>Buscar campos de HighLevel</translation>
    </message>
    <message>
        <source>Search Badger fields</source>
        <translation>Buscar campos de Badger</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Buscar campos</translation>
    </message>
    <message>
        <source>HighLevel fields</source>
        <translation>Campos de HighLevel</translation>
    </message>
    <message>
        <source>Badger fields</source>
        <translation>Campos de Badger</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Fila seleccionada</translation>
    </message>
    <message>
        <source>Sync direction</source>
        <translation>Dirección de sincronización</translation>
    </message>
    <message>
        <source>When both sides changed</source>
        <translation>Cuando ambos lados cambiaron</translation>
    </message>
    <message>
        <source>S&amp;ync this row</source>
        <translation>&amp;Sincronizar esta fila</translation>
    </message>
    <message>
        <source>Sync this row</source>
        <translation>Sincronizar esta fila</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>On &amp;conflict:</source>
        <translation>En caso de &amp;conflicto:</translation>
    </message>
    <message>
        <source>Transforms of the row</source>
        <translation>Transformaciones de la fila</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit transforms</source>
        <translation>Editar transformaciones</translation>
    </message>
    <message>
        <source>&amp;Transforms:</source>
        <translation>&amp;Transformaciones:</translation>
    </message>
    <message>
        <source>Problems of the row</source>
        <translation>Problemas de la fila</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Loading the live field lists and a sample record from each side…</source>
        <translation>Cargando las listas de campos en vivo y un registro de ejemplo de cada lado…</translation>
    </message>
    <message>
        <source>Live fields loaded: HighLevel %1 (%2 custom), Badger %3 (%4 custom).</source>
        <translation>Campos en vivo cargados: HighLevel %1 (%2 personalizados), Badger %3 (%4 personalizados).</translation>
    </message>
    <message>
        <source>Not saved: the mapping has errors (marked in the table and listed above). Fix them, then save.</source>
        <translation>No se guardó: la asignación tiene errores (marcados en la tabla y listados arriba). Corríjalos y después guarde.</translation>
    </message>
    <message>
        <source>Saved. The next sync uses this mapping (%1).</source>
        <translation>Guardado. La próxima sincronización usará esta asignación (%1).</translation>
    </message>
    <message>
        <source>%1 The defaults are shown; saving replaces the file.</source>
        <translation>%1 Se muestran los valores predeterminados; al guardar se reemplaza el archivo.</translation>
    </message>
    <message>
        <source>Not imported: %1 does not exist.</source>
        <translation>No se importó: %1 no existe.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No se importó: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2. Save to use them.</source>
        <translation>Importado de %2: %1. Guarde para usarlas.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>Not exported: some rows have only one field. Complete or remove them first.</source>
        <translation>No se exportó: algunas filas solo tienen un campo. Complételas o quítelas primero.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>The mapping already is the default.</source>
        <translation>La asignación ya es la predeterminada.</translation>
    </message>
    <message>
        <source>Reset to the default mapping. Undo brings your rows back; Save keeps the default.</source>
        <translation>Se restableció la asignación predeterminada. Deshacer recupera sus filas; Guardar conserva la predeterminada.</translation>
    </message>
    <message>
        <source>These two fields are already mapped to each other.</source>
        <translation>Estos dos campos ya están asignados entre sí.</translation>
    </message>
    <message>
        <source>Select a field on the left, one on the right, then press Pair (Ctrl+P).</source>
        <translation>Seleccione un campo a la izquierda y otro a la derecha, y después pulse Emparejar (Ctrl+P).</translation>
    </message>
    <message>
        <source>Select a row in the table and a field in one of the lists, then press Use in row (Ctrl+R).</source>
        <translation>Seleccione una fila de la tabla y un campo de una de las listas, y después pulse Usar en la fila (Ctrl+R).</translation>
    </message>
    <message>
        <source>Row %1 already uses that field, or another row already maps the same pair.</source>
        <translation>La fila %1 ya usa ese campo, u otra fila ya asigna el mismo par.</translation>
    </message>
    <message>
        <source>%1, no problems found.</source>
        <translation>%1, no se encontraron problemas.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>%1: %2. Rows with errors are marked; saving waits until they are fixed.</source>
        <translation>%1: %2. Las filas con errores están marcadas; no se podrá guardar hasta corregirlas.</translation>
    </message>
    <message>
        <source>%1: %2. Rows with warnings are marked.</source>
        <translation>%1: %2. Las filas con advertencias están marcadas.</translation>
    </message>
    <message>
        <source>The mapping has errors</source>
        <translation>La asignación tiene errores</translation>
    </message>
    <message>
        <source>The mapping has warnings</source>
        <translation>La asignación tiene advertencias</translation>
    </message>
    <message>
        <source>The mapping is fine</source>
        <translation>La asignación es correcta</translation>
    </message>
    <message>
        <source>Selected row %1</source>
        <translation>Fila seleccionada %1</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Select a row to change it.</source>
        <translation>Seleccione una fila para cambiarla.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Save*</source>
        <translation>Guardar*</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Importar una asignación</translation>
    </message>
    <message>
        <source>Fieldbridge mapping (*.json);;All files (*)</source>
        <translation>Asignación de Fieldbridge (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Exportar la asignación</translation>
    </message>
    <message>
        <source>Fieldbridge mapping (*.json)</source>
        <translation>Asignación de Fieldbridge (*.json)</translation>
    </message>
</context>
<context>
    <name>fb::ui::MappingTableModel</name>
    <message>
        <source>Map %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message>
        <source>Add row for %1</source>
        <translation>Añadir fila para %1</translation>
    </message>
    <message>
        <source>Remove %1 ↔ %2</source>
        <translation>Quitar %1 ↔ %2</translation>
    </message>
    <message>
        <source>Use %1 in row %2</source>
        <translation>Usar %1 en la fila %2</translation>
    </message>
    <message>
        <source>Direction of row %1: %2</source>
        <translation>Dirección de la fila %1: %2</translation>
    </message>
    <message>
        <source>Conflicts in row %1: %2</source>
        <translation>Conflictos en la fila %1: %2</translation>
    </message>
    <message>
        <source>Enable row %1</source>
        <translation>Activar la fila %1</translation>
    </message>
    <message>
        <source>Disable row %1</source>
        <translation>Desactivar la fila %1</translation>
    </message>
    <message>
        <source>Transforms of row %1</source>
        <translation>Transformaciones de la fila %1</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>En ambos sentidos</translation>
    </message>
    <message>
        <source>HighLevel to Badger only</source>
        <translation>Solo de HighLevel a Badger</translation>
    </message>
    <message>
        <source>Badger to HighLevel only</source>
        <translation>Solo de Badger a HighLevel</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Gana el cambio más reciente</translation>
    </message>
    <message>
        <source>Badger wins</source>
        <translation>Gana Badger</translation>
    </message>
    <message>
        <source>HighLevel wins</source>
        <translation>Gana HighLevel</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Preguntarme</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>(drop a HighLevel field here)</source>
        <translation>(suelte aquí un campo de HighLevel)</translation>
    </message>
    <message>
        <source>(drop a Badger field here)</source>
        <translation>(suelte aquí un campo de Badger)</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Badger</source>
        <translation>Badger</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformación</translation>
    </message>
    <message>
        <source>On conflict</source>
        <translation>En caso de conflicto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Choose a HighLevel field for %1: drop one on this row, or select one and press Pair.</source>
        <translation>Elija un campo de HighLevel para %1: suelte uno en esta fila, o seleccione uno y pulse Emparejar.</translation>
    </message>
    <message>
        <source>Choose a Badger field for %1: drop one on this row, or select one and press Pair.</source>
        <translation>Elija un campo de Badger para %1: suelte uno en esta fila, o seleccione uno y pulse Emparejar.</translation>
    </message>
</context>
<context>
    <name>fb::ui::OutcomeRulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>When a check-in is</source>
        <translation>Cuando un check-in es</translation>
    </message>
    <message>
        <source>Or a task is completed</source>
        <translation>O se completa una tarea</translation>
    </message>
    <message>
        <source>Task title contains</source>
        <translation>El título de la tarea contiene</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Quitar etiquetas</translation>
    </message>
    <message>
        <source>The rule&apos;s name in messages and in the preview</source>
        <translation>El nombre de la regla en los mensajes y en la vista previa</translation>
    </message>
    <message>
        <source>Badger check-in types that trigger the rule, separated by commas (e.g. Meeting, Closed Won)</source>
        <translation>Tipos de check-in de Badger que activan la regla, separados por comas (p. ej., Meeting, Closed Won)</translation>
    </message>
    <message>
        <source>Also trigger when a HighLevel task of the contact is completed</source>
        <translation>Activar también cuando se completa una tarea de HighLevel del contacto</translation>
    </message>
    <message>
        <source>Only completed tasks whose title contains this text (empty: any task)</source>
        <translation>Solo las tareas completadas cuyo título contiene este texto (vacío: cualquier tarea)</translation>
    </message>
    <message>
        <source>HighLevel tags to add to the contact, separated by commas</source>
        <translation>Etiquetas de HighLevel que añadir al contacto, separadas por comas</translation>
    </message>
    <message>
        <source>HighLevel tags to remove from the contact, separated by commas</source>
        <translation>Etiquetas de HighLevel que quitar del contacto, separadas por comas</translation>
    </message>
    <message>
        <source>outcome rule</source>
        <translation>regla de resultado</translation>
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
        <translation>Crear en HighLevel</translation>
    </message>
    <message>
        <source>Create in Badger</source>
        <translation>Crear en Badger</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>(record)</source>
        <translation>(registro)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Valor previsto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>fb::ui::RoutingRulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Contacts tagged</source>
        <translation>Contactos con la etiqueta</translation>
    </message>
    <message>
        <source>Go to user</source>
        <translation>Pasan al usuario</translation>
    </message>
    <message>
        <source>Set HighLevel owner</source>
        <translation>Asignar propietario en HighLevel</translation>
    </message>
    <message>
        <source>Set Badger owner</source>
        <translation>Asignar propietario en Badger</translation>
    </message>
    <message>
        <source>A contact that receives this tag is routed</source>
        <translation>Un contacto que recibe esta etiqueta se reparte</translation>
    </message>
    <message>
        <source>A user of the user map below (by Badger user id)</source>
        <translation>Un usuario de la correspondencia de usuarios de abajo (por ID de usuario de Badger)</translation>
    </message>
    <message>
        <source>Set the contact&apos;s assigned user in HighLevel</source>
        <translation>Establecer el usuario asignado del contacto en HighLevel</translation>
    </message>
    <message>
        <source>Set the account owner in Badger</source>
        <translation>Establecer el propietario de la cuenta en Badger</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>routing rule</source>
        <translation>regla de reparto</translation>
    </message>
</context>
<context>
    <name>fb::ui::RowPreview</name>
    <message>
        <source>Preview on a sample record</source>
        <translation>Vista previa con un registro de ejemplo</translation>
    </message>
    <message>
        <source>Sample records</source>
        <translation>Registros de ejemplo</translation>
    </message>
    <message>
        <source>Value in HighLevel</source>
        <translation>Valor en HighLevel</translation>
    </message>
    <message>
        <source>Value in Badger</source>
        <translation>Valor en Badger</translation>
    </message>
    <message>
        <source>Would write to Badger</source>
        <translation>Se escribiría en Badger</translation>
    </message>
    <message>
        <source>Would write to HighLevel</source>
        <translation>Se escribiría en HighLevel</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>In HighLevel:</source>
        <translation>En HighLevel:</translation>
    </message>
    <message>
        <source>In Badger:</source>
        <translation>En Badger:</translation>
    </message>
    <message>
        <source>Writes to Badger:</source>
        <translation>Escribe en Badger:</translation>
    </message>
    <message>
        <source>Writes to HighLevel:</source>
        <translation>Escribe en HighLevel:</translation>
    </message>
    <message>
        <source>Loading a sample record from each side…</source>
        <translation>Cargando un registro de ejemplo de cada lado…</translation>
    </message>
    <message>
        <source>HighLevel contact “%1”, Badger account “%2”</source>
        <translation>Contacto de HighLevel «%1», cuenta de Badger «%2»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Select a row to preview it.</source>
        <translation>Seleccione una fila para previsualizarla.</translation>
    </message>
    <message>
        <source>(no field chosen)</source>
        <translation>(no se eligió ningún campo)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>nothing (row is off)</source>
        <translation>nada (la fila está desactivada)</translation>
    </message>
    <message>
        <source>nothing (one way)</source>
        <translation>nada (un solo sentido)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::RuleTableModel</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar «%1» (%2)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>What is wrong with this rule, as the sync would see it</source>
        <translation>Qué falla en esta regla, tal como la vería la sincronización</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::RulesEditor</name>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Working out what the rules would do…</source>
        <translation>Calculando qué harían las reglas…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Deshacer el último cambio (%1)</translation>
    </message>
    <message>
        <source>Redo the change undone last (%1)</source>
        <translation>Rehacer el último cambio deshecho (%1)</translation>
    </message>
    <message>
        <source>Add e&amp;xample rules</source>
        <translation>Añadir reglas de e&amp;jemplo</translation>
    </message>
    <message>
        <source>Replace the rules by examples</source>
        <translation>Reemplazar las reglas por ejemplos</translation>
    </message>
    <message>
        <source>Check-in notes, tags on Meeting and Closed Won check-ins and a follow-up task: a starting point to adapt (undo brings your rules back; nothing is saved yet)</source>
        <translation>Notas de check-in, etiquetas en los check-ins Meeting y Closed Won y una tarea de seguimiento: un punto de partida para adaptar (Deshacer recupera sus reglas; aún no se guarda nada)</translation>
    </message>
    <message>
        <source>Revert to the saved rules</source>
        <translation>Volver a las reglas guardadas</translation>
    </message>
    <message>
        <source>Drop the unsaved changes and read the saved rules again</source>
        <translation>Descartar los cambios no guardados y volver a leer las reglas guardadas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Guardar las reglas</translation>
    </message>
    <message>
        <source>Save the rules for the next sync (%1)</source>
        <translation>Guardar las reglas para la próxima sincronización (%1)</translation>
    </message>
    <message>
        <source>Rules state</source>
        <translation>Estado de las reglas</translation>
    </message>
    <message>
        <source>Rule problems</source>
        <translation>Problemas de las reglas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rules and preview</source>
        <translation>Reglas y vista previa</translation>
    </message>
    <message>
        <source>Rule kinds</source>
        <translation>Tipos de reglas</translation>
    </message>
    <message>
        <source>&amp;Outcome → tags</source>
        <translation>&amp;Resultado → etiquetas</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>&amp;Finalización</translation>
    </message>
    <message>
        <source>Team &amp;routing</source>
        <translation>Reparto del &amp;equipo</translation>
    </message>
    <message>
        <source>&amp;Notes and tags</source>
        <translation>&amp;Notas y etiquetas</translation>
    </message>
    <message>
        <source>%1 (Insert in the table)</source>
        <translation>%1 (tecla Insert en la tabla)</translation>
    </message>
    <message>
        <source>%1 (Delete in the table)</source>
        <translation>%1 (tecla Supr en la tabla)</translation>
    </message>
    <message>
        <source>When a rep logs a check-in of a given type in Badger (or a HighLevel task is completed), add or remove tags on the linked HighLevel contact. Separate several types or tags with commas.</source>
        <translation>Cuando un comercial registra en Badger un check-in de un tipo dado (o se completa una tarea de HighLevel), se añaden o quitan etiquetas en el contacto vinculado de HighLevel. Separe varios tipos o etiquetas con comas.</translation>
    </message>
    <message>
        <source>Outcome rules</source>
        <translation>Reglas de resultado</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>Placeholders in the title and notes: {type} the check-in type, {date} its date, {account} the Badger account, {contact} the HighLevel contact, {comments} what the rep wrote, {fields} all custom check-in fields, {field:Name} one of them, {createdBy} the rep, {checkInId} the check-in&apos;s number. Write {{ or }} for a literal brace. Assign to: Unassigned, the contact&apos;s owner, a user of the user map (Team routing) or a HighLevel user id.</source>
        <translation>Marcadores en el título y las notas: {type} el tipo de check-in, {date} su fecha, {account} la cuenta de Badger, {contact} el contacto de HighLevel, {comments} lo que escribió el comercial, {fields} todos los campos personalizados del check-in, {field:Name} uno de ellos, {createdBy} el comercial, {checkInId} el número del check-in. Escriba {{ o }} para una llave literal. Asignar a: Sin asignar, el propietario del contacto, un usuario de la correspondencia de usuarios (Reparto del equipo) o un ID de usuario de HighLevel.</translation>
    </message>
    <message>
        <source>Template placeholders</source>
        <translation>Marcadores de plantilla</translation>
    </message>
    <message>
        <source>A check-in of a given type opens a task on the linked HighLevel contact, due some days later. Double-click or press F2 to edit a cell.</source>
        <translation>Un check-in de un tipo dado abre una tarea en el contacto vinculado de HighLevel, que vence unos días después. Haga doble clic o pulse F2 para editar una celda.</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Reglas de seguimiento</translation>
    </message>
    <message>
        <source>A later check-in of one of the &quot;completed by&quot; types on the same account completes the tasks a follow-up rule opened there. Edit the types here or on the Follow-up tasks page.</source>
        <translation>Un check-in posterior de uno de los tipos «se completa con» en la misma cuenta completa las tareas que una regla de seguimiento abrió allí. Edite los tipos aquí o en la página Tareas de seguimiento.</translation>
    </message>
    <message>
        <source>Task completion by check-in</source>
        <translation>Finalización de tareas por check-in</translation>
    </message>
    <message>
        <source>Completed HighLevel tasks</source>
        <translation>Tareas completadas de HighLevel</translation>
    </message>
    <message>
        <source>Log a Badger check-in when a HighLevel task is completed</source>
        <translation>Registrar un check-in de Badger cuando se complete una tarea de HighLevel</translation>
    </message>
    <message>
        <source>Check-in type</source>
        <translation>Tipo de check-in</translation>
    </message>
    <message>
        <source>Check-in comments</source>
        <translation>Comentarios del check-in</translation>
    </message>
    <message>
        <source>{title} is the task&apos;s title, {body} its notes, {contact} the contact</source>
        <translation>{title} es el título de la tarea, {body} sus notas, {contact} el contacto</translation>
    </message>
    <message>
        <source>Co&amp;mments:</source>
        <translation>C&amp;omentarios:</translation>
    </message>
    <message>
        <source>Log check-ins for completed tasks</source>
        <translation>Registrar check-ins de las tareas completadas</translation>
    </message>
    <message>
        <source>Edit the check-in type</source>
        <translation>Editar el tipo de check-in</translation>
    </message>
    <message>
        <source>Edit the check-in comments</source>
        <translation>Editar los comentarios del check-in</translation>
    </message>
    <message>
        <source>&amp;User map: the same person in Badger and in HighLevel</source>
        <translation>Correspondencia de &amp;usuarios: la misma persona en Badger y en HighLevel</translation>
    </message>
    <message>
        <source>User map</source>
        <translation>Correspondencia de usuarios</translation>
    </message>
    <message>
        <source>Add &amp;pair</source>
        <translation>Añadir &amp;par</translation>
    </message>
    <message>
        <source>Add user pair</source>
        <translation>Añadir par de usuarios</translation>
    </message>
    <message>
        <source>Remove pa&amp;ir</source>
        <translation>Qu&amp;itar par</translation>
    </message>
    <message>
        <source>Remove user pair</source>
        <translation>Quitar par de usuarios</translation>
    </message>
    <message>
        <source>Live user lists</source>
        <translation>Listas de usuarios en vivo</translation>
    </message>
    <message>
        <source>Connect the accounts to pick users from the live lists; ids can always be typed.</source>
        <translation>Conecte las cuentas para elegir usuarios de las listas en vivo; los ID siempre se pueden escribir.</translation>
    </message>
    <message>
        <source>Load the users again</source>
        <translation>Volver a cargar los usuarios</translation>
    </message>
    <message>
        <source>A contact that gets a tag is assigned to a user: its HighLevel owner, its Badger account owner or both. Users come from the user map below.</source>
        <translation>Un contacto que recibe una etiqueta se asigna a un usuario: su propietario en HighLevel, el propietario de su cuenta de Badger o ambos. Los usuarios proceden de la correspondencia de usuarios de abajo.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Reglas de reparto</translation>
    </message>
    <message>
        <source>Check-ins → HighLevel notes</source>
        <translation>Check-ins → notas de HighLevel</translation>
    </message>
    <message>
        <source>Check-in notes</source>
        <translation>Notas de check-in</translation>
    </message>
    <message>
        <source>Write check-ins as notes</source>
        <translation>Escribir los check-ins como notas</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Plantilla de la nota</translation>
    </message>
    <message>
        <source>Placeholders: {type} {date} {comments} {fields} {field:Name} {account} {contact} {createdBy} {checkInId}</source>
        <translation>Marcadores: {type} {date} {comments} {fields} {field:Name} {account} {contact} {createdBy} {checkInId}</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>How {date} is written, e.g. yyyy-MM-dd HH:mm</source>
        <translation>Cómo se escribe {date}, p. ej., yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Formato de fec&amp;ha:</translation>
    </message>
    <message>
        <source>HighLevel notes → Badger check-ins</source>
        <translation>Notas de HighLevel → check-ins de Badger</translation>
    </message>
    <message>
        <source>Notes to check-ins</source>
        <translation>Notas a check-ins</translation>
    </message>
    <message>
        <source>Log new HighLevel notes as Badger check-&amp;ins</source>
        <translation>Registrar las notas nuevas de HighLevel como check-&amp;ins de Badger</translation>
    </message>
    <message>
        <source>Log notes as check-ins</source>
        <translation>Registrar las notas como check-ins</translation>
    </message>
    <message>
        <source>Check-in type for notes</source>
        <translation>Tipo de check-in para las notas</translation>
    </message>
    <message>
        <source>Check-in t&amp;ype:</source>
        <translation>Tipo de chec&amp;k-in:</translation>
    </message>
    <message>
        <source>HighLevel tags ↔ a Badger text field</source>
        <translation>Etiquetas de HighLevel ↔ un campo de texto de Badger</translation>
    </message>
    <message>
        <source>Tag sync</source>
        <translation>Sincronización de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Keep HighLevel tags and a Badger custom text field in step</source>
        <translation>Mantener al &amp;día las etiquetas de HighLevel y un campo de texto personalizado de Badger</translation>
    </message>
    <message>
        <source>Sync tags</source>
        <translation>Sincronizar etiquetas</translation>
    </message>
    <message>
        <source>Badger tag field</source>
        <translation>Campo de etiquetas de Badger</translation>
    </message>
    <message>
        <source>Bulk threshold</source>
        <translation>Umbral para llamadas en bloque</translation>
    </message>
    <message>
        <source>A tag added to or removed from at least this many contacts goes in one bulk call</source>
        <translation>Una etiqueta añadida o quitada en al menos este número de contactos se envía en una sola llamada en bloque</translation>
    </message>
    <message>
        <source>Check-in notes on/off</source>
        <translation>Notas de check-in activadas/desactivadas</translation>
    </message>
    <message>
        <source>Edit the note template</source>
        <translation>Editar la plantilla de la nota</translation>
    </message>
    <message>
        <source>Edit the date format</source>
        <translation>Editar el formato de fecha</translation>
    </message>
    <message>
        <source>Notes to check-ins on/off</source>
        <translation>Notas a check-ins activadas/desactivadas</translation>
    </message>
    <message>
        <source>Tag sync on/off</source>
        <translation>Sincronización de etiquetas activada/desactivada</translation>
    </message>
    <message>
        <source>Edit the tag field</source>
        <translation>Editar el campo de etiquetas</translation>
    </message>
    <message>
        <source>Edit the bulk threshold</source>
        <translation>Editar el umbral para llamadas en bloque</translation>
    </message>
    <message>
        <source>Preview: what these rules would do</source>
        <translation>Vista previa: qué harían estas reglas</translation>
    </message>
    <message>
        <source>Rules preview</source>
        <translation>Vista previa de las reglas</translation>
    </message>
    <message>
        <source>On the &amp;last</source>
        <translation>En los ú&amp;ltimos</translation>
    </message>
    <message>
        <source>Number of recent check-ins</source>
        <translation>Número de check-ins recientes</translation>
    </message>
    <message>
        <source>check-ins and</source>
        <translation>check-ins y</translation>
    </message>
    <message>
        <source>Number of recent completed tasks</source>
        <translation>Número de tareas completadas recientes</translation>
    </message>
    <message>
        <source>completed tasks</source>
        <translation>tareas completadas</translation>
    </message>
    <message>
        <source>Show actions</source>
        <translation>Mostrar acciones</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Everything but notes</source>
        <translation>Todo menos las notas</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Preview actions</source>
        <translation>Acciones de la vista previa</translation>
    </message>
    <message>
        <source>No rules are on: the sync only matches and updates contacts. Add a rule, or start from the examples.</source>
        <translation>No hay ninguna regla activada: la sincronización solo empareja y actualiza contactos. Añada una regla o empiece con los ejemplos.</translation>
    </message>
    <message>
        <source>%1 outcome, %2 follow-up and %3 routing rules, %4 user pairs; no problems.</source>
        <translation>%1 reglas de resultado, %2 de seguimiento y %3 de reparto, %4 pares de usuarios; sin problemas.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings (marked beside the rules; errors stop the rules from running).</source>
        <translation>%1 errores, %2 advertencias (marcados junto a las reglas; los errores impiden que las reglas se ejecuten).</translation>
    </message>
    <message>
        <source>&amp;Save*</source>
        <translation>&amp;Guardar*</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Not saved: the rules have errors (marked beside the rules and listed above). Fix them, then save.</source>
        <translation>No se guardó: las reglas tienen errores (marcados junto a las reglas y listados arriba). Corríjalos y después guarde.</translation>
    </message>
    <message>
        <source>Not saved: %1 Fix or remove the mapping file first.</source>
        <translation>No se guardó: %1 Corrija o quite primero el archivo de asignación.</translation>
    </message>
    <message>
        <source>Saved. The next sync uses these rules (%1).</source>
        <translation>Guardado. La próxima sincronización usará estas reglas (%1).</translation>
    </message>
    <message>
        <source>%1 No rules are shown; saving replaces the rules section.</source>
        <translation>%1 No se muestra ninguna regla; al guardar se reemplaza la sección de reglas.</translation>
    </message>
    <message>
        <source>Use the example rules</source>
        <translation>Usar las reglas de ejemplo</translation>
    </message>
    <message>
        <source>Example rules in place (not saved). Adapt them, then save; Undo brings your rules back.</source>
        <translation>Reglas de ejemplo listas (sin guardar). Adáptelas y después guarde; Deshacer recupera sus reglas.</translation>
    </message>
    <message>
        <source>Live lists: %1 Badger users, %2 HighLevel users (pick them in the cells, or type ids).</source>
        <translation>Listas en vivo: %1 usuarios de Badger, %2 usuarios de HighLevel (elíjalos en las celdas o escriba los ID).</translation>
    </message>
    <message>
        <source>Loading the users of both accounts…</source>
        <translation>Cargando los usuarios de ambas cuentas…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>No check-ins read yet. Fieldbridge reads check-ins once a saved rule needs them: save, and the preview fills in after the next sync.</source>
        <translation>Aún no se ha leído ningún check-in. Fieldbridge lee los check-ins cuando una regla guardada los necesita: guarde, y la vista previa se completará tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>No check-ins read yet: no rule needs them. Turn on check-in notes or add an outcome or follow-up rule, save, and the preview fills in after the next sync.</source>
        <translation>Aún no se ha leído ningún check-in: ninguna regla los necesita. Active las notas de check-in o añada una regla de resultado o de seguimiento, guarde, y la vista previa se completará tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 actions on the last %2 of %3 check-ins read and %4 completed tasks. Nothing is written until you save and the sync runs.</source>
        <translation>%1 acciones sobre los últimos %2 de %3 check-ins leídos y %4 tareas completadas. No se escribe nada hasta que guarde y se ejecute la sincronización.</translation>
    </message>
    <message>
        <source>Rev&amp;ert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks</source>
        <translation>&amp;Tareas de seguimiento</translation>
    </message>
    <message>
        <source>Lo&amp;g a Badger check-in when a HighLevel task is completed</source>
        <translation>Registrar un check-in de &amp;Badger cuando se complete una tarea de HighLevel</translation>
    </message>
    <message>
        <source>Reloa&amp;d users</source>
        <translation>Re&amp;cargar usuarios</translation>
    </message>
    <message>
        <source>Write every &amp;Badger check-in as a note on the HighLevel contact</source>
        <translation>E&amp;scribir cada check-in de Badger como nota en el contacto de HighLevel</translation>
    </message>
    <message>
        <source>Note tem&amp;plate:</source>
        <translation>&amp;Plantilla de la nota:</translation>
    </message>
    <message>
        <source>Bad&amp;ger field:</source>
        <translation>&amp;Campo de Badger:</translation>
    </message>
    <message>
        <source>B&amp;ulk from:</source>
        <translation>En &amp;bloque desde:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
</context>
<context>
    <name>fb::ui::RulesPreviewModel</name>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Abrir tarea</translation>
    </message>
    <message>
        <source>Complete tasks</source>
        <translation>Completar tareas</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Asignar propietario</translation>
    </message>
    <message>
        <source>Log check-in</source>
        <translation>Registrar check-in</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(no vinculado)</translation>
    </message>
    <message>
        <source>check-in notes</source>
        <translation>notas de check-in</translation>
    </message>
    <message>
        <source>Check-in or task</source>
        <translation>Check-in o tarea</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>Acción prevista</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>completed tasks</source>
        <translation>tareas completadas</translation>
    </message>
</context>
<context>
    <name>fb::ui::SecretField</name>
    <message>
        <source>No keychain is available, so Fieldbridge cannot keep your token. Install and start a Secret Service (GNOME Keyring or KWallet) and log in again; on a server without a desktop use the headless mode with a token file instead. (%1)</source>
        <translation>No hay ningún llavero disponible, así que Fieldbridge no puede guardar su token. Instale e inicie un servicio Secret Service (Anillo de claves de GNOME o KWallet) y vuelva a iniciar sesión; en un servidor sin escritorio, use el modo sin interfaz con un archivo de token. (%1)</translation>
    </message>
    <message>
        <source>Your keychain is locked. Unlock it (your login keyring opens with your login password), then try again. (%1)</source>
        <translation>Su llavero está bloqueado. Desbloquéelo (el anillo de claves de inicio de sesión se abre con su contraseña de inicio de sesión) e inténtelo de nuevo. (%1)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Stored in your keychain (hidden)</source>
        <translation>Guardado en su llavero (oculto)</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Reemplazar %1</translation>
    </message>
    <message>
        <source>Remove %1 from the keychain</source>
        <translation>Quitar %1 del llavero</translation>
    </message>
    <message>
        <source>Paste the new one; the stored one stays until you save</source>
        <translation>Pegue el nuevo; el guardado se conserva hasta que guarde</translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalo de sincronización en minutos</translation>
    </message>
    <message>
        <source>HighLevel daily request budget</source>
        <translation>Presupuesto diario de solicitudes de HighLevel</translation>
    </message>
    <message>
        <source>HighLevel requests per 10 seconds</source>
        <translation>Solicitudes de HighLevel cada 10 segundos</translation>
    </message>
    <message>
        <source>Badger daily request budget</source>
        <translation>Presupuesto diario de solicitudes de Badger</translation>
    </message>
    <message>
        <source>&amp;Delete on the other side too</source>
        <translation>&amp;Eliminar también en el otro lado</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>Iniciar &amp;minimizado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> per 10 s</source>
        <translation> cada 10 s</translation>
    </message>
    <message>
        <source>Share of the budget kept for writes, in percent</source>
        <translation>Parte del presupuesto reservada para escrituras, en porcentaje</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>Off: a record deleted on one side is unlinked and shown in Activity. On: it is deleted on the other side as well.</source>
        <translation>Desactivado: un registro eliminado en un lado se desvincula y se muestra en Actividad. Activado: también se elimina en el otro lado.</translation>
    </message>
    <message>
        <source>Rate budgets</source>
        <translation>Presupuestos de solicitudes</translation>
    </message>
    <message>
        <source>&amp;HighLevel per day:</source>
        <translation>&amp;HighLevel por día:</translation>
    </message>
    <message>
        <source>HighLevel &amp;burst:</source>
        <translation>Rá&amp;faga de HighLevel:</translation>
    </message>
    <message>
        <source>&amp;Badger per day:</source>
        <translation>&amp;Badger por día:</translation>
    </message>
    <message>
        <source>&amp;Reserve for writes:</source>
        <translation>Reser&amp;va para escrituras:</translation>
    </message>
    <message>
        <source>HighLevel allows 200,000 requests a day and 100 per 10 seconds per location; Badger 25,000 a day per team. Lower budgets leave room for your other integrations; the reserve keeps part of each budget for writing changes.</source>
        <translation>HighLevel permite 200 000 solicitudes al día y 100 cada 10 segundos por ubicación; Badger, 25 000 al día por equipo. Unos presupuestos más bajos dejan margen para sus otras integraciones; la reserva guarda parte de cada presupuesto para escribir cambios.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when you restart Fieldbridge.</source>
        <translation>El nuevo idioma se aplica al reiniciar Fieldbridge.</translation>
    </message>
    <message>
        <source>The mapping file could not be read: %1</source>
        <translation>No se pudo leer el archivo de asignación: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>No se pudieron escribir los ajustes en %1.</translation>
    </message>
    <message>
        <source>Saved the settings, but the mapping file could not be read: %1</source>
        <translation>Se guardaron los ajustes, pero no se pudo leer el archivo de asignación: %1</translation>
    </message>
    <message>
        <source>Saved the settings, but the mapping file could not be written: %1</source>
        <translation>Se guardaron los ajustes, pero no se pudo escribir el archivo de asignación: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Restart Fieldbridge to use the new language.</source>
        <translation>Reinicie Fieldbridge para usar el nuevo idioma.</translation>
    </message>
</context>
<context>
    <name>fb::ui::TransformDialog</name>
    <message>
        <source>Transforms: %1</source>
        <translation>Transformaciones: %1</translation>
    </message>
    <message>
        <source>Transforms change a value on its way to the other side, in this order.</source>
        <translation>Las transformaciones cambian un valor de camino al otro lado, en este orden.</translation>
    </message>
    <message>
        <source>Transforms in order</source>
        <translation>Transformaciones en orden</translation>
    </message>
    <message>
        <source>Kind of transform to add</source>
        <translation>Tipo de transformación que añadir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add transform</source>
        <translation>Añadir transformación</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove transform</source>
        <translation>Quitar transformación</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move transform up</source>
        <translation>Subir transformación</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move transform down</source>
        <translation>Bajar transformación</translation>
    </message>
    <message>
        <source>Transform settings</source>
        <translation>Ajustes de la transformación</translation>
    </message>
    <message>
        <source>Select a transform to change its settings.</source>
        <translation>Seleccione una transformación para cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>Removes spaces at the start and end of the value.</source>
        <translation>Quita los espacios al principio y al final del valor.</translation>
    </message>
    <message>
        <source>Changes the letter case of the value.</source>
        <translation>Cambia las mayúsculas y minúsculas del valor.</translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation>Mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>MAYÚSCULAS</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Mayúscula Inicial</translation>
    </message>
    <message>
        <source>Apply when writing to</source>
        <translation>Aplicar al escribir en</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>HighLevel only</source>
        <translation>Solo HighLevel</translation>
    </message>
    <message>
        <source>Badger only</source>
        <translation>Solo Badger</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Capitalización:</translation>
    </message>
    <message>
        <source>&amp;When writing to:</source>
        <translation>Al &amp;escribir en:</translation>
    </message>
    <message>
        <source>Writes phone numbers in international form (+14155550132).</source>
        <translation>Escribe los números de teléfono en formato internacional (+14155550132).</translation>
    </message>
    <message>
        <source>Region for numbers without a country code</source>
        <translation>Región para números sin código de país</translation>
    </message>
    <message>
        <source>mapping default</source>
        <translation>predeterminada de la asignación</translation>
    </message>
    <message>
        <source>&amp;Region (e.g. US, GB):</source>
        <translation>&amp;Región (p. ej., US, GB):</translation>
    </message>
    <message>
        <source>Reformats dates between the sides (yyyy = year, MM = month, dd = day).</source>
        <translation>Cambia el formato de las fechas entre los lados (yyyy = año, MM = mes, dd = día).</translation>
    </message>
    <message>
        <source>Date format in HighLevel</source>
        <translation>Formato de fecha en HighLevel</translation>
    </message>
    <message>
        <source>Date format in Badger</source>
        <translation>Formato de fecha en Badger</translation>
    </message>
    <message>
        <source>&amp;HighLevel format:</source>
        <translation>Formato de &amp;HighLevel:</translation>
    </message>
    <message>
        <source>&amp;Badger format:</source>
        <translation>Formato de Ba&amp;dger:</translation>
    </message>
    <message>
        <source>One pair per line: HighLevel value = Badger value. Values not listed pass unchanged.</source>
        <translation>Un par por línea: valor de HighLevel = valor de Badger. Los valores no incluidos pasan sin cambios.</translation>
    </message>
    <message>
        <source>Value pairs</source>
        <translation>Pares de valores</translation>
    </message>
    <message>
        <source>&amp;Ignore letter case</source>
        <translation>&amp;Ignorar mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Ignore letter case</source>
        <translation>Ignorar mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Builds the value from fields of the source record, e.g. {firstName} {lastName}. One way only.</source>
        <translation>Construye el valor a partir de campos del registro de origen, p. ej., {firstName} {lastName}. Solo en un sentido.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>How a full name is written and split into first and last name.</source>
        <translation>Cómo se escribe un nombre completo y cómo se divide en nombre y apellidos.</translation>
    </message>
    <message>
        <source>Name format</source>
        <translation>Formato del nombre</translation>
    </message>
    <message>
        <source>First Last</source>
        <translation>Nombre Apellidos</translation>
    </message>
    <message>
        <source>Last, First</source>
        <translation>Apellidos, Nombre</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Problem with the transforms</source>
        <translation>Problema con las transformaciones</translation>
    </message>
    <message>
        <source>Apply transforms</source>
        <translation>Aplicar transformaciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A template fills a field one way: set the row&apos;s direction before saving.</source>
        <translation>Una plantilla rellena un campo en un solo sentido: defina la dirección de la fila antes de guardar.</translation>
    </message>
</context>
<context>
    <name>fb::ui::TransformListModel</name>
    <message>
        <source>Trim spaces</source>
        <translation>Quitar espacios</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>Cambiar mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Phone number (E.164)</source>
        <translation>Número de teléfono (E.164)</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Map values</source>
        <translation>Asignar valores</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Full name format</source>
        <translation>Formato del nombre completo</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Title case</source>
        <translation>Mayúscula inicial</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>Minúsculas</translation>
    </message>
    <message>
        <source>%1 (into HighLevel only)</source>
        <translation>%1 (solo hacia HighLevel)</translation>
    </message>
    <message>
        <source>%1 (into Badger only)</source>
        <translation>%1 (solo hacia Badger)</translation>
    </message>
    <message>
        <source>Phone to E.164</source>
        <translation>Teléfono a E.164</translation>
    </message>
    <message>
        <source>Phone to E.164 (%1)</source>
        <translation>Teléfono a E.164 (%1)</translation>
    </message>
    <message>
        <source>Date %1 ⇄ %2</source>
        <translation>Fecha %1 ⇄ %2</translation>
    </message>
    <message>
        <source>Map 1 value</source>
        <translation>Asignar 1 valor</translation>
    </message>
    <message>
        <source>Map %1 values</source>
        <translation>Asignar %1 valores</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>Plantilla «%1»</translation>
    </message>
    <message>
        <source>Name as “Last, First”</source>
        <translation>Nombre como «Apellidos, Nombre»</translation>
    </message>
    <message>
        <source>Unknown transform “%1”</source>
        <translation>Transformación desconocida «%1»</translation>
    </message>
    <message>
        <source>Name as “First Last”</source>
        <translation>Nombre como «Nombre Apellidos»</translation>
    </message>
</context>
<context>
    <name>fb::ui::TrayIcon</name>
    <message>
        <source>Fieldbridge: conflicts waiting</source>
        <translation>Fieldbridge: conflictos en espera</translation>
    </message>
    <message>
        <source>Fieldbridge: sync problem</source>
        <translation>Fieldbridge: problema de sincronización</translation>
    </message>
</context>
<context>
    <name>fb::ui::UserMapModel</name>
    <message>
        <source>Badger rep</source>
        <translation>Comercial de Badger</translation>
    </message>
    <message>
        <source>HighLevel user</source>
        <translation>Usuario de HighLevel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The rep&apos;s Badger user id (what an account&apos;s owner holds)</source>
        <translation>ID de usuario de Badger del comercial (el que figura como propietario de una cuenta)</translation>
    </message>
    <message>
        <source>The same person&apos;s HighLevel user id (what a contact&apos;s assigned user holds)</source>
        <translation>ID de usuario de HighLevel de la misma persona (el que figura como usuario asignado de un contacto)</translation>
    </message>
    <message>
        <source>A name for messages and lists</source>
        <translation>Un nombre para mensajes y listas</translation>
    </message>
    <message>
        <source>user pair</source>
        <translation>par de usuarios</translation>
    </message>
</context>
</TS>
