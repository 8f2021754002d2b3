//! Where an [`Llm`](super::Llm) sends its requests: endpoint, key, model,
//! timeout; from the environment or given explicitly.

use std::fmt;
use std::time::Duration;

use super::error::LlmError;

/// The OpenAI API, used when no base URL is given.
pub const DEFAULT_BASE_URL: &str = "https://api.openai.com/v1";

/// The model used when none is given: the one the cookbook uses.
pub const DEFAULT_MODEL: &str = "gpt-4o";

/// How long to wait for the server to send anything before giving up
/// (OpenAI's own clients wait 10 minutes).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);

/// The settings of an [`Llm`](super::Llm).
///
/// ```
/// use eventflow_core::llm::LlmConfig;
/// use std::time::Duration;
///
/// let config = LlmConfig::new()
///     .base_url("http://localhost:11434/v1") // a local server, e.g. Ollama
///     .api_key("ollama")
///     .model("llama3.2")
///     .timeout(Duration::from_secs(30));
/// ```
#[derive(Clone)]
pub struct LlmConfig {
    pub(crate) api_key: Option<String>,
    pub(crate) base_url: String,
    pub(crate) model: String,
    pub(crate) timeout: Option<Duration>,
}

impl Default for LlmConfig {
    fn default() -> Self {
        LlmConfig {
            api_key: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            model: DEFAULT_MODEL.to_owned(),
            timeout: Some(DEFAULT_TIMEOUT),
        }
    }
}

impl LlmConfig {
    /// OpenAI's endpoint, [`DEFAULT_MODEL`], [`DEFAULT_TIMEOUT`], no key.
    pub fn new() -> Self {
        Self::default()
    }

    /// The settings in the environment: `OPENAI_API_KEY`, `OPENAI_BASE_URL`
    /// (for an OpenAI-compatible server such as vLLM, Ollama, llama.cpp or
    /// LM Studio) and `OPENAI_MODEL`; an unset or empty variable keeps the
    /// default.
    pub fn from_env() -> Result<Self, LlmError> {
        Self::from_lookup(|name| match std::env::var(name) {
            Ok(value) => Ok(Some(value)),
            Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => Err(LlmError::Config(format!(
                "the environment variable {name} is not valid UTF-8"
            ))),
        })
    }

    /// [`LlmConfig::from_env`] with the variables read through `get`.
    pub(crate) fn from_lookup(
        get: impl Fn(&str) -> Result<Option<String>, LlmError>,
    ) -> Result<Self, LlmError> {
        let var = |name| Ok::<_, LlmError>(get(name)?.filter(|v| !v.trim().is_empty()));
        let mut config = Self::default();
        if let Some(key) = var("OPENAI_API_KEY")? {
            config = config.api_key(key);
        }
        if let Some(url) = var("OPENAI_BASE_URL")? {
            config = config.base_url(url);
        }
        if let Some(model) = var("OPENAI_MODEL")? {
            config = config.model(model);
        }
        Ok(config)
    }

    /// Send this API key (`Authorization: Bearer KEY`). Surrounding
    /// whitespace, such as a newline read from a file, is dropped.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into().trim().to_owned());
        self
    }

    /// Send requests to this base URL instead of OpenAI's, e.g.
    /// `http://localhost:8000/v1`; paths such as `/chat/completions` are
    /// appended to it.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim().trim_end_matches('/').to_owned();
        self
    }

    /// Ask for this model.
    pub fn model(mut self, model: impl Into<String>) -> Self {
        self.model = model.into();
        self
    }

    /// Give up on a request when the server sends nothing for this long:
    /// no response, or a stream that stalls. `None` waits forever (a run's
    /// own timeout still applies).
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// Whether an API key is set.
    pub fn has_api_key(&self) -> bool {
        self.api_key.is_some()
    }

    /// Check what the HTTP layer would otherwise refuse, or panic on.
    pub(crate) fn validate(&self) -> Result<(), LlmError> {
        match reqwest::Url::parse(&self.base_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {}
            Ok(url) => {
                return Err(LlmError::Config(format!(
                    "the base URL `{}` must be http or https, not {}",
                    self.base_url,
                    url.scheme()
                )))
            }
            Err(e) => {
                return Err(LlmError::Config(format!(
                    "the base URL `{}` is not a URL ({e}); set OPENAI_BASE_URL or LlmConfig::base_url to something like http://localhost:8000/v1",
                    self.base_url
                )))
            }
        }
        if let Some(key) = &self.api_key {
            let header = format!("Bearer {key}");
            if reqwest::header::HeaderValue::from_str(&header).is_err() {
                return Err(LlmError::Config(
                    "the API key holds characters that cannot be sent in an HTTP header; check OPENAI_API_KEY".to_owned(),
                ));
            }
        }
        if self.model.trim().is_empty() {
            return Err(LlmError::Config(
                "the model name is empty; set OPENAI_MODEL or LlmConfig::model".to_owned(),
            ));
        }
        Ok(())
    }
}

impl fmt::Debug for LlmConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LlmConfig")
            .field("api_key", &self.api_key.as_ref().map(|_| "<set>"))
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("timeout", &self.timeout)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(vars: &[(&str, &str)]) -> Result<LlmConfig, LlmError> {
        LlmConfig::from_lookup(|name| {
            Ok(vars
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned()))
        })
    }

    #[test]
    fn the_environment_overrides_the_defaults() {
        let c = from(&[]).unwrap();
        assert_eq!(
            (c.api_key.as_deref(), c.base_url.as_str(), c.model.as_str()),
            (None, DEFAULT_BASE_URL, DEFAULT_MODEL)
        );
        let c = from(&[
            ("OPENAI_API_KEY", "sk-test\n"),
            ("OPENAI_BASE_URL", "http://localhost:11434/v1/"),
            ("OPENAI_MODEL", "llama3.2"),
        ])
        .unwrap();
        assert_eq!(c.api_key.as_deref(), Some("sk-test"));
        assert_eq!(c.base_url, "http://localhost:11434/v1");
        assert_eq!(c.model, "llama3.2");
        // Empty means unset.
        let c = from(&[("OPENAI_BASE_URL", ""), ("OPENAI_API_KEY", " ")]).unwrap();
        assert_eq!(c.base_url, DEFAULT_BASE_URL);
        assert!(!c.has_api_key());
    }

    #[test]
    fn validation_says_what_to_fix() {
        let e = LlmConfig::new().base_url("localhost:8000").validate();
        assert!(e.unwrap_err().to_string().contains("must be http or https"));
        let e = LlmConfig::new()
            .base_url("not a url")
            .validate()
            .unwrap_err();
        assert!(e.to_string().contains("is not a URL"), "{e}");
        let e = LlmConfig::new()
            .api_key("sk-\u{7}bell")
            .validate()
            .unwrap_err();
        assert!(e.to_string().contains("check OPENAI_API_KEY"), "{e}");
        let e = LlmConfig::new().model(" ").validate().unwrap_err();
        assert!(e.to_string().contains("OPENAI_MODEL"), "{e}");
        LlmConfig::new().api_key("sk-ok").validate().unwrap();
    }

    #[test]
    fn debug_hides_the_key() {
        let shown = format!("{:?}", LlmConfig::new().api_key("sk-secret"));
        assert!(!shown.contains("sk-secret") && shown.contains("<set>"));
    }
}
