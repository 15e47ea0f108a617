//! An export file from anywhere: import must never panic, a refused file must change
//! nothing, and what was accepted must export and import again cleanly.
#![no_main]

use std::cell::RefCell;

use hechting_fuzz::{check_import, ImportState};
use libfuzzer_sys::fuzz_target;

thread_local! {
    // One in-memory Core per process, opened on the first input.
    static STATE: RefCell<ImportState> = RefCell::new(ImportState::new());
}

fuzz_target!(|data: &[u8]| {
    STATE.with(|state| check_import(&mut state.borrow_mut(), data));
});
