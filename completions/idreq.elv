
use builtin;
use str;

set edit:completion:arg-completer[idreq] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'idreq'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'idreq'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'File a request (guided in a terminal, or all from flags)'
            cand drafts 'List, show or discard unsent requests'
            cand faq 'Search and read the FAQ (self-service answers)'
            cand show 'Show one request'
            cand list 'List requests'
            cand triage 'Rank the untriaged requests, and triage them (accept, need info, decline, duplicate, snooze)'
            cand board 'Every open request at a glance, and the sum of the work'
            cand update 'Move a request along: status, assignee, priority, estimate, target date'
            cand close 'Close a request (done, declined or duplicate)'
            cand report 'The team''s KPIs for a period'
            cand auth 'Log in to GitHub (token in the OS keyring), check the login, log out'
            cand labels 'Create or update idreq''s labels in the GitHub repository'
            cand types 'List the request types and their fields'
            cand config 'Where the config file is, what it says, or write a starter file'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;new'= {
            cand -t 'Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)'
            cand --type 'Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)'
            cand -s 'One-line summary; becomes the issue title'
            cand --title 'One-line summary; becomes the issue title'
            cand -f 'An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field'
            cand --field 'An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field'
            cand --resume 'Continue a saved draft (the newest one when ID is left out)'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand -y 'File without asking for confirmation'
            cand --yes 'File without asking for confirmation'
            cand --dry-run 'Print the title, labels and body that would be filed, and file nothing'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;drafts'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List saved drafts, newest first'
            cand show 'Show one draft''s answers'
            cand discard 'Delete a draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;drafts;list'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;drafts;show'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;drafts;discard'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;drafts;help'= {
            cand list 'List saved drafts, newest first'
            cand show 'Show one draft''s answers'
            cand discard 'Delete a draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;drafts;help;list'= {
        }
        &'idreq;drafts;help;show'= {
        }
        &'idreq;drafts;help;discard'= {
        }
        &'idreq;drafts;help;help'= {
        }
        &'idreq;faq'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand search 'Search the FAQ (typos and synonyms are fine)'
            cand list 'List every FAQ entry'
            cand show 'Show one FAQ entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;faq;search'= {
            cand -L 'At most this many results'
            cand --limit 'At most this many results'
            cand --type 'Only entries related to this request type'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;faq;list'= {
            cand --type 'Only entries related to this request type'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;faq;show'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;faq;help'= {
            cand search 'Search the FAQ (typos and synonyms are fine)'
            cand list 'List every FAQ entry'
            cand show 'Show one FAQ entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;faq;help;search'= {
        }
        &'idreq;faq;help;list'= {
        }
        &'idreq;faq;help;show'= {
        }
        &'idreq;faq;help;help'= {
        }
        &'idreq;show'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --explain 'Also print how the forecast was made (window, samples, percentiles)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;list'= {
            cand --type 'Only this request type'
            cand --status 'Only this status'
            cand --state 'Open, closed or all requests'
            cand -L 'At most this many (newest first)'
            cand --limit 'At most this many (newest first)'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --mine 'Only requests I filed'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;triage'= {
            cand -L 'At most this many requests'
            cand --limit 'At most this many requests'
            cand --type 'Only this request type'
            cand --as-of 'Rank as of another moment: a date (end of that working day), fri, +2d, or RFC 3339'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --explain 'Show the parts of each score'
            cand --list 'Print the ranked list instead of starting a session, even in a terminal'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand accept 'Accept a request: set priority (and estimate, assignee, target date)'
            cand need-info 'Ask the requester for more information'
            cand decline 'Decline a request (closed as not planned)'
            cand duplicate 'Close a request as a duplicate of another'
            cand snooze 'Hide a request from triage until a date'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;triage;accept'= {
            cand --priority 'priority'
            cand --estimate 'estimate'
            cand --assignee 'GitHub login (or @me)'
            cand --target 'Target date (2026-12-10, fri, +5d)'
            cand --message 'Extra text for the reply'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;triage;need-info'= {
            cand --message 'What the requester should add'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;triage;decline'= {
            cand --reason 'Why, for the reply'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;triage;duplicate'= {
            cand --of 'The request it duplicates'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;triage;snooze'= {
            cand --until 'Back in triage on this date (2026-12-10, mon, +3d)'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;triage;help'= {
            cand accept 'Accept a request: set priority (and estimate, assignee, target date)'
            cand need-info 'Ask the requester for more information'
            cand decline 'Decline a request (closed as not planned)'
            cand duplicate 'Close a request as a duplicate of another'
            cand snooze 'Hide a request from triage until a date'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;triage;help;accept'= {
        }
        &'idreq;triage;help;need-info'= {
        }
        &'idreq;triage;help;decline'= {
        }
        &'idreq;triage;help;duplicate'= {
        }
        &'idreq;triage;help;snooze'= {
        }
        &'idreq;triage;help;help'= {
        }
        &'idreq;board'= {
            cand --group-by 'Columns by status (default), type, assignee or priority'
            cand --type 'Only this request type'
            cand --assignee 'Only requests assigned to this login'
            cand --format '`markdown` for pasting into Slack or a GitHub comment'
            cand --as-of 'Rank and age as of another moment'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --mine 'Only requests assigned to me'
            cand --offline 'Show the board saved by the last online run, without the network'
            cand --explain 'Also print how the forecast was made (window, samples, percentiles)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;update'= {
            cand --status 'New status'
            cand --assignee 'Assign to this GitHub login (or @me); repeat for several'
            cand --priority 'priority'
            cand --estimate 'estimate'
            cand --target 'Target date (2026-12-10, fri, +5d); a change posts the "target date changed" reply'
            cand --message 'Extra text for the reply'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --uat 'Ask the requester to review the result (user acceptance testing)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;close'= {
            cand --reason 'reason'
            cand --of 'With --reason duplicate: the request it duplicates'
            cand --message 'Extra text for the reply'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;report'= {
            cand --since 'Start of the period (default: 30 days before --until)'
            cand --until 'End of the period (default: now)'
            cand --format '`markdown` for pasting into Slack or a GitHub comment'
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --explain 'Also print the weekly throughput the estimate check rests on'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;auth'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Check a GitHub token and store it in the OS keyring'
            cand status 'Show where the token comes from, whose it is and what it may do'
            cand logout 'Remove the stored token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;auth;login'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --with-token 'Read the token from standard input instead of asking (e.g. `idreq auth login --with-token < token.txt`)'
            cand --insecure-storage 'Store the token in a plain file readable only by you, instead of the OS keyring'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;auth;status'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;auth;logout'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;auth;help'= {
            cand login 'Check a GitHub token and store it in the OS keyring'
            cand status 'Show where the token comes from, whose it is and what it may do'
            cand logout 'Remove the stored token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;auth;help;login'= {
        }
        &'idreq;auth;help;status'= {
        }
        &'idreq;auth;help;logout'= {
        }
        &'idreq;auth;help;help'= {
        }
        &'idreq;labels'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sync 'Create or update idreq''s labels in the GitHub repository'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;labels;sync'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --dry-run 'Show what would change, and change nothing'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;labels;help'= {
            cand sync 'Create or update idreq''s labels in the GitHub repository'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;labels;help;sync'= {
        }
        &'idreq;labels;help;help'= {
        }
        &'idreq;types'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;config'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the config file''s path'
            cand show 'Print the effective configuration (file over defaults) as TOML'
            cand init 'Write a commented starter config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;config;path'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;config;show'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;config;init'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --force 'Replace an existing file'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;config;help'= {
            cand path 'Print the config file''s path'
            cand show 'Print the effective configuration (file over defaults) as TOML'
            cand init 'Write a commented starter config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;config;help;path'= {
        }
        &'idreq;config;help;show'= {
        }
        &'idreq;config;help;init'= {
        }
        &'idreq;config;help;help'= {
        }
        &'idreq;completions'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
            cand --verbose 'Trace each step and HTTP request with its time on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;help'= {
            cand new 'File a request (guided in a terminal, or all from flags)'
            cand drafts 'List, show or discard unsent requests'
            cand faq 'Search and read the FAQ (self-service answers)'
            cand show 'Show one request'
            cand list 'List requests'
            cand triage 'Rank the untriaged requests, and triage them (accept, need info, decline, duplicate, snooze)'
            cand board 'Every open request at a glance, and the sum of the work'
            cand update 'Move a request along: status, assignee, priority, estimate, target date'
            cand close 'Close a request (done, declined or duplicate)'
            cand report 'The team''s KPIs for a period'
            cand auth 'Log in to GitHub (token in the OS keyring), check the login, log out'
            cand labels 'Create or update idreq''s labels in the GitHub repository'
            cand types 'List the request types and their fields'
            cand config 'Where the config file is, what it says, or write a starter file'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;help;new'= {
        }
        &'idreq;help;drafts'= {
            cand list 'List saved drafts, newest first'
            cand show 'Show one draft''s answers'
            cand discard 'Delete a draft'
        }
        &'idreq;help;drafts;list'= {
        }
        &'idreq;help;drafts;show'= {
        }
        &'idreq;help;drafts;discard'= {
        }
        &'idreq;help;faq'= {
            cand search 'Search the FAQ (typos and synonyms are fine)'
            cand list 'List every FAQ entry'
            cand show 'Show one FAQ entry'
        }
        &'idreq;help;faq;search'= {
        }
        &'idreq;help;faq;list'= {
        }
        &'idreq;help;faq;show'= {
        }
        &'idreq;help;show'= {
        }
        &'idreq;help;list'= {
        }
        &'idreq;help;triage'= {
            cand accept 'Accept a request: set priority (and estimate, assignee, target date)'
            cand need-info 'Ask the requester for more information'
            cand decline 'Decline a request (closed as not planned)'
            cand duplicate 'Close a request as a duplicate of another'
            cand snooze 'Hide a request from triage until a date'
        }
        &'idreq;help;triage;accept'= {
        }
        &'idreq;help;triage;need-info'= {
        }
        &'idreq;help;triage;decline'= {
        }
        &'idreq;help;triage;duplicate'= {
        }
        &'idreq;help;triage;snooze'= {
        }
        &'idreq;help;board'= {
        }
        &'idreq;help;update'= {
        }
        &'idreq;help;close'= {
        }
        &'idreq;help;report'= {
        }
        &'idreq;help;auth'= {
            cand login 'Check a GitHub token and store it in the OS keyring'
            cand status 'Show where the token comes from, whose it is and what it may do'
            cand logout 'Remove the stored token'
        }
        &'idreq;help;auth;login'= {
        }
        &'idreq;help;auth;status'= {
        }
        &'idreq;help;auth;logout'= {
        }
        &'idreq;help;labels'= {
            cand sync 'Create or update idreq''s labels in the GitHub repository'
        }
        &'idreq;help;labels;sync'= {
        }
        &'idreq;help;types'= {
        }
        &'idreq;help;config'= {
            cand path 'Print the config file''s path'
            cand show 'Print the effective configuration (file over defaults) as TOML'
            cand init 'Write a commented starter config file'
        }
        &'idreq;help;config;path'= {
        }
        &'idreq;help;config;show'= {
        }
        &'idreq;help;config;init'= {
        }
        &'idreq;help;completions'= {
        }
        &'idreq;help;help'= {
        }
    ]
    $completions[$command]
}
