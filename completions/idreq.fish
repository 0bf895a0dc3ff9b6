# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_idreq_global_optspecs
    string join \n tracker= repo= json no-input color= config= verbose faq-dir= h/help V/version
end

function __fish_idreq_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_idreq_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_idreq_using_subcommand
    set -l cmd (__fish_idreq_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c idreq -n "__fish_idreq_needs_command" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_needs_command" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_needs_command" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_needs_command" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_needs_command" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_needs_command" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_needs_command" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_needs_command" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_needs_command" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "new" -d 'File a request (guided in a terminal, or all from flags)'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "drafts" -d 'List, show or discard unsent requests'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "faq" -d 'Search and read the FAQ (self-service answers)'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "show" -d 'Show one request'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "list" -d 'List requests'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "triage" -d 'Rank the untriaged requests, and triage them (accept, need info, decline, duplicate, snooze)'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "board" -d 'Every open request at a glance, and the sum of the work'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "update" -d 'Move a request along: status, assignee, priority, estimate, target date'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "close" -d 'Close a request (done, declined or duplicate)'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "report" -d 'The team\'s KPIs for a period'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "auth" -d 'Log in to GitHub (token in the OS keyring), check the login, log out'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "labels" -d 'Create or update idreq\'s labels in the GitHub repository'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "types" -d 'List the request types and their fields'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "config" -d 'Where the config file is, what it says, or write a starter file'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand new" -s t -l type -d 'Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)' -r
complete -c idreq -n "__fish_idreq_using_subcommand new" -s s -l title -d 'One-line summary; becomes the issue title' -r
complete -c idreq -n "__fish_idreq_using_subcommand new" -s f -l field -d 'An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field' -r
complete -c idreq -n "__fish_idreq_using_subcommand new" -l resume -d 'Continue a saved draft (the newest one when ID is left out)' -r
complete -c idreq -n "__fish_idreq_using_subcommand new" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand new" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand new" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand new" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand new" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand new" -s y -l yes -d 'File without asking for confirmation'
complete -c idreq -n "__fish_idreq_using_subcommand new" -l dry-run -d 'Print the title, labels and body that would be filed, and file nothing'
complete -c idreq -n "__fish_idreq_using_subcommand new" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand new" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand new" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand new" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand new" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -f -a "list" -d 'List saved drafts, newest first'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -f -a "show" -d 'Show one draft\'s answers'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -f -a "discard" -d 'Delete a draft'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and not __fish_seen_subcommand_from list show discard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from discard" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List saved drafts, newest first'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one draft\'s answers'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from help" -f -a "discard" -d 'Delete a draft'
complete -c idreq -n "__fish_idreq_using_subcommand drafts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -f -a "search" -d 'Search the FAQ (typos and synonyms are fine)'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -f -a "list" -d 'List every FAQ entry'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -f -a "show" -d 'Show one FAQ entry'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and not __fish_seen_subcommand_from search list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -s L -l limit -d 'At most this many results' -r
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l type -d 'Only entries related to this request type' -r
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l type -d 'Only entries related to this request type' -r
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search the FAQ (typos and synonyms are fine)'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every FAQ entry'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one FAQ entry'
complete -c idreq -n "__fish_idreq_using_subcommand faq; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand show" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand show" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand show" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand show" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand show" -l explain -d 'Also print how the forecast was made (window, samples, percentiles)'
complete -c idreq -n "__fish_idreq_using_subcommand show" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand show" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand show" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand show" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand show" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand list" -l type -d 'Only this request type' -r
complete -c idreq -n "__fish_idreq_using_subcommand list" -l status -d 'Only this status' -r -f -a "new\t''
triaged\t''
in-progress\t''
waiting-on-requester\t''
done\t''
declined\t''
duplicate\t''"
complete -c idreq -n "__fish_idreq_using_subcommand list" -l state -d 'Open, closed or all requests' -r -f -a "open\t''
closed\t''
all\t''"
complete -c idreq -n "__fish_idreq_using_subcommand list" -s L -l limit -d 'At most this many (newest first)' -r
complete -c idreq -n "__fish_idreq_using_subcommand list" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand list" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand list" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand list" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand list" -l mine -d 'Only requests I filed'
complete -c idreq -n "__fish_idreq_using_subcommand list" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand list" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand list" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand list" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand list" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -s L -l limit -d 'At most this many requests' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l type -d 'Only this request type' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l as-of -d 'Rank as of another moment: a date (end of that working day), fri, +2d, or RFC 3339' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l explain -d 'Show the parts of each score'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l list -d 'Print the ranked list instead of starting a session, even in a terminal'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -f -a "accept" -d 'Accept a request: set priority (and estimate, assignee, target date)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -f -a "need-info" -d 'Ask the requester for more information'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -f -a "decline" -d 'Decline a request (closed as not planned)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -f -a "duplicate" -d 'Close a request as a duplicate of another'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -f -a "snooze" -d 'Hide a request from triage until a date'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and not __fish_seen_subcommand_from accept need-info decline duplicate snooze help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l priority -r -f -a "P1\t''
P2\t''
P3\t''
P4\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l estimate -r -f -a "S\t''
M\t''
L\t''
XL\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l assignee -d 'GitHub login (or @me)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l target -d 'Target date (2026-12-10, fri, +5d)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l message -d 'Extra text for the reply' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l message -d 'What the requester should add' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from need-info" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l reason -d 'Why, for the reply' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l of -d 'The request it duplicates' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from duplicate" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l until -d 'Back in triage on this date (2026-12-10, mon, +3d)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from snooze" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept a request: set priority (and estimate, assignee, target date)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from help" -f -a "need-info" -d 'Ask the requester for more information'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline a request (closed as not planned)'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from help" -f -a "duplicate" -d 'Close a request as a duplicate of another'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from help" -f -a "snooze" -d 'Hide a request from triage until a date'
complete -c idreq -n "__fish_idreq_using_subcommand triage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand board" -l group-by -d 'Columns by status (default), type, assignee or priority' -r -f -a "status\t''
type\t''
assignee\t''
priority\t''"
complete -c idreq -n "__fish_idreq_using_subcommand board" -l type -d 'Only this request type' -r
complete -c idreq -n "__fish_idreq_using_subcommand board" -l assignee -d 'Only requests assigned to this login' -r
complete -c idreq -n "__fish_idreq_using_subcommand board" -l format -d '`markdown` for pasting into Slack or a GitHub comment' -r -f -a "text\t''
markdown\t''"
complete -c idreq -n "__fish_idreq_using_subcommand board" -l as-of -d 'Rank and age as of another moment' -r
complete -c idreq -n "__fish_idreq_using_subcommand board" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand board" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand board" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand board" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand board" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand board" -l mine -d 'Only requests assigned to me'
complete -c idreq -n "__fish_idreq_using_subcommand board" -l offline -d 'Show the board saved by the last online run, without the network'
complete -c idreq -n "__fish_idreq_using_subcommand board" -l explain -d 'Also print how the forecast was made (window, samples, percentiles)'
complete -c idreq -n "__fish_idreq_using_subcommand board" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand board" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand board" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand board" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand board" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand update" -l status -d 'New status' -r
complete -c idreq -n "__fish_idreq_using_subcommand update" -l assignee -d 'Assign to this GitHub login (or @me); repeat for several' -r
complete -c idreq -n "__fish_idreq_using_subcommand update" -l priority -r -f -a "P1\t''
P2\t''
P3\t''
P4\t''"
complete -c idreq -n "__fish_idreq_using_subcommand update" -l estimate -r -f -a "S\t''
M\t''
L\t''
XL\t''"
complete -c idreq -n "__fish_idreq_using_subcommand update" -l target -d 'Target date (2026-12-10, fri, +5d); a change posts the "target date changed" reply' -r
complete -c idreq -n "__fish_idreq_using_subcommand update" -l message -d 'Extra text for the reply' -r
complete -c idreq -n "__fish_idreq_using_subcommand update" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand update" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand update" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand update" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand update" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand update" -l uat -d 'Ask the requester to review the result (user acceptance testing)'
complete -c idreq -n "__fish_idreq_using_subcommand update" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand update" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand update" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand update" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand update" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand close" -l reason -r -f -a "done\t''
declined\t''
duplicate\t''"
complete -c idreq -n "__fish_idreq_using_subcommand close" -l of -d 'With --reason duplicate: the request it duplicates' -r
complete -c idreq -n "__fish_idreq_using_subcommand close" -l message -d 'Extra text for the reply' -r
complete -c idreq -n "__fish_idreq_using_subcommand close" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand close" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand close" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand close" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand close" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand close" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand close" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand close" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand close" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand close" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand report" -l since -d 'Start of the period (default: 30 days before --until)' -r
complete -c idreq -n "__fish_idreq_using_subcommand report" -l until -d 'End of the period (default: now)' -r
complete -c idreq -n "__fish_idreq_using_subcommand report" -l format -d '`markdown` for pasting into Slack or a GitHub comment' -r -f -a "text\t''
markdown\t''"
complete -c idreq -n "__fish_idreq_using_subcommand report" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand report" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand report" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand report" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand report" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand report" -l explain -d 'Also print the weekly throughput the estimate check rests on'
complete -c idreq -n "__fish_idreq_using_subcommand report" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand report" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand report" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand report" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand report" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Check a GitHub token and store it in the OS keyring'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Show where the token comes from, whose it is and what it may do'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Remove the stored token'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from standard input instead of asking (e.g. `idreq auth login --with-token < token.txt`)'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l insecure-storage -d 'Store the token in a plain file readable only by you, instead of the OS keyring'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Check a GitHub token and store it in the OS keyring'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show where the token comes from, whose it is and what it may do'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the stored token'
complete -c idreq -n "__fish_idreq_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -f -a "sync" -d 'Create or update idreq\'s labels in the GitHub repository'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and not __fish_seen_subcommand_from sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l dry-run -d 'Show what would change, and change nothing'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Create or update idreq\'s labels in the GitHub repository'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand types" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand types" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand types" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand types" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand types" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand types" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand types" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand types" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand types" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand types" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -f -a "path" -d 'Print the config file\'s path'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -f -a "show" -d 'Print the effective configuration (file over defaults) as TOML'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -f -a "init" -d 'Write a commented starter config file'
complete -c idreq -n "__fish_idreq_using_subcommand config; and not __fish_seen_subcommand_from path show init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Replace an existing file'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective configuration (file over defaults) as TOML'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented starter config file'
complete -c idreq -n "__fish_idreq_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand completions" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand completions" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand completions" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand completions" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand completions" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand completions" -l no-input -d 'Never prompt; fail naming the missing flag instead'
complete -c idreq -n "__fish_idreq_using_subcommand completions" -l verbose -d 'Trace each step and HTTP request with its time on stderr (never the token)'
complete -c idreq -n "__fish_idreq_using_subcommand completions" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand completions" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "new" -d 'File a request (guided in a terminal, or all from flags)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "drafts" -d 'List, show or discard unsent requests'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "faq" -d 'Search and read the FAQ (self-service answers)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "show" -d 'Show one request'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "list" -d 'List requests'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "triage" -d 'Rank the untriaged requests, and triage them (accept, need info, decline, duplicate, snooze)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "board" -d 'Every open request at a glance, and the sum of the work'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "update" -d 'Move a request along: status, assignee, priority, estimate, target date'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "close" -d 'Close a request (done, declined or duplicate)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "report" -d 'The team\'s KPIs for a period'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "auth" -d 'Log in to GitHub (token in the OS keyring), check the login, log out'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "labels" -d 'Create or update idreq\'s labels in the GitHub repository'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "types" -d 'List the request types and their fields'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "config" -d 'Where the config file is, what it says, or write a starter file'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "completions" -d 'Print shell completions'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new drafts faq show list triage board update close report auth labels types config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from drafts" -f -a "list" -d 'List saved drafts, newest first'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from drafts" -f -a "show" -d 'Show one draft\'s answers'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from drafts" -f -a "discard" -d 'Delete a draft'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from faq" -f -a "search" -d 'Search the FAQ (typos and synonyms are fine)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from faq" -f -a "list" -d 'List every FAQ entry'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from faq" -f -a "show" -d 'Show one FAQ entry'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from triage" -f -a "accept" -d 'Accept a request: set priority (and estimate, assignee, target date)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from triage" -f -a "need-info" -d 'Ask the requester for more information'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from triage" -f -a "decline" -d 'Decline a request (closed as not planned)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from triage" -f -a "duplicate" -d 'Close a request as a duplicate of another'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from triage" -f -a "snooze" -d 'Hide a request from triage until a date'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Check a GitHub token and store it in the OS keyring'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show where the token comes from, whose it is and what it may do'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the stored token'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from labels" -f -a "sync" -d 'Create or update idreq\'s labels in the GitHub repository'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective configuration (file over defaults) as TOML'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented starter config file'
