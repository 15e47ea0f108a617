//! `cargo run -p hechting-uniffi-bindgen --bin uniffi-bindgen -- generate --library ...`
//! (bindings/generate.sh runs it for every language).

fn main() {
    uniffi::uniffi_bindgen_main()
}
