//! Embeds the content of `assets/` and `i18n/` in the library, so the core works offline
//! with no files beside it. The list is generated so that a new locale or article needs
//! no code change. Large texts are stored deflated. The three TOML lists (tips,
//! articles, locales) are read here and become Rust tables, so starting the app parses
//! no TOML; a malformed one fails the build. The tips' texts are compiled from their
//! Fluent files into deflated blocks (`tip_texts`).
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
        } else if path.file_name().is_some_and(|n| n == "tips.ftl") {
            // Compiled into tip text tables below (`tip_texts`).
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            // The TOML lists become tables (below): their text is not carried.
            Some("ftl" | "md")
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
    // The bytes of content the library carries, as stored (for the size reports).
    let mut carried = 0usize;
    for (i, path) in files.iter().enumerate() {
        let rel = path.strip_prefix(&root).expect("under root");
        let rel = rel.to_string_lossy().replace('\\', "/");
        let shown = path.display().to_string();
        if deflate(&rel) {
            let text = std::fs::read(path).expect("read content file");
            assert!(std::str::from_utf8(&text).is_ok(), "{rel} is not UTF-8");
            let packed = miniz_oxide::deflate::compress_to_vec(&text, 9);
            carried += packed.len();
            let name = format!("content-{i}.z");
            std::fs::write(out_dir.join(&name), packed).expect("write deflated content");
            writeln!(
                code,
                "    ({rel:?}, super::Stored::Deflated(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\")))),"
            )
            .expect("string write");
        } else {
            carried += std::fs::metadata(path).map_or(0, |m| m.len() as usize);
            writeln!(
                code,
                "    ({rel:?}, super::Stored::Plain(include_str!({shown:?}))),"
            )
            .expect("string write");
        }
    }
    code.push_str("];\n");
    code.push_str(&tables(&root));
    code.push_str(&tip_texts(&root, &out_dir, &mut carried));
    // Read by scripts/cross-arm64.sh; the benchmark asks `content::embedded_bytes()`.
    std::fs::write(out_dir.join("content-bytes"), carried.to_string())
        .expect("write content-bytes");
    std::fs::write(out_dir.join("embedded.rs"), code).expect("write embedded.rs");
}

/// Articles (read on demand) and the UI strings of translations are deflated; the
/// source's UI strings stay plain, so the common start inflates nothing.
fn deflate(rel: &str) -> bool {
    rel.ends_with(".md") || (rel.ends_with("/app.ftl") && !rel.starts_with("i18n/nl/"))
}

/// Tips per deflated block of tip texts: one block is inflated to show one tip.
const TIP_BLOCK: usize = 32;

/// The tips' texts of every locale, compiled from `i18n/<locale>/tips.ftl`: a start
/// that shows one tip then parses no Fluent file of 400 KB, and inflates one block of
/// 32 tips. Every tip id of the source (nl) has a place; in each block a tip is
/// `title US body RS`, empty where a locale lacks the tip. A tip message must be plain
/// text (`.title` and `.body`, no placeables): anything else fails the build.
fn tip_texts(root: &Path, out_dir: &Path, carried: &mut usize) -> String {
    let i18n = root.join("i18n");
    let mut locales: Vec<String> = std::fs::read_dir(&i18n)
        .expect("i18n/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("tips.ftl").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    locales.sort();
    let read = |tag: &str| -> std::collections::BTreeMap<String, (String, String)> {
        let path = i18n.join(tag).join("tips.ftl");
        let text = std::fs::read_to_string(&path).expect("read tips.ftl");
        let shown = path.display();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{shown}: Fluent syntax errors: {errors:?}"));
        let mut tips = std::collections::BTreeMap::new();
        for entry in resource.body {
            let fluent_syntax::ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name;
            let attr = |name: &str| {
                let a = m.attributes.iter().find(|a| a.id.name == name);
                let a = a.unwrap_or_else(|| panic!("{shown}: {id} has no .{name}"));
                plain(&a.value).unwrap_or_else(|| panic!("{shown}: {id}.{name} is not plain text"))
            };
            assert!(
                m.value.is_none() && m.attributes.len() == 2,
                "{shown}: {id} must have only .title and .body"
            );
            tips.insert(id.to_owned(), (attr("title"), attr("body")));
        }
        tips
    };
    let source = read("nl");
    let ids: Vec<&String> = source.keys().collect();
    let mut code = String::from(
        "/// The tip ids of the source, sorted: a tip's place in every locale's blocks.\n\
         pub static TIP_IDS: &[&str] = &[\n",
    );
    for id in &ids {
        writeln!(code, "    {id:?},").expect("string write");
    }
    code.push_str("];\n");
    writeln!(code, "pub const TIP_BLOCK: usize = {TIP_BLOCK};").expect("string write");
    code.push_str(
        "/// Each locale's tip texts: deflated blocks of `TIP_BLOCK` tips in `TIP_IDS` order.\n\
         pub static TIP_TEXTS: &[(&str, &[&[u8]])] = &[\n",
    );
    for tag in &locales {
        let tips = if tag == "nl" {
            source.clone()
        } else {
            read(tag)
        };
        if let Some(extra) = tips.keys().find(|id| !source.contains_key(*id)) {
            panic!("i18n/{tag}/tips.ftl: {extra} is not a tip of the source");
        }
        writeln!(code, "    ({tag:?}, &[").expect("string write");
        for (n, block) in ids.chunks(TIP_BLOCK).enumerate() {
            let mut text = String::new();
            for id in block {
                if let Some((title, body)) = tips.get(*id) {
                    assert!(
                        !(title.contains(['\u{1e}', '\u{1f}'])
                            || body.contains(['\u{1e}', '\u{1f}'])),
                        "i18n/{tag}/tips.ftl: {id} holds a separator character"
                    );
                    text.push_str(title);
                    text.push('\u{1f}');
                    text.push_str(body);
                }
                text.push('\u{1e}');
            }
            let name = format!("tips-{tag}-{n}.z");
            let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
            *carried += packed.len();
            std::fs::write(out_dir.join(&name), packed).expect("write deflated tips");
            writeln!(
                code,
                "        include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\")),"
            )
            .expect("string write");
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    code
}

/// The text of a pattern without placeables (string literals allowed, as Fluent's
/// way to write `{` and such); `None` for anything that needs formatting.
fn plain(pattern: &fluent_syntax::ast::Pattern<&str>) -> Option<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } if !value.contains('\\') => text.push_str(value),
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text)
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
