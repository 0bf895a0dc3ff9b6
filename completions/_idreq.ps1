
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'idreq' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'idreq'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'idreq' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'File a request (guided in a terminal, or all from flags)')
            [CompletionResult]::new('drafts', 'drafts', [CompletionResultType]::ParameterValue, 'List, show or discard unsent requests')
            [CompletionResult]::new('faq', 'faq', [CompletionResultType]::ParameterValue, 'Search and read the FAQ (self-service answers)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests')
            [CompletionResult]::new('triage', 'triage', [CompletionResultType]::ParameterValue, 'Rank the untriaged requests, and triage them (accept, need info, decline, duplicate, snooze)')
            [CompletionResult]::new('board', 'board', [CompletionResultType]::ParameterValue, 'Every open request at a glance, and the sum of the work')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Move a request along: status, assignee, priority, estimate, target date')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request (done, declined or duplicate)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'The team''s KPIs for a period')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to GitHub (token in the OS keyring), check the login, log out')
            [CompletionResult]::new('labels', 'labels', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'List the request types and their fields')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Where the config file is, what it says, or write a starter file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;new' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'One-line summary; becomes the issue title')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'One-line summary; becomes the issue title')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue a saved draft (the newest one when ID is left out)')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'File without asking for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'File without asking for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the title, labels and body that would be filed, and file nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;drafts' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved drafts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one draft''s answers')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Delete a draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;drafts;list' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;drafts;show' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;drafts;discard' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;drafts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved drafts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one draft''s answers')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Delete a draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;drafts;help;list' {
            break
        }
        'idreq;drafts;help;show' {
            break
        }
        'idreq;drafts;help;discard' {
            break
        }
        'idreq;drafts;help;help' {
            break
        }
        'idreq;faq' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the FAQ (typos and synonyms are fine)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every FAQ entry')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one FAQ entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;faq;search' {
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'At most this many results')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many results')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only entries related to this request type')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;faq;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only entries related to this request type')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;faq;show' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;faq;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the FAQ (typos and synonyms are fine)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every FAQ entry')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one FAQ entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;faq;help;search' {
            break
        }
        'idreq;faq;help;list' {
            break
        }
        'idreq;faq;help;show' {
            break
        }
        'idreq;faq;help;help' {
            break
        }
        'idreq;show' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Also print how the forecast was made (window, samples, percentiles)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this request type')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Open, closed or all requests')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'At most this many (newest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many (newest first)')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only requests I filed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;triage' {
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'At most this many requests')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many requests')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this request type')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Rank as of another moment: a date (end of that working day), fri, +2d, or RFC 3339')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the parts of each score')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Print the ranked list instead of starting a session, even in a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a request: set priority (and estimate, assignee, target date)')
            [CompletionResult]::new('need-info', 'need-info', [CompletionResultType]::ParameterValue, 'Ask the requester for more information')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline a request (closed as not planned)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Close a request as a duplicate of another')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'Hide a request from triage until a date')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;triage;accept' {
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'priority')
            [CompletionResult]::new('--estimate', '--estimate', [CompletionResultType]::ParameterName, 'estimate')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'GitHub login (or @me)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Target date (2026-12-10, fri, +5d)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Extra text for the reply')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;triage;need-info' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'What the requester should add')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;triage;decline' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, for the reply')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;triage;duplicate' {
            [CompletionResult]::new('--of', '--of', [CompletionResultType]::ParameterName, 'The request it duplicates')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;triage;snooze' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Back in triage on this date (2026-12-10, mon, +3d)')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;triage;help' {
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a request: set priority (and estimate, assignee, target date)')
            [CompletionResult]::new('need-info', 'need-info', [CompletionResultType]::ParameterValue, 'Ask the requester for more information')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline a request (closed as not planned)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Close a request as a duplicate of another')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'Hide a request from triage until a date')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;triage;help;accept' {
            break
        }
        'idreq;triage;help;need-info' {
            break
        }
        'idreq;triage;help;decline' {
            break
        }
        'idreq;triage;help;duplicate' {
            break
        }
        'idreq;triage;help;snooze' {
            break
        }
        'idreq;triage;help;help' {
            break
        }
        'idreq;board' {
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'Columns by status (default), type, assignee or priority')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this request type')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only requests assigned to this login')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '`markdown` for pasting into Slack or a GitHub comment')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Rank and age as of another moment')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only requests assigned to me')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Show the board saved by the last online run, without the network')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Also print how the forecast was made (window, samples, percentiles)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;update' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Assign to this GitHub login (or @me); repeat for several')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'priority')
            [CompletionResult]::new('--estimate', '--estimate', [CompletionResultType]::ParameterName, 'estimate')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Target date (2026-12-10, fri, +5d); a change posts the "target date changed" reply')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Extra text for the reply')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--uat', '--uat', [CompletionResultType]::ParameterName, 'Ask the requester to review the result (user acceptance testing)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;close' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--of', '--of', [CompletionResultType]::ParameterName, 'With --reason duplicate: the request it duplicates')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Extra text for the reply')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;report' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of the period (default: 30 days before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the period (default: now)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '`markdown` for pasting into Slack or a GitHub comment')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Also print the weekly throughput the estimate check rests on')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;auth' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a GitHub token and store it in the OS keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from, whose it is and what it may do')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;auth;login' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from standard input instead of asking (e.g. `idreq auth login --with-token < token.txt`)')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Store the token in a plain file readable only by you, instead of the OS keyring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;auth;status' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;auth;logout' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a GitHub token and store it in the OS keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from, whose it is and what it may do')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;auth;help;login' {
            break
        }
        'idreq;auth;help;status' {
            break
        }
        'idreq;auth;help;logout' {
            break
        }
        'idreq;auth;help;help' {
            break
        }
        'idreq;labels' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;labels;sync' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;labels;help' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;labels;help;sync' {
            break
        }
        'idreq;labels;help;help' {
            break
        }
        'idreq;types' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;config' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (file over defaults) as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;config;path' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;config;show' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;config;init' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (file over defaults) as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;config;help;path' {
            break
        }
        'idreq;config;help;show' {
            break
        }
        'idreq;config;help;init' {
            break
        }
        'idreq;config;help;help' {
            break
        }
        'idreq;completions' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step and HTTP request with its time on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'File a request (guided in a terminal, or all from flags)')
            [CompletionResult]::new('drafts', 'drafts', [CompletionResultType]::ParameterValue, 'List, show or discard unsent requests')
            [CompletionResult]::new('faq', 'faq', [CompletionResultType]::ParameterValue, 'Search and read the FAQ (self-service answers)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests')
            [CompletionResult]::new('triage', 'triage', [CompletionResultType]::ParameterValue, 'Rank the untriaged requests, and triage them (accept, need info, decline, duplicate, snooze)')
            [CompletionResult]::new('board', 'board', [CompletionResultType]::ParameterValue, 'Every open request at a glance, and the sum of the work')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Move a request along: status, assignee, priority, estimate, target date')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request (done, declined or duplicate)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'The team''s KPIs for a period')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to GitHub (token in the OS keyring), check the login, log out')
            [CompletionResult]::new('labels', 'labels', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'List the request types and their fields')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Where the config file is, what it says, or write a starter file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;help;new' {
            break
        }
        'idreq;help;drafts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved drafts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one draft''s answers')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Delete a draft')
            break
        }
        'idreq;help;drafts;list' {
            break
        }
        'idreq;help;drafts;show' {
            break
        }
        'idreq;help;drafts;discard' {
            break
        }
        'idreq;help;faq' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the FAQ (typos and synonyms are fine)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every FAQ entry')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one FAQ entry')
            break
        }
        'idreq;help;faq;search' {
            break
        }
        'idreq;help;faq;list' {
            break
        }
        'idreq;help;faq;show' {
            break
        }
        'idreq;help;show' {
            break
        }
        'idreq;help;list' {
            break
        }
        'idreq;help;triage' {
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a request: set priority (and estimate, assignee, target date)')
            [CompletionResult]::new('need-info', 'need-info', [CompletionResultType]::ParameterValue, 'Ask the requester for more information')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline a request (closed as not planned)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Close a request as a duplicate of another')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'Hide a request from triage until a date')
            break
        }
        'idreq;help;triage;accept' {
            break
        }
        'idreq;help;triage;need-info' {
            break
        }
        'idreq;help;triage;decline' {
            break
        }
        'idreq;help;triage;duplicate' {
            break
        }
        'idreq;help;triage;snooze' {
            break
        }
        'idreq;help;board' {
            break
        }
        'idreq;help;update' {
            break
        }
        'idreq;help;close' {
            break
        }
        'idreq;help;report' {
            break
        }
        'idreq;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a GitHub token and store it in the OS keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from, whose it is and what it may do')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            break
        }
        'idreq;help;auth;login' {
            break
        }
        'idreq;help;auth;status' {
            break
        }
        'idreq;help;auth;logout' {
            break
        }
        'idreq;help;labels' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            break
        }
        'idreq;help;labels;sync' {
            break
        }
        'idreq;help;types' {
            break
        }
        'idreq;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (file over defaults) as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file')
            break
        }
        'idreq;help;config;path' {
            break
        }
        'idreq;help;config;show' {
            break
        }
        'idreq;help;config;init' {
            break
        }
        'idreq;help;completions' {
            break
        }
        'idreq;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
