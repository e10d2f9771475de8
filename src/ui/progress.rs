//! A one-line progress bar on stderr for bulk runs, drawn only when stderr is a terminal.

use super::Ui;

pub struct Progress<'a> {
    ui: &'a Ui,
    label: &'static str,
    total: usize,
    done: usize,
    counts: Vec<(String, usize)>,
    enabled: bool,
}

impl<'a> Progress<'a> {
    /// Draws only on a terminal, never with `-q`, and not for a single item.
    pub fn new(ui: &'a Ui, label: &'static str, total: usize) -> Progress<'a> {
        let enabled = !ui.quiet() && total > 1 && ui.terminals().stderr;
        let progress = Progress {
            ui,
            label,
            total,
            done: 0,
            counts: Vec::new(),
            enabled,
        };
        progress.draw();
        progress
    }

    /// One item finished with `outcome` (counted per distinct outcome).
    pub fn tick(&mut self, outcome: &str) {
        self.done += 1;
        match self.counts.iter_mut().find(|(o, _)| o == outcome) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((outcome.to_string(), 1)),
        }
        self.draw();
    }

    /// Erases the line (before other output, and at the end).
    pub fn clear(&self) {
        if self.enabled {
            self.ui.write_stderr("\r\x1b[2K");
            self.ui.set_bar_shown(false);
        }
    }

    pub fn draw(&self) {
        if !self.enabled {
            return;
        }
        const WIDTH: usize = 24;
        let filled = (self.done * WIDTH).checked_div(self.total).unwrap_or(0);
        let counts: Vec<String> = self
            .counts
            .iter()
            .map(|(o, n)| format!("{o} {n}"))
            .collect();
        self.ui.write_stderr(&format!(
            "\r\x1b[2K{} [{}{}] {}/{}  {}",
            self.label,
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            self.done,
            self.total,
            counts.join(", ")
        ));
        self.ui.set_bar_shown(true);
    }
}
