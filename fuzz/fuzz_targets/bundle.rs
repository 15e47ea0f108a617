//! A bundle from the other phone — or from anywhere: receiving never panics, a refused
//! bundle changes nothing, an accepted one taken in again changes nothing.
#![no_main]

use std::cell::RefCell;

use hechting_fuzz::{check_bundle, BundleState};
use libfuzzer_sys::fuzz_target;

thread_local! {
    // One in-memory Core per process, opened on the first input.
    static STATE: RefCell<BundleState> = RefCell::new(BundleState::new());
}

fuzz_target!(|data: &[u8]| {
    STATE.with(|state| {
        check_bundle(&mut state.borrow_mut(), data);
    });
});
