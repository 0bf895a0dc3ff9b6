//! A small markdown renderer for the terminal: headings, paragraphs, lists,
//! code and links, wrapped to the width. Styling is dropped when colour is off,
//! so piped output is plain text.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::support::sanitize::sanitize_text;

/// Renders `source` for a terminal `width` columns wide.
pub fn render(source: &str, width: usize) -> String {
    let mut r = Renderer {
        out: String::new(),
        line: String::new(),
        width: width.clamp(40, 120),
        lists: Vec::new(),
        indent: 0,
        link: None,
        in_code_block: false,
        heading: None,
        strong: false,
        pending_item_marker: None,
        marker_width: 2,
    };
    for event in Parser::new_ext(source, Options::empty()) {
        r.event(event);
    }
    r.flush_line();
    while r.out.ends_with("\n\n") {
        r.out.pop();
    }
    r.out
}

struct Renderer {
    out: String,
    line: String,
    width: usize,
    /// For each open list: the next number, or None for bullets.
    lists: Vec<Option<u64>>,
    indent: usize,
    link: Option<String>,
    in_code_block: bool,
    heading: Option<HeadingLevel>,
    strong: bool,
    pending_item_marker: Option<String>,
    /// Width of the current item's marker, so wrapped lines line up with its text.
    marker_width: usize,
}

impl Renderer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&sanitize_text(&text)),
            Event::Code(code) => {
                let styled = console::style(format!("`{}`", sanitize_text(&code)))
                    .cyan()
                    .to_string();
                self.push_word_run(&styled);
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.flush_line(),
            Event::Rule => {
                self.flush_line();
                self.out.push_str(&"─".repeat(self.width.min(60)));
                self.out.push_str("\n\n");
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush_line();
                self.heading = Some(level);
            }
            Tag::List(start) => {
                self.flush_line();
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush_line();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "• ".to_string(),
                };
                self.indent = 2 * (self.lists.len() - 1);
                self.marker_width = marker.chars().count();
                self.pending_item_marker = Some(marker);
            }
            Tag::CodeBlock(kind) => {
                self.flush_line();
                self.in_code_block = true;
                let _ = matches!(kind, CodeBlockKind::Fenced(_));
            }
            Tag::Link { dest_url, .. } => self.link = Some(dest_url.to_string()),
            Tag::Strong => self.strong = true,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                let text = std::mem::take(&mut self.line);
                let styled = match self.heading {
                    Some(HeadingLevel::H1) => {
                        console::style(text.to_uppercase()).bold().to_string()
                    }
                    _ => console::style(text).bold().underlined().to_string(),
                };
                self.out.push_str(&styled);
                self.out.push_str("\n\n");
                self.heading = None;
            }
            TagEnd::Paragraph => {
                self.flush_line();
                if self.lists.is_empty() {
                    self.out.push('\n');
                }
            }
            TagEnd::List(_) => {
                self.flush_line();
                self.lists.pop();
                self.indent = 2 * self.lists.len().saturating_sub(1);
                if self.lists.is_empty() {
                    self.out.push('\n');
                }
            }
            TagEnd::Item => self.flush_line(),
            TagEnd::CodeBlock => {
                self.in_code_block = false;
                self.out.push('\n');
            }
            TagEnd::Link => {
                if let Some(dest) = self.link.take() {
                    let shown = match dest.strip_prefix("faq:") {
                        Some(slug) => format!("(idreq faq show {slug})"),
                        None => format!("({})", sanitize_text(&dest)),
                    };
                    let styled = console::style(shown).dim().to_string();
                    self.push_word_run(&format!(" {styled}"));
                }
            }
            TagEnd::Strong => self.strong = false,
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_code_block {
            for l in text.lines() {
                self.out.push_str("    ");
                self.out.push_str(&console::style(l).cyan().to_string());
                self.out.push('\n');
            }
            return;
        }
        if self.heading.is_some() {
            self.line.push_str(text);
            return;
        }
        let strong = self.strong;
        let styled = |w: &str| {
            if strong {
                console::style(w).bold().to_string()
            } else {
                w.to_string()
            }
        };
        let mut first = true;
        for word in text.split(' ') {
            if !first {
                self.push_space();
            }
            first = false;
            if !word.is_empty() {
                let w = styled(word);
                self.push_word_run(&w);
            }
        }
    }

    fn push_space(&mut self) {
        if !self.line.is_empty() && !self.line.ends_with(' ') {
            self.line.push(' ');
        }
    }

    fn push_word_run(&mut self, word: &str) {
        let visible = console::measure_text_width(&self.line) + console::measure_text_width(word);
        if visible + self.indent + 2 > self.width && !self.line.trim().is_empty() {
            self.flush_line();
        }
        let word = if self.line.is_empty() {
            word.trim_start()
        } else {
            word
        };
        self.line.push_str(word);
    }

    fn flush_line(&mut self) {
        if self.line.trim().is_empty() && self.pending_item_marker.is_none() {
            self.line.clear();
            return;
        }
        let marker = self.pending_item_marker.take();
        let pad = " ".repeat(self.indent);
        match marker {
            Some(m) => {
                self.out.push_str(&pad);
                self.out.push_str(&m);
            }
            None if !self.lists.is_empty() => {
                self.out.push_str(&pad);
                self.out.push_str(&" ".repeat(self.marker_width));
            }
            None => {}
        }
        self.out.push_str(self.line.trim_end());
        self.out.push('\n');
        self.line.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_headings_lists_code_and_links_plainly() {
        console::set_colors_enabled(false);
        let md = "Intro text.\n\n## Steps\n\n1. Run `rails db:seed`.\n2. Reload.\n\n- [Empty list](faq:mocked-auth-empty-user-list)\n";
        let out = render(md, 80);
        assert!(out.contains("Intro text."), "{out}");
        assert!(out.contains("Steps"), "{out}");
        assert!(out.contains("1. Run `rails db:seed`."), "{out}");
        assert!(
            out.contains("• Empty list (idreq faq show mocked-auth-empty-user-list)"),
            "{out}"
        );
    }
}
