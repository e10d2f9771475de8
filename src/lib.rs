//! byods: a command-line toolkit for Webex BYODS. `main.rs` parses and exits; everything else is here
//! so integration tests and the sandbox can share it.

pub mod cli;
pub mod error;
pub mod fsutil;
pub mod jws;
pub mod paths;
pub mod sandbox;
pub mod timefmt;
