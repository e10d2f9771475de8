//! The layering rule of ARCHITECTURE.md, checked on the source: modules below `cli`/`app`/
//! `commands` never name them, and nothing outside `src/ui/` touches the process's streams.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `(file relative to src/, line)` for every line of every source file.
fn lines() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut out = Vec::new();
    for file in files {
        let name = file.strip_prefix(&src).unwrap().display().to_string();
        if name == "layering.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        out.extend(text.lines().map(|l| (name.clone(), l.to_string())));
    }
    out
}

const UPPER: [&str; 3] = ["crate::cli", "crate::app", "crate::commands"];

/// Files allowed to name the upper layers: the upper layers themselves and the entry point.
fn is_upper(file: &str) -> bool {
    file == "cli.rs"
        || file.starts_with("cli/")
        || file == "app.rs"
        || file.starts_with("commands/")
        || file == "lib.rs"
        || file == "main.rs"
}

#[test]
fn lower_layers_never_name_the_upper_ones() {
    let bad: Vec<String> = lines()
        .into_iter()
        .filter(|(file, line)| !is_upper(file) && UPPER.iter().any(|u| line.contains(u)))
        .map(|(file, line)| format!("{file}: {}", line.trim()))
        .collect();
    assert!(bad.is_empty(), "upward imports:\n{}", bad.join("\n"));
}

#[test]
fn only_the_terminal_layer_touches_stdout_and_stderr() {
    let bad: Vec<String> = lines()
        .into_iter()
        .filter(|(file, line)| {
            !file.starts_with("ui/")
                && (line.contains("io::stdout()") || line.contains("io::stderr()"))
        })
        .map(|(file, line)| format!("{file}: {}", line.trim()))
        .collect();
    assert!(
        bad.is_empty(),
        "stream writes outside src/ui/:\n{}",
        bad.join("\n")
    );
}

/// The emulator stands alone: it names nothing of the crate outside `src/sandbox/`, so it could
/// become its own crate without edits.
#[test]
fn the_emulator_names_nothing_outside_itself() {
    let bad: Vec<String> = lines()
        .into_iter()
        .filter(|(file, line)| {
            file.starts_with("sandbox/")
                && line
                    .match_indices("crate::")
                    .any(|(i, _)| !line[i..].starts_with("crate::sandbox"))
        })
        .map(|(file, line)| format!("{file}: {}", line.trim()))
        .collect();
    assert!(
        bad.is_empty(),
        "the emulator reaches out:\n{}",
        bad.join("\n")
    );
}
