//! The errors a page request can end in. They know nothing of HTML: the `render_errors`
//! middleware in `routes` turns them into pages that still show help.

use actix_web::http::StatusCode;
use actix_web::ResponseError;

/// Why a page could not be served as asked.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// No such page or region.
    #[error("not found")]
    NotFound,
    /// The request named something that does not exist, e.g. an unknown topic. Which kind of
    /// thing only: the page says so in general terms and never repeats the request's words.
    #[error("bad request: unknown {0}")]
    BadRequest(BadInput),
    /// Rendering failed; the cause goes to the log, never to the visitor.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

/// What a bad page request got wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadInput {
    /// `?topic=` is not in the vocabulary.
    Topic,
    /// `?lang=` is not a page language.
    Language,
    /// `?region=` is not an ISO 3166 code.
    Region,
    /// `?theme=` is not light, dark or auto.
    Theme,
}

impl BadInput {
    /// The interface string that tells a visitor what was wrong, in general terms.
    pub fn message_key(self) -> &'static str {
        match self {
            BadInput::Topic => "bad-request-topic",
            BadInput::Language => "bad-request-language",
            BadInput::Region => "bad-request-region",
            BadInput::Theme => "bad-request-theme",
        }
    }
}

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BadInput::Topic => "topic",
            BadInput::Language => "language",
            BadInput::Region => "region",
            BadInput::Theme => "theme",
        })
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::BadRequest(_) => StatusCode::BAD_REQUEST,
            PageError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> Self {
        PageError::Internal(e.into())
    }
}

impl From<std::sync::Arc<crate::render::RenderError>> for PageError {
    fn from(e: std::sync::Arc<crate::render::RenderError>) -> Self {
        PageError::Internal(anyhow::anyhow!("{e}"))
    }
}

impl From<crate::render::RenderError> for PageError {
    fn from(e: crate::render::RenderError) -> Self {
        PageError::Internal(e.into())
    }
}
