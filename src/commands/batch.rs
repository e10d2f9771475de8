//! The one model of a bulk run (get, register, delete, extend): go on after a failure, report each
//! failure on stderr, keep every item's typed result in input order, and end with the first
//! failure's exit status.

use crate::error::{Error, ExitStatus};
use crate::ui::Ui;

/// What came of one item.
pub enum Item<T> {
    Done(T),
    Failed(Failure),
}

/// One item that failed: which, why, and the status it would have ended the run with.
pub struct Failure {
    /// The item as the input named it (an id, an item number).
    pub item: String,
    /// Names the item in the message on stderr ("item 2 (https://…)", an id); None when the
    /// error's own text already does.
    pub label: Option<String>,
    pub message: String,
    pub status: ExitStatus,
    /// What the output shows for the item besides the error, when the command has more to say
    /// (extend: the expiries before and after).
    pub detail: Option<serde_json::Value>,
}

impl Failure {
    pub fn new(item: impl Into<String>, error: &Error) -> Failure {
        Failure {
            item: item.into(),
            label: None,
            message: error.to_string(),
            status: error.exit_status(),
            detail: None,
        }
    }

    /// Puts `label: ` before the message on stderr.
    pub fn labelled(mut self, label: impl Into<String>) -> Failure {
        self.label = Some(label.into());
        self
    }

    fn line(&self) -> String {
        match &self.label {
            Some(label) => format!("{label}: {}", self.message),
            None => self.message.clone(),
        }
    }
}

pub struct Batch<T> {
    items: Vec<Item<T>>,
}

impl<T> Default for Batch<T> {
    fn default() -> Self {
        Batch { items: Vec::new() }
    }
}

impl<T> Batch<T> {
    pub fn new() -> Batch<T> {
        Batch::default()
    }

    pub fn done(&mut self, value: T) {
        self.items.push(Item::Done(value));
    }

    /// A failed item, reported on stderr at once (`byods: error: …`, even with `-q`).
    pub fn failed(&mut self, ui: &Ui, failure: Failure) {
        ui.error(&failure.line());
        self.items.push(Item::Failed(failure));
    }

    /// Adds an item without reporting it (a run that reports failures in input order at the end,
    /// after items completed out of order: see `report_failures`).
    pub fn push(&mut self, item: Item<T>) {
        self.items.push(item);
    }

    /// Reports every failure on stderr, in input order.
    pub fn report_failures(&self, ui: &Ui) {
        for failure in self.failures() {
            ui.error(&failure.line());
        }
    }

    pub fn items(&self) -> &[Item<T>] {
        &self.items
    }

    pub fn into_items(self) -> Vec<Item<T>> {
        self.items
    }

    pub fn failures(&self) -> impl Iterator<Item = &Failure> {
        self.items.iter().filter_map(|i| match i {
            Item::Failed(f) => Some(f),
            Item::Done(_) => None,
        })
    }

    pub fn successes(&self) -> impl Iterator<Item = &T> {
        self.items.iter().filter_map(|i| match i {
            Item::Done(v) => Some(v),
            Item::Failed(_) => None,
        })
    }

    /// The first failure's status in input order; success when nothing failed.
    pub fn status(&self) -> ExitStatus {
        self.failures()
            .next()
            .map_or(ExitStatus::Success, |f| f.status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::{Terminals, UiSettings};

    #[test]
    fn keeps_going_and_keeps_the_first_failure() {
        let (ui, captured) =
            Ui::buffered(&UiSettings::default(), Terminals::default(), "").unwrap();
        let mut batch = Batch::new();
        batch.done(1);
        batch.failed(
            &ui,
            Failure::new("b", &Error::NotFound("gone".into())).labelled("b"),
        );
        batch.failed(&ui, Failure::new("c", &Error::usage("bad")));
        batch.done(4);
        assert_eq!(batch.status(), ExitStatus::NotFound);
        assert_eq!(batch.successes().copied().collect::<Vec<_>>(), [1, 4]);
        assert_eq!(
            captured.stderr(),
            "byods: error: b: gone\nbyods: error: bad\n"
        );
        assert_eq!(Batch::<()>::new().status(), ExitStatus::Success);
    }
}
