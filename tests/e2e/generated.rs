//! The committed man pages and completions must match what the binary generates (scripts/generate).

use crate::common;

use std::path::Path;

fn read_dir_sorted(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn man_pages_are_up_to_date() {
    let tmp = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(common::bin())
        .arg("man")
        .arg(tmp.path())
        .status()
        .unwrap();
    assert!(status.success());
    let generated = read_dir_sorted(tmp.path());
    let committed = read_dir_sorted(&Path::new(env!("CARGO_MANIFEST_DIR")).join("man"));
    assert!(generated.len() > 3, "one page per subcommand");
    let names = |v: &[(String, String)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&generated),
        "man/ is stale: run scripts/generate"
    );
    for ((name, want), (_, have)) in generated.iter().zip(&committed) {
        assert!(want == have, "man/{name} is stale: run scripts/generate");
    }
}

#[test]
fn completions_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "byods.bash"),
        ("zsh", "_byods"),
        ("fish", "byods.fish"),
        ("powershell", "_byods.ps1"),
        ("elvish", "byods.elv"),
    ] {
        let out = std::process::Command::new(common::bin())
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success());
        let committed = std::fs::read_to_string(root.join(file)).unwrap();
        assert!(
            String::from_utf8(out.stdout).unwrap() == committed,
            "completions/{file} is stale: run scripts/generate"
        );
    }
}

#[test]
fn man_page_documents_exit_codes_and_environment() {
    let out = std::process::Command::new(common::bin())
        .arg("man")
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    for needle in ["EXIT STATUS", "BYODS_BASE_URL", "BYODS_TOKEN", "130"] {
        assert!(page.contains(needle), "man page lacks {needle}");
    }
}
