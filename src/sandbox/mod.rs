//! The Webex API emulator (see the sandbox issue).
