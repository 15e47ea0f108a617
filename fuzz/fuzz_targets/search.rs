//! What a parent types in the search box: never FTS5 syntax, never an error other
//! than bad input.
#![no_main]

use std::sync::OnceLock;

use hechting_fuzz::{check_search, SearchState};
use libfuzzer_sys::fuzz_target;

// One in-memory Core with a child and notes in several scripts, per process.
static STATE: OnceLock<SearchState> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    check_search(STATE.get_or_init(SearchState::new), data);
});
