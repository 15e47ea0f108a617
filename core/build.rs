//! Embeds every file of `assets/` and `i18n/` in the library, so the core works offline
//! with no files beside it. The list is generated so that a new locale or article needs
//! no code change. Large texts are stored deflated. The three TOML lists (tips, articles, locales) are read here and
//! become Rust tables, so starting the app parses no TOML; a malformed one fails the
//! build.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, out);
        } else if path.file_name().is_some_and(|n| n == "README.md") {
            // Notes for translators, not content.
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ftl" | "toml" | "md")
        ) {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let root = manifest
        .parent()
        .expect("core/ lives in the workspace")
        .to_path_buf();
    let mut files = Vec::new();
    for top in ["assets", "i18n"] {
        let dir = root.join(top);
        println!("cargo:rerun-if-changed={}", dir.display());
        collect(&dir, &mut files);
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    let mut code = String::from("pub static FILES: &[(&str, super::Stored)] = &[\n");
    for (i, path) in files.iter().enumerate() {
        let rel = path.strip_prefix(&root).expect("under root");
        let rel = rel.to_string_lossy().replace('\\', "/");
        let shown = path.display().to_string();
        if deflate(&rel) {
            let text = std::fs::read(path).expect("read content file");
            assert!(std::str::from_utf8(&text).is_ok(), "{rel} is not UTF-8");
            let packed = miniz_oxide::deflate::compress_to_vec(&text, 9);
            let name = format!("content-{i}.z");
            std::fs::write(out_dir.join(&name), packed).expect("write deflated content");
            writeln!(
                code,
                "    ({rel:?}, super::Stored::Deflated(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\")))),"
            )
            .expect("string write");
        } else {
            writeln!(
                code,
                "    ({rel:?}, super::Stored::Plain(include_str!({shown:?}))),"
            )
            .expect("string write");
        }
    }
    code.push_str("];\n");
    code.push_str(&tables(&root));
    std::fs::write(out_dir.join("embedded.rs"), code).expect("write embedded.rs");
}

/// Articles and the tips of translations are deflated: they are most of the library's
/// size and are read either on demand (articles) or instead of the source locale's tips
/// (which, with the UI strings, stay plain so the common start needs no inflating).
fn deflate(rel: &str) -> bool {
    rel.ends_with(".md") || (rel.ends_with("/tips.ftl") && !rel.starts_with("i18n/nl/"))
}

fn table(root: &Path, file: &str, key: &str) -> Vec<toml::Table> {
    let text = std::fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let doc: toml::Table = text.parse().unwrap_or_else(|e| panic!("{file}: {e}"));
    doc.get(key)
        .and_then(|v| v.as_array())
        .unwrap_or_else(|| panic!("{file}: no [[{key}]] entries"))
        .iter()
        .map(|v| {
            v.as_table()
                .cloned()
                .unwrap_or_else(|| panic!("{file}: [[{key}]] is not a table"))
        })
        .collect()
}

/// Like `table`, for a list that may be absent.
fn optional_table(root: &Path, file: &str, key: &str) -> Vec<toml::Table> {
    let text = std::fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let doc: toml::Table = text.parse().unwrap_or_else(|e| panic!("{file}: {e}"));
    if doc.get(key).is_none() {
        return Vec::new();
    }
    table(root, file, key)
}

fn text(row: &toml::Table, file: &str, field: &str) -> String {
    let value = row.get(field).and_then(|v| v.as_str());
    format!(
        "{:?}",
        value.unwrap_or_else(|| panic!("{file}: an entry lacks text field `{field}`"))
    )
}

fn int(row: &toml::Table, file: &str, field: &str) -> i64 {
    row.get(field)
        .and_then(|v| v.as_integer())
        .unwrap_or_else(|| panic!("{file}: an entry lacks number field `{field}`"))
}

/// The rows of the TOML lists, as static tables; the core checks their rules.
fn tables(root: &Path) -> String {
    let mut code = String::new();
    let tips = "assets/tips.toml";
    code.push_str(
        "/// id, from_day, to_day, theme, concept, priority, show_by_day, born_early\n\
         pub type TipRow = (&'static str, i64, i64, &'static str, &'static str, i64, Option<i64>, bool);\n\
         pub static TIPS: &[TipRow] = &[\n",
    );
    for row in table(root, tips, "tip") {
        let known = [
            "id",
            "from_day",
            "to_day",
            "theme",
            "concept",
            "priority",
            "show_by_day",
            "born_early",
        ];
        if let Some(extra) = row.keys().find(|k| !known.contains(&k.as_str())) {
            panic!("{tips}: unknown field `{extra}`");
        }
        let show_by = row.get("show_by_day").map(|v| {
            v.as_integer()
                .unwrap_or_else(|| panic!("{tips}: show_by_day is not a number"))
        });
        let born_early = row.get("born_early").map(|v| {
            v.as_bool()
                .unwrap_or_else(|| panic!("{tips}: born_early is not true or false"))
        });
        writeln!(
            code,
            "    ({}, {}, {}, {}, {}, {}, {show_by:?}, {}),",
            text(&row, tips, "id"),
            int(&row, tips, "from_day"),
            int(&row, tips, "to_day"),
            text(&row, tips, "theme"),
            text(&row, tips, "concept"),
            int(&row, tips, "priority"),
            born_early.unwrap_or(false)
        )
        .expect("string write");
    }
    code.push_str("];\n");
    // Merged-away tips: their ids stay valid in journals, shown as their replacement.
    code.push_str("pub static RETIRED_TIPS: &[(&str, &str)] = &[\n");
    let retired = optional_table(root, tips, "retired");
    for row in retired {
        writeln!(
            code,
            "    ({}, {}),",
            text(&row, tips, "id"),
            text(&row, tips, "replaced_by")
        )
        .expect("string write");
    }
    code.push_str("];\n");
    let articles = "assets/articles.toml";
    code.push_str("pub static ARTICLES: &[(&str, i64, &str, i64, i64)] = &[\n");
    for row in table(root, articles, "article") {
        writeln!(
            code,
            "    ({}, {}, {}, {}, {}),",
            text(&row, articles, "id"),
            int(&row, articles, "order"),
            text(&row, articles, "theme"),
            int(&row, articles, "from_day"),
            int(&row, articles, "to_day")
        )
        .expect("string write");
    }
    code.push_str("];\n");
    let locales = "i18n/locales.toml";
    code.push_str("pub static LOCALES: &[(&str, &str, &str, &str, bool)] = &[\n");
    for row in table(root, locales, "locale") {
        let reviewed = row
            .get("reviewed")
            .and_then(|v| v.as_bool())
            .unwrap_or_else(|| panic!("{locales}: an entry lacks `reviewed = true/false`"));
        writeln!(
            code,
            "    ({}, {}, {}, {}, {reviewed}),",
            text(&row, locales, "tag"),
            text(&row, locales, "native_name"),
            text(&row, locales, "direction"),
            text(&row, locales, "source")
        )
        .expect("string write");
    }
    code.push_str("];\n");
    code
}
