//! Every question idreq asks goes through `Prompter`, so the same flow runs
//! in a terminal (dialoguer), from a script of answers (tests), or not at all
//! (no terminal: the command fails naming the flag to pass instead).

use std::collections::VecDeque;

use dialoguer::theme::ColorfulTheme;

/// Why a question got no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PromptError {
    #[error("cancelled")]
    Interrupted,
    #[error("cannot ask without a terminal")]
    NotInteractive,
    #[error("terminal error: {0}")]
    Io(String),
}

/// Asks the user things.
pub trait Prompter {
    /// Picks one item; returns its index.
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, PromptError>;
    /// Picks one item from a list that can also be filtered by typing.
    fn pick(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, PromptError> {
        self.select(prompt, items, default)
    }
    /// Picks any number of items; returns their indexes.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> Result<Vec<usize>, PromptError>;
    /// Reads one line (may be empty).
    fn input(&mut self, prompt: &str, initial: &str) -> Result<String, PromptError>;
    /// Asks yes or no.
    fn confirm(&mut self, prompt: &str, default: Option<bool>) -> Result<bool, PromptError>;
    /// Reads several lines (an editor, or lines ending with an empty one).
    fn multiline(&mut self, prompt: &str, initial: &str) -> Result<String, PromptError>;
    /// Reads a secret without echoing it.
    fn password(&mut self, prompt: &str) -> Result<String, PromptError>;
    /// Waits for one of `keys` (one key per action, no Enter).
    fn key(&mut self, prompt: &str, keys: &[(char, &str)]) -> Result<char, PromptError>;
}

fn io_error(e: dialoguer::Error) -> PromptError {
    match e {
        dialoguer::Error::IO(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            PromptError::Interrupted
        }
        dialoguer::Error::IO(e) => PromptError::Io(e.to_string()),
    }
}

/// Menus longer than this can be filtered by typing.
const FILTERABLE_FROM: usize = 7;

/// The real terminal.
pub struct DialoguerPrompter {
    theme: ColorfulTheme,
    /// `$VISUAL` / `$EDITOR`, for multi-line answers.
    editor: Option<String>,
}

impl DialoguerPrompter {
    /// Prompts on stderr, with `editor` for long answers when set.
    pub fn new(editor: Option<String>) -> Self {
        Self {
            theme: ColorfulTheme::default(),
            editor,
        }
    }
}

impl Prompter for DialoguerPrompter {
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, PromptError> {
        // Long lists can be filtered by typing; short ones are plain arrow-key menus.
        if items.len() > FILTERABLE_FROM {
            return self.pick(prompt, items, default);
        }
        dialoguer::Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact_opt()
            .map_err(io_error)?
            .ok_or(PromptError::Interrupted)
    }

