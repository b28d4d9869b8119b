//! The SMS gateway's HTTP adapters (SMS.md "Endpoints"): `POST /sms/twilio` answers Twilio's
//! inbound-message webhook with TwiML, `GET|POST /sms/reply` answers any other gateway with the
//! reply as plain text, and `GET /sms` shows an organisation how to connect either.
//!
//! Both adapters turn a request into an [`Inbound`] and hand it to the one core in
//! [`crate::sms`]. Neither the body, the text nor the sender's number is logged or kept: the
//! request log records the route pattern and status only, errors carry no request data, and
//! the rate limiter holds a keyed hash of the number.

use super::page::client_ip;
use super::page::html;
use super::AppState;
use crate::domain::Region;
use crate::error::PageError;
use crate::metrics::SmsOutcome;
use crate::publish::Edition;
use crate::sms::{signature, understand, Exceeded, Inbound, Reply, ReplyKind, Sender};
use crate::view::Chrome;
use actix_web::http::header;
use actix_web::http::{Method, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use askama::Template;
use std::sync::Arc;
use std::time::Duration;

/// The largest request body accepted. Twilio's `Body` holds at most 1,600 characters; fully
/// percent-encoded 3-byte characters make that 14,400 bytes, and the other fields (media URLs
/// included) stay under 2 KiB, so 32 KiB never refuses a real message.
pub const MAX_BODY: usize = 32 * 1024;

/// Why an SMS request got no reply. Variants carry nothing from the request, so neither the
/// response nor a log line can leak it.
#[derive(Debug, thiserror::Error)]
pub enum SmsError {
    /// The request is not what the endpoint takes: the reason, in fixed words.
    #[error("malformed request: {0}")]
    Malformed(&'static str),
    /// The body is over [`MAX_BODY`].
    #[error("request body too large")]
    TooLarge,
    /// The body did not arrive within the configured deadline.
    #[error("request body not received in time")]
    TimedOut,
    /// Signatures are checked and this one is missing or wrong.
    #[error("missing or invalid X-Twilio-Signature")]
    Forbidden,
    /// Over the sender's or the peer's rate limit; retry after the duration.
    #[error("too many requests")]
    RateLimited(Duration),
    /// The reply could not be written out.
    #[error("internal error")]
    Internal,
}

/// How a rejection is written: TwiML for Twilio (an empty `<Response/>`, which sends nothing),
/// plain text for other gateways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Twiml,
    Text,
}

impl Format {
    /// Turns an error into a rejection in this format.
    fn reject(self) -> impl Fn(SmsError) -> Rejection + Copy {
        move |error| Rejection {
            error,
            format: self,
        }
    }
}

/// A rejected SMS request, in the format of its endpoint.
#[derive(Debug, thiserror::Error)]
#[error("{error}")]
pub struct Rejection {
    error: SmsError,
    format: Format,
}

impl ResponseError for Rejection {
    fn status_code(&self) -> StatusCode {
        match self.error {
            SmsError::Malformed(_) => StatusCode::BAD_REQUEST,
            SmsError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            SmsError::TimedOut => StatusCode::REQUEST_TIMEOUT,
            SmsError::Forbidden => StatusCode::FORBIDDEN,
            SmsError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            SmsError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    #[allow(
        clippy::disallowed_methods,
        reason = "an SMS reply or TwiML for one gateway request, never cached"
    )]
    fn error_response(&self) -> HttpResponse {
        let mut res = HttpResponse::build(self.status_code());
        res.insert_header((header::CACHE_CONTROL, "no-store"));
        if let SmsError::RateLimited(wait) = self.error {
            res.insert_header((header::RETRY_AFTER, wait.as_secs().max(1).to_string()));
        }
        match self.format {
            Format::Twiml => res
                .content_type("text/xml; charset=utf-8")
                .body(EMPTY_TWIML),
            Format::Text => res
                .content_type("text/plain; charset=utf-8")
                .body(format!("{}\n", self.error)),
        }
    }
}

const EMPTY_TWIML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response/>\n";

/// The TwiML reply; askama escapes the text for XML.
#[derive(Template)]
#[template(path = "sms/reply.xml")]
struct Twiml<'a> {
    text: &'a str,
}

