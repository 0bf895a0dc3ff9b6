//! Text from a tracker is untrusted: an issue title could carry escape
//! sequences that rewrite the screen, set the window title, hide text or plant
//! a hyperlink. Everything from outside passes through here before it reaches
//! a terminal.

/// Removes terminal escape sequences (CSI, OSC incl. hyperlinks, DCS, …),
/// control characters other than newline and tab, and bidirectional
/// overrides, which can make text read differently from what it is.
pub fn sanitize_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 "string" introducers (DCS, SOS, OSC, PM, APC) run to a terminator.
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c if is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Like [`sanitize_text`], and also folds newlines and tabs into spaces, for
/// one-line places such as table cells and titles.
pub fn sanitize_line(text: &str) -> String {
    sanitize_text(text)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_escape(chars: &mut Chars<'_>) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => skip_string(chars),
        // Two-character sequences (ESC c, ESC 7, …) and charset picks (ESC ( B).
        Some('(') | Some(')') | Some('*') | Some('+') => {
            chars.next();
        }
        _ => {}
    }
}

fn skip_csi(chars: &mut Chars<'_>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' if chars.peek() == Some(&'\\') => {
                chars.next();
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_csi_osc_and_controls() {
        assert_eq!(sanitize_text("a\u{1b}[31mred\u{1b}[0m"), "ared");
        assert_eq!(sanitize_text("\u{1b}]0;pwned\u{7}title"), "title");
        assert_eq!(
            sanitize_text("\u{1b}]8;;https://evil\u{1b}\\click\u{1b}]8;;\u{1b}\\"),
            "click"
        );
        assert_eq!(sanitize_text("over\rwrite\u{8}x"), "overwritex");
        assert_eq!(sanitize_text("abc\u{202e}fed"), "abcfed");
        assert_eq!(sanitize_text("line1\nline2\tx"), "line1\nline2\tx");
        assert_eq!(sanitize_line("a\nb"), "a b");
    }
}
