//! Boolean environment variables, read one way everywhere (a utility: the terminal layer uses it).

/// A boolean as people write it: 1/0, true/false, yes/no, on/off, y/n, t/f (any letter case). Every
/// boolean environment variable (`BYODS_NO_INPUT`, `BYODS_FORCE_TTY`) reads through this.
pub fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" | "y" | "t" => Some(true),
        "0" | "false" | "no" | "off" | "n" | "f" | "" => Some(false),
        _ => None,
    }
}

/// A boolean environment variable; unset or unrecognised reads as false.
pub fn env_flag(name: &str) -> bool {
    std::env::var(name).ok().and_then(|v| parse_bool(&v)) == Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn booleans_accept_the_usual_spellings() {
        for t in ["1", "true", "TRUE", "Yes", "on", "ON", "y", "t", " 1 "] {
            assert_eq!(parse_bool(t), Some(true), "{t}");
        }
        for f in ["0", "false", "False", "no", "OFF", "n", "f", ""] {
            assert_eq!(parse_bool(f), Some(false), "{f}");
        }
        for bad in ["2", "maybe", "yess"] {
            assert_eq!(parse_bool(bad), None, "{bad}");
        }
    }
}
