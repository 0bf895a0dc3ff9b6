# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_idreq_global_optspecs
    string join \n tracker= repo= json no-input color= config= faq-dir= h/help V/version
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
complete -c idreq -n "__fish_idreq_needs_command" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_needs_command" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "new" -d 'File a request (guided in a terminal, or all from flags)'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "show" -d 'Show one request'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "list" -d 'List requests'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "types" -d 'List the request types and their fields'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "config" -d 'Where the config file is, what it says, or write a starter file'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "auth" -d 'Log in to GitHub (token in the OS keyring), check the login, log out'
complete -c idreq -n "__fish_idreq_needs_command" -f -a "labels" -d 'Create or update idreq\'s labels in the GitHub repository'
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
complete -c idreq -n "__fish_idreq_using_subcommand new" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand new" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand show" -l tracker -d 'Where requests live: `local` (this machine only) or `github`' -r -f -a "local\t''
github\t''"
complete -c idreq -n "__fish_idreq_using_subcommand show" -l repo -d 'The team\'s repository, OWNER/REPO (GitHub tracker)' -r
complete -c idreq -n "__fish_idreq_using_subcommand show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idreq -n "__fish_idreq_using_subcommand show" -l config -d 'Config file (default: the platform config folder\'s idreq/config.toml)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand show" -l faq-dir -d 'Extra FAQ folder, searched with the bundled entries (repeatable)' -r -F
complete -c idreq -n "__fish_idreq_using_subcommand show" -l json -d 'Print machine-readable JSON on stdout'
complete -c idreq -n "__fish_idreq_using_subcommand show" -l no-input -d 'Never prompt; fail naming the missing flag instead'
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
complete -c idreq -n "__fish_idreq_using_subcommand list" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand list" -s V -l version -d 'Print version'
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
complete -c idreq -n "__fish_idreq_using_subcommand completions" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand completions" -s V -l version -d 'Print version'
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
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Create or update idreq\'s labels in the GitHub repository'
complete -c idreq -n "__fish_idreq_using_subcommand labels; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "new" -d 'File a request (guided in a terminal, or all from flags)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "show" -d 'Show one request'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "list" -d 'List requests'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "types" -d 'List the request types and their fields'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "config" -d 'Where the config file is, what it says, or write a starter file'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "completions" -d 'Print shell completions'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "auth" -d 'Log in to GitHub (token in the OS keyring), check the login, log out'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "labels" -d 'Create or update idreq\'s labels in the GitHub repository'
complete -c idreq -n "__fish_idreq_using_subcommand help; and not __fish_seen_subcommand_from new show list types config completions auth labels help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective configuration (file over defaults) as TOML'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented starter config file'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Check a GitHub token and store it in the OS keyring'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show where the token comes from, whose it is and what it may do'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the stored token'
complete -c idreq -n "__fish_idreq_using_subcommand help; and __fish_seen_subcommand_from labels" -f -a "sync" -d 'Create or update idreq\'s labels in the GitHub repository'
