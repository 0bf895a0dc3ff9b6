
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'File a request (guided in a terminal, or all from flags)'
            cand show 'Show one request'
            cand list 'List requests'
            cand types 'List the request types and their fields'
            cand config 'Where the config file is, what it says, or write a starter file'
            cand completions 'Print shell completions'
            cand auth 'Log in to GitHub (token in the OS keyring), check the login, log out'
            cand labels 'Create or update idreq''s labels in the GitHub repository'
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;show'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idreq;types'= {
            cand --tracker 'Where requests live: `local` (this machine only) or `github`'
            cand --repo 'The team''s repository, OWNER/REPO (GitHub tracker)'
            cand --color 'When to use colour'
            cand --config 'Config file (default: the platform config folder''s idreq/config.toml)'
            cand --faq-dir 'Extra FAQ folder, searched with the bundled entries (repeatable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand --no-input 'Never prompt; fail naming the missing flag instead'
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
        &'idreq;help'= {
            cand new 'File a request (guided in a terminal, or all from flags)'
            cand show 'Show one request'
            cand list 'List requests'
            cand types 'List the request types and their fields'
            cand config 'Where the config file is, what it says, or write a starter file'
            cand completions 'Print shell completions'
            cand auth 'Log in to GitHub (token in the OS keyring), check the login, log out'
            cand labels 'Create or update idreq''s labels in the GitHub repository'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idreq;help;new'= {
        }
        &'idreq;help;show'= {
        }
        &'idreq;help;list'= {
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
        &'idreq;help;help'= {
        }
    ]
    $completions[$command]
}
