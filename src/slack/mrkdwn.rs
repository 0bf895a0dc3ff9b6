//! Untrusted text (issue titles, requesters' answers) made safe to post in
//! Slack mrkdwn: `&`, `<` and `>` escaped (which neutralises `<!channel>`,
//! `<!here>`, `<@U…>` and links), and the plain-text mentions `@channel`,
//! `@here` and `@everyone` broken with a word joiner so no client or
//! `link_names` setting can turn them into a notification. Terminal escapes
//! and control characters are removed first (`support::sanitize`).

use crate::support::sanitize::{sanitize_line, sanitize_text};

/// The mentions Slack expands when it parses plain text.
const MENTIONS: [&str; 3] = ["channel", "here", "everyone"];

/// A word joiner: invisible, but it stops `@here` being read as a mention.
const JOINER: char = '\u{2060}';

/// Escapes multi-line untrusted text for mrkdwn.
pub fn escape(text: &str) -> String {
    neutralise_mentions(&escape_specials(&sanitize_text(text)))
}

/// Escapes untrusted text for one line (titles, list items).
pub fn escape_line(text: &str) -> String {
    neutralise_mentions(&escape_specials(&sanitize_line(text)))
}

/// A link `<url|label>` whose label is untrusted text. The URL must be one
/// idreq made (an issue URL); `|` and `>` in it are escaped anyway.
pub fn link(url: &str, label: &str) -> String {
    let url = escape_specials(&sanitize_line(url)).replace('|', "%7C");
    format!("<{url}|{}>", escape_line(label))
}

fn escape_specials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn neutralise_mentions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        let lower = rest.to_ascii_lowercase();
        if MENTIONS.iter().any(|m| lower.starts_with(m)) {
            out.push(JOINER);
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_three_specials_and_nothing_else() {
        assert_eq!(
            escape("a & b <c> \"d\" 'e'"),
            "a &amp; b &lt;c&gt; \"d\" 'e'"
        );
    }

    #[test]
    fn no_mention_survives() {
        for hostile in [
            "<!channel> look",
            "<!here|here>",
            "<!everyone>",
            "<!subteam^S123>",
            "<@U123> hi",
            "@channel hi",
            "@HERE now",
            "ping @everyone",
        ] {
            let safe = escape_line(hostile);
            assert!(!safe.contains('<') && !safe.contains('>'), "{safe}");
            for m in MENTIONS {
                assert!(
                    !safe.to_ascii_lowercase().contains(&format!("@{m}")),
                    "{hostile} -> {safe}"
                );
            }
        }
    }

    #[test]
    fn a_link_label_cannot_break_out_of_the_link() {
        assert_eq!(
            link("https://github.com/o/r/issues/1", "x> <!channel|y"),
            "<https://github.com/o/r/issues/1|x&gt; &lt;!channel|y>"
        );
    }

    #[test]
    fn terminal_escapes_and_newlines_are_removed_from_lines() {
        assert_eq!(escape_line("a\u{1b}[31mb\nc"), "ab c");
    }
}
