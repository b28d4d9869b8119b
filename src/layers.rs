//! The top-level modules form layers: no module reaches, through `crate::` paths in its own
//! (non-test) code, a module that reaches back to it. Read from the source itself, so a new
//! import circle fails `cargo test` and names the modules on it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file under `src` belongs to (`src/api/hsds.rs` → `api`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src");
    let first = rel.components().next().expect("a component");
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_string()
}

/// The modules named by `crate::NAME` in `code`.
fn named_modules(code: &str) -> BTreeSet<String> {
    code.match_indices("crate::")
        .map(|(at, m)| {
            code[at + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// Which top-level modules each top-level module's own code names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let module = module_of(&src, &file);
        if module == "main" || module == "lib" || module == "layers" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        // Tests may reach anywhere: only the code before a file's test module counts.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let named = named_modules(code);
        let entry = edges.entry(module.clone()).or_default();
        entry.extend(named.into_iter().filter(|m| *m != module));
    }
    edges
}

/// The modules reachable from `from`.
fn reachable(edges: &BTreeMap<String, BTreeSet<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_string()];
    while let Some(m) = todo.pop() {
        for next in edges.get(&m).into_iter().flatten() {
            if seen.insert(next.clone()) {
                todo.push(next.clone());
            }
        }
    }
    seen
}

#[test]
fn no_module_reaches_back_to_itself() {
    let edges = imports();
    assert!(edges.len() > 10, "the source was not read: {edges:?}");
    let circles: Vec<String> = edges
        .keys()
        .filter(|m| reachable(&edges, m).contains(*m))
        .map(|m| {
            let back: Vec<&String> = edges[m]
                .iter()
                .filter(|n| reachable(&edges, n).contains(m))
                .collect();
            format!("{m} -> {back:?} -> ... -> {m}")
        })
        .collect();
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn a_circle_is_seen() {
    let mut edges = BTreeMap::new();
    edges.insert("a".to_string(), named_modules("use crate::b::X;"));
    edges.insert("b".to_string(), named_modules("fn f() { crate::a::g() }"));
    assert!(reachable(&edges, "a").contains("a"));
    edges.insert("b".to_string(), named_modules("use crate::c;"));
    assert!(!reachable(&edges, "a").contains("a"));
}