/// `POST /sms/twilio` (and `GET`, when the number is set to use GET): Twilio's webhook.
pub async fn twilio(
    req: HttpRequest,
    body: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, Rejection> {
    counted(&state, twilio_reply(req, body, &state).await)
}

/// `GET|POST /sms/reply`: `text` (required), `from` (E.164), `country` (ISO 3166 code); the
/// reply as plain text.
pub async fn reply(
    req: HttpRequest,
    body: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, Rejection> {
    counted(&state, plain_reply(req, body, &state).await)
}

/// Counts what an SMS request came to, by outcome only.
fn counted(
    state: &AppState,
    result: Result<(HttpResponse, SmsOutcome), Rejection>,
) -> Result<HttpResponse, Rejection> {
    let outcome = match &result {
        Ok((_, outcome)) => *outcome,
        Err(rejection) => match rejection.error {
            SmsError::RateLimited(_) => SmsOutcome::rate_limited,
            SmsError::Forbidden => SmsOutcome::bad_signature,
            SmsError::Malformed(_)
            | SmsError::TooLarge
            | SmsError::TimedOut
            | SmsError::Internal => SmsOutcome::malformed,
        },
    };
    state.metrics.sms(outcome);
    result.map(|(res, _)| res)
}

/// Reads a text and composes its reply (or takes the one kept for a text understood the same
/// way), with what it came to.
fn compose_reply(
    state: &AppState,
    edition: &Edition,
    inbound: &Inbound<'_>,
) -> (Arc<Reply>, SmsOutcome) {
    let service = &state.sms.service;
    let snapshot = edition.snapshot();
    let now = state.clock.now();
    let understanding = service.understand(snapshot, inbound);
    let reply = edition.reply(&understanding, now, || {
        service.compose(snapshot, &understanding, now)
    });
    let outcome = outcome_of(&reply);
    (reply, outcome)
}

/// What a composed reply came to, as the metrics count it: a reply with lines counts as
/// answered only when the text named a place, a topic or a keyword.
fn outcome_of(reply: &Reply) -> SmsOutcome {
    match reply.kind {
        ReplyKind::Help => SmsOutcome::help,
        ReplyKind::Stop => SmsOutcome::stop,
        ReplyKind::Start => SmsOutcome::start,
        ReplyKind::Lines if !reply.understood => SmsOutcome::not_understood,
        ReplyKind::Lines | ReplyKind::Which => SmsOutcome::answered,
    }
}

async fn twilio_reply(
    req: HttpRequest,
    body: web::Payload,
    state: &AppState,
) -> Result<(HttpResponse, SmsOutcome), Rejection> {
    let reject = Format::Twiml.reject();
    let gateway = &state.sms;
    let request = admit(&req, body, state).await.map_err(reject)?;
    let edition = state.publisher.edition();
    let snapshot = edition.snapshot();
    if let Some(token) = &gateway.auth_token {
        // Twilio signs the URL it requested (query string included) and, for a POST, the
        // form body's parameters.
        let url = signed_url(gateway.twilio_url.as_deref().unwrap_or_default(), &req);
        let ok = req
            .headers()
            .get("X-Twilio-Signature")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|sig| signature::verify(token, &url, &request.form, sig));
        if !ok {
            return Err(reject(SmsError::Forbidden));
        }
    }
    let params = request.all();
    let text = single(&params, "Body").map_err(reject)?;
    let from = single_optional(&params, "From").map_err(reject)?;
    if let Some(from) = from {
        limit(gateway.limits.check_sender(from)).map_err(reject)?;
    }
    // Twilio also delivers WhatsApp and other channels here, as `whatsapp:+1415…`; anything
    // that is not a phone number tells nothing about where the sender is.
    let sender = from
        .map(|f| f.rsplit(':').next().unwrap_or(f))
        .and_then(|n| gateway.service.sender(snapshot, n).ok())
        .unwrap_or_else(Sender::unknown);
    let gateway_region = understand::gateway_region(
        single_optional(&params, "FromCountry").map_err(reject)?,
        single_optional(&params, "FromState").map_err(reject)?,
    );
    let (reply, outcome) = compose_reply(
        state,
        &edition,
        &Inbound {
            text,
            sender,
            gateway: gateway_region,
        },
    );
    let body = Twiml { text: &reply.text }
        .render()
        .map_err(|_| reject(SmsError::Internal))?;
    Ok((answer("text/xml; charset=utf-8", body), outcome))
}

async fn plain_reply(
    req: HttpRequest,
    body: web::Payload,
    state: &AppState,
) -> Result<(HttpResponse, SmsOutcome), Rejection> {
    let reject = Format::Text.reject();
    let gateway = &state.sms;
    let params = admit(&req, body, state).await.map_err(reject)?.all();
    let edition = state.publisher.edition();
    let snapshot = edition.snapshot();
    let text = single(&params, "text").map_err(reject)?;
    let from = single_optional(&params, "from")
        .map_err(reject)?
        .map(plus_restored);
    let sender = match &from {
        Some(number) => {
            let sender = gateway
                .service
                .sender(snapshot, number)
                .map_err(|_| reject(SmsError::Malformed("from must be an E.164 number")))?;
            limit(gateway.limits.check_sender(number)).map_err(reject)?;
            sender
        }
        None => Sender::unknown(),
    };
    let country = match single_optional(&params, "country").map_err(reject)? {
        Some(code) => Some(Region::parse(code).ok_or_else(|| {
            reject(SmsError::Malformed(
                "country must be an ISO 3166 code, e.g. US or US-CA",
            ))
        })?),
        None => None,
    };
    let (reply, outcome) = compose_reply(
        state,
        &edition,
        &Inbound {
            text,
            sender,
            gateway: country,
        },
    );
    Ok((
        answer("text/plain; charset=utf-8", reply.text.clone()),
        outcome,
    ))
}

/// What both endpoints do before reading a message: the per-peer rate limit, then the
/// parameters.
async fn admit(
    req: &HttpRequest,
    body: web::Payload,
    state: &AppState,
) -> Result<Params, SmsError> {
    limit(state.sms.limits.check_peer(client_ip(req, state)))?;
    let deadline = std::time::Duration::from_millis(state.settings.limits.body_timeout_ms);
    // actix bounds the time to read a request's head, not its body: a client that sends
    // headers and then trickles the body would hold the connection for as long as it liked.
    tokio::time::timeout(deadline, params(req, body))
        .await
        .unwrap_or(Err(SmsError::TimedOut))
}

/// A reply, never cached: it answers one person's message.
#[allow(
    clippy::disallowed_methods,
    reason = "an SMS reply or TwiML for one gateway request, never cached"
)]
fn answer(content_type: &str, body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}

