//! The end-to-end suite: the real `byods` binary against sandbox emulators on loopback.
//!
//! One test binary with one module per area, so the suite links once instead of once per file.
//! Layout: `common/` is the harness (isolated HOME, sandbox child, request log, pseudo-terminal);
//! each `<area>.rs` below holds that area's tests and starts with `use crate::common::...`.
//! A new area is a new file here plus one `mod` line; fixtures stay in `tests/fixtures/`.
//! Run one area with `cargo test --test e2e <area>::` (e.g. `cargo test --test e2e mutate::`).

mod common;

mod api_edges;
mod apply;
mod aws;
mod aws_support;
mod bad_input;
mod check;
mod crash;
mod credentials;
mod generated;
mod hardening;
mod hostile;
mod jwt;
mod keepalive;
mod lambda;
mod menu;
mod mutate;
mod output;
mod read;
mod recipes;
mod sandbox_cli;
mod settings;
mod tls;
