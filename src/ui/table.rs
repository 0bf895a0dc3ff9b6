//! Tables: boxed and fitted to the terminal when a person reads them,
//! tab-separated when piped into another program.

use comfy_table::{presets, ContentArrangement, Table};

use crate::support::sanitize::sanitize_line;

/// Renders rows under a header. Every cell is sanitised (it may hold tracker text).
pub fn render(header: &[&str], rows: &[Vec<String>], for_terminal: bool) -> String {
    if !for_terminal {
        return rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| sanitize_line(c))
                    .collect::<Vec<_>>()
                    .join("\t")
            })
            .collect::<Vec<_>>()
            .join("\n");
    }
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    for r in rows {
        table.add_row(r.iter().map(|c| sanitize_line(c)));
    }
    table.to_string()
}
