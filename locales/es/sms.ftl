# lifelines: respuestas SMS, español. Traductores: mantengan cada { $variable } tal cual.
# Las respuestas se cuentan en segmentos SMS: los caracteres fuera del alfabeto GSM-7 se
# cambian por la letra simple más cercana cuando toda la respuesta lo permite (í → i).

sms-emergency = { $place }. Emergencias: { $number }
sms-place = { $place }:
sms-worldwide = ¿En peligro? Llama a tu número local de emergencias. Envía tu estado, provincia o país (ej. Jalisco, España) o un ZIP de EE. UU. para ver líneas locales.
sms-line = { $name }: { $how }
sms-call-press = { $number }, opción { $option }
sms-text-keyword = SMS { $keyword } al { $number }
sms-text = SMS al { $number }
sms-call-or-text = llamada o SMS al { $number }
sms-chat = chat { $url }
sms-web = { $url } (líneas por país)
sms-ask-other = ¿Otro lugar? Envía un estado, provincia o país.
sms-ask-guessed = ¿No estás en { $place }? Envía tu estado, provincia o país.
sms-which = ¿Qué { $name }? Envía { $options }.
sms-town-other = ¿Otro lugar llamado { $name }? Envía { $example }.
sms-topic-none = No encontramos una línea de { $topic } para { $place }. Otra ayuda:

sms-help-danger = ¿En peligro? Llama a tu número local de emergencias.
sms-help-about = { $program }: envío automático y gratis de números de líneas de crisis. No es consejería.
sms-help-ask = Envía tu estado o país (ej. Jalisco, España) para líneas locales.
sms-help-rates = Pueden aplicarse tarifas de mensajes y datos. STOP para darte de baja.
sms-help-contact = Más: { $contact }
sms-stop = { $program }: te diste de baja y no recibirás más mensajes. Envía START para volver a suscribirte.
sms-start = { $program }: te volviste a suscribir. Envía un lugar o código postal para ver líneas de crisis, AYUDA para info.

sms-topic-crisis = crisis
sms-topic-suicide = suicidio
sms-topic-psychedelic = psicodélicos
sms-topic-substance-use = consumo de sustancias
sms-topic-overdose = sobredosis
sms-topic-drug-checking = análisis de drogas
sms-topic-poison = intoxicación
sms-topic-mental-health = salud mental
sms-topic-peer-support = apoyo entre pares
sms-topic-lgbtq = LGBTQ+
sms-topic-youth = jóvenes
sms-topic-veterans = veteranos
sms-topic-domestic-violence = violencia doméstica
sms-topic-sexual-assault = agresión sexual

# La página que explica a las organizaciones cómo conectar una pasarela (/sms).
sms-page-title = Conecta un número SMS
sms-page-intro = Una organización puede dirigir un número de SMS a lifelines: una persona envía un lugar ("california", "90210", "M5V 2T6", "UK") o una palabra clave, y recibe de vuelta el número de emergencias y las líneas que pueden ayudar, en uno o dos segmentos SMS. lifelines nunca inicia una conversación y no almacena nada.
sms-page-reads = Primero entiende palabras clave (HELP, INFO, AYUDA, AIDE; STOP y sus sinónimos; START), luego códigos ISO, nombres de países, estados y provincias en inglés, español y francés, códigos ZIP de EE. UU., códigos postales de Canadá y palabras de tema como viaje, sobredosis o suicidio. Si el texto no incluye ningún lugar, decide el número del remitente.
sms-page-budget = Las respuestas caben en el número de segmentos configurado
sms-page-twilio-title = Un número de Twilio
sms-page-twilio-step1 = En la consola de Twilio, abre el número de teléfono (o el Messaging Service) en Messaging.
sms-page-twilio-step2 = En "A message comes in", elige Webhook con esta URL:
sms-page-twilio-step3 = Dale a lifelines el auth token de la cuenta y esa URL exacta, para que pueda verificar el X-Twilio-Signature de cada solicitud:
sms-page-signed = Este servidor verifica las firmas: una solicitud sin un X-Twilio-Signature válido recibe un 403 y no se contesta.
sms-page-unsigned = Este servidor no tiene un auth token configurado, así que responde a solicitudes sin firma: configura uno antes de ponerlo en producción.
sms-page-other-title = Cualquier otra pasarela
sms-page-other-text = Haz una solicitud a esta URL por cada SMS entrante, con GET o con un POST de formulario, y envía la respuesta en texto plano como contestación.
sms-page-param-text = el mensaje, obligatorio (se leen como máximo los primeros 160 caracteres)
sms-page-param-from = el número del remitente en E.164, opcional (codifica + como %2B en una URL)
sms-page-param-country = el país o la región del remitente como código ISO 3166 (US, US-CA), opcional
sms-page-examples-title = Pruébalo
sms-page-example-zip = Un código ZIP
sms-page-example-ayuda = AYUDA desde un número de EE. UU.: la respuesta de ayuda, en español
sms-page-example-postal = Un código postal canadiense, por GET
sms-page-example-twilio = Lo que envía Twilio (necesita una firma válida cuando hay un token configurado)
sms-page-privacy-title = Privacidad
sms-page-privacy-text = Ni el texto ni el número del remitente se registran, almacenan o cuentan. Los límites de frecuencia por remitente usan un hash con clave del número que solo existe en memoria, y también hay límites por dirección de la pasarela. Los cuerpos de más de 32 KiB reciben 413 y las solicitudes mal formadas 400, ambos sin texto de respuesta.
