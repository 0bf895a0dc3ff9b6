//! Word wrapping for messages on a terminal. Long status lines, hints and
//! warnings wrap at word boundaries to the terminal's width, continuing under
//! the text rather than under the label (as cargo and gh do). Piped output is
//! never wrapped: a program reading it wants one message per line.

/// Wraps `text` to `width` columns. `first_used` columns of the first line are
/// already taken (by a label such as `warning: `); continuation lines are
/// indented by `indent`. A word longer than a line is left whole; explicit
/// line breaks in `text` are kept.
pub fn wrap(text: &str, width: usize, first_used: usize, indent: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, paragraph) in text.split('\n').enumerate() {
        let used = if i == 0 {
            first_used
        } else {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            indent
        };
        wrap_paragraph(&mut out, paragraph, width, used, indent);
    }
    out
}

/// One line of `text`: left exactly as it is when it fits (so aligned lists
/// keep their spacing); otherwise broken at spaces, continuation lines under
/// the paragraph's own leading spaces.
fn wrap_paragraph(out: &mut String, paragraph: &str, width: usize, mut used: usize, indent: usize) {
    if used + console::measure_text_width(paragraph) <= width {
        out.push_str(paragraph);
        return;
    }
    let lead = paragraph.len() - paragraph.trim_start_matches(' ').len();
    // A list item's continuation lines hang under its text, not its bullet.
    let bullet = ["- ", "* ", "• "]
        .iter()
        .find(|b| paragraph[lead..].starts_with(**b))
        .map_or(0, |_| 2);
    let pad = " ".repeat(indent + lead + bullet);
    out.push_str(&paragraph[..lead]);
    used += lead;
    let mut line_has_word = false;
    for word in paragraph[lead..].split(' ').filter(|w| !w.is_empty()) {
        let w = console::measure_text_width(word);
        if line_has_word && used + 1 + w > width {
            out.push('\n');
            out.push_str(&pad);
            used = indent + lead + bullet;
            line_has_word = false;
        }
        if line_has_word {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += w;
        line_has_word = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries_under_the_text() {
        let text = "the keyring did not answer within 3 seconds; set GH_TOKEN instead";
        let wrapped = wrap(text, 30, 9, 9);
        for line in wrapped.lines() {
            assert!(line.chars().count() + 9 <= 30 + 9, "{wrapped:?}");
        }
        assert_eq!(
            wrapped,
            "the keyring did not\n         answer within 3\n         seconds; set GH_TOKEN\n         instead"
        );
        assert_eq!(wrapped.replace("\n         ", " "), text);
    }

    #[test]
    fn a_long_word_stays_whole_and_line_breaks_are_kept() {
        let url = "https://github.com/department-of-veterans-affairs/vets-api/pull/12345";
        assert_eq!(wrap(url, 20, 0, 2), url);
        assert_eq!(wrap("one\ntwo three", 8, 0, 2), "one\n  two\n  three");
    }

    #[test]
    fn a_line_that_fits_keeps_its_spacing() {
        let aligned = "  --field contact=    Email or Slack handle";
        assert_eq!(wrap(aligned, 80, 2, 2), aligned);
        assert_eq!(
            wrap("  - summary is far too long here", 20, 0, 0),
            "  - summary is far\n    too long here"
        );
    }

    #[test]
    fn measures_styled_text_by_what_is_visible() {
        let styled = format!("{} b", console::style("a").force_styling(true).bold());
        assert_eq!(wrap(&styled, 3, 0, 0), styled);
    }
}