/// A `+` sent unencoded in a query string arrives as a space; a number is meant.
fn plus_restored(from: &str) -> String {
    let trimmed = from.trim();
    if from.starts_with(' ') && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        format!("+{trimmed}")
    } else {
        trimmed.to_string()
    }
}

fn limit(result: Result<(), Exceeded>) -> Result<(), SmsError> {
    result.map_err(|e| SmsError::RateLimited(e.retry_after()))
}

/// A request's parameters: the query string's and, for a POST, the form body's.
struct Params {
    query: Vec<(String, String)>,
    form: Vec<(String, String)>,
}

impl Params {
    /// Every parameter, the query string's first.
    fn all(&self) -> Vec<(String, String)> {
        self.query.iter().chain(&self.form).cloned().collect()
    }
}

/// Reads the request's parameters. The body is read raw, within [`MAX_BODY`], and parsed
/// here, so every parameter Twilio sent is signed, including ones added after this was written.
async fn params(req: &HttpRequest, body: web::Payload) -> Result<Params, SmsError> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY) {
        return Err(SmsError::TooLarge);
    }
    let bytes = match body.to_bytes_limited(MAX_BODY).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => return Err(SmsError::Malformed("the body could not be read")),
        Err(_) => return Err(SmsError::TooLarge),
    };
    let decode = |bytes: &[u8]| -> Vec<(String, String)> {
        url::form_urlencoded::parse(bytes)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    };
    let form = if bytes.is_empty() {
        Vec::new()
    } else if req.method() != Method::POST {
        return Err(SmsError::Malformed("only a POST request has a body"));
    } else {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|t| {
                t.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        if !is_form {
            return Err(SmsError::Malformed(
                "the body must be application/x-www-form-urlencoded",
            ));
        }
        if std::str::from_utf8(&bytes).is_err() {
            return Err(SmsError::Malformed("the body is not UTF-8"));
        }
        decode(&bytes)
    };
    Ok(Params {
        query: decode(req.query_string().as_bytes()),
        form,
    })
}

