//! The architecture, checked: the domain, the trackers, auth and the output
//! layer never reach up into the commands, the app wiring or the command
//! line, and no two top-level modules import each other in a circle. The test
//! reads `src/` and names the offending line, so a broken rule says where.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules that form the library below the front doors.
const LOWER: &[&str] = &[
    "request", "workflow", "triage", "faq", "board", "time", "tracker", "auth", "ui", "support",
    "config", "forms", "forecast", "slack",
];
/// What the lower modules must not import.
const UPPER: &[&str] = &["commands", "app", "cli"];
/// The domain: it knows nothing of terminals or output either.
const DOMAIN: &[&str] = &["request", "workflow", "triage", "faq", "board", "time"];

struct Use {
    file: PathBuf,
    line: usize,
    target: String,
    text: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`src/faq/index.rs` → `faq`).
fn module_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).expect("under src/");
    let first = rel.components().next().expect("a path").as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_string()
}

/// Every `crate::name` a file names outside comments, including inside
/// grouped imports (`use crate::{a::b, c}`), with its line.
fn crate_uses(file: &Path) -> Vec<Use> {
    let text = std::fs::read_to_string(file).expect("a readable source file");
    let mut uses = Vec::new();
    let mut in_group = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split("//").next().unwrap_or("");
        let mut targets: Vec<String> = Vec::new();
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            if let Some(group) = after.strip_prefix('{') {
                in_group = !group.contains('}');
                targets.extend(group_names(group));
            } else {
                targets.push(ident(after));
            }
            rest = after;
        }
        if in_group && !line.contains("crate::") {
            targets.extend(group_names(line));
            if line.contains('}') {
                in_group = false;
            }
        }
        for target in targets.into_iter().filter(|t| !t.is_empty()) {
            uses.push(Use {
                file: file.to_path_buf(),
                line: i + 1,
                target,
                text: raw.trim().to_string(),
            });
        }
    }
    uses
}

fn ident(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

fn group_names(text: &str) -> Vec<String> {
    text.split(',')
        .map(|part| ident(part.trim().trim_start_matches('{')))
        .filter(|name| name != "self")
        .collect()
}

fn all_uses() -> Vec<Use> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    files.iter().flat_map(|f| crate_uses(f)).collect()
}

fn describe(u: &Use) -> String {
    let rel = u.file.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")));
    format!(
        "{}:{}: {}",
        rel.unwrap_or(&u.file).display(),
        u.line,
        u.text
    )
}

#[test]
fn the_library_never_imports_the_commands_the_app_or_the_command_line() {
    let offending: Vec<String> = all_uses()
        .iter()
        .filter(|u| LOWER.contains(&module_of(&u.file).as_str()))
        .filter(|u| UPPER.contains(&u.target.as_str()))
        .map(describe)
        .collect();
    assert!(
        offending.is_empty(),
        "these lines import commands/app/cli from below them:\n{}",
        offending.join("\n")
    );
}

#[test]
fn the_domain_never_imports_the_output_layer() {
    let offending: Vec<String> = all_uses()
        .iter()
        .filter(|u| DOMAIN.contains(&module_of(&u.file).as_str()) && u.target == "ui")
        .map(describe)
        .collect();
    assert!(
        offending.is_empty(),
        "the domain imports `ui` (use `crate::support` for text cleaning):\n{}",
        offending.join("\n")
    );
}

#[test]
fn no_two_top_level_modules_import_each_other_in_a_circle() {
    let mut edges: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let modules: BTreeSet<String> = std::fs::read_dir(src())
        .expect("src/")
        .map(|e| module_of(&e.expect("entry").path()))
        .collect();
    for u in all_uses() {
        let from = module_of(&u.file);
        if from != u.target
            && modules.contains(&u.target)
            && !["lib", "main"].contains(&from.as_str())
        {
            edges
                .entry(from)
                .or_default()
                .entry(u.target.clone())
                .or_insert_with(|| describe(&u));
        }
    }
    if let Some(circle) = find_circle(&edges) {
        let evidence: Vec<String> = circle
            .windows(2)
            .map(|w| edges[&w[0]][&w[1]].clone())
            .collect();
        panic!(
            "import circle {}:\n{}",
            circle.join(" -> "),
            evidence.join("\n")
        );
    }
}

/// A circle in the module graph, as its modules with the first repeated last.
fn find_circle(edges: &BTreeMap<String, BTreeMap<String, String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeMap<String, String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flat_map(|m| m.keys()) {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|start| visit(start, edges, &mut Vec::new(), &mut done))
}

#[test]
fn the_checker_sees_a_domain_file_that_imports_commands() {
    let dir = std::env::temp_dir().join(format!("idreq-layout-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("probe.rs");
    std::fs::write(
        &file,
        "use crate::request::Request;\nuse crate::{\n    commands::new,\n    time::Clock,\n};\n// crate::cli in a comment\n",
    )
    .unwrap();
    let targets: Vec<(usize, String)> = crate_uses(&file)
        .into_iter()
        .map(|u| (u.line, u.target))
        .collect();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(
        targets,
        vec![
            (1, "request".to_string()),
            (3, "commands".to_string()),
            (4, "time".to_string())
        ]
    );
}