    fn pick(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, PromptError> {
        dialoguer::FuzzySelect::with_theme(&self.theme)
            .with_prompt(format!("{prompt} (type to filter)"))
            .items(items)
            .default(default)
            .highlight_matches(false)
            .interact_opt()
            .map_err(io_error)?
            .ok_or(PromptError::Interrupted)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> Result<Vec<usize>, PromptError> {
        dialoguer::MultiSelect::with_theme(&self.theme)
            .with_prompt(format!("{prompt} (space to tick, enter to confirm)"))
            .items(items)
            .defaults(checked)
            .interact_opt()
            .map_err(io_error)?
            .ok_or(PromptError::Interrupted)
    }

    fn input(&mut self, prompt: &str, initial: &str) -> Result<String, PromptError> {
        dialoguer::Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .with_initial_text(initial)
            .allow_empty(true)
            .interact_text()
            .map_err(io_error)
    }

    fn confirm(&mut self, prompt: &str, default: Option<bool>) -> Result<bool, PromptError> {
        let mut c = dialoguer::Confirm::with_theme(&self.theme).with_prompt(prompt);
        if let Some(d) = default {
            c = c.default(d);
        }
        c.interact_opt()
            .map_err(io_error)?
            .ok_or(PromptError::Interrupted)
    }

    fn multiline(&mut self, prompt: &str, initial: &str) -> Result<String, PromptError> {
        if let Some(editor) = &self.editor {
            let edited = dialoguer::Editor::new()
                .executable(editor)
                .extension(".md")
                .edit(initial)
                .map_err(io_error)?;
            return Ok(edited.unwrap_or_else(|| initial.to_string()));
        }
        // Without an editor: read lines until an empty one.
        let term = console::Term::stderr();
        let _ = term.write_line(&format!(
            "{} {}",
            console::style("?").yellow().for_stderr(),
            console::style(format!("{prompt} (end with an empty line)"))
                .bold()
                .for_stderr()
        ));
        let mut lines: Vec<String> = Vec::new();
        loop {
            let line = term
                .read_line()
                .map_err(|e| io_error(dialoguer::Error::IO(e)))?;
            if line.is_empty() {
                break;
            }
            lines.push(line);
        }
        Ok(lines.join("\n"))
    }

    fn key(&mut self, prompt: &str, keys: &[(char, &str)]) -> Result<char, PromptError> {
        let term = console::Term::stderr();
        let menu: Vec<String> = keys
            .iter()
            .map(|(k, label)| {
                format!(
                    "{} {label}",
                    console::style(format!("[{k}]")).bold().for_stderr()
                )
            })
            .collect();
        let _ = term.write_line(&format!("{prompt}  {}", menu.join("  ")));
        loop {
            let c = term
                .read_char()
                .map_err(|e| io_error(dialoguer::Error::IO(e)))?;
            if let Some((k, _)) = keys.iter().find(|(k, _)| k.eq_ignore_ascii_case(&c)) {
                return Ok(*k);
            }
        }
    }

    fn password(&mut self, prompt: &str) -> Result<String, PromptError> {
        use dialoguer::theme::Theme;
        let term = console::Term::stderr();
        let mut asked = String::new();
        let _ = self.theme.format_password_prompt(&mut asked, prompt);
        term.write_str(&asked)
            .map_err(|e| PromptError::Io(e.to_string()))?;
        crate::ui::interrupt::install();
        let secret = super::secret::read_hidden_line()
            .map_err(|e| PromptError::Io(e.to_string()))?
            .ok_or(PromptError::Interrupted)?;
        // Echo was off, so the Enter left the cursor on the prompt's line.
        let mut answered = String::new();
        let _ = self
            .theme
            .format_password_prompt_selection(&mut answered, prompt);
        let _ = term.clear_line();
        term.write_line(&answered)
            .map_err(|e| PromptError::Io(e.to_string()))?;
        Ok(secret)
    }
}

/// One scripted answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// For `select`: the item whose text starts with this.
    Pick(String),
    /// For `multi_select`: the items whose text starts with these.
    PickMany(Vec<String>),
    /// For `input`, `multiline` and `password`.
    Text(String),
    /// For `confirm`.
    Yes,
    No,
    /// For `key`.
    Key(char),
    /// Any question: the user pressed Ctrl-C.
    Interrupt,
    /// An optional question left unanswered: "(skip)", no picks, no text.
    Skip,
}

/// Answers from a queue, or by the question asked, recording every
/// question; fails on a question it has no answer for, so tests notice
/// unexpected prompts.
#[derive(Debug, Default)]
pub struct ScriptedPrompter {
    pub answers: VecDeque<Answer>,
    pub asked: Vec<String>,
    /// Answers for the questions that start with each text (the longest
    /// match wins), taken before the queue.
    by_prompt: Vec<(String, VecDeque<Answer>)>,
}

impl ScriptedPrompter {
    /// Starts with these answers.
    pub fn new(answers: impl IntoIterator<Item = Answer>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
            asked: Vec::new(),
            by_prompt: Vec::new(),
        }
    }