/// The one value of a required parameter; missing or repeated is malformed.
fn single<'p>(params: &'p [(String, String)], name: &'static str) -> Result<&'p str, SmsError> {
    single_optional(params, name)?.ok_or(SmsError::Malformed(match name {
        "Body" => "Body is required",
        "text" => "text is required",
        _ => "a required parameter is missing",
    }))
}

/// The one value of an optional parameter; repeated is malformed.
fn single_optional<'p>(
    params: &'p [(String, String)],
    name: &'static str,
) -> Result<Option<&'p str>, SmsError> {
    let mut values = params.iter().filter(|(k, _)| k == name).map(|(_, v)| v);
    match (values.next(), values.next()) {
        (first, None) => Ok(first.map(String::as_str)),
        _ => Err(SmsError::Malformed("a parameter is repeated")),
    }
}

/// The URL Twilio signed: the configured webhook URL, with the request's query string when the
/// configured URL has none of its own.
fn signed_url(configured: &str, req: &HttpRequest) -> String {
    let query = req.query_string();
    if query.is_empty() || configured.contains('?') {
        configured.to_string()
    } else {
        format!("{configured}?{query}")
    }
}

/// An example on the page: what to send, and the reply it gets now.
struct Example {
    label: String,
    command: String,
    reply: String,
}

#[derive(Template)]
#[template(path = "pages/sms.html")]
struct SmsPage {
    chrome: Chrome,
    base: String,
    twilio_url: String,
    signed: bool,
    segments: usize,
    examples: Vec<Example>,
}

/// `GET /sms`: how to connect a Twilio number or another gateway, with examples that run
/// against this server and the replies they get from the current data.
pub async fn page(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let opts = super::RequestOptions::parse(req.query_string())?;
    let (base, cache) = super::page::origin(&req, &state);
    let gateway = &state.sms;
    let edition = state.publisher.edition();
    let snapshot = edition.snapshot();
    let now = state.clock.now();
    let (lang, vary) = super::page::page_language(&req, opts.lang, None);
    let chrome = || crate::render::chrome(edition.site(), lang, "/sms");
    let example = |label_key: &str, text: &str, from: Option<&str>, command: String| {
        let sender = from
            .and_then(|f| gateway.service.sender(snapshot, f).ok())
            .unwrap_or_else(Sender::unknown);
        let reply = gateway.service.reply(
            snapshot,
            &Inbound {
                text,
                sender,
                gateway: None,
            },
            now,
        );
        Example {
            label: chrome().t(label_key),
            command,
            reply: reply.text,
        }
    };
    let examples = vec![
        example(
            "sms-page-example-zip",
            "90210",
            None,
            format!("curl -s {base}/sms/reply --data-urlencode 'text=90210'"),
        ),
        example(
            "sms-page-example-ayuda",
            "ayuda",
            Some("+14155550100"),
            format!(
                "curl -s {base}/sms/reply --data-urlencode 'text=ayuda' --data-urlencode 'from=+14155550100'"
            ),
        ),
        example(
            "sms-page-example-postal",
            "M5V 2T6",
            None,
            format!("curl -s '{base}/sms/reply?text=M5V%202T6'"),
        ),
        example(
            "sms-page-example-twilio",
            "trip california",
            Some("+14155550100"),
            format!(
                "curl -s {base}/sms/twilio --data-urlencode 'Body=trip california' \
                 --data-urlencode 'From=+14155550100' -d FromCountry=US -d FromState=CA"
            ),
        ),
    ];
    let page = SmsPage {
        chrome: chrome(),
        twilio_url: gateway
            .twilio_url
            .clone()
            .unwrap_or_else(|| format!("{base}/sms/twilio")),
        signed: gateway.auth_token.is_some(),
        segments: gateway.service.options().segments,
        examples,
        base,
    };
    html(&req, &state, page, StatusCode::OK, cache, vary).await
}
