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
    /// The request named something that does not exist, e.g. an unknown topic.
    #[error("{0}")]
    BadRequest(String),
    /// Rendering failed; the cause goes to the log, never to the visitor.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
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