    /// Answers each question by what it asks (the question starts with the
    /// given text; answers for one question are used in turn, for re-asks).
    /// An optional question ("… (optional)") with no answer here is skipped,
    /// so a test keeps passing when a type gains an optional field.
    pub fn by_prompt<P: Into<String>>(answers: impl IntoIterator<Item = (P, Vec<Answer>)>) -> Self {
        Self {
            by_prompt: answers
                .into_iter()
                .map(|(p, a)| (p.into(), a.into()))
                .collect(),
            ..Self::default()
        }
    }

    /// Answers left over in `by_prompt` mode (questions that were never asked
    /// as often as scripted).
    pub fn unused(&self) -> Vec<(String, Answer)> {
        let queued = self.answers.iter().map(|a| (String::new(), a.clone()));
        let keyed = self
            .by_prompt
            .iter()
            .flat_map(|(p, q)| q.iter().map(move |a| (p.clone(), a.clone())));
        queued.chain(keyed).collect()
    }

    fn next(&mut self, prompt: &str) -> Result<Answer, PromptError> {
        self.asked.push(prompt.to_string());
        let keyed = self
            .by_prompt
            .iter_mut()
            .filter(|(p, _)| prompt.starts_with(p.as_str()))
            .max_by_key(|(p, _)| p.len())
            .and_then(|(_, q)| q.pop_front());
        let answer = match keyed {
            Some(a) => Some(a),
            None if !self.by_prompt.is_empty() && prompt.ends_with("(optional)") => {
                Some(Answer::Skip)
            }
            None => self.answers.pop_front(),
        };
        match answer {
            Some(Answer::Interrupt) => Err(PromptError::Interrupted),
            Some(a) => Ok(a),
            None => Err(PromptError::Io(format!("no scripted answer for: {prompt}"))),
        }
    }
}

fn position(items: &[String], wanted: &str) -> Result<usize, PromptError> {
    items
        .iter()
        .position(|i| i.starts_with(wanted))
        .ok_or_else(|| PromptError::Io(format!("no item starts with {wanted:?} in {items:?}")))
}

impl Prompter for ScriptedPrompter {
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        _default: usize,
    ) -> Result<usize, PromptError> {
        match self.next(prompt)? {
            Answer::Pick(p) => position(items, &p),
            Answer::Skip => position(items, "(skip)"),
            other => Err(PromptError::Io(format!(
                "{prompt}: expected a pick, got {other:?}"
            ))),
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        _checked: &[bool],
    ) -> Result<Vec<usize>, PromptError> {
        match self.next(prompt)? {
            Answer::PickMany(ps) => ps.iter().map(|p| position(items, p)).collect(),
            Answer::Skip => Ok(Vec::new()),
            other => Err(PromptError::Io(format!(
                "{prompt}: expected picks, got {other:?}"
            ))),
        }
    }

    fn input(&mut self, prompt: &str, _initial: &str) -> Result<String, PromptError> {
        match self.next(prompt)? {
            Answer::Text(t) => Ok(t),
            Answer::Skip => Ok(String::new()),
            other => Err(PromptError::Io(format!(
                "{prompt}: expected text, got {other:?}"
            ))),
        }
    }

    fn confirm(&mut self, prompt: &str, _default: Option<bool>) -> Result<bool, PromptError> {
        match self.next(prompt)? {
            Answer::Yes => Ok(true),
            Answer::No => Ok(false),
            other => Err(PromptError::Io(format!(
                "{prompt}: expected yes/no, got {other:?}"
            ))),
        }
    }

    fn multiline(&mut self, prompt: &str, initial: &str) -> Result<String, PromptError> {
        self.input(prompt, initial)
    }

    fn password(&mut self, prompt: &str) -> Result<String, PromptError> {
        self.input(prompt, "")
    }

    fn key(&mut self, prompt: &str, keys: &[(char, &str)]) -> Result<char, PromptError> {
        match self.next(prompt)? {
            Answer::Key(k) if keys.iter().any(|(x, _)| *x == k) => Ok(k),
            other => Err(PromptError::Io(format!(
                "{prompt}: expected one of {keys:?}, got {other:?}"
            ))),
        }
    }
}
