//! Placeholder with the agreed interface; replaced by the sandbox branch.
use std::path::PathBuf;
#[derive(Clone, Debug, Default)]
pub struct Faults {}
pub struct Options {
    pub addr: String,
    pub state: Option<PathBuf>,
    pub reset: bool,
    pub workers: usize,
    pub faults: Faults,
}
pub struct Sandbox {}
impl Sandbox {
    pub fn start(_o: Options) -> crate::error::Result<Sandbox> {
        Err(crate::error::Error::internal("sandbox not merged yet"))
    }
    pub fn base_url(&self) -> String {
        String::new()
    }
    pub fn admin_token(&self) -> String {
        String::new()
    }
    pub fn startup_info(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
    pub fn wait(self) {}
}
impl Options {
    pub fn from_args(_a: &crate::cli::SandboxArgs) -> crate::error::Result<Options> {
        unimplemented!()
    }
}
impl Sandbox {
    pub fn issuer(&self) -> String {
        String::new()
    }
}
