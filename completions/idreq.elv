
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
            cand drafts 'List, show or discard unsent requests'
            cand faq 'Search and read the FAQ (self-service answers)'
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
        &'idreq;drafts'= {
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
        &'idreq;help'= {
            cand new 'File a request (guided in a terminal, or all from flags)'
            cand show 'Show one request'
            cand list 'List requests'
            cand types 'List the request types and their fields'
            cand config 'Where the config file is, what it says, or write a starter file'
            cand drafts 'List, show or discard unsent requests'
            cand faq 'Search and read the FAQ (self-service answers)'
            cand completions 'Print shell completions'
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
        &'idreq;help;completions'= {
        }
        &'idreq;help;help'= {
        }
    ]
    $completions[$command]
}
